// The sets reported apart from the main one (held-out, blind 1–5): each valid against the catalogue (loading
// checks every service and field id), large enough, all multi-turn, every category present, informal enough;
// and no dialogue id shared between any two sets, so none is ever part of the fixed subset the unit tests play
// or of another set's total. This test only loads the sets; it never plays them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/load.ts';
import { EXTRA_SETS, loadDialogues, type LoadedDialogue } from './load.ts';
import { loadBundled } from './run.ts';
import { CATEGORIES } from './schema.ts';

let catalogue: Catalogue;
let main: LoadedDialogue[];
const loaded = new Map<string, LoadedDialogue[]>();

beforeAll(async () => {
  ({ catalogue } = await loadBundled());
  main = await loadDialogues(catalogue);
  for (const set of EXTRA_SETS) loaded.set(set.dir, await loadDialogues(catalogue, set.dir));
});

for (const set of EXTRA_SETS) {
  describe(set.title, () => {
    const dialogues = (): LoadedDialogue[] => loaded.get(set.dir) ?? [];

    it(`has at least ${set.min} valid dialogues, all multi-turn`, () => {
      expect(dialogues().length).toBeGreaterThanOrEqual(set.min);
      expect(dialogues().filter((d) => d.turns.length < 2).map((d) => d.id)).toEqual([]);
    });

    it('has every category', () => {
      expect(Object.keys(CATEGORIES).filter((c) => !dialogues().some((d) => d.category === c))).toEqual([]);
    });

    it('has at least a third of informal dialogues', () => {
      expect(dialogues().filter((d) => d.informal).length * 3).toBeGreaterThanOrEqual(dialogues().length);
    });
  });
}

describe('all the dialogue sets together', () => {
  it('share no dialogue id between two sets', () => {
    const all = [main, ...EXTRA_SETS.map((s) => loaded.get(s.dir) ?? [])];
    const seen = new Map<string, number>();
    const shared: string[] = [];
    all.forEach((set, i) => {
      for (const d of set) {
        const first = seen.get(d.id);
        if (first !== undefined && first !== i) shared.push(d.id);
        seen.set(d.id, i);
      }
    });
    expect(shared).toEqual([]);
    expect(all.every((set) => set.length > 0)).toBe(true);
  });
});
