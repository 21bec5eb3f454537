// The twenty-seventh session's rounds of r27c (2760 on: the card's sentence in follow-ups), one `describe` per round;
// each test was checked to fail on the code before its round. Written from the citizen's side, in the ways people type.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2760: asked in which order ("primeiro ou…", "marco direto?"), the sentence saying what comes first', () => {
  it('a modification done first and asked for after gets the prior authorisation', () => {
    for (const q of ['da pra mexer no carro primeiro e pedir depois?', 'troco a suspensao primeiro e peço depois?']) {
      const d = talkOn('vistoria-veiculo', q);
      expect(said(d), q).toMatch(/autorizacao previa|autorizacao antes|antes de modificar/);
    }
  });
  it('a procedure booked straight away gets the one that needs authorisation first', () => {
    for (const q of ['internacao eu marco direto?', 'e os exames, posso agendar direto?']) {
      const d = talkOn('ipsemg', q);
      expect(said(d), q).toMatch(/autorizacao previa/);
    }
  });
  // A guard (this one passed before the round too): where a sentence already answered, the row keeps it.
  it('a well dug first gets the authorisation asked before drilling', () => {
    const d = talkOn('outorga-agua', 'posso furar o poço primeiro e pedir depois?');
    expect(said(d)).toMatch(/peca antes a autorizacao previa/);
  });
  // A guard: "primeira" as an adjective asks no order.
  it('"primeira" naming a first issue is no question of order', () => {
    const d = talkOn('ipsemg', 'e a primeira consulta, marco com quem?');
    expect(said(d)).not.toMatch(/autorizacao previa/);
  });
});

describe('round 2761: lateness asked as "tem multa se…?" or "tem problema deixar … uns dias?", and "Em caso de …," as a condition', () => {
  it('a fine asked for when late gets the line on lateness', () => {
    for (const q of ['leva multa se eu atrasar?', 'tem juros se eu atrasar o pagamento?']) {
      const d = talkOn('ipva', q);
      expect(said(d), q).toMatch(/depois do vencimento/);
    }
  });
  it('leaving the car in the yard for a while gets what happens when it is not taken in time', () => {
    for (const q of ['da problema deixar o carro la umas semanas?', 'posso deixar ele uns dias no patio?']) {
      const d = talkOn('veiculo-removido', q);
      expect(said(d), q).toMatch(/leilao|diarias aumentam/);
    }
  });
  it('a case put opens a sentence "Em caso de …," that answers it', () => {
    for (const q of ['se eu for reprovado, faço o que?', 'e se reprovar na pratica?']) {
      const d = talkOn('exames-detran', q);
      expect(said(d), q).toMatch(/em caso de reprovacao/);
    }
  });
});

describe('round 2762: how a thing comes ("chega como?", "sai onde?"), and whether it may be done already ("já posso…?")', () => {
  it('asked by which way it comes, the sentence on how it is delivered or published', () => {
    const cases: [string, string, RegExp][] = [
      ['cin-2a-via', 'a carteira chega como?', /correios/],
      ['ciptea', 'a carteirinha vem como?', /fica disponivel/],
      ['equivalencia-estudos', 'onde que sai o parecer?', /diario oficial/],
    ];
    for (const [id, q, re] of cases) {
      const d = talkOn(id, q);
      expect(said(d), q).toMatch(re);
    }
  });
  it('asked whether it may be done already, the sentence telling from when or on what it waits', () => {
    const cases: [string, string, RegExp][] = [
      ['seguro-desemprego', 'fui mandado embora, ja posso fazer o pedido?', /ao 120/],
      ['outorga-agua', 'furei o poço, ja posso usar a agua dele?', /depende da outorga/],
    ];
    for (const [id, q, re] of cases) {
      const d = talkOn(id, q);
      expect(said(d), q).toMatch(re);
    }
  });
});

describe('round 2763: a word done again read through the verb\'s spelling, and a question no sentence answers', () => {
  it('"plastifiquei" is the "replastificados" the card refuses', () => {
    for (const q of ['eu plastifiquei minha identidade, eles aceitam?', 'meu rg ta plastificado de novo, pode?']) {
      const d = talkOn('visita-presidio', q);
      expect(said(d), q).toMatch(/replastificados/);
    }
  });
  it('a question the card is silent on gets "não tenho essa informação", never "Entendi"', () => {
    for (const q of ['e se nao tiver vaga na escola nova?', 'e se a escola q eu quero nao tiver vaga?']) {
      const d = talkOn('transferencia-escola', q);
      expect(said(d), q).toMatch(/nao tenho essa informacao/);
      expect(said(d), q).not.toMatch(/^entendi/);
    }
  });
});
