// The twenty-first session's rounds of the lead (1660 on). One `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, on services other than the dialogues' own.
import { describe, expect, it } from 'vitest';
import { kinds, talkOn } from './real.ts';

describe('round 1660: a subject handled elsewhere that the card in view itself speaks of is a question about the card', () => {
  it('"a certidão de casamento serve?" on the identity card, "a certidão de óbito tem que ser original?" on the ITCD stay on the card', () => {
    for (const [id, q] of [
      ['cin-2a-via', 'a certidao de casamento serve?'],
      ['cin-1a-via', 'e a certidão de nascimento do meu filho, pode ser copia?'],
      ['itcd', 'a certidao de obito tem que ser original?'],
      ['itcd', 'a certidao de obito pode ser uma copia?'],
      ['cin-1a-via', 'serve a certidao de casamento ou so a de nascimento?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).not.toContain('elsewhere');
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('asking for the subject itself, or a card that does not speak of it, still says who handles it', () => {
    for (const [id, q] of [
      ['cin-1a-via', 'quero tirar a certidao de nascimento'],
      ['cin-2a-via', 'quero tirar a certidao de casamento'],
      ['ipva', 'a certidao de casamento serve?'],
      ['doacao-sangue', 'como marco casamento no civil?'],
    ] as const) expect(kinds(talkOn(id, q)), `${id}: ${q}`).toContain('elsewhere');
  });
});
