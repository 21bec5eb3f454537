// The twenty-first session's rounds of helper r21c (1640 on): the card in focus kept, or the right service found. One
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side,
// in the informal way people type (or dictate) on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 1640: a question on a card that finds others only by a stray word of their names stays on the card', () => {
  // Each failed before: the search found another service without naming it ("perto" is in the school transfer's
  // "escola mais perto de casa", "multas" in the towed vehicle's texts, "achar" in the REDS lookup's "achar meu
  // boletim", "endereço" in the Jucemg certificates'), and that service was opened or listed.
  const cases: [string, string][] = [
    ['medida-protetiva', 'e se ele aparecer perto da minha casa de novo'],
    ['cnh-renovacao', 'levei umas multas esse ano, atrapalha?'],
    ['cnh-mudanca-categoria', 'tomei umas multas esse ano, isso atrapalha?'],
    ['transferencia-veiculo', 'e se eu nao achar o crv'],
    ['denuncia-ambiental', 'e se eu nao souber o endereço certinho'],
  ];
  for (const [id, q] of cases) {
    it(`"${q}" on ${id} is asked of the card in view`, () => {
      const d = talkOn(id, q);
      expect(d.state.focus).toBe(id);
      expect(['passage', 'unanswered', 'follow_up']).toContain(kinds(d)[0]);
    });
  }

  it('the card says what it can: the GPS for an address not known, the CRV missing on the write-off', () => {
    expect(said(talkOn('denuncia-ambiental', 'e se eu nao souber o endereço certinho'))).toMatch(/gps|referencia/);
    expect(said(talkOn('baixa-veiculo', 'e se eu nao achar o crv dele'))).toMatch(/se nao tiver o crv/);
  });

  it('"e pra" and a verb is a purpose asked of the card, "e pra" and a thing carries the talk over', () => {
    const d = talkOn('nota-fiscal-avulsa', 'e pra vender os bezerros na feira so a nota basta?');
    expect(d.state.focus).toBe('nota-fiscal-avulsa');
    expect(kinds(d)).toEqual(['passage']);
    expect(talkOn('cnh-2a-via', 'e pra identidade e o mesmo?').state.focus).not.toBe('cnh-2a-via');
  });

  it('a question that names another service still opens it', () => {
    // "multas" is a word of the fines' own title; "transferência de escola" names the school transfer.
    // Since round 4560 "…, atrapalha?" asks whether the fact bars the citizen from the card in view; asked how to see
    // them, the fines are the subject.
    expect(talkOn('cnh-primeira-habilitacao', 'tenho umas multas no meu nome, como consulto?').state.focus).toBe('multas-pontuacao');
    expect(talkOn('medida-protetiva', 'e a transferencia de escola dos meus filhos?').state.focus).toBe('transferencia-escola');
  });
});
