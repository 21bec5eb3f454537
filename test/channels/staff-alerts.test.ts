// Staff alerts end to end: the WhatsApp channel (fake client) asks to pair again after it was ready, and the
// Telegram channel (real grammY client against the fake Bot API on 127.0.0.1) tells the staff ids, in pt-BR.
// The log has the alert in every case, with or without a channel that reaches staff.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhatsAppAdapter } from '../../src/channels/whatsapp/adapter.ts';
import { recordingLogger } from '../catalogue/support.ts';
import { FakeWhatsAppClient } from '../fakes/whatsapp-client.ts';
import { testApp } from '../support/app.ts';
import { type BotUnderTest, startBot } from './telegram-support.ts';

const STAFF = [4242, 4343];
const CITIZEN = 777;

let bot: BotUnderTest | undefined;
let whatsapp: WhatsAppAdapter | undefined;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  await whatsapp?.stop();
  whatsapp = undefined;
  await bot?.cleanup();
  bot = undefined;
  for (const c of cleanups.splice(0)) await c();
});

/** Starts WhatsApp on the app's runtime with a fake client that has been ready, and ends its session (a QR code). */
async function pairingLost(runtime: BotUnderTest['app']['channels'], dir: string): Promise<FakeWhatsAppClient> {
  const fake = new FakeWhatsAppClient();
  whatsapp = new WhatsAppAdapter({ client: fake, authDir: join(dir, 'whatsapp-auth'), showQr: () => undefined, backoff: { initialMs: 5, maxMs: 40 } });
  await whatsapp.start(runtime);
  fake.ready();
  fake.qr();
  return fake;
}

describe('when WhatsApp asks to pair again after it was ready', () => {
  it('sends the alert to every Telegram staff id, in pt-BR, and logs it at error level', async () => {
    const logger = recordingLogger();
    bot = await startBot({ STAFF_TELEGRAM_IDS: STAFF.join(',') }, {}, logger);
    await pairingLost(bot.app.channels, bot.dir);
    for (const id of STAFF) {
      const note = await bot.fake.waitForMessage(id, 'pede um novo pareamento');
      expect(note.text).toContain('QR code');
      expect(note.text).toContain('Aparelhos conectados');
    }
    expect(logger.lines.some((l) => l.level === 'error' && l.msg?.includes('staff alert') && String(l.fields.alert).includes('pareamento'))).toBe(true);
    await vi.waitFor(() => expect(logger.lines.find((l) => l.msg === 'staff alert sent on Telegram')?.fields).toEqual({ delivered: 2, staff: 2 }));
    // Citizens are not told.
    expect(bot.fake.messages(CITIZEN)).toEqual([]);
  });

  it('still tells the other staff ids, and logs a warning, when Telegram refuses one of them', async () => {
    const logger = recordingLogger();
    bot = await startBot({ STAFF_TELEGRAM_IDS: STAFF.join(',') }, {}, logger);
    bot.fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' }, { when: (p) => Number(p.chat_id) === STAFF[0] });
    await pairingLost(bot.app.channels, bot.dir);
    await bot.fake.waitForMessage(STAFF[1] ?? 0, 'pede um novo pareamento');
    await vi.waitFor(() => expect(logger.lines.find((l) => l.msg === 'staff alert sent on Telegram')?.fields).toEqual({ delivered: 1, staff: 2 }));
    expect(logger.lines.some((l) => l.level === 'warn' && l.msg?.includes('staff could not be told about an alert'))).toBe(true);
    expect(bot.fake.messages(STAFF[0] ?? 0)).toEqual([]);
  });

  it('sends nothing on Telegram when no staff id is configured, and says in the log that only the log has it', async () => {
    const logger = recordingLogger();
    bot = await startBot({}, {}, logger);
    const mark = bot.fake.mark();
    await pairingLost(bot.app.channels, bot.dir);
    await vi.waitFor(() => expect(logger.lines.some((l) => l.level === 'error' && l.msg?.includes('only this log has it'))).toBe(true));
    await bot.channel.idle();
    expect(bot.fake.calls.filter((c) => c.seq > mark && c.method === 'sendMessage')).toEqual([]);
  });

  it('is logged by the staff desk when no Telegram channel runs at all', async () => {
    const logger = recordingLogger();
    const t = await testApp({}, logger);
    cleanups.push(() => t.cleanup());
    await pairingLost(t.app.channels, t.dir);
    await vi.waitFor(() => expect(logger.lines.some((l) => l.level === 'error' && l.msg?.includes('only this log has it'))).toBe(true));
  });

  it('is no longer sent on Telegram once that channel has stopped', async () => {
    const logger = recordingLogger();
    bot = await startBot({ STAFF_TELEGRAM_IDS: String(STAFF[0]) }, {}, logger);
    const { app, dir } = bot;
    await bot.channel.stop();
    await pairingLost(app.channels, dir);
    await vi.waitFor(() => expect(logger.lines.some((l) => l.level === 'error' && l.msg?.includes('only this log has it'))).toBe(true));
  });
});
