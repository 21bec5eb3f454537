// The staff CLI: `catalogue check | new | import | export | gaps`, run in-process through src/cli.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { projectRoot } from '../../src/config.ts';
import { sqliteOf, testApp } from '../support/app.ts';
import { capturedIO, copyCatalogue, type TempCatalogue } from './support.ts';

const sample = join(import.meta.dirname, '..', 'fixtures', 'govbr-sample.json');
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atende-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
function tempCatalogue(): TempCatalogue {
  const t = copyCatalogue();
  cleanups.push(t.remove);
  return t;
}

async function run(args: string[], env: Record<string, string> = {}) {
  const io = capturedIO(env);
  const code = await main(['catalogue', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('catalogue check', () => {
  it('passes on the bundled data/ with exit 0 and a pt-BR verdict', async () => {
    const r = await run(['check', join(projectRoot, 'data'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ serviços válidos/);
    expect(r.out).toContain('Pode publicar: nenhum erro encontrado.');
  });

  it('fails with exit 1 listing each error with file, field and fix', async () => {
    const t = tempCatalogue();
    const f = join(t.dir, 'services', 'ipva.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^delivery: .*$/m, 'delivery: voando'));
    const r = await run(['check', t.dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✗ .*services\/ipva\.yaml › delivery: valor inválido; use um destes: "online"/);
    expect(r.out).toContain('NÃO publique ainda');
  });

  it('lists warnings but still exits 0 when there are only warnings', async () => {
    const t = tempCatalogue();
    const f = join(t.dir, 'services', 'ipva.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^keywords:\n(  - .*\n)+/m, ''));
    const r = await run(['check', t.dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Serviços sem palavras-chave \(1\) \[no-keywords\]\n {4}! .*ipva\.yaml › keywords/);
  });

  it('prints machine-readable results with --json', async () => {
    const t = tempCatalogue();
    const f = join(t.dir, 'services', 'ipva.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^free: .*$/m, 'free: sim'));
    const r = await run(['check', t.dir, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { ok: boolean; errors: { file: string; path: string; message: string }[]; warnings: { rule: string }[]; summary: { errors: number } };
    expect(json.ok).toBe(false);
    expect(json.errors).toEqual([{ file: expect.stringMatching(/services\/ipva\.yaml$/), path: 'free', message: 'tipo inválido: esperado boolean' }]);
    expect(json.summary.errors).toBe(1);
    expect(json.warnings.every((w) => typeof w.rule === 'string')).toBe(true);
  });
});

describe('catalogue new', () => {
  it('writes a commented template, and refuses to overwrite it', async () => {
    const dir = tempDir();
    const first = await run(['new', 'carteira-estudante', '--dir', dir]);
    expect(first.code).toBe(0);
    const file = join(dir, 'services', 'carteira-estudante.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('id: carteira-estudante');
    expect(first.out).toContain('PREENCHA');

    writeFileSync(file, `${text}# editado\n`);
    const second = await run(['new', 'carteira-estudante', '--dir', dir]);
    expect(second.code).toBe(1);
    expect(second.err).toContain('Já existe');
    expect(readFileSync(file, 'utf8')).toBe(`${text}# editado\n`);

    // Until it is filled in, check says exactly which fields are missing.
    const check = await run(['check', dir]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/carteira-estudante\.yaml › url:/);
  });

  it('rejects an id that is not a slug', async () => {
    const dir = tempDir();
    const r = await run(['new', 'Carteira_Estudante', '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('minúsculas');
    expect(existsSync(join(dir, 'services'))).toBe(false);
  });
});

describe('catalogue import and export', () => {
  it('imports the gov.br sample into files that pass the check, then exports them back', async () => {
    const dir = tempDir();
    const imp = await run(['import', '--from', 'govbr', sample, '--out', dir]);
    expect(imp.code).toBe(0);
    expect(imp.out).toContain('3 serviços');
    expect(imp.out).toMatch(/não importado \(sem campo no catálogo\): contato, validadeDocumento/);
    expect(existsSync(join(dir, 'services', 'solicitar-o-seguro-desemprego.yaml'))).toBe(true);
    expect((await run(['check', dir, '--quiet'])).code).toBe(0);

    const out = join(dir, 'export', 'govbr.json');
    const exp = await run(['export', '--format', 'govbr', '--dir', dir, '--out', out]);
    expect(exp.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { resposta: { nome: string }[] };
    expect(json.resposta.map((s) => s.nome).sort()).toEqual(['Emitir certidão de antecedentes criminais', 'Obter passaporte comum para brasileiro', 'Solicitar o Seguro-Desemprego']);
  });

  it('does not overwrite files of an earlier import without --force, and reports it', async () => {
    const dir = tempDir();
    await run(['import', '--from', 'govbr', sample, '--out', dir]);
    const file = join(dir, 'services', 'solicitar-o-seguro-desemprego.yaml');
    writeFileSync(file, 'revisado pela equipe\n');
    const again = await run(['import', '--from', 'govbr', sample, '--out', dir, '--json']);
    const report = JSON.parse(again.out) as { services: { id: string; written: boolean }[] };
    expect(report.services.find((s) => s.id === 'solicitar-o-seguro-desemprego')?.written).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('revisado pela equipe\n');
    await run(['import', '--from', 'govbr', sample, '--out', dir, '--force']);
    expect(readFileSync(file, 'utf8')).toContain('id: solicitar-o-seguro-desemprego');
  });

  it('explains a file that is not a gov.br export', async () => {
    const dir = tempDir();
    const bad = join(dir, 'x.json');
    writeFileSync(bad, '{"servicos": []}');
    const r = await run(['import', '--from', 'govbr', bad, '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('{"resposta"');
    expect((await run(['import', '--from', 'csv', bad])).code).toBe(2);
  });

  it('exports the feed of data/ to stdout', async () => {
    const r = await run(['export', '--format', 'feed', '--dir', join(projectRoot, 'data')]);
    expect(r.code).toBe(0);
    const feed = JSON.parse(r.out) as { id: string; popular_names: string[] }[];
    expect(feed.find((f) => f.id === 'cin-2a-via')?.popular_names.length).toBeGreaterThan(0);
  });

  it('refuses to export a catalogue with errors', async () => {
    const t = tempCatalogue();
    const f = join(t.dir, 'services', 'ipva.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^free: .*$/m, 'free: sim'));
    const r = await run(['export', '--format', 'feed', '--dir', t.dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ipva\.yaml › free/);
  });
});

describe('catalogue gaps', () => {
  async function withStats(rows: [string, string, string, number][]) {
    const t = await testApp();
    cleanups.push(t.cleanup);
    const insert = sqliteOf(t.app).prepare('INSERT INTO daily_failed_searches (day, channel, query, count) VALUES (?, ?, ?, ?)');
    for (const r of rows) insert.run(...r);
    return { DATABASE_PATH: t.app.config.databasePath };
  }

  it('lists the most frequent searches with no result in the period, with the closest services', async () => {
    const env = await withStats([
      ['2026-11-01', 'telegram', 'carteira de pescador amador', 4],
      ['2026-11-02', 'whatsapp', 'carteira de pescador amador', 3],
      ['2026-11-02', 'telegram', 'bolsa familia', 5],
      ['2026-11-03', 'terminal', 'xablau', 1],
      ['2026-10-01', 'telegram', 'fora do periodo', 50],
    ]);
    const r = await run(['gaps', '--from', '2026-11-01', '--to', '2026-11-30', '--json'], env);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { total: { searches: number }; gaps: { query: string; count: number; days: number; channels: string[]; nearest: { id: string }[]; nowFound: { id: string }[] }[] };
    expect(json.gaps.map((g) => [g.query, g.count])).toEqual([
      ['carteira de pescador amador', 7],
      ['bolsa familia', 5],
      ['xablau', 1],
    ]);
    expect(json.total.searches).toBe(13);
    const fish = json.gaps[0];
    expect(fish?.days).toBe(2);
    expect(fish?.channels).toEqual(['telegram', 'whatsapp']);
    expect(fish?.nearest.map((h) => h.id)).toContain('licenca-pesca');
    expect(fish?.nearest.length).toBeLessThanOrEqual(3);
    expect(json.gaps[2]?.nearest).toEqual([]);
  });

  it('writes a pt-BR report and honours --limit and --channel', async () => {
    const env = await withStats([
      ['2026-11-01', 'telegram', 'bolsa familia', 5],
      ['2026-11-01', 'whatsapp', 'iptu da minha casa', 9],
      ['2026-11-01', 'telegram', 'xablau', 1],
    ]);
    const r = await run(['gaps', '--from', '2026-11-01', '--to', '2026-11-01', '--channel', 'telegram', '--limit', '1'], env);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Buscas sem resultado de 2026-11-01 a 2026-11-01 (canal telegram): 6 buscas, 2 termos diferentes.');
    expect(r.out).toContain(' 1. "bolsa familia" — 5 vezes em 1 dia (telegram)');
    expect(r.out).not.toContain('iptu');
    expect(r.out).not.toContain('xablau');
    expect(r.out).toContain('popularNames ou keywords');
  });

  it('explains bad dates and a missing database', async () => {
    expect((await run(['gaps', '--from', '01/11/2026'])).code).toBe(2);
    const r = await run(['gaps'], { DATABASE_PATH: join(tempDir(), 'nao-existe.sqlite') });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Ainda não há estatísticas');
  });
});

describe('catalogue (no subcommand or unknown)', () => {
  it('shows the usage in pt-BR', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('Uso: npm start -- catalogue');
    expect((await run(['publicar'])).err).toContain('Subcomando desconhecido: publicar');
    expect((await run(['check', '--verbose'])).err).toContain('Opção inválida');
  });
});
