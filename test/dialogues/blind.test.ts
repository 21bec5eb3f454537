// The blind dialogue set: valid, large enough, every category present, informal enough, and kept apart from the
// main and held-out sets (so it is never part of the fixed subset the unit tests play, nor of another set's total).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/load.ts';
import { BLIND_DIR, HELDOUT_DIR, loadDialogues, type LoadedDialogue } from './load.ts';
import { loadBundled } from './run.ts';
import { CATEGORIES } from './schema.ts';

let catalogue: Catalogue;
let blind: LoadedDialogue[];
let others: LoadedDialogue[];

beforeAll(async () => {
  ({ catalogue } = await loadBundled());
  blind = await loadDialogues(catalogue, BLIND_DIR);
  others = [...(await loadDialogues(catalogue)), ...(await loadDialogues(catalogue, HELDOUT_DIR))];
});

describe('the blind dialogue set', () => {
  it('has at least 70 valid dialogues, all multi-turn', () => {
    expect(blind.length).toBeGreaterThanOrEqual(70);
    expect(blind.filter((d) => d.turns.length < 2).map((d) => d.id)).toEqual([]);
  });

  it('has every category', () => {
    const missing = Object.keys(CATEGORIES).filter((c) => !blind.some((d) => d.category === c));
    expect(missing).toEqual([]);
  });

  it('has at least a third of informal dialogues', () => {
    expect(blind.filter((d) => d.informal).length * 3).toBeGreaterThanOrEqual(blind.length);
  });

  it('shares no dialogue id with the main and held-out sets', () => {
    const ids = new Set(blind.map((d) => d.id));
    expect(others.filter((d) => ids.has(d.id)).map((d) => d.id)).toEqual([]);
    expect(others.length).toBeGreaterThan(0);
  });
});
