// The sets reported apart from the main one (held-out, blind 1–5): each valid against the catalogue (loading
// checks every service and field id), large enough, all multi-turn, every category present, informal enough;
// and no dialogue id shared between any two sets, so none is ever part of the fixed subset the unit tests play
// or of another set's total. This test only loads the sets; it never plays them.
import { isValidCpf } from '@brazilian-utils/brazilian-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/load.ts';
import { EXTRA_SETS, loadDialogues, type LoadedDialogue } from './load.ts';
import { loadBundled } from './run.ts';
import { CATEGORIES, Expect } from './schema.ts';

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

    it(set.categories === undefined ? 'has every category' : `has exactly its categories (${set.categories.join(', ')})`, () => {
      const wanted: readonly string[] = set.categories ?? Object.keys(CATEGORIES);
      expect(wanted.filter((c) => !dialogues().some((d) => d.category === c))).toEqual([]);
      expect(dialogues().filter((d) => !wanted.includes(d.category)).map((d) => d.id)).toEqual([]);
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

  // A citizen types their real CPF: one typed as an answer the dialogue expects to be taken (the next field is asked)
  // must have valid check digits, or the dialogue measures a writer's slip (blind set 21 had ten). A CPF typed wrong
  // on purpose expects the CPF to be asked again.
  it('type only valid CPFs where one is expected to be accepted', () => {
    const slips: string[] = [];
    for (const set of [main, ...EXTRA_SETS.map((x) => loaded.get(x.dir) ?? [])]) {
      for (const d of set) {
        for (const turn of d.turns) {
          if (!('say' in turn) || turn.expect?.field === undefined || turn.expect.field === 'cpf') continue;
          for (const cpf of turn.say.match(CPF_SHAPED) ?? []) if (!isValidCpf(cpf.replace(/\D/g, ''))) slips.push(`${d.id}: ${cpf}`);
        }
      }
    }
    expect(slips).toEqual([]);
  });
});

/** Eleven digits, bare or written as a CPF ("529.982.247-25"). */
const CPF_SHAPED = /(?<!\d)\d{3}[. ]?\d{3}[. ]?\d{3}[-. ]?\d{2}(?!\d)/g;

describe('patterns of a reply', () => {
  it('refuse a literal punctuation mark, which the folded reply never holds ("e-?mail" could never match "e mail")', () => {
    for (const p of ['e-?mail', 'atd-[0-9]{8}', 'gov\\.br', 'sim, claro', 'www/mg']) expect(Expect.safeParse({ says: [p] }).success, p).toBe(false);
  });
  it('accept classes, class escapes and the same words with spaces', () => {
    for (const p of ['e ?mail', 'atd [0-9]{8}', 'atd \\d{8}', 'gov br', 'gov.br', '[a-z-]+ via']) expect(Expect.safeParse({ says: [p] }).success, p).toBe(true);
  });
});

