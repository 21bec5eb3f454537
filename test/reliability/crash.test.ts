// Crash test: the real `serve` (Telegram channel) against the fake Bot API is killed with SIGKILL in the middle
// of five conversations, then started again on the same database. Every conversation resumes at its step,
// the request whose protocol the citizen received is still there, and no update is answered twice, even
// though Telegram delivers again the updates the dead process had not confirmed.
import Database from 'better-sqlite3';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import type { Payload } from '../fakes/telegram-api.ts';
import { type CliProcess, shownTo, startTelegramServe, waitShown, useServeSandbox } from '../support/serve.ts';

const WALK = 9101; // walkthrough, step 1 -> 2 at the crash
const FORM = 9102; // form, field 3 answered at the crash
const LIST = 9103; // a list of search results on screen
const DONE = 9104; // submitted a form and received its protocol
const SLOW = 9105; // the reply to their CPF is on its way when the process dies; their next message is queued

const sandbox = useServeSandbox('atende-crash-');

function futureDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

function offsetOf(p: Payload): number {
  return typeof p.offset === 'number' ? p.offset : Number(p.offset ?? 0);
}

describe('serve killed with SIGKILL in the middle of conversations, then restarted on the same database', () => {
  it('resumes every conversation at its step, keeps the confirmed request, and answers no update twice', { timeout: 240_000 }, async () => {
    const { fake: f, databasePath } = await sandbox();
    const env = { DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'crash-test', RATE_LIMIT_MESSAGES: '1000' };

    // Every update pushed, per citizen, to check at the end that each was handled exactly once.
    const pushed = new Map<number, number[]>();
    const push = (user: number, update: Update): Update => {
      pushed.set(user, [...(pushed.get(user) ?? []), update.update_id]);
      return f.pushUpdate(update);
    };
    /** The citizen writes (or presses) and waits for the bot's answer containing `expected`. */
    const turn = async (user: number, update: Update, expected: string | RegExp) => {
      const mark = f.mark();
      push(user, update);
      return waitShown(f, user, expected, mark);
    };
    const text = (user: number, t: string, expected: string | RegExp) => turn(user, f.textUpdate(user, t), expected);
    const press = (user: number, button: string, expected: string | RegExp, messageId?: number) => turn(user, f.pressUpdate(user, button, messageId), expected);

    const first: CliProcess = await startTelegramServe(f, env);
    const context = (): string => `\n--- calls ---\n${f.describeCalls(30)}\n--- first serve stderr ---\n${first.stderr.slice(-4000)}`;

    // ---- Before the crash: five citizens at five different places --------------------------------------
    let protocol = '';
    let stepMessage = 0;
    try {
      await text(WALK, '/start agendamento-uai', 'Agendar atendimento na UAI');
      stepMessage = (await press(WALK, '📋 Passo a passo', /^Etapa 1 de 3/)).messageId;

      await text(FORM, '/start agendamento-uai', 'Agendar atendimento na UAI');
      await press(FORM, '📝 Fazer solicitação', '(1/6)');
      await text(FORM, 'Maria da Silva', '(2/6)');
      await text(FORM, '529.982.247-25', '(3/6)');

      await text(LIST, 'cnh', 'Encontrei estes serviços');

      await text(DONE, '/start agendamento-uai', 'Agendar atendimento na UAI');
      await press(DONE, '📝 Fazer solicitação', '(1/6)');
      for (const [answer, next] of [
        ['José Pereira', '(2/6)'],
        ['529.982.247-25', '(3/6)'],
        ['Uberlândia', '(4/6)'],
        ['renovar a identidade', '(5/6)'],
        [futureDate(12), '(6/6)'],
        ['(34) 98888-1234', 'Confira seus dados'],
      ] as const) {
        await text(DONE, answer, next);
      }
      const receipt = await press(DONE, '✅ Confirmar', /ATD-\d{8}-\d{6}/);
      protocol = /ATD-\d{8}-\d{6}/.exec(receipt.text)?.[0] ?? '';

      await text(SLOW, '/start agendamento-uai', 'Agendar atendimento na UAI');
      await press(SLOW, '📝 Fazer solicitação', '(1/6)');
      await text(SLOW, 'João Souza', '(2/6)');
    } catch (err) {
      throw new Error(`${String(err)}${context()}`);
    }
    expect(protocol).not.toBe('');

    // ---- The crash ---------------------------------------------------------------------------------------
    // One batch of updates. The bot confirms only what it has handled: WALK's and FORM's updates, never SLOW's,
    // whose answer is still on its way when the process dies, so Telegram delivers SLOW's two again after the
    // restart. (Before, the batch was confirmed as soon as it was fetched, and such updates were lost.)
    const batch = [f.pressUpdate(WALK, '➡️ Próxima etapa', stepMessage), f.textUpdate(FORM, 'Belo Horizonte'), f.textUpdate(SLOW, '529.982.247-25'), f.textUpdate(SLOW, 'Contagem')];
    const [walkNext, formCity, slowCpf, slowCity] = batch as [Update, Update, Update, Update];
    const lastId = slowCity.update_id;
    let crashing = true;
    f.failNext('getUpdates', 'network', { times: 1_000_000, when: (p) => crashing && offsetOf(p) > lastId });
    // SLOW's answer is held by "Telegram": the process dies while sending it.
    const slowReply = f.hold((c) => crashing && c.method === 'sendMessage' && Number(c.payload.chat_id) === SLOW);
    const beforeBatch = f.mark();
    push(WALK, walkNext);
    push(FORM, formCity);
    push(SLOW, slowCpf);
    push(SLOW, slowCity);
    try {
      await waitShown(f, WALK, /^Etapa 2 de 3/, beforeBatch);
      await waitShown(f, FORM, '(4/6)', beforeBatch);
      await slowReply.waitHeld(1, 30_000);
      // The handled ones are confirmed; the offset stops at SLOW's first update, still being handled.
      await f.waitFor((c) => c.method === 'getUpdates' && offsetOf(c.payload) === slowCpf.update_id, 30_000, beforeBatch);
    } catch (err) {
      throw new Error(`${String(err)}${context()}`);
    }
    first.signal('SIGKILL');
    expect(await first.exited()).toEqual({ code: null, signal: 'SIGKILL' });
    crashing = false;
    // The dead process stored SLOW's CPF (field 3 asked), but the question never reached the citizen.
    expect(shownTo(f, SLOW, beforeBatch)).toEqual([]);

    // ---- The restart -----------------------------------------------------------------------------------
    const restart = f.mark();
    const second = await startTelegramServe(f, env);
    const context2 = (): string => `${context()}\n--- second serve stderr ---\n${second.stderr.slice(-4000)}`;
    try {
      // SLOW's queued message had not been handled: it is handled now, at the right step.
      await waitShown(f, SLOW, '(4/6)', restart);
      // Each citizen carries on from where they were.
      const walked = await press(WALK, '➡️ Próxima etapa', /^Etapa 3 de 3/, stepMessage);
      expect(walked.messageId).toBe(stepMessage);
      await text(FORM, 'renovar a identidade', '(5/6)');
      const card = await text(LIST, '2', '2ª via da CNH');
      expect(card.text).toContain('2ª via da CNH');
      const status = await text(DONE, `consultar protocolo ${protocol}`, `Protocolo ${protocol}`);
      expect(status.text).toContain('Situação');
      await text(SLOW, 'renovar a identidade', '(5/6)');
    } catch (err) {
      throw new Error(`${String(err)}${context2()}`);
    }

    // Telegram delivered again only the updates the dead process had not finished: the handled ones were confirmed.
    const redelivered = new Set(
      f.calls.filter((c) => c.seq > restart && c.method === 'getUpdates' && c.status === 'ok' && Array.isArray(c.result)).flatMap((c) => (c.result as Update[]).map((u) => u.update_id)),
    );
    expect(redelivered).not.toContain(formCity.update_id);
    expect(redelivered).toContain(slowCpf.update_id);
    expect(redelivered).toContain(slowCity.update_id);

    // No update answered twice: after the restart each citizen saw only the answers to messages the dead
    // process had not handled, then the answer to their next message. "(3/6)", stored with its turn but not yet
    // taken by Telegram when the process died, is sent from the outbox after the restart, before "(4/6)".
    const after = (user: number): string[] => shownTo(f, user, restart).map((m) => m.text.split('\n')[0] ?? '');
    expect(after(FORM)).toEqual([expect.stringContaining('(5/6)')]);
    expect(after(SLOW)).toEqual([expect.stringContaining('(3/6)'), expect.stringContaining('(4/6)'), expect.stringContaining('(5/6)')]);
    expect(after(WALK)).toEqual([expect.stringMatching(/^Etapa 3 de 3/)]);
    expect(after(DONE)).toEqual([expect.stringContaining(`Protocolo ${protocol}`)]);

    // Stop the second process gracefully, then read what the database kept.
    second.signal('SIGTERM');
    expect((await second.exited()).code, context2()).toBe(0);

    const db = new Database(databasePath, { readonly: true });
    try {
      const requests = db.prepare('SELECT protocol, service_id AS serviceId, channel FROM requests').all();
      expect(requests).toEqual([{ protocol, serviceId: 'agendamento-uai', channel: 'telegram' }]);
      // Every update was handled exactly once: none lost, none handled twice.
      const keys = (db.prepare('SELECT key FROM processed_updates').all() as { key: string }[]).map((r) => r.key).sort();
      const all = [...pushed.values()].flat().map((id) => `tg:${id}`).sort();
      expect(keys).toEqual(all);
      const counts = db.prepare('SELECT user_key AS userKey, sum(messages_in) AS n FROM sessions GROUP BY user_key').all() as { userKey: string; n: number }[];
      expect(counts.map((c) => c.n).sort((a, b) => a - b)).toEqual([...pushed.values()].map((ids) => ids.length).sort((a, b) => a - b));
    } finally {
      db.close();
    }
  });
});
