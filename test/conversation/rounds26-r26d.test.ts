// The twenty-sixth session's rounds of r26d (2660 on: deadlines, validity, problems, danger now and words of the card),
// one `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's
// side, in the ways people type on a phone, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 2660: something going on now, told on a card that says what to do in danger, gets those sentences', () => {
  it('a gerund and a word of now, on cards whose texts give an emergency number', () => {
    for (const [svc, q] of [
      ['denuncia-ambiental', 'tao queimando o mato aqui do lado nesse momento'],
      ['disque-denuncia', 'ta tendo um tiroteio agora aqui no bairro'],
      ['medida-protetiva', 'ele ta quebrando tudo aqui em casa agora'],
      ['bo-acidente-sem-vitima', 'o outro motorista ta partindo pra cima de mim agora'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(kinds(d), q).toEqual(['passage']);
      expect(said(d), q).toMatch(/\b190\b/);
    }
  });
  it('the citizen\'s own doing now is no danger: no emergency sentence', () => {
    for (const [svc, q] of [
      ['bo-furto', 'to esperando agora o numero do bo'],
      ['disque-denuncia', 'estou ligando agora'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(said(d), q).not.toMatch(/Em perigo, o serviço orienta/);
    }
  });
  it('a count of days with 180 in it is no emergency number', () => {
    const d = talkOn('cnh-estrangeiro', 'tão me ameaçando agora na rua');
    expect(said(d)).not.toMatch(/Em perigo, o serviço orienta/);
  });
});
