import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffReport } from '../../src/channels/shared/staff.ts';
import type { ChannelRuntime } from '../../src/channels/types.ts';
import { type AdapterOptions, WHATSAPP, WhatsAppAdapter } from '../../src/channels/whatsapp/adapter.ts';
import { backoffDelay } from '../../src/channels/whatsapp/backoff.ts';
import type { RequestRecord } from '../../src/conversation/storage.ts';
import type { LogFields, Logger } from '../../src/core/logger.ts';
import { FakeWhatsAppClient } from '../fakes/whatsapp-client.ts';
import { type TestApp, sqliteOf, testApp } from '../support/app.ts';

const ALICE = '5531999990001@c.us';
const BRUNO = '5531999990002@c.us';

interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: LogFields;
  msg: string;
}

function recordingLogger(entries: LogEntry[], bindings: LogFields = {}): Logger {
  const at =
    (level: LogEntry['level']) =>
    (fields: LogFields, msg = ''): void => {
      entries.push({ level, fields: { ...bindings, ...fields }, msg });
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (more) => recordingLogger(entries, { ...bindings, ...more }) };
}

/** The number in front of the menu line whose label contains `label`, in the last message. */
function numberOf(messages: string[], label: string): string {
  const last = messages[messages.length - 1] ?? '';
  const line = last.split('\n').find((l) => /^\d+\. /.test(l) && l.includes(label));
  if (!line) throw new Error(`no menu line with "${label}" in:\n${last}`);
  return line.slice(0, line.indexOf('.'));
}

/** Waits `ms` of real time. */
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let t: TestApp;
let fake: FakeWhatsAppClient;
let adapter: WhatsAppAdapter;
let logs: LogEntry[];
let qrs: string[];

function start(over: Partial<AdapterOptions> & { runtime?: Partial<ChannelRuntime> } = {}): WhatsAppAdapter {
  const { runtime, ...options } = over;
  adapter = new WhatsAppAdapter({
    client: fake,
    logger: recordingLogger(logs),
    authDir: join(t.dir, 'whatsapp-auth'),
    showQr: (qr) => qrs.push(qr),
    backoff: { initialMs: 5, maxMs: 40 },
    ...options,
    send: { backoff: { initialMs: 5, maxMs: 40 }, ...options.send },
    // Pacing has its own tests; the others should not wait for it.
    sendsPerSecond: 1000,
    ...(options.sendsPerSecond !== undefined ? { sendsPerSecond: options.sendsPerSecond } : {}),
  });
  void adapter.start({ ...t.app.channels, ...runtime });
  return adapter;
}

/** A request looked up through the store, as the WhatsApp citizen keyed on `chatId`. */
async function storedRequest(protocol: string, chatId: string): Promise<RequestRecord | undefined> {
  const outcome = await t.app.store.runTurn({ channel: WHATSAPP, userKey: t.app.runtime.userKey(WHATSAPP, chatId) }, async (read) => ({ result: await read.findRequest(protocol) }));
  return outcome.status === 'done' ? outcome.result : undefined;
}

/** The citizen sends a text; returns what the bot sent back to that chat. */
async function say(body: string, from = ALICE): Promise<string[]> {
  const before = fake.sent.length;
  fake.receive({ from, body });
  await adapter.idle();
  return fake.sent.slice(before).filter((m) => m.chatId === from).map((m) => m.text);
}

beforeEach(async () => {
  t = await testApp();
  fake = new FakeWhatsAppClient();
  logs = [];
  qrs = [];
});

afterEach(async () => {
  await adapter.stop();
  await t.cleanup();
});

describe('a whole conversation with numbered choices', () => {
  it('registers an "ouvidoria" request and ends with a protocol number', async () => {
    start();
    fake.ready();

    const menu = await say('oi');
    expect(menu).toHaveLength(1);
    expect(menu[0]).toContain('*Atende*');
    expect(menu[0]).toContain('1. 📂 Ver serviços por categoria\n2. 🔎 Buscar um serviço\n3. 🙋 Falar com uma pessoa');
    expect(menu[0]).toMatch(/_Digite 1, 2 ou 3\._$/);

    const card = await say('ouvidoria');
    expect(card.join('\n')).toContain('*Registrar manifestação na Ouvidoria-Geral do Estado*');
    expect(card.join('\n')).toContain('🔗 Página oficial do serviço: https://www.ouvidoriageral.mg.gov.br');

    const first = await say(numberOf(card, 'Fazer solicitação'));
    const firstText = first.join('\n');
    expect(firstText).toContain('(1/5) Tipo de manifestação');
    // The choices are listed once, as the menu, with "Cancelar" after them.
    expect(firstText.split('1. Reclamação')).toHaveLength(2);
    expect(firstText).toContain('6. ❌ Cancelar');

    expect((await say(numberOf(first, 'Reclamação'))).join('\n')).toContain('(2/5)');
    // Formatting markers typed by the citizen must not reach the reply as markers.
    expect((await say('*escola* _estadual_')).join('\n')).toContain('(3/5)');
    expect((await say('Belo Horizonte')).join('\n')).toContain('(4/5)');
    expect((await say('A escola está sem merenda há duas semanas.')).join('\n')).toContain('(5/5)');

    const summary = await say('pular');
    const summaryText = summary.join('\n');
    expect(summaryText).toContain('*Confira seus dados:*');
    expect(summaryText).toContain('• *Órgão ou serviço:* escola estadual');
    for (const line of summaryText.split('\n')) expect((line.match(/\*/g) ?? []).length % 2).toBe(0);

    const done = await say(numberOf(summary, 'Confirmar'));
    expect(done).toHaveLength(2);
    const protocol = /\*(ATD-\d{8}-\d{6})\*/.exec(done[0] ?? '')?.[1];
    expect(protocol).toBeDefined();
    expect(done[1]).toContain('Essa informação ajudou?');

    // Keyed on the citizen's LID, which the adapter looked up.
    const stored = await storedRequest(protocol ?? '', fake.lidOf(ALICE));
    expect(stored?.serviceId).toBe('ouvidoria');
    expect(stored?.channel).toBe(WHATSAPP);
  });

  it('keeps two citizens apart and answers each in their own chat', async () => {
    start();
    fake.ready();
    await say('oi', ALICE);
    await say('2', ALICE);
    const bruno = await say('2', BRUNO);
    // Bruno never saw a menu: "2" is a search for him, not the second option of Alice's menu.
    expect(bruno.join('\n')).not.toContain('Escreva em poucas palavras o serviço');
    expect(fake.textsTo(ALICE)[1]).toContain('Escreva em poucas palavras o serviço');
  });
});

/** Distinct citizens (pseudonymous keys) with a WhatsApp session in the database. */
function whatsappCitizens(): number {
  const row = sqliteOf(t.app).prepare("SELECT COUNT(DISTINCT user_key) AS n FROM sessions WHERE channel = 'whatsapp'").get() as { n: number };
  return row.n;
}

/** Walks the "ouvidoria" form from the card to the question (2/5), as `from`. */
async function startOuvidoriaForm(from: string): Promise<void> {
  await say('oi', from);
  const card = await say('ouvidoria', from);
  const first = await say(numberOf(card, 'Fazer solicitação'), from);
  expect((await say(numberOf(first, 'Reclamação'), from)).join('\n')).toContain('(2/5)');
}

describe('a citizen whom WhatsApp moves from the phone-number address (@c.us) to a LID (@lid)', () => {
  it('keeps the unfinished form when the next message comes from the LID', async () => {
    start();
    fake.ready();
    const aliceLid = fake.lidOf(ALICE);
    await startOuvidoriaForm(ALICE);
    expect((await say('escola estadual', aliceLid)).join('\n')).toContain('(3/5)');
  });

  it('can look up, from the LID, the protocol registered from the phone number', async () => {
    start();
    fake.ready();
    const aliceLid = fake.lidOf(ALICE);
    await startOuvidoriaForm(ALICE);
    await say('escola estadual', ALICE);
    await say('Belo Horizonte', ALICE);
    await say('A escola está sem merenda há duas semanas.', ALICE);
    const summary = await say('pular', ALICE);
    const done = await say(numberOf(summary, 'Confirmar'), ALICE);
    const protocol = /\*(ATD-\d{8}-\d{6})\*/.exec(done[0] ?? '')?.[1] ?? 'none';
    const lookup = await say(`consultar protocolo ${protocol}`, aliceLid);
    expect(lookup.join('\n')).toContain(`*Protocolo ${protocol}*`);
  });

  it('is counted once, in the statistics and in the rate limit', async () => {
    await t.cleanup();
    t = await testApp({ RATE_LIMIT_MESSAGES: '3', RATE_LIMIT_WINDOW_SECONDS: '600' });
    start();
    fake.ready();
    const aliceLid = fake.lidOf(ALICE);
    await say('cnh', ALICE);
    await say('rg', ALICE);
    await say('ipva', aliceLid);
    const fourth = await say('cpf', aliceLid);
    expect(fourth.join('\n')).toContain('muitas mensagens');
    expect(whatsappCitizens()).toBe(1);
  });

  it('answers once a message that WhatsApp delivers again under the other address', async () => {
    start();
    fake.ready();
    const aliceLid = fake.lidOf(ALICE);
    fake.receive({ from: ALICE, body: 'oi', id: '3EB0REDELIVERED' });
    await adapter.idle();
    fake.receive({ from: aliceLid, body: 'oi', id: '3EB0REDELIVERED' });
    await adapter.idle();
    expect(fake.sent).toHaveLength(1);
  });

  it('answers a citizen who only ever writes from a LID, in that chat', async () => {
    start();
    fake.ready();
    const hidden = '987654321098765@lid';
    expect(await say('oi', hidden)).toHaveLength(1);
    expect(whatsappCitizens()).toBe(1);
  });

  it('still answers, under the address it came from, when the LID cannot be looked up', async () => {
    start();
    fake.ready();
    fake.lookupFails = true;
    expect(await say('oi', ALICE)).toHaveLength(1);
    expect(logs.some((l) => l.level === 'warn' && l.msg.includes('LID'))).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('5531999990001');
  });

  it('looks a phone-number address up once, not on every message', async () => {
    start();
    fake.ready();
    await say('oi', ALICE);
    await say('cnh', ALICE);
    await say('rg', ALICE);
    expect(fake.lookups).toBe(1);
  });

  it('asks the store to move what the phone-number address had to the LID, once, before the first turn', async () => {
    const moves: [string, string, number][] = [];
    start({
      rekey: async (from, to) => {
        moves.push([from, to, fake.sent.length]);
      },
    });
    fake.ready();
    const aliceLid = fake.lidOf(ALICE);
    await say('oi', ALICE);
    await say('cnh', ALICE);
    await say('rg', aliceLid);
    expect(moves).toEqual([[ALICE, aliceLid, 0]]);
  });

  it('by default moves a form begun under the phone number (the LID lookup failed then) to the LID, through the runtime', async () => {
    start();
    fake.ready();
    fake.lookupFails = true;
    await startOuvidoriaForm(ALICE);
    fake.lookupFails = false;
    // The lookup now works: the citizen is keyed on the LID, and the form they had follows them.
    expect((await say('escola estadual', ALICE)).join('\n')).toContain('(3/5)');
    expect(whatsappCitizens()).toBe(1);
    const moved = logs.find((l) => l.msg.includes('moved'));
    expect(moved?.fields).toMatchObject({ user: t.app.runtime.userKey(WHATSAPP, fake.lidOf(ALICE)), sessions: 1 });
    expect(JSON.stringify(logs)).not.toContain('5531999990001');
  });

  it('moves nothing for a LID whose phone number WhatsApp does not share', async () => {
    const moves: [string, string][] = [];
    start({ rekey: async (from, to) => void moves.push([from, to]) });
    fake.ready();
    await say('oi', '987654321098765@lid');
    expect(moves).toEqual([]);
  });
});

describe('messages that must not be answered', () => {
  it('ignores groups, status broadcasts and its own messages, but answers a person', async () => {
    start();
    fake.ready();
    fake.receive({ from: '120363000000000000@g.us', body: 'oi' });
    fake.receive({ from: 'status@broadcast', body: 'oi', isStatus: true });
    fake.receive({ from: ALICE, body: 'oi', isStatus: true });
    fake.ownMessage(ALICE, 'oi');
    await adapter.idle();
    expect(fake.sent).toEqual([]);
    expect(await say('oi')).toHaveLength(1);
  });

  it('answers a message id only once, even when delivered twice at the same time or later', async () => {
    start();
    fake.ready();
    fake.receive({ from: ALICE, body: 'oi', id: 'false_x@c.us_DUP1' });
    fake.receive({ from: ALICE, body: 'oi', id: 'false_x@c.us_DUP1' });
    await adapter.idle();
    fake.receive({ from: ALICE, body: 'oi', id: 'false_x@c.us_DUP1' });
    await adapter.idle();
    expect(fake.textsTo(ALICE)).toHaveLength(1);
  });

  it('drops a second delivery while the first is still being answered, before it reaches the runtime', async () => {
    // A runtime without its own dedup, so that only the adapter's in-memory guard is tested here.
    let calls = 0;
    const handle = async (): Promise<{ replies: { text: string }[] }> => {
      calls++;
      return { replies: [{ text: 'resposta' }] };
    };
    start({ runtime: { handle, userKey: () => 'pseudonym' } });
    fake.ready();
    fake.receive({ from: ALICE, body: 'oi', id: 'false_x@c.us_FLIGHT' });
    fake.receive({ from: ALICE, body: 'oi', id: 'false_x@c.us_FLIGHT' });
    await adapter.idle();
    expect(calls).toBe(1);
    expect(fake.textsTo(ALICE)).toEqual(['resposta']);
  });

  it('does not answer again a message already answered before a restart', async () => {
    start();
    fake.ready();
    fake.receive({ from: ALICE, body: 'oi', id: 'false_x@c.us_R1' });
    await adapter.idle();
    await adapter.stop();
    const restarted = new FakeWhatsAppClient();
    fake = restarted;
    start();
    restarted.ready();
    restarted.receive({ from: ALICE, body: 'oi', id: 'false_x@c.us_R1' });
    await adapter.idle();
    expect(restarted.sent).toEqual([]);
    expect(await say('oi')).toHaveLength(1);
  });

  it('answers no message older than the age limit, even after a reconnect hours later', async () => {
    // One clock for the server and the host here; the host's may drift (next test).
    let clock = 1_800_000_000_000;
    fake.serverNow = () => clock;
    fake.readyOnInitialize = true;
    start({ now: () => clock, maxMessageAgeMs: 5 * 60_000 });
    await vi.waitFor(() => expect(fake.readyCount).toBe(1));
    clock += 10 * 3_600_000;
    fake.disconnect('CONFLICT');
    await vi.waitFor(() => expect(fake.readyCount).toBe(2), { timeout: 10_000 });
    // Written 6 hours ago, delivered now that the client is back.
    fake.receive({ from: ALICE, body: 'oi', timestamp: Math.floor((clock - 6 * 3_600_000) / 1000) });
    await adapter.idle();
    expect(fake.sent).toEqual([]);
    expect(logs.some((l) => l.fields.skip === 'too_old')).toBe(true);
  });

  it('answers the backlog younger than the age limit', async () => {
    const clock = 1_800_000_000_000;
    fake.serverNow = () => clock;
    start({ now: () => clock, maxMessageAgeMs: 5 * 60_000 });
    fake.ready();
    // Written a minute ago, while Atende was restarting.
    fake.receive({ from: ALICE, body: 'oi', timestamp: Math.floor((clock - 60_000) / 1000) });
    await adapter.idle();
    expect(fake.textsTo(ALICE)).toHaveLength(1);
  });

  it('answers a message just written when the host clock runs 2 s ahead of the server', async () => {
    start({ now: () => Date.now() + 2000, maxMessageAgeMs: 0 });
    fake.ready();
    expect(await say('oi')).toHaveLength(1);
  });

  it('logs no message text and no raw phone number', async () => {
    start();
    fake.ready();
    await say('meu cpf é 123.456.789-09');
    fake.receive({ from: '120363000000000000@g.us', body: 'segredo do grupo' });
    const dump = JSON.stringify(logs);
    expect(dump).not.toContain('123.456.789-09');
    expect(dump).not.toContain('segredo');
    expect(dump).not.toContain('5531999990001');
  });
});

describe('non-text messages', () => {
  it.each(['ptt', 'audio', 'image', 'sticker', 'location', 'video', 'document'])('answers a %s with the friendly "only text" reply and the options', async (type) => {
    start();
    fake.ready();
    fake.receive({ from: ALICE, type, body: '' });
    await adapter.idle();
    const [reply] = fake.textsTo(ALICE);
    expect(reply).toContain('Ainda só entendo texto');
    expect(reply).toMatch(/_Digite 1, 2 ou 3\._$/);
  });

  it('answers an album once: its album message and its images arrive together', async () => {
    start();
    fake.ready();
    fake.receive({ from: ALICE, type: 'album', body: '' });
    for (let i = 0; i < 4; i++) fake.receive({ from: ALICE, type: 'image', body: '' });
    await adapter.idle();
    const replies = fake.textsTo(ALICE);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('Ainda só entendo texto');
  });

  it('answers media again once the burst is over, and never swallows a text', async () => {
    start({ mediaBurstMs: 50 });
    fake.ready();
    fake.receive({ from: ALICE, type: 'image', body: '' });
    fake.receive({ from: ALICE, type: 'image', body: '' });
    fake.receive({ from: ALICE, body: 'cnh' });
    await adapter.idle();
    expect(fake.textsTo(ALICE)).toHaveLength(2);
    await pause(80);
    fake.receive({ from: ALICE, type: 'image', body: '' });
    await adapter.idle();
    expect(fake.textsTo(ALICE)).toHaveLength(3);
  });

  it('keeps the bursts of two citizens apart', async () => {
    start();
    fake.ready();
    fake.receive({ from: ALICE, type: 'image', body: '' });
    fake.receive({ from: BRUNO, type: 'image', body: '' });
    await adapter.idle();
    expect(fake.textsTo(ALICE)).toHaveLength(1);
    expect(fake.textsTo(BRUNO)).toHaveLength(1);
  });

  it('ignores a revoked message or a reaction (nothing the citizen said)', async () => {
    start();
    fake.ready();
    fake.receive({ from: ALICE, type: 'revoked', body: '' });
    fake.receive({ from: ALICE, type: 'reaction', body: '👍' });
    await adapter.idle();
    expect(fake.sent).toEqual([]);
  });
});

describe('the per-citizen rate limit', () => {
  it('answers a flood with one notice, then silence, without affecting another citizen', async () => {
    await t.cleanup();
    t = await testApp({ RATE_LIMIT_MESSAGES: '3', RATE_LIMIT_WINDOW_SECONDS: '600' });
    start();
    fake.ready();
    for (let i = 0; i < 6; i++) fake.receive({ from: ALICE, body: `cnh ${i}` });
    await adapter.idle();
    const alice = fake.textsTo(ALICE);
    expect(alice.filter((m) => m.includes('muitas mensagens'))).toHaveLength(1);
    expect(alice[alice.length - 1]).toContain('muitas mensagens');
    expect(await say('oi', BRUNO)).toHaveLength(1);
  });
});

describe('connection', () => {
  it('prints the pairing QR code and logs every state change', async () => {
    start();
    fake.qr('2@abc,def,ghi');
    fake.emit('authenticated');
    fake.ready();
    expect(qrs).toEqual(['2@abc,def,ghi']);
    const messages = logs.map((l) => l.msg).join('\n');
    expect(messages).toMatch(/QR code/);
    expect(messages).toMatch(/authenticated/);
    expect(messages).toMatch(/ready/);
    // The QR payload is a pairing secret: it is printed for the operator, never logged.
    expect(JSON.stringify(logs)).not.toContain('2@abc');
  });

  it('reconnects after a disconnect, logging the reason, and answers again', async () => {
    fake.readyOnInitialize = true;
    start();
    await vi.waitFor(() => expect(fake.initializeCalls).toBe(1));
    await vi.waitFor(() => expect(logs.some((l) => l.msg.includes('ready'))).toBe(true));
    fake.disconnect('CONFLICT');
    expect(logs.find((l) => l.msg === 'whatsapp disconnected')?.fields.reason).toBe('CONFLICT');
    await vi.waitFor(() => expect(fake.initializeCalls).toBe(2), { timeout: 10_000 });
    expect(fake.destroyCalls).toBeGreaterThanOrEqual(1);
    await vi.waitFor(() => expect(logs.filter((l) => l.msg.includes('ready'))).toHaveLength(2));
    expect(await say('oi')).toHaveLength(1);
  });

  it('reports itself down (for /healthz) while pairing or disconnected, and up while ready', async () => {
    start();
    fake.qr('2@abc,def,ghi');
    expect(adapter.health().ok).toBe(false);
    fake.emit('authenticated');
    fake.ready();
    expect(adapter.health()).toEqual({ ok: true });
    fake.disconnect('CONFLICT');
    const down = adapter.health();
    expect(down.ok).toBe(false);
    expect(down.ok ? '' : down.reason).toContain('não está conectado');
    await adapter.stop();
    expect(adapter.health().ok).toBe(false);
  });

  it('keeps retrying with growing delays while the browser cannot start', async () => {
    fake.failInitialize = 3;
    fake.readyOnInitialize = true;
    start();
    await vi.waitFor(() => expect(fake.initializeCalls).toBe(4), { timeout: 10_000 });
    const delays = logs.filter((l) => l.msg.includes('reconnecting')).map((l) => l.fields.delayMs);
    expect(delays).toEqual([5, 10, 20]);
    await vi.waitFor(() => expect(logs.some((l) => l.msg.includes('ready'))).toBe(true));
  });

  it('closes the browser of a failed start at once, not only at the next attempt', async () => {
    fake.failInitialize = 1;
    start({ backoff: { initialMs: 60_000, maxMs: 60_000 } });
    await vi.waitFor(() => expect(logs.some((l) => l.msg.includes('reconnecting'))).toBe(true));
    expect(fake.destroyCalls).toBe(1);
    expect(fake.initializeCalls).toBe(1);
  });

  it('stops retrying, with what to do, when Chromium says another browser holds the profile', async () => {
    // puppeteer's words when Chromium cannot take its ProcessSingleton (BrowserLauncher.js).
    fake.initializeError = `The browser is already running for ${join(t.dir, 'whatsapp-auth', 'session')}. Use a different \`userDataDir\` or stop the running browser first.`;
    fake.failInitialize = 5;
    start();
    await vi.waitFor(() => expect(logs.some((l) => l.level === 'error' && l.msg.includes('another'))).toBe(true));
    await pause(100);
    expect(fake.initializeCalls).toBe(1);
    expect(logs.some((l) => l.msg.includes('reconnecting'))).toBe(false);
  });

  it('lets whatsapp-web.js show a new QR after LOGOUT instead of restarting the browser under it', () => {
    start();
    fake.disconnect('LOGOUT');
    expect(logs.some((l) => l.msg.includes('reconnecting'))).toBe(false);
    expect(logs.some((l) => l.msg.includes('unlinked'))).toBe(true);
  });

  it('doubles the delay from 1 s and caps it', () => {
    const backoff = { initialMs: 1000, maxMs: 30_000 };
    expect([0, 1, 2, 3, 4, 5, 6, 100].map((n) => backoffDelay(backoff, n))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('a start that never becomes ready (the watchdog)', () => {
  it('closes and starts the browser again when initialize never returns', async () => {
    fake.hangInitialize = 1;
    fake.readyOnInitialize = true;
    start({ readyTimeoutMs: 100 });
    await vi.waitFor(() => expect(fake.readyCount).toBe(1), { timeout: 10_000 });
    expect(fake.initializeCalls).toBe(2);
    expect(fake.destroyCalls).toBeGreaterThanOrEqual(1);
    expect(logs.some((l) => l.level === 'warn' && l.msg.includes('not ready'))).toBe(true);
    expect(await say('oi')).toHaveLength(1);
  });

  it('starts again when the client authenticated but never became ready', async () => {
    start({ readyTimeoutMs: 100 });
    await vi.waitFor(() => expect(fake.browserOpen).toBe(true));
    fake.emit('authenticated');
    await vi.waitFor(() => expect(fake.initializeCalls).toBe(2), { timeout: 10_000 });
  });

  it('restarts with growing delays while it keeps failing', async () => {
    fake.hangInitialize = 3;
    fake.readyOnInitialize = true;
    start({ readyTimeoutMs: 30 });
    await vi.waitFor(() => expect(fake.readyCount).toBe(1), { timeout: 10_000 });
    const delays = logs.filter((l) => l.msg.includes('reconnecting')).map((l) => l.fields.delayMs);
    expect(delays).toEqual([5, 10, 20]);
    expect(fake.initializeCalls).toBe(4);
  });

  it('waits as long as needed while a QR code waits to be scanned', async () => {
    start({ readyTimeoutMs: 30 });
    await vi.waitFor(() => expect(fake.browserOpen).toBe(true));
    fake.qr();
    await pause(150);
    expect(fake.initializeCalls).toBe(1);
  });

  it('leaves a ready client alone', async () => {
    fake.readyOnInitialize = true;
    start({ readyTimeoutMs: 30 });
    await vi.waitFor(() => expect(fake.readyCount).toBe(1));
    await pause(150);
    expect(fake.initializeCalls).toBe(1);
  });
});

describe('a QR code once the client has been ready (the session ended: LocalAuth never emits auth_failure)', () => {
  let alerts: StaffReport[];
  beforeEach(() => {
    alerts = [];
  });

  it('is an alert: logged once at error level with what to do, and staff are told once', async () => {
    start({ alertStaff: (report) => void alerts.push(report) });
    fake.ready();
    // Unlinked on the phone: the library wipes the session and shows a new QR code on the same page.
    fake.disconnect('LOGOUT');
    await vi.waitFor(() => expect(qrs).toHaveLength(1));
    // WhatsApp renews the code about every 20 seconds.
    fake.qr();
    fake.qr();
    expect(qrs).toHaveLength(3);
    const errors = logs.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.msg).toContain('scan');
    expect(errors[0]?.fields.authDir).toBe(join(t.dir, 'whatsapp-auth'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.title).toContain('WhatsApp');
    expect(alerts[0]?.lines.join('\n')).toContain('QR code');
  });

  it('is an alert when the session ended server-side and the restarted browser asks to pair', async () => {
    fake.readyOnInitialize = true;
    start({ alertStaff: (report) => void alerts.push(report) });
    await vi.waitFor(() => expect(fake.readyCount).toBe(1));
    fake.readyOnInitialize = false;
    fake.disconnect('UNPAIRED');
    await vi.waitFor(() => expect(fake.initializeCalls).toBe(2), { timeout: 10_000 });
    await vi.waitFor(() => expect(fake.browserOpen).toBe(true));
    fake.qr();
    expect(logs.filter((l) => l.level === 'error')).toHaveLength(1);
    await vi.waitFor(() => expect(alerts).toHaveLength(1));
  });

  it('alerts again when a session paired anew ends too', async () => {
    start({ alertStaff: (report) => void alerts.push(report) });
    fake.ready();
    fake.qr();
    fake.ready();
    fake.qr();
    await vi.waitFor(() => expect(alerts).toHaveLength(2));
  });

  it('is no alert on a first pairing', () => {
    start({ alertStaff: (report) => void alerts.push(report) });
    fake.qr();
    expect(qrs).toHaveLength(1);
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(alerts).toEqual([]);
  });

  it('is logged even when telling staff fails', async () => {
    start({
      alertStaff: async () => {
        throw new Error('telegram down');
      },
    });
    fake.ready();
    fake.qr();
    expect(logs.some((l) => l.level === 'error' && l.msg.includes('scan'))).toBe(true);
    await vi.waitFor(() => expect(logs.some((l) => l.level === 'warn' && l.msg.includes('staff'))).toBe(true));
  });
});

describe('shutdown', () => {
  it('finishes the replies in flight, ignores messages that arrive meanwhile, then destroys the client', async () => {
    start();
    fake.ready();
    fake.receive({ from: ALICE, body: 'oi' });
    const stopping = adapter.stop();
    fake.receive({ from: BRUNO, body: 'oi' });
    await stopping;
    expect(fake.textsTo(ALICE)).toHaveLength(1);
    expect(fake.textsTo(BRUNO)).toEqual([]);
    expect(fake.destroyCalls).toBe(1);
  });

  it('closes a browser that was still starting when shutdown began', async () => {
    let release = (): void => undefined;
    fake.initializeGate = new Promise<void>((resolve) => {
      release = resolve;
    });
    start();
    await vi.waitFor(() => expect(fake.initializeCalls).toBe(1));
    const stopping = adapter.stop();
    await vi.waitFor(() => expect(fake.destroyCalls).toBe(1));
    release();
    await stopping;
    expect(fake.destroyCalls).toBe(2);
  });

  it('does not reconnect once stopping', async () => {
    start();
    fake.ready();
    await adapter.stop();
    fake.disconnect('UNPAIRED');
    expect(logs.some((l) => l.msg.includes('reconnecting'))).toBe(false);
    expect(fake.initializeCalls).toBe(1);
  });
});

describe('sending', () => {
  it('waits until WhatsApp has sent each message, not only queued it', async () => {
    start();
    fake.ready();
    await say('oi');
    expect(fake.sendCalls.map((c) => c.options?.waitUntilMsgSent)).toEqual([true]);
  });

  it('sends links without a preview (a failed preview would cut the reply short)', async () => {
    start();
    fake.ready();
    const card = await say('ouvidoria');
    expect(card.join('\n')).toContain('https://');
    expect(fake.sendCalls.map((c) => c.options?.linkPreview)).toEqual(card.map(() => false));
  });

  it('sends again a message the server refused, and the citizen gets it', async () => {
    start();
    fake.ready();
    fake.failingSends.set(ALICE, 1);
    expect(await say('oi')).toHaveLength(1);
    expect(fake.sendCalls.filter((c) => c.chatId === ALICE)).toHaveLength(2);
  });

  it('tries again after a failed send, waiting longer each time', async () => {
    start({ send: { attempts: 3, backoff: { initialMs: 40, maxMs: 1000 } } });
    fake.ready();
    fake.throwingSends.set(ALICE, 2);
    expect(await say('oi')).toHaveLength(1);
    const at = fake.sendCalls.filter((c) => c.chatId === ALICE).map((c) => c.at);
    expect(at).toHaveLength(3);
    // Lower bounds only: a loaded machine makes waits longer, never shorter (1 ms of timer rounding allowed).
    expect((at[1] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(39);
    expect((at[2] ?? 0) - (at[1] ?? 0)).toBeGreaterThanOrEqual(79);
  });
});

describe('pacing', () => {
  it('spaces the sends of all chats out, when many citizens are answered at once', async () => {
    start({ sendsPerSecond: 20 });
    fake.ready();
    const citizens = Array.from({ length: 6 }, (_, i) => `55319999900${String(10 + i)}@c.us`);
    for (const from of citizens) fake.receive({ from, body: 'oi' });
    await adapter.idle();
    const at = fake.sendCalls.map((c) => c.at);
    expect(at).toHaveLength(6);
    // 20 per second: 50 ms apart (lower bounds only; 2 ms for timer rounding and the hop from pacer to client).
    for (let i = 1; i < at.length; i++) expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(48);
    expect(new Set(fake.sent.map((m) => m.chatId))).toEqual(new Set(citizens));
  });
});

describe('a reply that cannot be delivered', () => {
  it('is not taken as sent when the chat does not exist (sendMessage gives undefined)', async () => {
    start();
    fake.ready();
    fake.unknownChats.add(ALICE);
    await say('oi', ALICE);
    const failure = logs.find((l) => l.msg === 'whatsapp reply not delivered');
    expect(failure?.level).toBe('error');
    expect(failure?.fields).toMatchObject({ reason: 'no_chat', sent: 0, parts: 1 });
  });

  it('is logged with the pseudonymous key after the last attempt, and the next citizen is still answered', async () => {
    start({ send: { attempts: 3, backoff: { initialMs: 5, maxMs: 10 } } });
    fake.ready();
    fake.throwingSends.set(ALICE, Number.POSITIVE_INFINITY);
    await say('oi', ALICE);
    expect(fake.sendCalls.filter((c) => c.chatId === ALICE)).toHaveLength(3);
    const failures = logs.filter((l) => l.msg === 'whatsapp reply not delivered');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.fields).toMatchObject({ user: t.app.runtime.userKey(WHATSAPP, fake.lidOf(ALICE)), reason: 'error' });
    expect(await say('oi', BRUNO)).toHaveLength(1);
    // The page's error quoted the chat id: the number is masked in the log.
    expect(JSON.stringify(logs)).toContain('could not send to');
    expect(JSON.stringify(logs)).not.toContain('5531999990001');
  });

  it('sends no later part of the reply once a part could not be sent', async () => {
    const handle = async (): Promise<{ replies: { text: string }[] }> => ({ replies: [{ text: 'primeira parte' }, { text: 'segunda parte' }] });
    start({ runtime: { handle, userKey: () => 'pseudonym' }, send: { attempts: 1 } });
    fake.ready();
    fake.unknownChats.add(ALICE);
    await say('oi');
    expect(fake.sendCalls.map((c) => c.text)).toEqual(['primeira parte']);
    expect(logs.find((l) => l.msg === 'whatsapp reply not delivered')?.fields).toMatchObject({ sent: 0, parts: 2 });
  });
});
