// Shared set-up of the Telegram channel tests: a fake Bot API, a real App on a temporary database,
// and the channel started against them, plus a helper that plays one update and collects the answers.
import type { Update } from 'grammy/types';
import type { App } from '../../src/app.ts';
import { startTelegram, type TelegramChannel, type TelegramOptions } from '../../src/channels/telegram/index.ts';
import type { Logger } from '../../src/core/logger.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { FakeTelegramApi, type SentMessage } from '../fakes/telegram-api.ts';
import { testApp } from '../support/app.ts';

/** A running bot under test. */
export interface BotUnderTest {
  fake: FakeTelegramApi;
  app: App;
  dir: string;
  channel: TelegramChannel;
  /** Pushes an update, waits until the bot has fully handled it, and returns what it sent or edited meanwhile. */
  play(push: () => Update): Promise<SentMessage[]>;
  cleanup(): Promise<void>;
}

/** Starts the channel (long polling unless the env sets a webhook) against a fresh fake Bot API. */
export async function startBot(env: Record<string, string> = {}, options: TelegramOptions = {}, logger: Logger = silentLogger): Promise<BotUnderTest> {
  const fake = new FakeTelegramApi();
  const { url } = await fake.start();
  const t = await testApp({ TELEGRAM_BOT_TOKEN: '123:ABC', TELEGRAM_API_ROOT: url, ...env }, logger);
  let channel: TelegramChannel;
  try {
    channel = await startTelegram(t.app.channels, t.app.config.telegram, { shutdownGraceMs: 2_000, ...options });
  } catch (err) {
    await t.cleanup();
    await fake.stop();
    throw err;
  }
  return {
    fake,
    app: t.app,
    dir: t.dir,
    channel,
    async play(push) {
      const mark = fake.mark();
      const update = push();
      await fake.waitForConsumed(update.update_id);
      await channel.idle();
      return fake.calls
        .filter((c) => c.seq > mark && c.status === 'ok' && (c.method === 'sendMessage' || c.method === 'editMessageText') && c.sent)
        .map((c) => c.sent as SentMessage);
    },
    async cleanup() {
      await channel.stop();
      await t.cleanup();
      await fake.stop();
    },
  };
}
