// The twenty-first session's rounds of helper r21a (1600 on): a usual topic's answer (cost, time, who…) took a
// question about one precise fact of the card, and the sentence giving that fact was not the one quoted after it.
// One `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's
// side, in the informal way people type (or dictate) on a phone.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 1600: a number asked in a unit, or how long something lasts, is answered by the sentence giving it', () => {
  // Each failed before: the sentence quoted held more of the question's words but gave a number in another unit
  // ("12 meses" for "quantos pontos"), a number written as a word ("dois lugares", "vale por um ano") was no number,
  // "qnto"/"qto" asked none, and "quanto tempo vale" / "por quanto tempo" did not ask how long it lasts.
  const cases: [string, string, RegExp][] = [
    ['multas-pontuacao', 'quantos pontos pode ter sem perder a carteira', /40 pontos/],
    ['visita-presidio', 'a carteirinha dura quanto tempo?', /um ano|365 dias/],
    ['visita-presidio', 'por quanto tempo vale a credencial?', /um ano|365 dias/],
    ['cnh-primeira-habilitacao', 'a ppd vale por quanto tempo?', /vale por um ano/],
    ['cnh-primeira-habilitacao', 'Depois de aprovado, quanto tempo vale a permissão?', /vale por um ano/],
    ['passe-livre', 'qnts lugar pra deficiente tem no onibus', /dois lugares|dois assentos/],
    ['passe-livre', 'com qnto tempo antes eu reservo?', /12 horas/],
    ['cnh-estrangeiro', 'Por quanto tempo?', /180 dias/],
    ['cnh-renovacao', 'tenho 72 anos, de quanto em quanto tempo renova agora?', /3 anos a partir dos 70/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes the sentence with the number`, () => {
      const d = talkOn(id, q);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it('asked when or how early to renew, the sentence saying how long it lasts does not take over', () => {
    expect(said(talkOn('visita-presidio', 'com quanto tempo antes eu peço pra renovar?'))).toMatch(/30 dias antes/);
    expect(said(talkOn('visita-presidio', 'quando eu renovo?'))).toMatch(/30 dias antes/);
    expect(said(talkOn('cnh-renovacao', 'Minha CNH é do Rio de Janeiro. Posso renovar em Minas direto?'))).toMatch(/transferi/);
  });

  it('a number asked in a unit the card gives in digits still finds it', () => {
    expect(said(talkOn('passe-livre', 'qntas horas antes tenho q reservar?'))).toMatch(/12 horas/);
    expect(said(talkOn('multas-pontuacao', 'com qtos pontos a cnh é suspensa?'))).toMatch(/40 pontos/);
  });
});

describe('round 1601: a limit asked is answered by the sentence telling the limit', () => {
  // Each failed before: the topic's answer (cost, online, minors) came with a sentence holding more of the question's
  // words, or none, while the card tells the limit in a sentence of its own ("até 5 veículos", "21 anos", "limite de
  // captura de 10 kg", "limite de valor").
  const cases: [string, string, RegExp][] = [
    ['bo-acidente-sem-vitima', 'foram 3 carros envolvidos, ainda da pra fazer online?', /ate 5 veiculos/],
    ['bo-acidente-sem-vitima', 'com quantos carros no maximo da pra fazer pela internet?', /ate 5 veiculos/],
    ['cnh-mudanca-categoria', 'tenho 19 anos, posso tirar a d?', /21 anos/],
    ['cnh-mudanca-categoria', 'quero tirar a d pra dirigir van escolar, tenho 20 anos da?', /21 anos/],
    ['licenca-pesca', 'e qto de peixe eu posso levar pra casa', /10 kg/],
    ['ipva-isencao', 'vale pra carro de qualquer preço?', /limite de valor/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes the limit`, () => {
      const d = talkOn(id, q);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it('a deadline asked as "prazo máximo" still gets the deadline, not a limit of another kind', () => {
    expect(said(talkOn('seguro-desemprego', 'qual o prazo maximo pra dar entrada'))).toMatch(/120/);
  });

  it('a limit asked where the card already answered it keeps that answer', () => {
    expect(said(talkOn('eja', 'tenho 14 anos, posso entrar?'))).toMatch(/15 anos/);
    expect(said(talkOn('passe-livre', 'qual a renda maxima pra ter direito?'))).toMatch(/dois salarios/);
    expect(said(talkOn('licenca-pesca', 'tem limite de peixe pra levar?'))).toMatch(/10 kg/);
  });
});

describe('round 1602: asked whether someone else may do it, the sentence or document saying who may act for another', () => {
  // Each failed before: a relative doing it "do meu carro" was no proxy question, "outra pessoa" was no word of acting
  // for another, and the power of attorney listed among the documents was never read.
  const cases: [string, string, RegExp][] = [
    ['ipva', 'meu pai pode pagar o ipva do meu carro?', /outra pessoa pode pagar/],
    ['ipva', 'minha esposa pode pagar o ipva do meu carro?', /outra pessoa pode pagar/],
    ['pescador-profissional', 'minha filha pode fazer o cadastro pra mim? n sei mexer em computador', /procuracao/],
    ['pescador-profissional', 'meu filho pode fazer o cadastro por mim?', /procuracao/],
    ['recurso-multa', 'minha esposa pode fazer o recurso pra mim?', /procuracao/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes who may act for the citizen`, () => {
      const d = talkOn(id, q);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it('a card that already said who may act for another keeps saying it', () => {
    expect(said(talkOn('medicamentos-alto-custo', 'minha filha pode pedir o remedio pra mim?'))).toMatch(/representante/);
    expect(said(talkOn('veiculo-removido', 'meu cunhado pode retirar o carro por mim?'))).toMatch(/procuracao|representante/);
  });

  it('a question about the citizen\'s own payment is no proxy question', () => {
    expect(said(talkOn('ipva', 'posso pagar o ipva do meu carro no pix?'))).not.toMatch(/outra pessoa pode pagar/);
  });
});
