// The `search` command as staff and scripts run it: a real process, the real catalogue.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';

interface Hit {
  id: string;
  title: string;
  score: number;
}

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli.ts', 'search', ...args], {
    cwd: projectRoot,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, CATALOGUE_DIR: '' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectHits(value: unknown): asserts value is Hit[] {
  expect(Array.isArray(value)).toBe(true);
  for (const h of value as unknown[]) {
    expect(h).toEqual({ id: expect.any(String), title: expect.any(String), score: expect.any(Number) });
    const { score } = h as Hit;
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1);
  }
}

type Run = ReturnType<typeof cli>;

describe('search --json "perdi meu rg"', () => {
  let r: Run;
  beforeAll(() => {
    r = cli(['--json', 'perdi meu rg']);
  });

  it('exits 0 and prints one JSON array', () => {
    expect(r.status, r.stderr).toBe(0);
    const parsed: unknown = JSON.parse(r.stdout);
    expectHits(parsed);
  });

  it('puts the 2nd copy of the identity card first, at most 5 hits, best first', () => {
    const hits = JSON.parse(r.stdout) as Hit[];
    expect(hits[0]?.id).toBe('cin-2a-via');
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });
});

describe('search --json with queries on stdin', () => {
  let r: Run;
  beforeAll(() => {
    r = cli(['--json'], 'perdi meu rg\n\nreceita de bolo\nrenovar a cnh\n');
  });

  it('prints one JSON line per non-blank query, in order', () => {
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; results: unknown });
    expect(lines.map((l) => l.query)).toEqual(['perdi meu rg', 'receita de bolo', 'renovar a cnh']);
    for (const l of lines) expectHits(l.results);
    const [rg, bolo, cnh] = lines as { results: Hit[] }[];
    expect(rg?.results[0]?.id).toBe('cin-2a-via');
    expect(bolo?.results).toEqual([]);
    expect(cnh?.results[0]?.id).toBe('cnh-renovacao');
  });
});

describe('search without --json', () => {
  it('prints a readable ranked list with title, id and score', () => {
    const r = cli(['perdi', 'meu', 'rg']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1\. Carteira de Identidade Nacional.*\[cin-2a-via\]\s+\d\.\d\d/);
  });
});

describe('when the catalogue has errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atende-search-'));
  mkdirSync(join(dir, 'services'));
  writeFileSync(join(dir, 'services', 'quebrado.yaml'), 'id: quebrado\ntitle: x\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the problems to stderr and exits 1', () => {
    const r = cli(['--json', '--dir', dir, 'perdi meu rg']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('quebrado.yaml');
  });
});

describe('when an option is wrong', () => {
  it('explains it in Portuguese and exits 2', () => {
    const r = cli(['--limit', 'zero', 'rg']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--limit espera um número inteiro positivo');
  });
});
