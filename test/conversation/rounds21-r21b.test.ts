// The twenty-first session's rounds of helper r21b (1620 on): the card has the fact, but the sentence reader quoted a
// wrong sentence or none. One `describe` per round; each test was checked to fail on the code before its round.
// Written from the citizen's side, in the informal way people type (or dictate) on a phone.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/conversation/views.ts';
import { kinds, said, talkOn } from './real.ts';

describe("round 1620: the sentence reader weighs the card's documents too", () => {
  // Each failed before: the fact is one of the documents a step asks for ("Certidão … de casamento (casados…)", "Foto
  // recente e nítida da pessoa", "Procuração, se feito por representante"), and `passages` read only the texts'
  // sentences: a sentence sharing one loose word was quoted ("não precisa levar foto 3x4"), or "Não tenho essa
  // informação", or the who-may-ask answer without the power of attorney.
  const cases: [string, string, RegExp][] = [
    ['cin-1a-via', 'e se eu for casado, qual certidao levo?', /de casamento \(casados/],
    ['pessoa-desaparecida', 'qual foto eu levo?', /foto recente e nitida/],
    ['pessoa-desaparecida', 'que foto serve?', /foto recente e nitida/],
    ['recurso-multa', 'meu filho pode entrar com o recurso por mim?', /procuracao/],
    ['pescador-profissional', 'minha esposa pode fazer por mim?', /procuracao/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes the document that says it`, () => {
      const d = talkOn(id, q);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it('a document that only repeats the words of the question does not take the place of the sentence that answers', () => {
    // "Descrição dos bens levados (…, IMEI do celular)" holds "levaram", "celular" and "imei"; the texts' "Para
    // celular, informe o IMEI (fica na caixa ou na nota fiscal)" holds as many with the where topic's own words.
    const d = talkOn('bo-furto', 'levaram meu celular, pedem o imei, onde eu vejo isso');
    expect(said(d)).toMatch(/fica na caixa/);
    expect(said(d)).not.toMatch(/descricao dos bens/);
  });

  it('where the texts answer, a document holding no more of the question is not quoted', () => {
    const d = talkOn('pessoa-desaparecida', 'e se ele aparecer, faço o que?');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/for encontrada/);
  });
});

describe('round 1621: validity asked in other words ("vale pra sempre?", "é definitiva?") gets the sentence saying how long or when to renew', () => {
  // Each failed before: "vale pra sempre", "dura pra sempre", "é definitiva" were no renewal question, so the card's
  // sentence on renewing ("renove antes do vencimento", "renovado periodicamente") got no weight and the card came
  // again or "Não tenho essa informação"; and "Ela vale por um ano" told no period (only digits did).
  const cases: [string, string, RegExp][] = [
    ['outorga-agua', 'a outorga é definitiva?', /renove antes do vencimento/],
    ['outorga-agua', 'a outorga dura pra sempre?', /renove antes do vencimento/],
    ['cnh-primeira-habilitacao', 'a ppd vale qto tempo?', /vale por um ano/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes the card's period`, () => {
      const d = talkOn(id, q);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it("a price's year is no validity: a card that tells none does not quote what its fee does every year", () => {
    // The fishing licence's card gives no validity; "O valor muda todo ano" is about the fee.
    for (const q of ['a licença é pra sempre?', 'a carteira de pesca dura pra sempre?']) {
      const d = talkOn('licenca-pesca', q);
      expect(said(d)).not.toMatch(/valor muda todo ano/);
    }
  });
});

describe('round 1622: a word of asking inside the clause makes it a question ("vai em qual sistema", "como sabe que não é falso")', () => {
  // Each failed before: without a "?", only a clause opening with a word of asking was a question, so "e esse
  // processo vai em qual sistema" and "e a empresa como sabe q n é falsificado" got "Não entendi bem" or the card again,
  // though the card says it ("protocola no sistema Infoscip", "conferir a autenticidade"). And "falso/falsificado"
  // asks about authenticity as "verdadeiro" does (data/quase-sinonimos.yaml).
  const cases: [string, string, RegExp][] = [
    ['avcb', 'e o projeto vai em qual sistema', /infoscip/],
    ['licenciamento-ambiental', 'e o pedido é feito em qual sistema', /sistema de licenciamento ambiental/],
    ['antecedentes-criminais', 'e o rh como confere q nao é falso', /autenticidade/],
    ['antecedentes-criminais', 'a loja como sabe se o atestado é falsificado', /autenticidade/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes the card's sentence`, () => {
      const d = talkOn(id, q);
      expect(kinds(d)).toEqual(['passage']);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it('reads "qual"/"quantos" anywhere and "como" before a verb of knowing or doing', () => {
    expect(isQuestion('e esse processo vai em qual sistema')).toBe(true);
    expect(isQuestion('a doação demora quantas horas')).toBe(true);
    expect(isQuestion('e a empresa como sabe q n é falsificado')).toBe(true);
  });

  it('"como" telling a role, and a statement, are still no question', () => {
    expect(isQuestion('trabalho como motorista de aplicativo')).toBe(false);
    expect(isQuestion('moro em contagem e o ipva venceu')).toBe(false);
    expect(isQuestion('uso o carro como taxi')).toBe(false);
  });
});
