// The database becomes read-only while the real `serve` runs (Telegram against the fake Bot API). Root ignores
// file modes, so the test makes the write-ahead log immutable (chattr +i): every write then fails in the kernel
// with EPERM, which SQLite reports as SQLITE_IOERR_WRITE, as on a read-only mount. Each citizen gets the apology
// (never silence), the fault is logged once with its code, and SIGTERM stops the process at once.
// Without chattr (not root, or a file system without the flag) the test cannot make the file read-only for an
// open connection, and only the store-level test (test/store/faults.test.ts, SQLITE_READONLY) runs.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copy } from '../../src/conversation/text.ts';
import { startTelegramServe, waitForLog, waitShown, useServeSandbox } from '../support/serve.ts';

const sandbox = useServeSandbox('atende-readonly-');

/** Sets or clears the immutable flag; false when this machine cannot. */
function immutable(path: string, on: boolean): boolean {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Can this machine make a file immutable (root, chattr, a file system with the flag)? */
function canMakeImmutable(): boolean {
  const probe = join(process.env.TMPDIR ?? '/tmp', `atende-chattr-probe-${process.pid}`);
  writeFileSync(probe, '');
  const ok = immutable(probe, true);
  immutable(probe, false);
  execFileSync('rm', ['-f', probe]);
  return ok;
}

const CITIZENS = Array.from({ length: 20 }, (_, i) => 9400 + i);

describe('serve when its database becomes read-only while it runs', () => {
  it.runIf(canMakeImmutable())('apologises to every citizen, logs the fault once, and stops on SIGTERM', { timeout: 180_000 }, async () => {
    const { fake: f, databasePath } = await sandbox();
    const wal = `${databasePath}-wal`;
    const proc = await startTelegramServe(f, { DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'readonly-test', RATE_LIMIT_MESSAGES: '1000' });
    try {
      const first = f.mark();
      f.pushText(9399, 'perdi meu rg');
      await waitShown(f, 9399, 'Carteira de Identidade', first);

      expect(immutable(wal, true)).toBe(true);
      const mark = f.mark();
      for (const user of CITIZENS) f.pushText(user, 'perdi meu rg');
      for (const user of CITIZENS) await waitShown(f, user, copy.apology, mark);

      await waitForLog(proc, 'database cannot be written');
      proc.signal('SIGTERM');
      expect(await proc.exited(), proc.stderr).toEqual({ code: 0, signal: null });
      const faults = proc.logs().filter((r) => r.msg === 'database cannot be written: citizens get an apology until it can');
      expect(faults.map((r) => r.code)).toEqual(['SQLITE_IOERR_WRITE']);
    } finally {
      immutable(wal, false);
    }
  });
});
