// bin/atende.js, what `npm start` and `npx atende` run: the compiled CLI in the same process (so a signal sent to
// it reaches serve), and a dist/ older than src/ is rebuilt before it runs, never run in silence.
//
// The other tests run the sources (node --import tsx src/cli.ts): what is tested is what is on disk, whatever
// state dist/ is in. This file is the one that runs dist/; if src/ changed since the last build, its first run
// compiles (as `npm start` would), which is slow but correct.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStale, newestSource } from '../bin/build.js';
import { projectRoot } from '../src/config.ts';
import { spawnNode, useServeSandbox, waitForLog } from './support/serve.ts';

const bin = join(projectRoot, 'bin', 'atende.js');

describe('whether dist/ is stale', () => {
  let root: string;
  const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'atende-bin-'));
    mkdirSync(join(root, 'src', 'catalogue'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'src', 'cli.ts'), '');
    writeFileSync(join(root, 'src', 'catalogue', 'load.ts'), '');
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    for (const f of ['src/cli.ts', 'src/catalogue/load.ts', 'tsconfig.json']) at(join(root, f), 1_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stale when it was never built', () => {
    expect(isStale(root)).toBe(true);
  });

  it('is fresh when built after every source', () => {
    writeFileSync(join(root, 'dist', '.built'), '');
    at(join(root, 'dist', '.built'), 2_000);
    expect(isStale(root)).toBe(false);
  });

  it('is stale when a source deep in src/ changed after the build', () => {
    writeFileSync(join(root, 'dist', '.built'), '');
    at(join(root, 'dist', '.built'), 2_000);
    at(join(root, 'src', 'catalogue', 'load.ts'), 3_000);
    expect(newestSource(root)).toBe(3_000_000);
    expect(isStale(root)).toBe(true);
  });

  it('is stale when the build configuration changed', () => {
    writeFileSync(join(root, 'dist', '.built'), '');
    at(join(root, 'dist', '.built'), 2_000);
    at(join(root, 'tsconfig.json'), 3_000);
    expect(isStale(root)).toBe(true);
  });

  it('is fresh when there are no sources at all (dist/ only)', () => {
    rmSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'dist', '.built'), '');
    expect(isStale(root)).toBe(false);
  });
});

describe('bin/atende.js', () => {
  const sandbox = useServeSandbox('atende-bin-serve-');

  it('answers a search from dist/', { timeout: 180_000 }, async () => {
    const proc = spawnNode([bin, 'search', '--json', 'renovar cnh'], {});
    const exit = await proc.exited();
    expect(exit, proc.stderr).toEqual({ code: 0, signal: null });
    expect(JSON.parse(proc.stdout)[0]).toMatchObject({ id: 'cnh-renovacao' });
  });

  it('runs serve in its own process: SIGTERM sent to it stops serve gracefully', { timeout: 180_000 }, async () => {
    const { fake, url, databasePath } = await sandbox();
    const proc = spawnNode([bin, 'serve'], { TELEGRAM_BOT_TOKEN: '123:ABC', TELEGRAM_API_ROOT: url, DATABASE_PATH: databasePath, CATALOGUE_WATCH: 'false', LOG_LEVEL: 'info' });
    await fake.waitFor((c) => c.method === 'getUpdates', 150_000);
    fake.pushText(99, '/start');
    await fake.waitForMessage(99, 'Como posso ajudar', { timeoutMs: 20_000 });
    // With a child process in between (the old bin), SIGTERM would end the parent and orphan serve.
    proc.signal('SIGTERM');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
    await waitForLog(proc, 'stopped', 1_000);
  });
});
