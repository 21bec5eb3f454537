// The thirty-second session's rounds 3260–3279 (r32d): a first message that names its need in the citizen's own words
// finds the wrong service, a list, or none. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 3260 (as merged: the ombudsman only; bare "carta" was taken back by the lead, see docs): "ouvidoria estadual/do governo" is the general ombudsman (data/synonyms.yaml)', () => {
  it('the ombudsman of the State, said as "estadual" or "do governo", is the general one, not the SUS one', () => {
    for (const text of ['quero falar com a ouvidoria estadual', 'ouvidoria do governo', 'como registro na ouvidoria do governo uma reclamacao']) {
      expect(talk(text).state.focus, text).toBe('ouvidoria');
    }
  });
  it('a letter received is no licence ("recebi uma carta do banco")', () => {
    expect(talk('recebi uma carta do banco').state.focus).toBeUndefined();
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
