// The twenty-second session's rounds of helper r22e (1800 on). One `describe` per round; each test was checked to fail
// on the code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 1800: told what the citizen means to do, the clause that asks chooses the card\'s sentence', () => {
  it('answers what the question asks, not the sentence that repeats the plan told before it', () => {
    for (const [id, q, want, not] of [
      ['situacao-veiculo', 'to pensando em comprar uma moto usada, dá pra ver se ela é financiada?', /financiamento/, /util antes de comprar/],
      ['situacao-veiculo', 'vou comprar um carro usado, consigo ver se ele ta financiado?', /financiamento/, /util antes de comprar/],
      ['vistoria-veiculo', 'quero trocar a cor do carro, tenho que pedir antes?', /pedir autorizacao antes/, /regra propria/],
      ['vistoria-veiculo', 'vou instalar kit gas na caminhonete, tenho q pedir antes?', /pedir autorizacao antes/, /exigida em servicos como/],
      ['cnh-primeira-habilitacao', 'vou tirar a carteira de moto, tem prova pratica?', /aulas praticas e as provas/, /nunca teve habilitacao/],
    ] as const) {
      const text = said(talkOn(id, q));
      expect(text, `${id}: ${q}`).toMatch(want);
      expect(text, `${id}: ${q}`).not.toMatch(not);
    }
  });

  it('a fact of the case told before the question still counts in full', () => {
    // Not a plan: the school closing, the fine from the city, say which answer applies.
    expect(said(talkOn('historico-escolar', 'a escola q eu estudei fechou faz anos, e agora como q eu pego meu historico??'))).toMatch(/superintendencia|\bsre\b/);
    expect(said(talkOn('indicacao-condutor', 'A multa foi aplicada pela prefeitura. Envio a indicação para o Detran?'))).toMatch(/orgao/);
    // The plan alone, with no other question word of the card, is still answered by the sentence that holds it.
    expect(said(talkOn('situacao-veiculo', 'vou comprar um usado, serve pra isso?'))).toMatch(/util antes de comprar um usado/);
  });
});
