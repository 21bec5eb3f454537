// The twenty-eighth session's lead round (2800 on), from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

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

describe('round 2803: "quem" opening a clause after a greeting, a story or a pause asks who does the thing', () => {
  it('after a greeting or a story, who pays is the sentence naming who pays', () => {
    for (const q of ['Bom dia! Quem paga o seguro?', 'fui dispensado mes passado. quem me paga?', 'uai, quem paga isso, sô?']) {
      const d = talkOn('seguro-desemprego', q);
      expect(d.state.focus, q).toBe('seguro-desemprego');
      expect(said(d), q).toMatch(/pela caixa/);
    }
  });
  it('"quem pede?" asks who may ask, not who does a thing: no sentence on a "pedido" is added', () => {
    for (const q of ['quem pede?', 'minha filha tem 10 anos, quem pede?']) {
      const d = talkOn('transferencia-escola', q);
      // Who may ask (the parents or guardians), with no sentence on the next year's request.
      expect(d.state.focus, q).toBe('transferencia-escola');
      expect(said(d), q).toMatch(/responsave/);
      expect(said(d), q).not.toMatch(/ano seguinte/);
    }
  });
});
