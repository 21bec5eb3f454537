// Size limits of the catalogue: each file, each field, the number of services and the whole catalogue. Over a limit,
// the catalogue is rejected with a message that names the file, the field and the limit; the last good one stays live.
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CatalogueIssue, loadCatalogue } from '../../src/catalogue/load.ts';
import { LIMITS } from '../../src/catalogue/schema.ts';
import { projectRoot } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { CatalogueHolder } from '../../src/search/live.ts';
import { copyCatalogue, type TempCatalogue } from './support.ts';

let temp: TempCatalogue;
beforeEach(() => {
  temp = copyCatalogue();
});
afterEach(() => temp.remove());

const file = (id: string): string => join(temp.dir, 'services', `${id}.yaml`);
const edit = (id: string, change: (text: string) => string): void => writeFileSync(file(id), change(readFileSync(file(id), 'utf8')));
const ptBR = (n: number): string => n.toLocaleString('pt-BR');
/** A limit as the messages write it: from 1 MB up in MB, below in KB. */
const kb = (bytes: number): string => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB` : `${ptBR(bytes / 1024)} KB`);

/** The only error of a load, which must have failed. */
async function onlyError(): Promise<CatalogueIssue> {
  const r = await loadCatalogue(temp.dir);
  expect(r.catalogue).toBeUndefined();
  expect(r.errors).toHaveLength(1);
  return r.errors[0] as CatalogueIssue;
}

describe('a service file larger than the limit', () => {
  it('is rejected by name with the limit and what to do, and the last good catalogue stays live', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const before = holder.current();
    // Valid YAML all the same: the padding is a comment.
    edit('ipva', (text) => `${text}\n# ${'x'.repeat(LIMITS.serviceFileBytes)}\n`);
    const r = await holder.reload();
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.file).toMatch(/services\/ipva\.yaml$/);
    expect(r.errors[0]?.message).toContain(kb(LIMITS.serviceFileBytes));
    expect(r.errors[0]?.message).toMatch(/um arquivo por serviço/);
    expect(holder.current()).toBe(before);
    await holder.close();
  });

  it('is refused from its size alone, without reading it', async () => {
    // Sparse: 64 MB that take no room on the disk. (Today's code read a 3 GB one whole, for 158 s, then failed.)
    writeFileSync(file('enorme'), '');
    truncateSync(file('enorme'), 64 * 1024 ** 2);
    const error = await onlyError();
    expect(error.file).toMatch(/services\/enorme\.yaml$/);
    expect(error.message).toContain(kb(LIMITS.serviceFileBytes));
  });
});

describe('a field longer than its limit', () => {
  it('names the field and the limit of a paragraph', async () => {
    edit('ipva', (text) => text.replace(/^description: >-\n(?: {2}.*\n)+/m, `description: ${'a'.repeat(LIMITS.textChars + 1)}\n`));
    const error = await onlyError();
    expect(error).toMatchObject({ path: 'description' });
    expect(error.message).toContain(ptBR(LIMITS.textChars + 1));
    expect(error.message).toContain(ptBR(LIMITS.textChars));
  });

  it('names the field and the limit of a one-line text', async () => {
    edit('ipva', (text) => text.replace(/^title: .*$/m, `title: ${'b'.repeat(LIMITS.lineChars + 1)}`));
    const error = await onlyError();
    expect(error).toMatchObject({ path: 'title' });
    expect(error.message).toContain(ptBR(LIMITS.lineChars));
  });

  it('names the list and the limit of a list', async () => {
    const many = Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `  - palavra ${i}`).join('\n');
    edit('ipva', (text) => text.replace(/^keywords:\n/m, `keywords:\n${many}\n`));
    const error = await onlyError();
    expect(error).toMatchObject({ path: 'keywords' });
    expect(error.message).toContain(ptBR(LIMITS.listItems));
  });
});

describe('more service files than the limit', () => {
  it('is refused before any file is read, naming the folder and the limit', async () => {
    // Empty files: each would be an error of its own if it were read.
    for (let i = 0; i < LIMITS.services; i++) writeFileSync(file(`vazio-${i}`), '');
    const error = await onlyError();
    expect(error.file).toMatch(/services$/);
    expect(error.message).toContain(ptBR(LIMITS.services));
  });
});

describe('a whole catalogue larger than the limit', () => {
  it('is refused before any file is read, with the limit', async () => {
    // Files just under the limit of one file, together over the limit of the catalogue (sparse: nothing written).
    const each = LIMITS.serviceFileBytes - 1024;
    for (let i = 0; i <= LIMITS.catalogueBytes / each; i++) {
      writeFileSync(file(`grande-${i}`), '');
      truncateSync(file(`grande-${i}`), each);
    }
    const error = await onlyError();
    expect(error.message).toContain(kb(LIMITS.catalogueBytes));
  });
});

describe('a synonyms file larger than its limit', () => {
  it('names synonyms.yaml and the limit', async () => {
    const path = join(temp.dir, 'synonyms.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n# ${'y'.repeat(LIMITS.synonymsFileBytes)}\n`);
    const error = await onlyError();
    expect(error.file).toMatch(/synonyms\.yaml$/);
    expect(error.message).toContain(kb(LIMITS.synonymsFileBytes));
  });
});

describe('the staff guide', () => {
  it('states every size limit', () => {
    const guide = readFileSync(join(projectRoot, 'docs', 'catalogue.md'), 'utf8');
    for (const bytes of [LIMITS.serviceFileBytes, LIMITS.synonymsFileBytes, LIMITS.catalogueBytes]) expect(guide).toContain(kb(bytes));
    for (const n of [LIMITS.services, LIMITS.lineChars, LIMITS.textChars, LIMITS.listItems, LIMITS.synonymEntries]) expect(guide).toContain(ptBR(n));
  });
});
