// Webhook mode: the bot's own HTTP server, guarded by Telegram's secret token header.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBot } from './telegram-support.ts';

const SECRET = 'segredo_de-teste-123';
const CITIZEN = 5151;

let bot: BotUnderTest | undefined;
afterEach(async () => {
  await bot?.cleanup();
  bot = undefined;
});

async function startWebhookBot(): Promise<BotUnderTest> {
  bot = await startBot({
    TELEGRAM_WEBHOOK_URL: 'https://atende.example.gov.br/telegram/webhook',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_WEBHOOK_PORT: '0',
    TELEGRAM_WEBHOOK_HOST: '127.0.0.1',
  });
  return bot;
}

function post(b: BotUnderTest, update: Update, headers: Record<string, string> = {}, path = '/telegram/webhook'): Promise<Response> {
  const address = b.channel.webhook;
  if (!address) throw new Error('the channel is not in webhook mode');
  return fetch(`http://127.0.0.1:${address.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(update),
  });
}

describe('webhook mode', () => {
  it('registers the webhook with its secret token instead of polling', async () => {
    const { fake, channel } = await startWebhookBot();
    expect(channel.mode).toBe('webhook');
    expect(fake.webhook).toEqual({ url: 'https://atende.example.gov.br/telegram/webhook', secretToken: SECRET });
    const setWebhook = fake.callsOf('setWebhook')[0];
    expect(setWebhook?.payload.allowed_updates).toEqual(['message', 'callback_query', 'my_chat_member']);
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
    expect(fake.callsOf('deleteWebhook')).toHaveLength(0);
  });

  it('answers an update that carries the secret header', async () => {
    const b = await startWebhookBot();
    const res = await post(b, b.fake.textUpdate(CITIZEN, 'oi'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(res.status).toBe(200);
    await b.channel.idle();
    expect(b.fake.messages(CITIZEN).map((m) => m.text).join('')).toContain('Como posso ajudar');
  });

  it('refuses a request without the secret header, and does nothing with it', async () => {
    const b = await startWebhookBot();
    const res = await post(b, b.fake.textUpdate(CITIZEN, 'oi'));
    expect([401, 403]).toContain(res.status);
    await b.channel.idle();
    expect(b.fake.callsOf('sendMessage')).toHaveLength(0);
  });

  it('refuses a request with a wrong secret', async () => {
    const b = await startWebhookBot();
    const res = await post(b, b.fake.textUpdate(CITIZEN, 'oi'), { 'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x` });
    expect([401, 403]).toContain(res.status);
    await b.channel.idle();
    expect(b.fake.callsOf('sendMessage')).toHaveLength(0);
  });

  it('answers a redelivered update only once', async () => {
    const b = await startWebhookBot();
    const update = b.fake.textUpdate(CITIZEN, 'oi');
    const headers = { 'X-Telegram-Bot-Api-Secret-Token': SECRET };
    expect((await post(b, update, headers)).status).toBe(200);
    expect((await post(b, update, headers)).status).toBe(200);
    await b.channel.idle();
    expect(b.fake.messages(CITIZEN)).toHaveLength(1);
  });

  it('serves only the webhook path, and only POST', async () => {
    const b = await startWebhookBot();
    const headers = { 'X-Telegram-Bot-Api-Secret-Token': SECRET };
    expect((await post(b, b.fake.textUpdate(CITIZEN, 'oi'), headers, '/outro')).status).toBe(404);
    const get = await fetch(`http://127.0.0.1:${b.channel.webhook?.port ?? 0}/telegram/webhook`);
    expect(get.status).toBe(405);
    expect(b.fake.callsOf('sendMessage')).toHaveLength(0);
  });

  it('keeps the webhook registered on stop, and closes the server', async () => {
    const b = await startWebhookBot();
    const port = b.channel.webhook?.port ?? 0;
    await b.channel.stop();
    expect(b.fake.webhook).toBeDefined();
    await expect(fetch(`http://127.0.0.1:${port}/telegram/webhook`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('fails to start with a clear message when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(
        startBot({
          TELEGRAM_WEBHOOK_URL: 'https://atende.example.gov.br/telegram/webhook',
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          TELEGRAM_WEBHOOK_PORT: String(port),
        }),
      ).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+.*TELEGRAM_WEBHOOK_PORT/);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
