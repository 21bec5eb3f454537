// The fake Bot API itself, spoken to with plain fetch: what the crash test and the load benchmark rely on.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';

let fake: FakeTelegramApi | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function call(method: string, payload: Record<string, unknown> = {}): Promise<{ status: number; body: { ok: boolean; result?: unknown; error_code?: number; parameters?: { retry_after?: number } } }> {
  if (!fake) throw new Error('start the fake first');
  const res = await fetch(`${fake.url}/bot123:ABC/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { status: res.status, body: (await res.json()) as { ok: boolean; result?: unknown } };
}

async function started(): Promise<FakeTelegramApi> {
  fake = new FakeTelegramApi();
  await fake.start();
  return fake;
}

describe('the fake Bot API', () => {
  it('serves long polling: a pending getUpdates wakes up on a new update, and an offset confirms', async () => {
    const f = await started();
    const poll = call('getUpdates', { offset: 0, timeout: 30 });
    await f.waitFor((c) => c.method === 'getUpdates' && c.status === 'pending');
    const u = f.pushText(1, 'oi');
    const first = await poll;
    expect(first.body.result).toEqual([u]);
    expect(f.pendingUpdates).toBe(1);
    const empty = await call('getUpdates', { offset: u.update_id + 1, timeout: 0 });
    expect(empty.body.result).toEqual([]);
    expect(f.pendingUpdates).toBe(0);
    await f.waitForConsumed(u.update_id);
  });

  it('answers getUpdates with 409 while a webhook is set', async () => {
    const f = await started();
    await call('setWebhook', { url: 'https://x.example/hook', secret_token: 'abc' });
    expect(f.webhook).toEqual({ url: 'https://x.example/hook', secretToken: 'abc' });
    expect((await call('getUpdates', { timeout: 0 })).status).toBe(409);
    await call('deleteWebhook');
    expect((await call('getUpdates', { timeout: 0 })).status).toBe(200);
  });

  it('injects a 429 with retry_after once, then behaves', async () => {
    const f = await started();
    f.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 7', retry_after: 7 });
    const refused = await call('sendMessage', { chat_id: 5, text: 'a' });
    expect(refused.status).toBe(429);
    expect(refused.body.parameters?.retry_after).toBe(7);
    expect((await call('sendMessage', { chat_id: 5, text: 'a' })).status).toBe(200);
    expect(f.callsOf('sendMessage').map((c) => c.errorCode ?? c.status)).toEqual([429, 'ok']);
  });

  it('validates what Telegram validates: HTML, length and button data', async () => {
    const f = await started();
    expect((await call('sendMessage', { chat_id: 5, text: 'a & b', parse_mode: 'HTML' })).status).toBe(400);
    expect((await call('sendMessage', { chat_id: 5, text: 'x'.repeat(4097) })).status).toBe(400);
    const longData = { inline_keyboard: [[{ text: 'b', callback_data: 'é'.repeat(33) }]] };
    expect((await call('sendMessage', { chat_id: 5, text: 'ok', reply_markup: longData })).status).toBe(400);
    expect(f.messages(5)).toHaveLength(0);
  });

  it('keeps the messages sent, with their edits', async () => {
    const f = await started();
    const sent = await call('sendMessage', { chat_id: 5, text: '<b>Etapa 1</b>', parse_mode: 'HTML' });
    const id = (sent.body.result as { message_id: number }).message_id;
    await call('editMessageText', { chat_id: 5, message_id: id, text: '<b>Etapa 2</b>', parse_mode: 'HTML' });
    expect(f.message(5, id)).toMatchObject({ text: 'Etapa 2', raw: '<b>Etapa 2</b>', edits: 1 });
    expect((await call('editMessageText', { chat_id: 5, message_id: id, text: '<b>Etapa 2</b>', parse_mode: 'HTML' })).status).toBe(400);
  });

  it('holds matching answers until released', async () => {
    const f = await started();
    const hold = f.hold((c) => c.method === 'sendMessage');
    const pending = call('sendMessage', { chat_id: 5, text: 'a' });
    await hold.waitHeld(1);
    expect(f.messages(5)).toHaveLength(0);
    hold.release();
    expect((await pending).status).toBe(200);
    expect(f.messages(5)).toHaveLength(1);
  });
});
