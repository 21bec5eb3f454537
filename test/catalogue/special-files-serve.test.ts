// The real `serve` with the catalogue watcher on, when a FIFO named x.yaml appears in data/services/: the reload is
// refused, citizens keep getting answers, a later valid edit loads, and SIGTERM still stops the process.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { startTelegramServe, useServeSandbox, waitForLog, waitShown } from '../support/serve.ts';

const CITIZEN = 9301;
/** How long SIGTERM may take to stop the process: it has nothing left to wait for but its own shutdown. */
const STOP_MS = 15_000;

const sandbox = useServeSandbox('atende-fifo-');

describe('serve with a FIFO named x.yaml in data/services/', () => {
  it('refuses it, keeps answering, loads a later valid edit and stops on SIGTERM', { timeout: 120_000 }, async () => {
    const { fake, dir, databasePath } = await sandbox();
    const catalogue = join(dir, 'data');
    cpSync(join(projectRoot, 'data'), catalogue, { recursive: true });
    const proc = await startTelegramServe(fake, { DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'fifo-test', CATALOGUE_DIR: catalogue, CATALOGUE_WATCH: 'true' });
    await waitForLog(proc, 'watching the catalogue');

    const fifo = join(catalogue, 'services', 'x.yaml');
    execFileSync('mkfifo', [fifo]);
    const rejected = await waitForLog(proc, 'catalogue reload rejected', 45_000);
    expect(JSON.stringify(rejected.errors)).toMatch(/x\.yaml.*FIFO/);

    let mark = fake.mark();
    fake.pushText(CITIZEN, 'perdi meu rg');
    await waitShown(fake, CITIZEN, 'Carteira de Identidade', mark);

    rmSync(fifo);
    const ipva = join(catalogue, 'services', 'ipva.yaml');
    writeFileSync(ipva, readFileSync(ipva, 'utf8').replace(/^popularNames:\n/m, 'popularNames:\n  - xablau quindim\n'));
    const deadline = Date.now() + 45_000;
    while (!proc.logs().some((r) => r.msg === 'catalogue reloaded' && r.changed === 1)) {
      if (Date.now() > deadline) throw new Error(`the edit never loaded\n--- stderr ---\n${proc.stderr.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    mark = fake.mark();
    fake.pushText(CITIZEN, 'xablau quindim');
    await waitShown(fake, CITIZEN, 'IPVA', mark);

    const sentAt = Date.now();
    proc.signal('SIGTERM');
    expect(await proc.exited(), proc.stderr.slice(-4000)).toEqual({ code: 0, signal: null });
    expect(Date.now() - sentAt).toBeLessThan(STOP_MS);
  });
});
