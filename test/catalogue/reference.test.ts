// The files beside the catalogue that `catalogue check` also reads: the out-of-scope subjects (their notes to
// check are listed, naming the subject) and the everyday chat words (names and one-word synonyms that share a
// stem with one of them are warned about).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatCheck, ruleTitles } from '../../src/catalogue/check.ts';
import type { LintRule } from '../../src/catalogue/lint.ts';
import { ElsewhereFile } from '../../src/catalogue/schema.ts';
import { copyCatalogue, type TempCatalogue } from './support.ts';

const temps: TempCatalogue[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) t.remove();
});

/** The lines of a check report under the section of `rule` (empty when the section is absent). */
function section(report: string, rule: LintRule): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  ${ruleTitles[rule]} (`) && l.endsWith(`[${rule}]`));
  if (start < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('    ')) break;
    out.push(l);
  }
  return out;
}

describe('notes to check on the out-of-scope subjects', () => {
  /** A copy of data/ whose fora-do-escopo.yaml has exactly the given notes (by subject id), none elsewhere. */
  function withNotes(notes: Record<string, unknown>): TempCatalogue {
    const t = copyCatalogue();
    temps.push(t);
    const path = join(t.dir, 'fora-do-escopo.yaml');
    const file = ElsewhereFile.parse(parse(readFileSync(path, 'utf8')));
    const assuntos = file.assuntos.map(({ needsCheck: _dropped, ...a }) => (notes[a.id] === undefined ? a : { ...a, needsCheck: notes[a.id] }));
    writeFileSync(path, stringify({ assuntos }));
    return t;
  }

  it('lists a flagged subject in the needs-check section, naming it, and the check still passes', async () => {
    const t = withNotes({ passaporte: 'Conferir o endereço da página de agendamento da Polícia Federal.' });
    const r = await checkCatalogue(t.dir);
    const lines = section(formatCheck(r), 'needs-check').filter((l) => l.includes('fora-do-escopo.yaml'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/fora-do-escopo\.yaml › assuntos\.0\.needsCheck: assunto fora do escopo "passaporte": .*Conferir o endereço da página de agendamento/);
    expect(r.ok).toBe(true);
  });

  it('lists none when no subject is flagged', async () => {
    const r = await checkCatalogue(withNotes({}).dir);
    expect(formatCheck(r)).not.toMatch(/fora-do-escopo\.yaml/);
    expect(r.warnings.filter((w) => w.file.endsWith('fora-do-escopo.yaml'))).toEqual([]);
  });

  it('lists each note of a list, and refuses a note that is not text', async () => {
    const listed = await checkCatalogue(withNotes({ inss: ['Conferir o telefone 135.', 'Conferir o endereço do Meu INSS.'] }).dir);
    expect(listed.warnings.filter((w) => w.file.endsWith('fora-do-escopo.yaml')).map((w) => [w.rule, w.path])).toEqual([
      ['needs-check', 'assuntos.1.needsCheck.0'],
      ['needs-check', 'assuntos.1.needsCheck.1'],
    ]);
    const broken = await checkCatalogue(withNotes({ inss: 135 }).dir);
    expect(broken.ok).toBe(false);
    expect(broken.errors.map((e) => [e.file.endsWith('fora-do-escopo.yaml'), e.path])).toEqual([[true, 'assuntos.1.needsCheck']]);
  });
});

describe('names that share a stem with everyday chat words', () => {
  const clean = join(import.meta.dirname, '..', 'fixtures', 'catalogue-lint', 'clean');

  /** The clean lint catalogue in a temporary folder, with `edit` applied to it. */
  function catalogue(edit: (dir: string) => void): string {
    const root = mkdtempSync(join(tmpdir(), 'atende-chat-words-'));
    temps.push({ root, dir: root, remove: () => rmSync(root, { recursive: true, force: true }) });
    cpSync(clean, root, { recursive: true });
    edit(root);
    return root;
  }
  const setNames = (dir: string, names: string[]): void => {
    const path = join(dir, 'services', 'licenca-exemplo.yaml');
    writeFileSync(path, stringify({ ...(parse(readFileSync(path, 'utf8')) as object), popularNames: names }));
  };
  const setWords = (dir: string, words: string[]): void => writeFileSync(join(dir, 'palavras-de-conversa.yaml'), stringify({ palavras: words }));
  const setSynonyms = (dir: string, alternatives: string[]): void =>
    writeFileSync(join(dir, 'synonyms.yaml'), stringify({ synonyms: [{ term: 'pesca', alternatives }] }));

  it('warns on a colliding popular name, naming the words, and not on a clean one', async () => {
    const colliding = await checkCatalogue(catalogue((d) => setNames(d, ['carteira de pescador amador', 'licença de quem passou na prova'])));
    const lines = section(formatCheck(colliding), 'conversational-name');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/licenca-exemplo\.yaml › popularNames\.1: o nome popular "licença de quem passou na prova" .*"passou" \(mesmo radical de "passa"\)/);
    expect(colliding.ok).toBe(true);

    const cleanCheck = await checkCatalogue(catalogue((d) => setNames(d, ['carteira de pescador amador', 'licença para pescar'])));
    expect(section(formatCheck(cleanCheck), 'conversational-name')).toEqual([]);
    expect(cleanCheck.warnings.filter((w) => w.rule === 'conversational-name')).toEqual([]);
  });

  it('checks one-word synonyms (counting the words search keeps), not longer phrases', async () => {
    const r = await checkCatalogue(catalogue((d) => setSynonyms(d, ['pescar', 'deixaram', 'não voltou', 'pesca de fim de semana'])));
    expect(r.warnings.filter((w) => w.rule === 'conversational-name').map((w) => w.path)).toEqual(['synonyms.0.alternatives.1', 'synonyms.0.alternatives.2']);
  });

  it('reads the list of the folder checked, and the bundled one when the folder has none', async () => {
    const own = await checkCatalogue(catalogue((d) => (setNames(d, ['licença de quem passou na prova']), setWords(d, ['valeu']))));
    expect(own.warnings.filter((w) => w.rule === 'conversational-name')).toEqual([]);

    const bundled = await checkCatalogue(catalogue((d) => (setNames(d, ['licença de quem passou na prova']), rmSync(join(d, 'palavras-de-conversa.yaml')))));
    const hits = bundled.warnings.filter((w) => w.rule === 'conversational-name' && w.file.endsWith('licenca-exemplo.yaml'));
    expect(hits.map((h) => h.path)).toEqual(['popularNames.0']);
    expect(hits[0]?.message).toContain('data/palavras-de-conversa.yaml');
  });

  it('follows a change of the list for an unchanged catalogue', async () => {
    const dir = catalogue((d) => setNames(d, ['licença de quem passou na prova']));
    const before = await checkCatalogue(dir);
    setWords(dir, ['valeu', 'provas']);
    const after = await checkCatalogue(dir);
    expect(before.warnings.filter((w) => w.rule === 'conversational-name').map((w) => w.message)).toEqual([expect.stringContaining('"passou"')]);
    expect(after.warnings.filter((w) => w.rule === 'conversational-name').map((w) => w.message)).toEqual([expect.stringContaining('"prova" (mesmo radical de "provas")')]);
  });

  it('refuses a list item with a space, naming the file', async () => {
    const r = await checkCatalogue(catalogue((d) => setWords(d, ['deixa pra lá'])));
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.file.endsWith('palavras-de-conversa.yaml'), e.path])).toEqual([[true, 'palavras.0']]);
  });
});
