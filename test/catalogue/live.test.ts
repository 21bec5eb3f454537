// CatalogueHolder on its own: swaps only valid catalogues, queues reloads, isolates listeners, keeps a snapshot.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueHolder, type ReloadResult } from '../../src/search/live.ts';
import { isCatalogueFile } from '../../src/catalogue/watch.ts';
import { CatalogueError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { serviceTemplate } from '../../src/catalogue/template.ts';
import { buildSearchIndex } from '../../src/search/index.ts';
import { queries } from '../search/queries.ts';
import { copyCatalogue, recordingLogger, type TempCatalogue } from './support.ts';

let temp: TempCatalogue;
beforeEach(() => {
  temp = copyCatalogue();
});
afterEach(() => temp.remove());

const file = (id: string): string => join(temp.dir, 'services', `${id}.yaml`);
const edit = (id: string, change: (text: string) => string): void => writeFileSync(file(id), change(readFileSync(file(id), 'utf8')));

describe('reload', () => {
  it('swaps in a valid catalogue and says what changed', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const before = holder.current();
    const referenced = new Set(before.catalogue.services.flatMap((s) => s.related));
    const gone = before.catalogue.services.find((s) => !referenced.has(s.id) && s.id !== 'ipva')?.id ?? '';
    edit('ipva', (t) => t.replace(/^title: .*$/m, 'title: IPVA — Imposto zabumbado sobre veículos'));
    rmSync(file(gone));
    writeFileSync(file('novo-exemplo'), serviceTemplate('novo-exemplo', { fill: 'examples' }));
    const r = await holder.reload();
    expect(r).toMatchObject({ ok: true, errors: [], changes: { added: ['novo-exemplo'], removed: [gone], changed: ['ipva'] } });
    expect(holder.current()).not.toBe(before);
    expect(holder.current().catalogue.byId.get('ipva')?.title).toBe('IPVA — Imposto zabumbado sobre veículos');
    expect(holder.current().search.nearest('zabumbado', 1)[0]?.id).toBe('ipva');
    expect(r.warnings?.every((w) => w.message.length > 0)).toBe(true);
  });

  it('serves the index its worker built, with exactly the results of a build of the new catalogue here', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    edit('ipva', (t) => t.replace(/^title: .*$/m, 'title: IPVA — Imposto zabumbado sobre veículos'));
    expect((await holder.reload()).ok).toBe(true);
    const { catalogue, search } = holder.current();
    const here = buildSearchIndex(catalogue);
    for (const q of [...queries.map((x) => x.query), 'imposto zabumbado']) expect(search.search(q), q).toEqual(here.search(q));
    expect(search.search('imposto zabumbado').hits[0]?.id).toBe('ipva');
  });

  it('rejects a schema error and keeps the exact same live pair', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const before = holder.current();
    edit('ipva', (t) => t.replace(/^url: .*$/m, 'url: site da fazenda'));
    const r = await holder.reload();
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ path: 'url' });
    expect(r.services).toBe(before.catalogue.services.length);
    expect(holder.current()).toBe(before);
  });

  it('rejects a draft with placeholders, even though it passes the schema', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const draft = serviceTemplate('rascunho', { fill: 'examples' }).replace('title: "Certidão de exemplo do Estado"', 'title: "PREENCHA: nome oficial do serviço"');
    writeFileSync(file('rascunho'), draft);
    const r = await holder.reload();
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([expect.objectContaining({ path: 'title', message: expect.stringContaining('PREENCHA') })]);
    expect(holder.current().catalogue.byId.has('rascunho')).toBe(false);
  });

  it('runs overlapping calls one after the other, the last one winning', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    edit('ipva', (t) => t.replace(/^title: .*$/m, 'title: Primeira versão do título do IPVA'));
    const first = holder.reload();
    edit('ipva', (t) => t.replace(/^title: .*$/m, 'title: Segunda versão do título do IPVA'));
    const second = holder.reload();
    const [a, b] = await Promise.all([first, second]);
    expect(a.ok && b.ok).toBe(true);
    expect(holder.current().catalogue.byId.get('ipva')?.title).toBe('Segunda versão do título do IPVA');
  });

  it('tells every listener, even when one of them throws or rejects', async () => {
    const logger = recordingLogger();
    const holder = await CatalogueHolder.open(temp.dir, logger);
    const seen: ReloadResult[] = [];
    holder.onReload(() => {
      throw new Error('telegram is down');
    });
    holder.onReload(() => Promise.reject(new Error('still down')));
    const unsubscribe = holder.onReload((r) => void seen.push(r));
    const r = await holder.reload();
    expect(r.ok).toBe(true);
    expect(seen).toEqual([r]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logger.lines.filter((l) => l.msg === 'catalogue reload listener failed')).toHaveLength(2);
    unsubscribe();
    await holder.reload();
    expect(seen).toHaveLength(1);
  });
});

describe('open', () => {
  it('throws a CatalogueError naming file and field when data/ is invalid and there is no snapshot', async () => {
    edit('ipva', (t) => t.replace(/^free: .*$/m, 'free: depende'));
    const error = await CatalogueHolder.open(temp.dir, silentLogger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as Error).message).toMatch(/services\/ipva\.yaml › free: tipo inválido/);
    expect((error as Error).message).toContain('catalogue check');
  });

  it('starts from the last good snapshot when data/ became invalid before a restart', async () => {
    const snapshotPath = join(temp.root, 'state', 'catalogue-last-good.json');
    const first = await CatalogueHolder.open(temp.dir, silentLogger, { snapshotPath });
    const count = first.current().catalogue.services.length;
    edit('ipva', (t) => t.replace(/^free: .*$/m, 'free: depende'));
    const logger = recordingLogger();
    const second = await CatalogueHolder.open(temp.dir, logger, { snapshotPath });
    expect(second.current().catalogue.services).toHaveLength(count);
    expect(second.current().search.search('pagar ipva').hits[0]?.id).toBe('ipva');
    expect(second.startupIssues[0]).toMatchObject({ path: 'free' });
    expect(logger.lines.some((l) => l.level === 'error' && l.msg?.includes('snapshot') === true)).toBe(true);
  });
});

describe('isCatalogueFile', () => {
  it.each([
    ['data/services/ipva.yaml', true],
    ['data/synonyms.yml', true],
    ['data/services/.ipva.yaml.swp', false],
    ['data/services/ipva.yaml~', false],
    ['data/services/.#ipva.yaml', false],
    ['data/services/4913', false],
  ])('%s → %s', (path, expected) => {
    expect(isCatalogueFile(path)).toBe(expected);
  });
});
