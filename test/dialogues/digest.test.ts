// The reply digests behind `eval --save-replies` / `--changed-since`: the same replies give the same digest, any
// change of what a turn shows (its text, its focus) gives another, and the counts per set tell changed dialogues
// from dialogues the saved digest did not hold.
import { beforeAll, describe, expect, it } from 'vitest';
import { changedCounts, digest } from './digest.ts';
import { runDialogues, type DialogueResult } from './run.ts';

const IDS = ['first-perdi-rg', 'cor-rg-para-cnh'];
let played: DialogueResult[];

beforeAll(async () => {
  played = await runDialogues(IDS);
});

/** The result with one turn's observation changed by `edit`. */
function withTurn(r: DialogueResult, at: number, edit: (text: string, focus: string | null) => { text: string; focus: string | null }): DialogueResult {
  return {
    ...r,
    turns: r.turns.map((t, i) => {
      if (i !== at || t.obs === undefined) return t;
      const { text, focus } = edit(t.obs.text, t.obs.focus);
      return { ...t, obs: { ...t.obs, text, focus } };
    }),
  };
}

describe('reply digests', () => {
  it('plays the two dialogues it names', () => {
    expect(played.map((r) => r.dialogue.id).sort()).toEqual([...IDS].sort());
  });

  it('gives the same digest to the same replies, played again', async () => {
    const again = await runDialogues(IDS);
    const key = (rs: DialogueResult[]): string[] => rs.map((r) => digest('main', r).join('=')).sort();
    expect(key(again)).toEqual(key(played));
  });

  it('keys each dialogue by set and id, and keeps no reply text', () => {
    const [first] = played;
    if (first === undefined) throw new Error('nothing played');
    const [key, value] = digest('blind99', first);
    expect(key).toBe(`blind99/${first.dialogue.id}`);
    expect(value).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when a reply text or the focus of any turn changes', () => {
    const [first] = played;
    if (first === undefined) throw new Error('nothing played');
    const last = first.turns.length - 1;
    const base = digest('main', first)[1];
    expect(digest('main', withTurn(first, last, (text, focus) => ({ text: `${text}.`, focus })))[1]).not.toBe(base);
    expect(digest('main', withTurn(first, 0, (text) => ({ text, focus: 'outro-servico' })))[1]).not.toBe(base);
  });

  it('counts, per set, the dialogues changed and apart those the saved digest did not hold', () => {
    const [a, b] = played;
    if (a === undefined || b === undefined) throw new Error('nothing played');
    const before = new Map([digest('main', a), digest('main', b)]);
    const changedB = withTurn(b, 0, (text, focus) => ({ text: `${text}!`, focus }));
    expect(changedCounts(before, [['main', [a, changedB]], ['blind99', [a]]])).toEqual([
      { set: 'main', changed: 1, of: 2, fresh: 0 },
      { set: 'blind99', changed: 0, of: 0, fresh: 1 },
    ]);
    expect(changedCounts(before, [['main', [a, b]]])).toEqual([{ set: 'main', changed: 0, of: 2, fresh: 0 }]);
  });
});
