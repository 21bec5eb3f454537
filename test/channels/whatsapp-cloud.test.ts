// The Cloud API channel end to end: signed webhook POSTs in, the real runtime on SQLite and the bundled catalogue,
// sends to the fake Graph API (which refuses what Meta refuses). Every incoming type, the three ways options are
// shown, retries, refusals, the 24-hour window, statuses, and what the logs may carry.
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.ts';
import { sqliteOf } from '../support/app.ts';
import type { MessageContent } from '../fakes/graph-api.ts';
import { type CloudUnderTest, MARIA, shown, startCloud } from './whatsapp-cloud-support.ts';

let cloud: CloudUnderTest | undefined;
afterEach(async () => {
  await cloud?.cleanup();
  cloud = undefined;
});

async function start(o: Parameters<typeof startCloud>[0] = {}): Promise<CloudUnderTest> {
  cloud = await startCloud(o);
  return cloud;
}

const ONLY_TEXT = 'só entendo texto';

/** Every log line as one string, to look for what must never be there. */
function logText(c: CloudUnderTest): string {
  return JSON.stringify(c.logs);
}

describe('a citizen says hello', () => {
  it('gets the greeting with the main menu as three reply buttons', async () => {
    const c = await start();
    const [m, ...rest] = await c.play(c.meta.text(MARIA, 'oi'));
    expect(rest).toHaveLength(0);
    expect(m?.kind).toBe('button');
    expect(m?.body).toContain('Atende');
    expect(m?.choices).toEqual(['📂 Ver categorias', '🔎 Buscar um serviço', '🙋 Falar com alguém']);
    expect(m?.ids).toEqual(['categories', 'search', 'handoff']);
  });
});

describe('tapping a button', () => {
  it('passes the option id to the engine: categories come as the numbered text menu (more than 10)', async () => {
    const c = await start();
    await c.play(c.meta.text(MARIA, 'oi'));
    const sent = await c.play(c.meta.buttonReply(MARIA, 'categories', '📂 Ver categorias'));
    const m = sent[sent.length - 1];
    expect(m?.kind).toBe('text');
    expect(m?.body).toMatch(/\n1\. .+\n2\. /);
    expect(m?.body).toMatch(/Digite um número de 1 a \d\d\./);
  });

  it('typing the number of a numbered option works like a tap', async () => {
    const c = await start();
    const menu = (await c.play(c.meta.buttonReply(MARIA, 'categories', '📂 Ver categorias'))).pop();
    const first = /\n1\. (.+)\n/.exec(menu?.body ?? '')?.[1];
    expect(first).toBeDefined();
    const sent = await c.play(c.meta.text(MARIA, '1'));
    expect(sent.map(shown).join('\n')).toContain(`*${first ?? ''}*`);
  });
});

describe('a choice in a list', () => {
  it('passes the row id: a search with several results is a list, and a row opens the service card', async () => {
    const c = await start();
    const sent = await c.play(c.meta.text(MARIA, 'ipva'));
    const list = sent.find((m) => m.kind === 'list' || m.kind === 'button');
    expect(list, JSON.stringify(sent)).toBeDefined();
    const id = list?.ids.find((i) => i.startsWith('svc:'));
    expect(id).toBeDefined();
    const card = await c.play(c.meta.listReply(MARIA, id ?? '', list?.choices[0] ?? ''));
    expect(card.map(shown).join('\n')).toMatch(/IPVA/);
  });
});

describe('what the bot cannot read', () => {
  const media: [string, MessageContent][] = [
    ['audio', { type: 'audio', audio: { id: '1', voice: true } }],
    ['image', { type: 'image', image: { id: '1', mime_type: 'image/jpeg' } }],
    ['sticker', { type: 'sticker', sticker: { id: '1' } }],
    ['location', { type: 'location', location: { latitude: -19.9, longitude: -43.9 } }],
    ['document', { type: 'document', document: { id: '1', filename: 'rg.pdf' } }],
    ['contacts', { type: 'contacts', contacts: [{ name: { formatted_name: 'João' } }] }],
    ['video', { type: 'video', video: { id: '1' } }],
    ['reaction', { type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '❤️' } }],
    ['unsupported', { type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown' }] }],
  ];

  it('every kind gets the same "só entendo texto" answer, with options', async () => {
    const c = await start();
    for (const [type, content] of media) {
      // Apart in time, so that each is its own burst.
      const sent = await c.play(c.meta.message(MARIA, content, { timestamp: Math.floor(Date.now() / 1000) - 3600 + media.findIndex(([t]) => t === type) * 60 }));
      expect(sent, type).toHaveLength(1);
      expect(sent[0]?.body, type).toContain(ONLY_TEXT);
      expect(sent[0]?.kind, type).not.toBe('text');
    }
  });

  it('an album of photos gets one answer, and a photo sent later another', async () => {
    const c = await start();
    const now = Math.floor(Date.now() / 1000);
    const photo = (t: number) => c.meta.messageObject(MARIA, { type: 'image', image: { id: String(t) } }, { timestamp: t });
    const album = await c.play(c.meta.batch(MARIA, [photo(now - 60), photo(now - 60), photo(now - 59)]));
    expect(album).toHaveLength(1);
    expect(album[0]?.body).toContain(ONLY_TEXT);
    // The same album in three POSTs, as Meta may also deliver it: still one answer.
    const mark = c.graph.mark();
    for (const t of [now - 30, now - 30, now - 29]) expect((await c.meta.post(c.meta.batch(MARIA, [photo(t)]))).status).toBe(200);
    await c.adapter.idle();
    expect(c.graph.sentTo(MARIA.phone, mark)).toHaveLength(1);
    const later = await c.play(c.meta.batch(MARIA, [photo(now)]));
    expect(later).toHaveLength(1);
  });

  it('a text between two photos ends the burst', async () => {
    const c = await start();
    const now = Math.floor(Date.now() / 1000);
    await c.play(c.meta.message(MARIA, { type: 'image', image: { id: '1' } }, { timestamp: now - 5 }));
    await c.play(c.meta.text(MARIA, 'oi', { timestamp: now - 4 }));
    const again = await c.play(c.meta.message(MARIA, { type: 'image', image: { id: '2' } }, { timestamp: now - 3 }));
    expect(again[0]?.body).toContain(ONLY_TEXT);
  });

  it('a system notice gets no answer, and is acknowledged', async () => {
    const c = await start();
    expect(await c.play(c.meta.message(MARIA, { type: 'system', system: { body: 'changed', type: 'user_changed_number' } }))).toHaveLength(0);
  });
});

describe('a citizen who hides the phone number', () => {
  it('is answered through the business-scoped user id', async () => {
    const c = await start();
    const user = { bsuid: 'BR.99887766' };
    const sent = await c.play(c.meta.text(user, 'oi'), user.bsuid);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload.recipient).toBe('BR.99887766');
    expect(sent[0]?.payload.to).toBeUndefined();
  });
});

describe('Meta’s throughput limit', () => {
  it('a 429 (130429) is retried after a pause, and the reply arrives once', async () => {
    const c = await start();
    c.graph.failNext({ status: 429, code: 130429, message: '(#130429) Rate limit hit' });
    const sent = await c.play(c.meta.text(MARIA, 'oi'));
    expect(sent).toHaveLength(1);
    const posts = c.graph.calls.filter((x) => x.method === 'POST');
    expect(posts.map((x) => x.status)).toEqual([429, 200]);
    expect(c.logs.some((l) => l.msg?.includes('will be retried') && l.fields.code === 130429)).toBe(true);
  });

  it('the per-citizen limit (131056) is retried too', async () => {
    const c = await start();
    c.graph.failNext({ status: 400, code: 131056, message: '(#131056) (Business Account, Consumer Account) pair rate limit hit' });
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(1);
  });

  it('a Retry-After header is honoured', async () => {
    const c = await start();
    c.graph.failNext({ status: 429, code: 130429, retryAfter: 1 });
    const started = Date.now();
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe('server errors and dropped connections', () => {
  it('are retried with backoff until the send goes through', async () => {
    const c = await start();
    c.graph.failNext({ status: 500, code: 131000, message: 'Something went wrong' });
    c.graph.failNext({ status: 503, code: 2, message: 'Service temporarily unavailable' });
    c.graph.failNext('network');
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(1);
    expect(c.graph.calls.filter((x) => x.method === 'POST')).toHaveLength(4);
  });

  it('give up after the last attempt, logged with Meta’s code and counted', async () => {
    const c = await start({ options: { retry: { attempts: 3, baseMs: 5, maxMs: 20 } } });
    c.graph.failNext({ status: 500, code: 131000 }, 3);
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(0);
    expect(c.graph.calls.filter((x) => x.method === 'POST')).toHaveLength(3);
    expect(c.logs.some((l) => l.level === 'error' && l.msg?.includes('after retries') && l.fields.code === 131000)).toBe(true);
    expect(c.adapter.deliveryFailures()).toEqual({ total: 1, byCode: { '131000': 1 } });
  });
});

describe('a send Meta refuses for good', () => {
  it('is not retried; the log has Meta’s code and the pseudonymous key, never the phone number', async () => {
    const c = await start();
    c.graph.failNext({ status: 400, code: 131026, message: `(#131026) Message undeliverable to ${MARIA.phone}` });
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(0);
    expect(c.graph.calls.filter((x) => x.method === 'POST')).toHaveLength(1);
    const line = c.logs.find((l) => l.msg === 'whatsapp cloud send refused');
    expect(line?.fields).toMatchObject({ code: 131026, status: 400, user: c.app.channels.userKey('whatsapp', MARIA.bsuid) });
    expect(logText(c)).not.toContain(MARIA.phone);
  });

  it('an expired token is logged with what to do', async () => {
    const c = await start();
    c.graph.failNext({ status: 401, code: 190, message: 'Error validating access token: Session has expired' });
    await c.play(c.meta.text(MARIA, 'oi'));
    expect(c.logs.some((l) => l.level === 'error' && l.msg?.includes('WHATSAPP_CLOUD_ACCESS_TOKEN'))).toBe(true);
  });

  it('an interactive message refused as invalid is sent again as the numbered text menu', async () => {
    const c = await start();
    c.graph.failNext({ status: 400, code: 131009, message: '(#131009) Parameter value is not valid' });
    const sent = await c.play(c.meta.text(MARIA, 'oi'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.kind).toBe('text');
    expect(sent[0]?.body).toMatch(/1\. 📂 Ver serviços por categoria\n2\. 🔎 Buscar um serviço\n3\. 🙋 Falar com uma pessoa/);
  });
});

describe('the 24-hour customer service window', () => {
  it('a message Meta delivers more than a day late is stored, but no free text is sent', async () => {
    const c = await start();
    const old = Math.floor(Date.now() / 1000) - 25 * 3600;
    expect(await c.play(c.meta.text(MARIA, 'oi', { timestamp: old }))).toHaveLength(0);
    expect(c.graph.calls.filter((x) => x.method === 'POST')).toHaveLength(0);
    const line = c.logs.find((l) => l.msg?.includes('window is closed'));
    expect(line?.fields.hoursSinceLastMessage).toBeGreaterThanOrEqual(25);
    expect(sqliteOf(c.app).prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 1 });
  });

  it('a newer message reopens it, and a late older one is then answered', async () => {
    const c = await start();
    const now = Math.floor(Date.now() / 1000);
    await c.play(c.meta.text(MARIA, 'oi', { timestamp: now }));
    expect(await c.play(c.meta.text(MARIA, 'ipva', { timestamp: now - 25 * 3600 }))).not.toHaveLength(0);
  });
});

describe('statuses of sent messages', () => {
  it('sent, delivered and read are only debug lines', async () => {
    const c = await start();
    const [m] = await c.play(c.meta.text(MARIA, 'oi'));
    for (const s of ['sent', 'delivered', 'read'] as const) expect((await c.meta.post(c.meta.status(m?.wamid ?? '', s, MARIA))).status).toBe(200);
    expect(c.logs.filter((l) => l.msg === 'whatsapp cloud message status' && l.level === 'debug')).toHaveLength(3);
    expect(c.adapter.deliveryFailures().total).toBe(0);
  });

  it('a failure is logged under the citizen’s pseudonym with Meta’s code, and counted once', async () => {
    const c = await start();
    const [m] = await c.play(c.meta.text(MARIA, 'oi'));
    const failed = c.meta.status(m?.wamid ?? '', 'failed', MARIA, [{ code: 131026, title: 'Message undeliverable' }]);
    expect((await c.meta.post(failed)).status).toBe(200);
    expect((await c.meta.post(failed)).status).toBe(200);
    const lines = c.logs.filter((l) => l.fields.event === 'whatsapp_delivery_failed');
    expect(lines[0]?.fields).toMatchObject({ user: c.app.channels.userKey('whatsapp', MARIA.bsuid), codes: [131026] });
    expect(c.adapter.deliveryFailures()).toEqual({ total: 1, byCode: { '131026': 1 } });
    expect(logText(c)).not.toContain(MARIA.phone);
  });
});

describe('several messages of one citizen in one POST', () => {
  it('are answered in order', async () => {
    const c = await start();
    const now = Math.floor(Date.now() / 1000);
    const sent = await c.play(c.meta.batch(MARIA, [c.meta.messageObject(MARIA, { type: 'text', text: { body: 'oi' } }, { timestamp: now }), c.meta.messageObject(MARIA, { type: 'text', text: { body: 'ipva' } }, { timestamp: now })]));
    expect(sent[0]?.body).toContain('Atende');
    expect(sent.slice(1).map(shown).join('\n')).toMatch(/IPVA/);
  });
});

describe('the per-citizen rate limit', () => {
  it('applies as on the other channels: one notice, then silence', async () => {
    const c = await start({ env: { RATE_LIMIT_MESSAGES: '2', RATE_LIMIT_WINDOW_SECONDS: '3600' } });
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(1);
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(1);
    const notice = await c.play(c.meta.text(MARIA, 'oi'));
    expect(notice).toHaveLength(1);
    expect(notice[0]?.body).not.toContain('Atende');
    expect(await c.play(c.meta.text(MARIA, 'oi'))).toHaveLength(0);
  });
});

describe('the logs', () => {
  it('never carry the phone number, the name or what the citizen typed', async () => {
    const c = await start();
    await c.play(c.meta.text(MARIA, 'meu cpf é 123.456.789-09, quero renovar a cnh'));
    await c.play(c.meta.message(MARIA, { type: 'image', image: { id: '1', caption: 'foto do RG' } }));
    const text = logText(c);
    for (const secret of [MARIA.phone, MARIA.name, '123.456.789-09', 'renovar a cnh', 'foto do RG']) expect(text).not.toContain(secret);
  });
});

describe('messages for another business number of the same app', () => {
  it('are acknowledged and left alone', async () => {
    const c = await start();
    const { MetaWebhook } = await import('../fakes/graph-api.ts');
    const other = new MetaWebhook({ url: c.url, appSecret: c.settings.appSecret, graph: c.graph, phoneNumberId: '999000999' });
    expect((await other.post(other.text(MARIA, 'oi'))).status).toBe(200);
    await c.adapter.idle();
    expect(c.graph.sent).toHaveLength(0);
  });
});

describe('start-up', () => {
  it('a token Meta refuses stops it with what to do', async () => {
    await expect(startCloud({ settings: { accessToken: 'EAAerrado' } })).rejects.toThrow(ConfigError);
    await expect(startCloud({ settings: { accessToken: 'EAAerrado' } })).rejects.toThrow(/WHATSAPP_CLOUD_ACCESS_TOKEN/);
  });

  it('a phone number id that names no number stops it with what to do', async () => {
    await expect(startCloud({ settings: { phoneNumberId: '5531988887777' } })).rejects.toThrow(/WHATSAPP_CLOUD_PHONE_NUMBER_ID/);
  });

  it('an unreachable Graph API does not stop it (sends will retry)', async () => {
    const c = await start({ settings: { apiRoot: 'http://127.0.0.1:9' } });
    expect(c.logs.some((l) => l.msg?.includes('could not be checked'))).toBe(true);
  });
});
