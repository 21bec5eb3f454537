// data/quase-sinonimos.yaml: staff's groups of words of one meaning, with which the conversation finds the sentence
// of a service's own texts that answers a question in other words ("jejum" / "vá alimentado"). Loaded and checked
// with the catalogue: a bad group refuses the load with a pt-BR message naming it, and the live bot keeps the last
// good groups; a good edit is swapped in by the next reload.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readLastGood } from '../../src/catalogue/lastgood.ts';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatCheck } from '../../src/catalogue/check.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { passages } from '../../src/conversation/followup.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { CatalogueHolder } from '../../src/search/live.ts';
import { copyCatalogue, type TempCatalogue } from './support.ts';

let temp: TempCatalogue;
beforeEach(() => {
  temp = copyCatalogue();
});
afterEach(() => temp.remove());

const path = (): string => join(temp.dir, 'quase-sinonimos.yaml');
/** The file with its staff header kept and `groups` (raw YAML lines) in place of its groups. */
const setGroups = (groups: string): void => {
  const text = readFileSync(path(), 'utf8');
  writeFileSync(path(), `${text.slice(0, text.indexOf('grupos:'))}grupos:\n${groups}`);
};

describe('quase-sinonimos.yaml', () => {
  it('is loaded with the catalogue, and the conversation quotes a sentence through it', async () => {
    const { catalogue } = await loadCatalogue(temp.dir);
    expect(catalogue?.nearSynonyms).toContainEqual(['jejum', 'alimentado']);
    const blood = catalogue?.byId.get('doacao-sangue');
    expect(blood).toBeDefined();
    if (!catalogue || !blood) return;
    expect(passages(blood, catalogue, 'tem q ir de jejum?', [], true).join(' ')).toContain('vá alimentado');
    expect(passages(blood, { ...catalogue, nearSynonyms: [] }, 'tem q ir de jejum?', [], true).join(' ')).not.toContain('vá alimentado');
  });

  it.each([
    ['an empty group', '  - []\n', 'grupos.0', /duas palavras ou mais/],
    ['a group of one word', '  - [jejum, alimentado]\n  - [jejum]\n', 'grupos.1', /duas palavras ou mais/],
    ['a word that is not text', '  - [jejum, 12]\n', 'grupos.0.1', /tipo inválido: esperado string/],
    ['a group that is not a list', '  - jejum\n', 'grupos.0', /tipo inválido: esperado array/],
    ['an empty word', '  - [jejum, ""]\n', 'grupos.0.1', /palavra vazia/],
    ['two words in one item', '  - [jejum, vá alimentado]\n', 'grupos.0.1', /uma palavra só/],
  ])('refuses %s, naming the file and the group', async (_what, groups, at, message) => {
    setGroups(groups);
    const r = await loadCatalogue(temp.dir);
    expect(r.catalogue).toBeUndefined();
    expect(r.errors.map((e) => [e.file.endsWith('quase-sinonimos.yaml'), e.path])).toEqual([[true, at]]);
    expect(r.errors[0]?.message).toMatch(message);
    const check = await checkCatalogue(temp.dir);
    expect(check.ok).toBe(false);
    expect(formatCheck(check)).toContain('quase-sinonimos.yaml');
  });

  it('is optional: without it the catalogue loads with no groups', async () => {
    rmSync(path());
    expect((await loadCatalogue(temp.dir)).catalogue?.nearSynonyms).toEqual([]);
  });

  it('on a bad edit, keeps the live groups; a later good edit is swapped in', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const before = holder.current();
    setGroups('  - [jejum, alimentado]\n  - [kg]\n');
    const bad = await holder.reload();
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]).toMatchObject({ path: 'grupos.1' });
    expect(holder.current()).toBe(before);
    expect(holder.current().catalogue.nearSynonyms).toContainEqual(['passagem', 'passagens', 'transporte', 'condução']);

    setGroups('  - [jejum, alimentado, comer]\n');
    expect((await holder.reload()).ok).toBe(true);
    expect(holder.current().catalogue.nearSynonyms).toEqual([['jejum', 'alimentado', 'comer']]);
  });

  it('is kept in the last good copy the bot restarts from; a copy saved before the file existed still starts it', async () => {
    const snapshotPath = join(temp.root, 'state', 'catalogue-last-good.json');
    await CatalogueHolder.open(temp.dir, silentLogger, { snapshotPath });
    setGroups('  - [jejum]\n');
    const restarted = await CatalogueHolder.open(temp.dir, silentLogger, { snapshotPath });
    expect(restarted.startupIssues[0]).toMatchObject({ path: 'grupos.0' });
    expect(restarted.current().catalogue.nearSynonyms).toContainEqual(['jejum', 'alimentado']);

    const saved = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(snapshotPath, JSON.stringify({ ...saved, nearSynonyms: undefined }));
    const old = readLastGood(snapshotPath);
    expect(old === 'missing' || old === 'invalid' ? old : old.nearSynonyms).toEqual([]);
  });
});
