// The fifth blind dialogue set: valid against the catalogue, large enough, all multi-turn, every category present,
// informal enough, and kept apart from the main, held-out and earlier blind sets (it is never part of the fixed
// subset the unit tests play, nor of another set's total). This test only loads the set; it never plays it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/load.ts';
import { BLIND2_DIR, BLIND3_DIR, BLIND4_DIR, BLIND5_DIR, BLIND_DIR, HELDOUT_DIR, loadDialogues, type LoadedDialogue } from './load.ts';
import { loadBundled } from './run.ts';
import { CATEGORIES } from './schema.ts';

let catalogue: Catalogue;
let blind5: LoadedDialogue[];
let others: LoadedDialogue[];

beforeAll(async () => {
  ({ catalogue } = await loadBundled());
  blind5 = await loadDialogues(catalogue, BLIND5_DIR);
  others = [
    ...(await loadDialogues(catalogue)),
    ...(await loadDialogues(catalogue, HELDOUT_DIR)),
    ...(await loadDialogues(catalogue, BLIND_DIR)),
    ...(await loadDialogues(catalogue, BLIND2_DIR)),
    ...(await loadDialogues(catalogue, BLIND3_DIR)),
    ...(await loadDialogues(catalogue, BLIND4_DIR)),
  ];
});

describe('the fifth blind dialogue set', () => {
  it('has at least 77 valid dialogues, all multi-turn', () => {
    expect(blind5.length).toBeGreaterThanOrEqual(77);
    expect(blind5.filter((d) => d.turns.length < 2).map((d) => d.id)).toEqual([]);
  });

  it('has every category', () => {
    const missing = Object.keys(CATEGORIES).filter((c) => !blind5.some((d) => d.category === c));
    expect(missing).toEqual([]);
  });

  it('has at least a third of informal dialogues', () => {
    expect(blind5.filter((d) => d.informal).length * 3).toBeGreaterThanOrEqual(blind5.length);
  });

  it('shares no dialogue id with the main, held-out, first, second, third and fourth blind sets', () => {
    const ids = new Set(blind5.map((d) => d.id));
    expect(others.filter((d) => ids.has(d.id)).map((d) => d.id)).toEqual([]);
    expect(others.length).toBeGreaterThan(0);
  });
});
