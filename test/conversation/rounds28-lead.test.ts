// The twenty-eighth session's lead round (2800 on), from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk } from './real.ts';

describe('round 2802: "ha?" typed without its tilde is an interjection, like "hã?" and "hein?"', () => {
  it('"ha? repete" after a cost asked with the first message gives the same answer again', () => {
    for (const [first, again] of [
      ['quanto custa a segunda via da cnh', 'ha? repete ai'],
      ['quanto custa pra renovar a cnh', 'ha? repete por favor'],
      ['qual o valor da segunda via da cnh', 'han? repete ai que eu nao vi'],
    ] as const) {
      const d = talk(first);
      const before = said(d);
      d.say(again);
      expect(d.state.focus, again).toBe(talk(first).state.focus);
      expect(kinds(d), again).not.toContain('no_results');
      expect(kinds(d), again).not.toContain('unanswered');
      // The topic's answer again (the sentence quoted for the first message's own words may be left out).
      const head = before.split('\n').slice(0, 3).join('\n');
      expect(said(d).startsWith(head), again).toBe(true);
    }
  });
  it('"há" meaning "ago" still reads as a time told ("perdi há 3 meses")', () => {
    const d = talk('perdi minha cnh ha 3 meses, como tiro outra?');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
});
