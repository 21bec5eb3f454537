// The twenty-fifth session's rounds of the lead (2400 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 2400: right after "this is handled elsewhere", a question pointing back at it asks about it again', () => {
  it('a pronoun for the person of the story, or "vc" doubting the reply, keeps the subject and offers no service', () => {
    for (const [first, next] of [
      ['meu senhorio quer me despejar sem aviso', 'posso denunciar ele?'],
      ['a imobiliaria nao devolveu minha caucao', 'da pra processar ela?'],
      ['quero comprar um celular novo', 'voce nao vende nao?'],
      ['quero uma pizza', 'vc nao entrega?'],
    ] as const) {
      const d = talk(first, next);
      expect(kinds(d), `${first} → ${next}`).toEqual(['elsewhere']);
      expect(d.state.focus, next).toBeUndefined();
    }
  });
  it('a service named beside the pronoun is still that service', () => {
    const d = talk('meu senhorio quer me despejar sem aviso', 'e a segunda via da identidade dele, como tiro?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});
