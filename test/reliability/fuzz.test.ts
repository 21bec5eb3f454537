// Bad input: random Telegram updates (fast-check) sent to the real `serve` through the fake Bot API. Malformed
// payloads, unknown update types, huge texts, control characters, emoji, callback data never issued and stale
// buttons of old messages. The process stays up, every valid update is answered, and "oi" still works.
import fc from 'fast-check';
import type { Message, Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { copy } from '../../src/conversation/text.ts';
import { buttonsOf, FakeTelegramApi } from '../fakes/telegram-api.ts';
import { type CliProcess, shownTo, startTelegramServe, waitShown, useServeSandbox } from '../support/serve.ts';

const sandbox = useServeSandbox('atende-fuzz-');

// ---- What to send ------------------------------------------------------------------------------------

/** Kinds of non-text message a citizen may send. */
type Media = 'photo' | 'sticker' | 'voice' | 'location' | 'document' | 'contact';

/** One update to send, described as data (so that fast-check can print and shrink it). */
type Recipe =
  /** A private text from a new citizen: must be answered. */
  | { kind: 'text'; text: string }
  /** A photo, sticker... from a new citizen: must be answered (the bot only reads text, and says so). */
  | { kind: 'media'; media: Media }
  /** A press of a button the bot never sent, from a new citizen: must be answered. */
  | { kind: 'press'; data: string; messageId: number }
  /** A press of a button of an old message of a citizen who has moved on: must be answered. */
  | { kind: 'stale'; veteran: number; pick: number }
  /** An update type the bot does not handle (or does not know yet). */
  | { kind: 'unknown'; type: string; body: unknown }
  /** A payload that breaks Telegram's own schema. */
  | { kind: 'malformed'; shape: number; junk: unknown };

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇧🇷', '❤️', '🙏', '🚗', '🪪', '\u200d', '\ufe0f', '🏳️‍🌈', '𝕬'];
const WORDS = ['oi', 'menu', 'voltar', 'sair', 'ajuda', 'atendente', 'continuar', 'sim', 'não', 'pular', 'cancelar', '0', '1', '99', '-1', 'perdi meu rg', 'cnh', 'ipva', 'consultar protocolo ATD-20260101-123456'];
const DATA = ['walk:next', 'walk:prev', 'walk:finish', 'walk:leave', 'form:confirm', 'form:redo', 'form:skip', 'form:cancel', 'form:choice:99', 'svc:nao-existe', 'svc:cin-2a-via', 'resume:yes', 'resume:no', 'fb:yes', 'fb:no', '#1', '#99', '#', 'categories', 'cat:xyz', 'menu', 'none', 'card:form', 'card:steps'];

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 });
const emoji = fc.array(fc.constantFrom(...EMOJI), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
const huge = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), fc.integer({ min: 10_000, max: 40_000 }))
  .map(([seed, n]) => {
    const cps = [...seed];
    return Array.from({ length: n }, (_, i) => cps[i % cps.length]).join('');
  });
const markup = fc.constantFrom('<b>oi</b>', '&amp;', '<script>alert(1)</script>', '*negrito* _itálico_', '*_*_', '](http://x)', '&#0;', '<<<>>>&&&', '<a href="x">', '\\');
const command = fc.oneof(
  fc.constant('/start'),
  fc.string({ unit: 'binary', maxLength: 80 }).map((s) => `/start ${s}`),
  fc.stringMatching(/^\/[a-z_]{1,40}(@[a-z_]{3,12})?$/),
  fc.constantFrom('/recarregar', '/estatisticas', '/menu', '/ajuda', '/cancelar', '/START', '/'),
);
const anyText = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }), weight: 2 },
  { arbitrary: controlChars, weight: 2 },
  { arbitrary: emoji, weight: 2 },
  { arbitrary: huge, weight: 1 },
  { arbitrary: markup, weight: 1 },
  { arbitrary: command, weight: 2 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 2 },
  { arbitrary: fc.array(fc.oneof(controlChars, emoji, markup, fc.constantFrom(...WORDS)), { minLength: 2, maxLength: 6 }).map((a) => a.join(' ')), weight: 2 },
);
const callbackData = fc.oneof(
  fc.constantFrom(...DATA),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }).filter((s) => Buffer.byteLength(s, 'utf8') <= 64),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }).map((s) => `svc:${s}`),
);

const UNKNOWN_TYPES = ['edited_message', 'channel_post', 'edited_channel_post', 'inline_query', 'chosen_inline_result', 'shipping_query', 'pre_checkout_query', 'poll', 'poll_answer', 'chat_member', 'chat_join_request', 'message_reaction', 'message_reaction_count', 'business_message', 'deleted_business_messages', 'purchased_paid_media', 'a_type_from_2030'];
const MALFORMED_SHAPES = 16;

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { arbitrary: anyText.map((text): Recipe => ({ kind: 'text', text })), weight: 6 },
  { arbitrary: fc.constantFrom<Media>('photo', 'sticker', 'voice', 'location', 'document', 'contact').map((media): Recipe => ({ kind: 'media', media })), weight: 1 },
  { arbitrary: fc.record({ data: callbackData, messageId: fc.integer({ min: 1, max: 1_000_000 }) }).map((r): Recipe => ({ kind: 'press', ...r })), weight: 3 },
  { arbitrary: fc.record({ veteran: fc.nat(), pick: fc.nat() }).map((r): Recipe => ({ kind: 'stale', ...r })), weight: 3 },
  { arbitrary: fc.record({ type: fc.constantFrom(...UNKNOWN_TYPES), body: fc.jsonValue({ maxDepth: 3 }) }).map((r): Recipe => ({ kind: 'unknown', ...r })), weight: 2 },
  { arbitrary: fc.record({ shape: fc.integer({ min: 0, max: MALFORMED_SHAPES - 1 }), junk: fc.jsonValue({ maxDepth: 3 }) }).map((r): Recipe => ({ kind: 'malformed', ...r })), weight: 4 },
);

/** Always tried: one of each kind named by the issue, and the edge cases of each. */
const EXAMPLES: Recipe[] = [
  { kind: 'text', text: 'x'.repeat(10_000) },
  { kind: 'text', text: `${'🇧🇷👨‍👩‍👧‍👦 '.repeat(2_000)}fim` },
  { kind: 'text', text: ' ' },
  { kind: 'text', text: '\u0000\u0007\u001b[31m\u200b\ufeff' },
  { kind: 'text', text: `/start ${'y'.repeat(5_000)}` },
  { kind: 'text', text: '<b>*_&amp;_*</b> &' },
  { kind: 'press', data: 'walk:next', messageId: 1 },
  { kind: 'press', data: '#0', messageId: 2 },
  { kind: 'press', data: 'x'.repeat(64), messageId: 3 },
  { kind: 'stale', veteran: 0, pick: 0 },
  { kind: 'stale', veteran: 1, pick: 7 },
  { kind: 'media', media: 'sticker' },
  { kind: 'unknown', type: 'edited_message', body: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'editado' } },
  { kind: 'unknown', type: 'a_type_from_2030', body: { anything: [1, 2, 3] } },
  ...Array.from({ length: MALFORMED_SHAPES }, (_, shape): Recipe => ({ kind: 'malformed', shape, junk: null })),
];

// ---- Turning recipes into updates --------------------------------------------------------------------

/** What a valid update must get back. */
interface Expectation {
  updateId: number;
  chatId: number;
  /** For a button press: the callback query that must be answered (its spinner stopped). */
  queryId?: string;
  recipe: Recipe;
}

let nextCitizen = 6_000_000;
let nextQuery = 1;

function now(): number {
  return Math.floor(Date.now() / 1000);
}

/** A malformed update of one of a few shapes (each breaks Telegram's schema in its own way), with junk inside. */
function malformed(f: FakeTelegramApi, shape: number, junk: unknown): Omit<Update, 'update_id'> {
  const user = nextCitizen++;
  const from = f.user(user);
  const chat = { id: user, type: 'private', first_name: 'X' };
  const msg = (extra: Record<string, unknown>) => ({ message: { message_id: 1, date: now(), chat, from, ...extra } });
  const query = (extra: Record<string, unknown>) => ({ callback_query: { id: `bad-${nextQuery++}`, from, chat_instance: 'ci', ...extra } });
  const shapes: Record<string, unknown>[] = [
    { message: { message_id: 1, date: now(), chat, text: 'sem remetente' } },
    msg({ text: junk }),
    msg({ chat: junk, text: 'chat estranho' }),
    msg({ from: junk, text: 'remetente estranho' }),
    { message: junk },
    query({ data: junk, message: { message_id: 5, date: now(), chat } }),
    query({ data: 'menu' }),
    query({ data: 'menu', message: junk }),
    { callback_query: junk },
    msg({ text: '/start x', entities: [{ type: 'bot_command', offset: 40, length: 900 }] }),
    msg({ photo: junk }),
    // JSON, not String(): junk may be an object whose own "toString" is not a function (String() throws).
    msg({ chat: { id: typeof junk === 'string' ? junk : (JSON.stringify(junk) ?? 'undefined'), type: 'private' }, text: 'oi' }),
    { message: { ...(msg({ text: 'oi' }).message as object), chat: { id: user, type: 'a_new_chat_type' } } },
    { my_chat_member: junk },
    { [String(typeof junk === 'string' ? junk : 'x')]: junk },
    { message: { message_id: 1, date: now(), chat: { id: -1000 - user, type: 'supergroup', title: 'Grupo' }, from, text: junk } },
  ];
  return shapes[shape % shapes.length] as Omit<Update, 'update_id'>;
}

/** Pushes one recipe; returns what a valid update must get back (nothing for invalid ones). */
function play(f: FakeTelegramApi, veterans: readonly number[], r: Recipe): Expectation | undefined {
  switch (r.kind) {
    case 'text': {
      const user = nextCitizen++;
      return { updateId: f.pushText(user, r.text).update_id, chatId: user, recipe: r };
    }
    case 'media': {
      const user = nextCitizen++;
      const content: Record<Media, Partial<Message>> = {
        photo: { photo: [{ file_id: 'p', file_unique_id: 'p', width: 90, height: 90 }] },
        sticker: { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } },
        voice: { voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } },
        location: { location: { latitude: -19.92, longitude: -43.94 } },
        document: { document: { file_id: 'd', file_unique_id: 'd' } },
        contact: { contact: { phone_number: '+5531999991234', first_name: 'Ana' } },
      };
      return { updateId: f.pushUpdate(f.messageUpdate(user, content[r.media])).update_id, chatId: user, recipe: r };
    }
    case 'press': {
      const user = nextCitizen++;
      const id = `never-${nextQuery++}`;
      const update = f.pushUpdate({
        callback_query: {
          id,
          from: f.user(user),
          chat_instance: `ci-${user}`,
          data: r.data,
          message: { message_id: r.messageId, date: now(), chat: { id: user, type: 'private', first_name: 'X' }, from: f.me, text: 'mensagem antiga' },
        },
      } as Omit<Update, 'update_id'>);
      return { updateId: update.update_id, chatId: user, queryId: id, recipe: r };
    }
    case 'stale': {
      const user = veterans[r.veteran % veterans.length] ?? 0;
      const buttons = f.messages(user).flatMap((m) => buttonsOf(m).flatMap((b) => ('callback_data' in b && b.callback_data ? [{ data: b.callback_data, messageId: m.messageId }] : [])));
      const button = buttons[r.pick % buttons.length];
      if (!button) throw new Error(`veteran ${user} has no buttons`);
      const update = f.pushUpdate(f.pressUpdate(user, button.data, button.messageId));
      return { updateId: update.update_id, chatId: user, queryId: update.callback_query?.id ?? '', recipe: r };
    }
    case 'unknown':
      f.pushUpdate({ [r.type]: r.body } as Omit<Update, 'update_id'>);
      return undefined;
    case 'malformed':
      f.pushUpdate(malformed(f, r.shape, r.junk));
      return undefined;
  }
}

/** Waits until the valid update got its answer; returns a reason when it did not (or was answered badly). */
async function checkAnswered(f: FakeTelegramApi, e: Expectation, mark: number): Promise<string | undefined> {
  const label = `update ${e.updateId} (${JSON.stringify(e.recipe).slice(0, 200)})`;
  try {
    if (e.queryId !== undefined) {
      const id = e.queryId;
      await f.waitFor((c) => c.method === 'answerCallbackQuery' && c.status === 'ok' && String(c.payload.callback_query_id) === id, 30_000, mark);
    }
    // Veterans get many updates per batch: the stopped spinner is their answer. New citizens must see a message.
    if (e.recipe.kind !== 'stale') await waitShown(f, e.chatId, /[\s\S]/, mark);
  } catch (err) {
    return `${label} was not answered: ${String(err).slice(0, 300)}`;
  }
  if (e.recipe.kind === 'stale') return undefined;
  const shown = shownTo(f, e.chatId, mark);
  if (shown.some((m) => m.text.includes(copy.apology))) return `${label} got an apology instead of an answer`;
  const refused = f.calls.filter((c) => c.seq > mark && c.method === 'sendMessage' && c.status === 'error' && Number(c.payload.chat_id) === e.chatId);
  if (refused.length > 0) return `${label}: Telegram refused a message: ${refused.map((c) => c.errorCode).join(', ')}`;
  return undefined;
}

// ---- The test ----------------------------------------------------------------------------------------

describe('serve fed random, malformed and hostile Telegram updates', () => {
  it('stays up, answers every valid update, and still answers "oi"', { timeout: 300_000 }, async () => {
    const { fake: f, databasePath } = await sandbox();
    const proc: CliProcess = await startTelegramServe(f, { DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'fuzz-test', RATE_LIMIT_MESSAGES: '100000' });
    const context = (): string => `\n--- last calls ---\n${f.describeCalls(25)}\n--- serve stderr (end) ---\n${proc.stderr.slice(-3000)}`;

    // Three citizens who have moved on, leaving old messages with buttons behind.
    const veterans = [9301, 9302, 9303];
    for (const v of veterans) {
      let mark = f.mark();
      f.pushText(v, '/start agendamento-uai');
      await waitShown(f, v, 'Agendar atendimento na UAI', mark);
      mark = f.mark();
      f.pushPress(v, '📋 Passo a passo');
      await waitShown(f, v, /^Etapa 1/, mark);
      mark = f.mark();
      f.pushText(v, 'menu');
      await waitShown(f, v, 'Como posso ajudar', mark);
      mark = f.mark();
      f.pushText(v, 'cnh');
      await waitShown(f, v, 'Encontrei estes serviços', mark);
    }

    const valid: Expectation[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(recipe, { minLength: 1, maxLength: 12 }), async (batch) => {
        const mark = f.mark();
        const expected = batch.flatMap((r) => play(f, veterans, r) ?? []);
        valid.push(...expected);
        const problems = (await Promise.all(expected.map((e) => checkAnswered(f, e, mark)))).filter((p) => p !== undefined);
        if (!proc.running) problems.push(`serve exited: ${JSON.stringify(await proc.exited())}`);
        if (problems.length > 0) throw new Error(`${problems.join('\n')}${context()}`);
      }),
      // The named cases run every time, whatever the random seed.
      { numRuns: 30, endOnFailure: true, examples: [[EXAMPLES]] },
    );
    expect(valid.length).toBeGreaterThan(30);

    // Everything fetched was handled and confirmed, and a normal greeting is answered as usual.
    const mark = f.mark();
    const hello = f.pushText(nextCitizen++, 'oi');
    await waitShown(f, hello.message?.chat.id ?? 0, 'Como posso ajudar', mark).catch((err: unknown) => {
      throw new Error(`${String(err)}${context()}`);
    });
    expect(proc.running).toBe(true);

    // No update reached the error boundary: valid ones were handled, malformed ones dropped before any handler.
    const failed = proc.logs().filter((r) => r.msg === 'update failed; apologising to the citizen' || r.msg === 'unhandled error in bot middleware');
    expect(failed.map((r) => r.updateId)).toEqual([]);

    proc.signal('SIGTERM');
    expect(await proc.exited(), context()).toEqual({ code: 0, signal: null });
  });
});
