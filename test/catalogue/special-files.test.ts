// Only regular files are read from the catalogue folder. A FIFO, a socket, a folder or a device named like a
// catalogue file is refused by name at once (opening a FIFO to read it waits for a writer: forever), and a
// symbolic link is followed only to a regular file inside the catalogue folder. A reload that does not finish
// is given up, and never holds up later reloads or shutdown.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/catalogue/check.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { CatalogueHolder } from '../../src/search/live.ts';
import { copyCatalogue, type TempCatalogue } from './support.ts';

let temp: TempCatalogue;
let holder: CatalogueHolder | undefined;
const children: ChildProcess[] = [];
const servers: Server[] = [];

beforeEach(() => {
  temp = copyCatalogue();
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  await holder?.close();
  holder = undefined;
  temp.remove();
});

const file = (id: string): string => join(temp.dir, 'services', `${id}.yaml`);
const edit = (id: string, change: (text: string) => string): void => writeFileSync(file(id), change(readFileSync(file(id), 'utf8')));

/**
 * Makes a FIFO at `path`. Code that opens it to read blocks its whole thread (this test's too) until a writer comes:
 * a writer process opens it after `unblockMs` and closes it at once, so that such code fails this test instead of
 * hanging it. It writes only if the FIFO is still there, and is killed after the test.
 */
function fifo(path: string, unblockMs = 30_000): void {
  execFileSync('mkfifo', [path]);
  children.push(spawn('sh', ['-c', `sleep ${unblockMs / 1000}; [ -p "$0" ] && : > "$0"`, path], { stdio: 'ignore' }));
}

/** Runs `work` and returns its result with the time it took. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/**
 * Half the writer's delay in `fifo`: an answer this fast did not wait for the FIFO. Generous, because a reload
 * starts a worker thread, which takes seconds from the TypeScript sources on a busy machine.
 */
const PROMPT_MS = 15_000;

describe('a FIFO named x.yaml in services/', () => {
  it('is refused by name at once, and the last good catalogue stays live', async () => {
    holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const before = holder.current();
    fifo(file('x'));
    const { value: r, ms } = await timed(() => (holder as CatalogueHolder).reload());
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/services\/x\.yaml$/), path: '' })]);
    expect(r.errors[0]?.message).toMatch(/FIFO/);
    expect(holder.current()).toBe(before);
  });

  it('lets a later valid edit load once it is removed', async () => {
    holder = await CatalogueHolder.open(temp.dir, silentLogger);
    fifo(file('x'));
    const { value: first, ms } = await timed(() => (holder as CatalogueHolder).reload());
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(first.ok).toBe(false);
    rmSync(file('x'));
    edit('ipva', (text) => text.replace(/^title: .*$/m, 'title: IPVA depois do FIFO'));
    const r = await holder.reload();
    expect(r).toMatchObject({ ok: true, changes: { changed: ['ipva'] } });
    expect(holder.current().catalogue.byId.get('ipva')?.title).toBe('IPVA depois do FIFO');
  });

  it('does not hang `catalogue check`', async () => {
    fifo(file('x'));
    const { value: r, ms } = await timed(() => checkCatalogue(temp.dir));
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(r.ok).toBe(false);
    expect(r.errors.some((e) => /services\/x\.yaml$/.test(e.file) && /FIFO/.test(e.message))).toBe(true);
  });

  it('is refused in place of synonyms.yaml too', async () => {
    rmSync(join(temp.dir, 'synonyms.yaml'));
    fifo(join(temp.dir, 'synonyms.yaml'));
    const { value: r, ms } = await timed(() => loadCatalogue(temp.dir));
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(r.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/synonyms\.yaml$/), message: expect.stringMatching(/FIFO/) })]);
  });
});

describe('other things named like a service file that are not regular files', () => {
  it('refuses a socket by name', async () => {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(file('socket'), resolve));
    const r = await loadCatalogue(temp.dir);
    expect(r.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/services\/socket\.yaml$/), message: expect.stringMatching(/socket/) })]);
  });

  it('refuses a folder by name', async () => {
    mkdirSync(file('pasta'));
    const r = await loadCatalogue(temp.dir);
    expect(r.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/services\/pasta\.yaml$/), message: expect.stringMatching(/pasta/) })]);
  });
});

describe('symbolic links', () => {
  it('follows a link to a regular file inside the catalogue folder', async () => {
    mkdirSync(join(temp.dir, 'originais'));
    renameSync(file('ipva'), join(temp.dir, 'originais', 'ipva.yaml'));
    symlinkSync(join('..', 'originais', 'ipva.yaml'), file('ipva'));
    const r = await loadCatalogue(temp.dir);
    expect(r.errors).toEqual([]);
    expect(r.catalogue?.byId.get('ipva')?.acronym).toBe('IPVA');
  });

  it('refuses a link to a file outside the catalogue folder, saying why', async () => {
    const outside = join(temp.root, 'fora', 'ipva.yaml');
    mkdirSync(join(temp.root, 'fora'));
    renameSync(file('ipva'), outside);
    symlinkSync(outside, file('ipva'));
    const r = await loadCatalogue(temp.dir);
    expect(r.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/services\/ipva\.yaml$/), message: expect.stringMatching(/fora da pasta do catálogo/) })]);
  });

  it('refuses a link to a device', async () => {
    symlinkSync('/dev/null', file('nada'));
    const r = await loadCatalogue(temp.dir);
    expect(r.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/services\/nada\.yaml$/) })]);
    expect(r.errors[0]?.message).toMatch(/link simbólico/);
  });

  it('refuses a link to a FIFO inside the catalogue folder, at once', async () => {
    fifo(join(temp.dir, 'x.fifo'));
    symlinkSync(join('..', 'x.fifo'), file('x'));
    const { value: r, ms } = await timed(() => loadCatalogue(temp.dir));
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(r.errors).toEqual([expect.objectContaining({ file: expect.stringMatching(/services\/x\.yaml$/), message: expect.stringMatching(/FIFO/) })]);
  });
});

describe('a reload that does not finish in time', () => {
  it('is given up with a message, keeps the last good catalogue, and holds up no later reload', async () => {
    holder = await CatalogueHolder.open(temp.dir, silentLogger, { reloadTimeoutMs: 1 });
    const before = holder.current();
    const { value: results, ms } = await timed(() => Promise.all([(holder as CatalogueHolder).reload(), (holder as CatalogueHolder).reload()]));
    expect(ms).toBeLessThan(PROMPT_MS);
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(r.errors[0]?.message).toMatch(/demorou/);
    }
    expect(holder.current()).toBe(before);
  });
});

describe('closing the holder', () => {
  it('returns promptly while a reload runs, and refuses later reloads at once', async () => {
    holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const running = holder.reload();
    // Long enough for the reload's worker to be under way (starting one takes longer than this).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { ms } = await timed(() => (holder as CatalogueHolder).close());
    expect(ms).toBeLessThan(PROMPT_MS);
    const cancelled = await running;
    expect(cancelled.ok).toBe(false);
    expect(cancelled.errors[0]?.message).toMatch(/desligado/);
    const { value: later, ms: laterMs } = await timed(() => (holder as CatalogueHolder).reload());
    expect(laterMs).toBeLessThan(PROMPT_MS);
    expect(later.ok).toBe(false);
  });
});
