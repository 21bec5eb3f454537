// data/outros-estados.yaml: staff's list of the other Brazilian states (name, two letters, capital, popular names).
// The conversation reads a question naming one as "outro estado"; search finds the names and popular names as synonyms
// of "outro estado". Loaded and checked with the catalogue: a bad entry refuses the load with a pt-BR message naming
// it, and the live bot keeps the last good list; a good edit is swapped in by the next reload.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatCheck } from '../../src/catalogue/check.ts';
import { readLastGood } from '../../src/catalogue/lastgood.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { otherStateSaid } from '../../src/conversation/followup.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { openSearchIndex } from '../../src/search/index.ts';
import { CatalogueHolder } from '../../src/search/live.ts';
import { copyCatalogue, type TempCatalogue } from './support.ts';

let temp: TempCatalogue;
beforeEach(() => {
  temp = copyCatalogue();
});
afterEach(() => temp.remove());

const path = (): string => join(temp.dir, 'outros-estados.yaml');
/** The file with its staff header kept and `body` (raw YAML lines) in place of its lists. */
const setBody = (body: string): void => {
  const text = readFileSync(path(), 'utf8');
  writeFileSync(path(), `${text.slice(0, text.indexOf('estados:'))}${body}`);
};
const alternativesOf = (synonyms: readonly { term: string; alternatives: readonly string[] }[]): readonly string[] =>
  synonyms.find((e) => e.term === 'outro estado')?.alternatives ?? [];

describe('outros-estados.yaml', () => {
  it('is loaded with the catalogue: the conversation reads a state as "outro estado", search holds the names', async () => {
    const { catalogue } = await loadCatalogue(temp.dir);
    const pass = catalogue?.byId.get('passe-livre');
    expect(pass).toBeDefined();
    if (!catalogue || !pass) return;
    // By name, capital, two letters and popular name; not by a word staff listed under `ignorar` ("para").
    for (const q of ['vale pra ir pra sao paulo?', 'e pra curitiba?', 'vale pra ir pro rj?', 'serve pra ir pra sampa?']) expect(otherStateSaid(pass, catalogue.otherStates, q)).toBe(true);
    expect(otherStateSaid(pass, catalogue.otherStates, 'vale para ir de onibus?')).toBe(false);
    expect(otherStateSaid(pass, { estados: [], ignorar: [] }, 'vale pra ir pra sao paulo?')).toBe(false);
    // Search: names and popular names join the phrasings of synonyms.yaml; capitals and two letters do not.
    const alternatives = alternativesOf(catalogue.synonyms);
    expect(alternatives).toEqual(expect.arrayContaining(['mudei de estado', 'Bahia', 'São Paulo', 'sampa', 'brasília']));
    expect(alternatives).not.toContain('Pará');
    expect(alternatives).not.toContain('sp');
    expect(openSearchIndex(catalogue).search('tenho carteira de motorista de sampa', 3).hits[0]?.id).toBe('cnh-transferencia-estado');
  });

  it.each([
    ['a code of three letters', 'estados:\n  - { nome: Bahia, sigla: BAH, capital: Salvador }\n', 'estados.0.sigla', /duas letras/],
    ['a state without its capital', 'estados:\n  - { nome: Bahia, sigla: BA }\n', 'estados.0.capital', /campo obrigatório ausente/],
    ['a field spelt wrong', 'estados:\n  - { nome: Bahia, sigla: BA, capital: Salvador, apelido: [bahea] }\n', 'estados.0', /campo\(s\) desconhecido\(s\): apelido/],
    ['an empty word to ignore', 'estados:\n  - { nome: Bahia, sigla: BA, capital: Salvador }\nignorar: [""]\n', 'ignorar.0', /curta demais/],
  ])('refuses %s, naming the file and the entry', async (_what, body, at, message) => {
    setBody(body);
    const r = await loadCatalogue(temp.dir);
    expect(r.catalogue).toBeUndefined();
    expect(r.errors.map((e) => [e.file.endsWith('outros-estados.yaml'), e.path])).toEqual([[true, at]]);
    expect(r.errors[0]?.message).toMatch(message);
    const check = await checkCatalogue(temp.dir);
    expect(check.ok).toBe(false);
    expect(formatCheck(check)).toContain('outros-estados.yaml');
  });

  it('is optional: without it no state is read, and synonyms.yaml keeps its own phrasings', async () => {
    rmSync(path());
    const { catalogue } = await loadCatalogue(temp.dir);
    expect(catalogue?.otherStates).toEqual({ estados: [], ignorar: [] });
    expect(alternativesOf(catalogue?.synonyms ?? [])).toContain('mudei de estado');
    expect(alternativesOf(catalogue?.synonyms ?? [])).not.toContain('Bahia');
  });

  it('on a bad edit, keeps the live list; a later good edit is swapped in, for search too', async () => {
    const holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const before = holder.current();
    setBody('estados:\n  - { nome: Bahia, sigla: B, capital: Salvador }\n');
    const bad = await holder.reload();
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]).toMatchObject({ path: 'estados.0.sigla' });
    expect(holder.current()).toBe(before);
    expect(holder.current().catalogue.otherStates.estados.length).toBeGreaterThan(20);

    setBody('estados:\n  - { nome: Bahia, sigla: BA, capital: Salvador, apelidos: [terra da axé] }\n');
    expect((await holder.reload()).ok).toBe(true);
    expect(holder.current().catalogue.otherStates.estados).toEqual([{ nome: 'Bahia', sigla: 'BA', capital: 'Salvador', apelidos: ['terra da axé'] }]);
    expect(alternativesOf(holder.current().catalogue.synonyms)).toEqual(expect.arrayContaining(['Bahia', 'terra da axé']));
    expect(alternativesOf(holder.current().catalogue.synonyms)).not.toContain('São Paulo');
  });

  it('is kept in the last good copy the bot restarts from; a copy saved before the file existed still starts it', async () => {
    const snapshotPath = join(temp.root, 'state', 'catalogue-last-good.json');
    await CatalogueHolder.open(temp.dir, silentLogger, { snapshotPath });
    setBody('estados:\n  - { nome: Bahia }\n');
    const restarted = await CatalogueHolder.open(temp.dir, silentLogger, { snapshotPath });
    expect(restarted.startupIssues[0]).toMatchObject({ path: 'estados.0.sigla' });
    expect(restarted.current().catalogue.otherStates.estados).toContainEqual({ nome: 'São Paulo', sigla: 'SP', capital: 'São Paulo', apelidos: ['sampa'] });

    const saved = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(snapshotPath, JSON.stringify({ ...saved, otherStates: undefined }));
    const old = readLastGood(snapshotPath);
    expect(old === 'missing' || old === 'invalid' ? old : old.otherStates).toEqual({ estados: [], ignorar: [] });
  });
});
