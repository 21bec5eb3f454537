// The held-out dialogue set: valid, large enough, every category present, and kept apart from the main set
// (so it is never part of the fixed subset the unit tests play, nor of the main set's total).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/load.ts';
import { HELDOUT_DIR, loadDialogues, type LoadedDialogue } from './load.ts';
import { loadBundled } from './run.ts';
import { CATEGORIES } from './schema.ts';

let catalogue: Catalogue;
let heldout: LoadedDialogue[];
let main: LoadedDialogue[];

beforeAll(async () => {
  ({ catalogue } = await loadBundled());
  heldout = await loadDialogues(catalogue, HELDOUT_DIR);
  main = await loadDialogues(catalogue);
});

describe('the held-out dialogue set', () => {
  it('has at least 85 valid dialogues', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(85);
  });

  it('has every category', () => {
    const missing = Object.keys(CATEGORIES).filter((c) => !heldout.some((d) => d.category === c));
    expect(missing).toEqual([]);
  });

  it('has at least a third of informal dialogues, all multi-turn', () => {
    expect(heldout.filter((d) => d.informal).length * 3).toBeGreaterThanOrEqual(heldout.length);
    expect(heldout.filter((d) => d.turns.length < 2).map((d) => d.id)).toEqual([]);
  });

  it('is not part of the main set', () => {
    const ids = new Set(heldout.map((d) => d.id));
    expect(main.filter((d) => ids.has(d.id)).map((d) => d.id)).toEqual([]);
    expect(main.length).toBeGreaterThan(0);
  });
});
