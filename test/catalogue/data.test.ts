// The bundled catalogue (data/) always passes the schema, and a broken file gets an error naming file and field.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, loadCatalogue, parseServiceFile } from '../../src/catalogue/load.ts';
import { lintCatalogue } from '../../src/catalogue/lint.ts';
import { projectRoot } from '../../src/config.ts';

const data = join(projectRoot, 'data');
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('the bundled catalogue in data/', () => {
  const files = readdirSync(join(data, 'services')).filter((n) => /\.ya?ml$/.test(n));

  it.each(files.map((f) => [f]))('%s passes the schema', (name) => {
    const r = parseServiceFile(`data/services/${name}`, readFileSync(join(data, 'services', name), 'utf8'), name.replace(/\.ya?ml$/, ''));
    expect(r.errors.map(formatIssue)).toEqual([]);
  });

  it('loads as a whole (related ids and synonyms included) with no error and no blocking lint finding', async () => {
    const r = await loadCatalogue(data);
    expect(r.errors.map(formatIssue)).toEqual([]);
    expect(r.catalogue?.services.length).toBe(files.length);
    const blocking = r.catalogue ? lintCatalogue(r.catalogue).filter((f) => f.severity === 'error') : [];
    expect(blocking.map(formatIssue)).toEqual([]);
  });
});

describe('a broken service file', () => {
  async function broken(edit: (text: string) => string): Promise<ReturnType<typeof loadCatalogue>> {
    const dir = mkdtempSync(join(tmpdir(), 'atende-data-'));
    temps.push(dir);
    cpSync(data, dir, { recursive: true });
    const file = join(dir, 'services', 'cin-2a-via.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return loadCatalogue(dir);
  }

  it('names the file, the field path and what is expected for a bad link', async () => {
    // The first link of a step loses its "https://".
    const r = await broken((t) => t.replace(/^( {8}url: )https:\/\//m, '$1'));
    expect(r.catalogue).toBeUndefined();
    expect(r.errors.length).toBeGreaterThan(0);
    const [e] = r.errors;
    expect(e?.file).toMatch(/services\/cin-2a-via\.yaml$/);
    expect(e?.path).toMatch(/^steps\.\d+\.channels\.\d+\.url$/);
    expect(e?.message).toMatch(/https:\/\//);
    // Every message is about that one field: no cascade on the services that mention cin-2a-via.
    expect(new Set(r.errors.map((x) => `${x.file} ${x.path}`)).size).toBe(1);
  });

  it('tells a wrong type from a missing field', async () => {
    const wrong = await broken((t) => t.replace('free: false', 'free: talvez'));
    expect(wrong.errors.map((e) => [e.path, e.message])).toEqual([['free', 'tipo inválido: esperado boolean']]);
    const missing = await broken((t) => t.replace('free: false\n', ''));
    expect(missing.errors.map((e) => [e.path, e.message])).toEqual([['free', 'campo obrigatório ausente (esperado: boolean)']]);
  });

  it('lists the accepted values of an enum', async () => {
    const r = await broken((t) => t.replace('delivery: partly_online', 'delivery: hibrido'));
    expect(r.errors[0]?.path).toBe('delivery');
    expect(r.errors[0]?.message).toContain('"online", "partly_online", "in_person", "phone"');
  });

  it('points at the line of a YAML syntax error', async () => {
    const r = await broken((t) => t.replace('category: Documentos', 'category: [Documentos'));
    expect(r.errors[0]?.file).toMatch(/cin-2a-via\.yaml$/);
    expect(r.errors[0]?.message).toMatch(/^YAML inválido: .*line \d+/);
  });
});
