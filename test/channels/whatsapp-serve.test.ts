// `serve` as a child process (the real CLI), with a promise rejection nobody handles, as whatsapp-web.js can
// raise (e.g. Client.js calls this.destroy() without awaiting it). WhatsApp cannot run here without a phone, so
// the process serves Telegram against the fake Bot API, and a preloaded module makes the rejection on SIGUSR2.
import { describe, expect, it } from 'vitest';
import { cliArgs } from '../support/cli.ts';
import { spawnNode, useServeSandbox, waitForLog } from '../support/serve.ts';

const CITIZEN = 778;

// Preloaded before the CLI: a library's fire-and-forget promise that rejects.
const rejectOnSignal = `data:text/javascript,${encodeURIComponent(
  "process.on('SIGUSR2', () => { Promise.reject(new Error('Protocol error: Target closed')); });",
)}`;

const sandbox = useServeSandbox('atende-wa-serve-');

describe('serve, when a library leaves a promise rejection unhandled', () => {
  it('logs it at error level and keeps serving, then shuts down cleanly', async () => {
    const { fake, url, databasePath } = await sandbox();
    const proc = spawnNode(['--import', rejectOnSignal, ...cliArgs, 'serve'], {
      TELEGRAM_BOT_TOKEN: '123:ABC',
      TELEGRAM_API_ROOT: url,
      DATABASE_PATH: databasePath,
      PSEUDONYM_SECRET: 'serve-test',
      CATALOGUE_WATCH: 'false',
      LOG_LEVEL: 'info',
    });
    try {
      await waitForLog(proc, 'atende serving', 45_000);
      proc.signal('SIGUSR2');
      const logged = await waitForLog(proc, 'unhandled promise rejection', 20_000);
      expect(logged.level).toBe(50);
      fake.pushText(CITIZEN, '/start');
      await fake.waitForMessage(CITIZEN, 'Como posso ajudar', { timeoutMs: 20_000 });
    } catch (err) {
      throw new Error(`${String(err)}\n--- serve stderr ---\n${proc.stderr}`);
    }
    proc.signal('SIGTERM');
    expect(await proc.exited(), proc.stderr).toEqual({ code: 0, signal: null });
  });
});
