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

describe('round 3261: with nothing in view, a first found that leads the second by half again opens, though a story surrounds it', () => {
  it('the service the request names opens, not a list', () => {
    for (const [text, svc] of [
      ['minha mae levou uma multa injusta, o carro tava na oficina', 'recurso-multa'],
      ['arrumei emprego de motorista de caminhao, tenho b faz 3 anos, preciso tirar a c', 'cnh-mudanca-categoria'],
      ['to pensando em comprar um carro usado de um conhecido, como sei se tem divida ou restricao?', 'situacao-veiculo'],
    ] as const) {
      const d = talk(text);
      expect(d.state.focus, text).toBe(svc);
      expect(d.state.view.at, text).toBe('service');
    }
  });
  it('on a card, a follow-up whose stray words lead elsewhere does not move the citizen away (the lead is for a first message)', () => {
    const d = talk('quero registrar uma denúncia ambiental', 'e se eu nao souber o endereço certinho');
    expect(d.state.focus).toBe('denuncia-ambiental');
  });
});
