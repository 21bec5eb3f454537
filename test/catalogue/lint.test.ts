// Content lint: each rule fires on a fixture made to trigger it, and stays quiet on the clean catalogue
// and on near misses. Fixtures live in test/fixtures/catalogue-lint/ (clean/ plus overlays per rule).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue, type CheckResult } from '../../src/catalogue/check.ts';
import { LINT_RULES, type LintFinding, type LintRule, testHostWord } from '../../src/catalogue/lint.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'catalogue-lint');
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** The clean catalogue, with the files of an overlay copied over it, checked. */
async function checkWith(overlay?: string): Promise<CheckResult> {
  const dir = mkdtempSync(join(tmpdir(), 'atende-lint-'));
  temps.push(dir);
  cpSync(join(fixtures, 'clean'), dir, { recursive: true });
  if (overlay) cpSync(join(fixtures, overlay), dir, { recursive: true });
  return checkCatalogue(dir);
}

const findings = (r: CheckResult, rule: LintRule): LintFinding[] =>
  [...r.errors.filter((e): e is LintFinding => e.rule !== undefined), ...r.warnings].filter((f) => f.rule === rule);

describe('the clean lint fixture', () => {
  it('has no schema error and triggers no rule at all', async () => {
    const r = await checkWith();
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.services).toBe(3);
  });
});

// Where each trigger fixture must be flagged: file suffix and field path.
const expected: Record<LintRule, { file: RegExp; path: RegExp; severity: 'error' | 'warning' }> = {
  'duplicate-id': { file: /services\/licenca-exemplo\.yaml$/, path: /^id$/, severity: 'error' },
  placeholder: { file: /services\/certidao-exemplo\.yaml$/, path: /^title$/, severity: 'error' },
  'test-host': { file: /services\/certidao-exemplo\.yaml$/, path: /^(url|steps\.0\.description|steps\.0\.channels\.0\.url)$/, severity: 'error' },
  'ambiguous-name': { file: /services\/(certidao|licenca)-exemplo\.yaml$/, path: /^popularNames\.1$/, severity: 'warning' },
  'no-popular-names': { file: /services\/certidao-exemplo\.yaml$/, path: /^popularNames$/, severity: 'warning' },
  'no-keywords': { file: /services\/certidao-exemplo\.yaml$/, path: /^keywords$/, severity: 'warning' },
  'step-without-channel': { file: /services\/certidao-exemplo\.yaml$/, path: /^steps\.1\.channels$/, severity: 'warning' },
  'online-with-desk-step': { file: /services\/certidao-exemplo\.yaml$/, path: /^delivery$/, severity: 'warning' },
  'malformed-link': { file: /services\/certidao-exemplo\.yaml$/, path: /^(url|steps\.0\.description)$/, severity: 'warning' },
  'malformed-phone': { file: /services\/certidao-exemplo\.yaml$/, path: /^steps\.1\.channels\.1\.phone$/, severity: 'warning' },
  'synonym-unused': { file: /synonyms\.yaml$/, path: /^synonyms\.3$/, severity: 'warning' },
  'synonym-loop': { file: /synonyms\.yaml$/, path: /^synonyms\.\d+(\.alternatives\.\d+)?$/, severity: 'warning' },
  'form-without-form': { file: /services\/certidao-exemplo\.yaml$/, path: /^steps\.1\.description$/, severity: 'warning' },
  'needs-check': { file: /services\/certidao-exemplo\.yaml$/, path: /^needsCheck\.0$/, severity: 'warning' },
  'near-duplicate-document': { file: /services\/certidao-exemplo\.yaml$/, path: /^steps\.1\.documents\.0$/, severity: 'warning' },
  'conversational-name': { file: /services\/certidao-exemplo\.yaml$/, path: /^popularNames\.1$/, severity: 'warning' },
};

describe.each(LINT_RULES.map((rule) => [rule]))('rule %s', (rule) => {
  it('fires on its trigger fixture, naming the file and the field', async () => {
    const r = await checkWith(join('triggers', rule));
    const hits = findings(r, rule);
    expect(hits.length).toBeGreaterThan(0);
    const want = expected[rule];
    for (const h of hits) {
      expect(h.file).toMatch(want.file);
      expect(h.path).toMatch(want.path);
      expect(h.severity).toBe(want.severity);
      expect(h.message.length).toBeGreaterThan(20);
    }
    // Errors block publishing; warnings are listed and the check still passes.
    expect(r.ok).toBe(want.severity === 'warning');
  });

  it('does not fire on the clean catalogue', async () => {
    expect(findings(await checkWith(), rule)).toEqual([]);
  });
});

// Near misses: the boundary cases each rule must let through (a plural next to its term, a form with a link…).
const nearMisses = LINT_RULES.filter((rule) => existsSync(join(fixtures, 'near-miss', rule)));

describe.each(nearMisses.map((rule) => [rule]))('rule %s near its boundary', (rule) => {
  it('does not fire on its near-miss fixture', async () => {
    const r = await checkWith(join('near-miss', rule));
    expect(r.errors).toEqual([]);
    expect(findings(r, rule)).toEqual([]);
  });
});

describe('details of the rules', () => {
  it('has near-miss fixtures for the rules with exemptions', () => {
    expect(nearMisses).toEqual(['test-host', 'ambiguous-name', 'online-with-desk-step', 'malformed-link', 'malformed-phone', 'synonym-unused', 'synonym-loop', 'form-without-form', 'near-duplicate-document', 'conversational-name']);
  });

  it('reports both malformed links: the comma in the domain and the http:// link in a text', async () => {
    const hits = findings(await checkWith('triggers/malformed-link'), 'malformed-link');
    expect(hits.map((h) => h.path).sort()).toEqual(['steps.0.description', 'url']);
    expect(hits.find((h) => h.path === 'url')?.message).toMatch(/domínio "www\.fazenda\.mg\.gov,br"/);
    expect(hits.find((h) => h.path === 'steps.0.description')?.message).toMatch(/https/);
  });

  it('reports the self-loop and the cycle of synonyms separately', async () => {
    const hits = findings(await checkWith('triggers/synonym-loop'), 'synonym-loop');
    expect(hits.some((h) => h.path === 'synonyms.0.alternatives.1' && h.message.includes('"Pesca"'))).toBe(true);
    expect(hits.some((h) => /certidão.*atestado.*certidão/.test(h.message))).toBe(true);
  });

  it('names both services of an ambiguous popular name', async () => {
    const hits = findings(await checkWith('triggers/ambiguous-name'), 'ambiguous-name');
    // Once on each service: the title or popular name it collides with is in the other file.
    expect(hits.some((h) => h.file.endsWith('licenca-exemplo.yaml') && h.message.includes('certidao-exemplo'))).toBe(true);
    expect(hits.some((h) => h.file.endsWith('certidao-exemplo.yaml') && h.message.includes('licenca-exemplo'))).toBe(true);
  });

  it('rejects each test or staging host a citizen would see, naming the word that gives it away', async () => {
    const hits = findings(await checkWith('triggers/test-host'), 'test-host');
    expect(hits.map((h) => h.path).sort()).toEqual(['steps.0.channels.0.url', 'steps.0.description', 'url']);
    expect(hits.find((h) => h.path === 'url')?.message).toMatch(/"homologacao"/);
    expect(hits.find((h) => h.path === 'steps.0.description')?.message).toMatch(/"hml"/);
    expect(hits.find((h) => h.path === 'steps.0.channels.0.url')?.message).toMatch(/"staging"/);
    expect(hits[0]?.message).toMatch(/troque pelo link oficial/);
  });

  it('quotes the field and the note of a fact to check', async () => {
    const [hit] = findings(await checkWith('triggers/needs-check'), 'needs-check');
    expect(hit?.message).toBe('conferir steps.1.channels.1.phone: Confirmar o telefone do plantão fiscal.');
  });
});

describe('telling a test or staging host from a real one', () => {
  it.each([
    ['https://sdv8.homologacao.prodemge.gov.br/habilitacao', 'homologacao'],
    ['https://hml.detran.mg.gov.br', 'hml'],
    ['https://detran-hml2.mg.gov.br/x', 'hml'],
    ['https://dev.mg.gov.br', 'dev'],
    ['https://qa.cidadao.mg.gov.br', 'qa'],
    ['https://teste-1.fazenda.mg.gov.br', 'teste'],
    ['www.staging.mg.gov.br/pagina', 'staging'],
    ['https://ceos-stage.webservice.saude.sc.gov.br', 'stage'],
  ])('flags %s by "%s"', (url, word) => {
    expect(testHostWord(url)).toBe(word);
  });

  it.each([
    'https://www.mg.gov.br/servico/teste-do-pezinho',
    'https://devolucao.fazenda.mg.gov.br',
    'https://estagio.mg.gov.br',
    'https://developer.gov.br',
    'https://www.qualidade.mg.gov.br/homologacao',
    'https://contestacao.detran.mg.gov.br',
    'não é um link',
  ])('lets %s through', (url) => {
    expect(testHostWord(url)).toBeUndefined();
  });
});
