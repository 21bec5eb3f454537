// The thirty-second session's rounds 3260–3279 (r32d): a first message that names its need in the citizen's own words
// finds the wrong service, a list, or none. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 3260: "carta" is the driving licence, "ouvidoria estadual/do governo" the general ombudsman (data/synonyms.yaml)', () => {
  it('the licence called "carta" opens the service its case names', () => {
    for (const [text, svc] of [
      ['a carta do meu marido esta vencida faz dois meses', 'cnh-renovacao'],
      ['quero renovar a carta', 'cnh-renovacao'],
      ['trouxe minha carta do parana, preciso passar pra minas?', 'cnh-transferencia-estado'],
      ['minha carta e categoria b, quero colocar a a', 'cnh-mudanca-categoria'],
      ['perdi minha carta no onibus', 'cnh-2a-via'],
    ] as const) {
      expect(talk(text).state.focus, text).toBe(svc);
    }
  });
  it('a letter received is no first licence ("chegou uma carta do detran")', () => {
    expect(talk('chegou uma carta do detran').state.focus).not.toBe('cnh-primeira-habilitacao');
  });
  it('the ombudsman of the State, said as "estadual" or "do governo", is the general one, not the SUS one', () => {
    for (const text of ['quero falar com a ouvidoria estadual', 'ouvidoria do governo', 'como registro na ouvidoria do governo uma reclamacao']) {
      expect(talk(text).state.focus, text).toBe('ouvidoria');
    }
  });
});
