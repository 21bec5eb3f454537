// The real CLI: `tsx src/cli.ts serve` as a child process, pointed at the fake Bot API by TELEGRAM_API_ROOT.
// Proves the serve wiring: start-up, one short conversation, SIGTERM, clean exit with the database closed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';

const CITIZEN = 777;

let child: ChildProcess | undefined;
let fake: FakeTelegramApi | undefined;
let dir: string | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await fake?.stop();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Only what the CLI needs: nothing from the developer's own environment (tokens, ports) leaks in. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
  const env: NodeJS.ProcessEnv = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, ...extra };
}

function exited(p: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) resolve({ code: p.exitCode, signal: p.signalCode });
    else p.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

describe('npm start -- serve with TELEGRAM_BOT_TOKEN', () => {
  it('serves a conversation over long polling, then exits with code 0 on SIGTERM', async () => {
    fake = new FakeTelegramApi();
    const { url } = await fake.start();
    dir = mkdtempSync(join(tmpdir(), 'atende-serve-'));
    const databasePath = join(dir, 'atende.sqlite');
    // tsx's own CLI, run by node: the same program as `npx tsx src/cli.ts serve`, without npm in between
    // (npm exec would stand between the signal and the process under test).
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const proc = spawn(process.execPath, [tsx, 'src/cli.ts', 'serve'], {
      cwd: projectRoot,
      env: childEnv({
        TELEGRAM_BOT_TOKEN: '123:ABC',
        TELEGRAM_API_ROOT: url,
        DATABASE_PATH: databasePath,
        PSEUDONYM_SECRET: 'serve-test',
        CATALOGUE_WATCH: 'false',
        LOG_LEVEL: 'info',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    proc.stdout?.resume();

    try {
      await fake.waitFor((c) => c.method === 'getUpdates', 45_000);
      fake.pushText(CITIZEN, '/start');
      await fake.waitForMessage(CITIZEN, 'Como posso ajudar', { timeoutMs: 20_000 });
      fake.pushText(CITIZEN, 'perdi meu rg');
      await fake.waitForMessage(CITIZEN, 'Carteira de Identidade', { timeoutMs: 20_000 });
    } catch (err) {
      throw new Error(`${String(err)}\n--- serve stderr ---\n${stderr}`);
    }

    proc.kill('SIGTERM');
    const { code, signal } = await exited(proc);
    expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
    expect(stderr).toContain('telegram stopped');
    // Shutdown closed the open session, so its figures reach the statistics.
    const db = new Database(databasePath, { readonly: true });
    try {
      const sessions = db.prepare('SELECT channel, ended_at AS endedAt FROM sessions').all() as { channel: string; endedAt: number | null }[];
      expect(sessions).toHaveLength(1);
      expect(sessions[0]?.channel).toBe('telegram');
      expect(sessions[0]?.endedAt).not.toBeNull();
    } finally {
      db.close();
    }
    // Logs never carry what the citizen wrote.
    expect(stderr).not.toContain('perdi meu rg');
  });
});
