// The start-up snapshot: a file whose text is unchanged is taken from it, with exactly the outcome validating
// it again would give; a changed file is validated again; a snapshot of other code is ignored.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/catalogue/check.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { snapshotDir } from '../../src/catalogue/snapshot.ts';
import { type TempCatalogue, copyCatalogue } from './support.ts';

let t: TempCatalogue;

beforeEach(() => {
  t = copyCatalogue();
});
afterEach(() => t.remove());

/** The snapshot file that holds validated files (not derived results), for the temporary catalogue. */
function snapshotOf(): { path: string; body: { entries: Record<string, { sha: string; value?: { title?: string }; errors: unknown[] }> } } {
  const candidates = readdirSync(snapshotDir())
    .filter((f) => !f.includes('-') && f.endsWith('.json'))
    .map((f) => join(snapshotDir(), f));
  // Other test files write and prune snapshots in the same folder at the same time: one listed may be gone by now.
  const textOf = (p: string): string => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return '';
    }
  };
  const path = candidates.find((p) => textOf(p).includes('"services/ipva.yaml"') && textOf(p).includes(tag));
  if (!path) throw new Error('no snapshot written for the temporary catalogue');
  return { path, body: JSON.parse(readFileSync(path, 'utf8')) };
}

// Each temporary catalogue gets a unique marker in one file, so its snapshot can be told from the others.
let tag = '';
function tagCatalogue(): void {
  tag = `Marcador ${Date.now()}-${Math.random()}`;
  const file = join(t.dir, 'services', 'ipva.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${tag}`));
}

/** Strips the per-load stamp, which differs by design. */
const stable = <T extends { catalogue?: { loadedAt: number } }>(r: T): T => (r.catalogue ? { ...r, catalogue: { ...r.catalogue, loadedAt: 0 } } : r);

describe('a catalogue loaded twice with no file changed', () => {
  it('gives strictly the same catalogue the second time', async () => {
    tagCatalogue();
    const first = await loadCatalogue(t.dir);
    const second = await loadCatalogue(t.dir);
    expect(first.catalogue?.services.length).toBeGreaterThan(50);
    expect(stable(second)).toStrictEqual(stable(first));
  });

  it('takes the second load from the snapshot, not from the YAML', async () => {
    tagCatalogue();
    await loadCatalogue(t.dir);
    // Tamper with the snapshot: if the loader reads it, the tampered title shows.
    const { path, body } = snapshotOf();
    const entry = body.entries['services/ipva.yaml'];
    if (!entry?.value) throw new Error('ipva.yaml is not in the snapshot');
    entry.value.title = 'Do snapshot';
    writeFileSync(path, JSON.stringify(body));
    const again = await loadCatalogue(t.dir);
    expect(again.catalogue?.byId.get('ipva')?.title).toBe('Do snapshot');
  });
});

describe('a file changed after a load', () => {
  it('is validated again: a new error shows, and goes once fixed', async () => {
    tagCatalogue();
    const file = join(t.dir, 'services', 'ipva.yaml');
    const good = readFileSync(file, 'utf8');
    expect((await loadCatalogue(t.dir)).errors).toEqual([]);
    writeFileSync(file, good.replace(/^popularity: .*$/m, 'popularity: muito'));
    const broken = await loadCatalogue(t.dir);
    expect(broken.catalogue).toBeUndefined();
    expect(broken.errors.map((e) => `${e.path}`)).toEqual(['popularity']);
    writeFileSync(file, good);
    expect((await loadCatalogue(t.dir)).errors).toEqual([]);
  });

  it('reports the same errors from the snapshot as from the YAML, file names included', async () => {
    tagCatalogue();
    writeFileSync(join(t.dir, 'services', 'cnh-renovacao.yaml'), 'id: cnh-renovacao\ntitle: [sem fim\n');
    const first = await loadCatalogue(t.dir);
    const second = await loadCatalogue(t.dir);
    expect(first.errors.length).toBeGreaterThan(0);
    expect(first.errors[0]?.file).toContain('cnh-renovacao.yaml');
    expect(second.errors).toStrictEqual(first.errors);
  });

  it('a removed file is gone from the next load', async () => {
    tagCatalogue();
    await loadCatalogue(t.dir);
    // Nothing else points at this service (checked by the related-ids rule on load).
    const before = (await loadCatalogue(t.dir)).catalogue?.services.length ?? 0;
    const victim = (await loadCatalogue(t.dir)).catalogue?.services.find((s) => !readdirSync(join(t.dir, 'services')).some((f) => f !== `${s.id}.yaml` && readFileSync(join(t.dir, 'services', f), 'utf8').includes(s.id)));
    if (!victim) throw new Error('no service without references');
    rmSync(join(t.dir, 'services', `${victim.id}.yaml`));
    const after = await loadCatalogue(t.dir);
    expect(after.catalogue?.services.length).toBe(before - 1);
    expect(after.catalogue?.byId.has(victim.id)).toBe(false);
  });
});

describe('a snapshot written by other code', () => {
  it('is ignored', async () => {
    tagCatalogue();
    await loadCatalogue(t.dir);
    const { path, body } = snapshotOf();
    const entry = body.entries['services/ipva.yaml'];
    if (!entry?.value) throw new Error('ipva.yaml is not in the snapshot');
    entry.value.title = 'De outra versão';
    writeFileSync(path, JSON.stringify({ ...body, code: 'another version of the code' }));
    expect((await loadCatalogue(t.dir)).catalogue?.byId.get('ipva')?.title).toBe(tag);
  });
});

describe('catalogue check run twice', () => {
  it('gives the same errors and warnings the second time', async () => {
    tagCatalogue();
    const file = join(t.dir, 'services', 'ipva.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^description: >-\n/m, 'description: >-\n  PREENCHA\n'));
    const first = await checkCatalogue(t.dir);
    const second = await checkCatalogue(t.dir);
    expect(first.errors.map((e) => e.rule)).toContain('placeholder');
    expect(second).toStrictEqual(first);
  });
});
