// The thirty-second session's rounds of r32b (3220–3239): the card holds the answer in a sentence, and the reply
// missed it. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3220: told one cannot go, on a card done in person, who may go for them', () => {
  it('a representative, where the card names one', () => {
    for (const text of ['meu avo ta acamado', 'meu pai nao tem como ir la buscar', 'eu nao posso sair de casa, to de resguardo']) {
      const d = talkOn('medicamentos-alto-custo', text);
      expect(d.state.focus, text).toBe('medicamentos-alto-custo');
      expect(said(d), text).toMatch(/representante/);
    }
  });
  it('a power of attorney, where the card names one', () => {
    for (const text of ['eu nao consigo ir ate a secretaria da escola', 'nao tenho como comparecer, trabalho fora']) {
      const d = talkOn('historico-escolar', text);
      expect(d.state.focus, text).toBe('historico-escolar');
      expect(said(d), text).toMatch(/procura[cç][aã]o/i);
    }
  });
});
