// The forty-fifth session's rounds of helper r45a: a first message that tells a story around the need. Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they pass
// with or without the round).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk } from './real.ts';

describe('round 5600: in a story, the asking sentence is the need; what is told as settled is not', () => {
  it('"…O seguro-desemprego eu já recebi, está tudo certo. Agora queria sacar o FGTS, como faço?" is the FGTS (elsewhere)', () => {
    expectElsewhere('Trabalhei cinco anos numa loja de roupas e saí em janeiro. O seguro-desemprego eu já recebi, está tudo certo com ele. Agora queria sacar o FGTS, como faço?');
  });
  it('"…Ele já tem a CIN, tiramos no ano passado. Agora falta o passaporte. Como fazemos?" is the passport (elsewhere)', () => {
    expectElsewhere('Boa noite! Meu filho de 15 anos vai fazer intercâmbio no Canadá. Ele já tem a CIN, tiramos no ano passado. Agora falta o passaporte. Como fazemos?');
  });
  // Guards: a story whose asking sentence names a service (the act asked, another of a document), short messages,
  // messages of one sentence, and a story right after a subject handled elsewhere.
  it('guard: a driver whose licence runs out, "o que eu faço pra renovar sem perder dia de trabalho?" is the renewal', () => {
    expect(talk('boa tarde. sou motoboy faz 10 anos. ontem o guarda me parou e viu que minha carteira de motorista vence mes que vem. o que eu faço pra renovar sem perder dia de trabalho?').state.focus).toBe('cnh-renovacao');
  });
  it('guard: fire by a stream, "nao quero me identificar pq tenho medo deles. tem como denunciar?" is the environmental report', () => {
    expect(talk('tem gente tacando fogo no pasto perto do corrego aqui de casa todo fim de semana. ja pedi pra parar e nada. nao quero me identificar pq tenho medo deles. tem como denunciar?').state.focus).toBe('denuncia-ambiental');
  });
  it('guard: a car financed, "chegou uma carta do imposto do carro … onde tira o boleto" stays the IPVA ("carta" is no licence here)', () => {
    expect(talk('moro em contagem faz um ano. meu carro e financiado. chegou uma carta do imposto do carro e eu nao sei onde tira o boleto, me ajuda?').state.focus).toBe('ipva');
  });
  it('guard: "Quero tirar a CIN. Quanto custa?" is still the 1st copy', () => {
    expect(talk('Quero tirar a CIN. Quanto custa?').state.focus).toBe('cin-1a-via');
  });
  it('guard: "Oi, tudo bem? Preciso pagar o IPVA." is the IPVA; "quero sacar o fgts" is elsewhere', () => {
    expect(talk('Oi, tudo bem? Preciso pagar o IPVA.').state.focus).toBe('ipva');
    expect(kinds(talk('quero sacar o fgts'))).toEqual(['elsewhere']);
  });
  it('guard: a wallet taken, "Preciso de outra identidade pra receber a aposentadoria, como faço?" is still the 2nd copy', () => {
    expect(talk('Tenho 70 anos e moro em Uberaba. Ontem no ônibus levaram minha carteira com os documentos. Preciso de outra identidade pra receber a aposentadoria, como faço?').state.focus).toBe('cin-2a-via');
  });
  it('guard: "Minha neta … precisa se inscrever no Enem, mas não explicou como. Como ela faz a inscrição?" is the Enem (elsewhere)', () => {
    expectElsewhere('Minha neta estuda numa escola estadual de Uberlândia e quer fazer medicina. A diretora disse que ela precisa se inscrever no Enem, mas não explicou como. Como ela faz a inscrição?');
  });
});
