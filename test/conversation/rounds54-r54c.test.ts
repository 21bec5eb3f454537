// The fifty-fourth session's rounds of helper r54c (the catch-all sentence: a question whose topic was not read,
// answered with a card sentence sharing a word with it). Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6640: a document of another state, on a card that wants it from Minas, gets who may ask', () => {
  it('"minha carteira de identidade é da bahia, da pra tirar?" on the criminal record certificate: the identity issued in Minas', () => {
    const d = talkOn('antecedentes-criminais', 'minha carteira de identidade é da bahia, da pra tirar?');
    expect(d.state.focus).toBe('antecedentes-criminais');
    expect(said(d)).toContain('quem pode pedir');
    expect(said(d)).toContain('ter carteira de identidade emitida em minas gerais');
  });
  it('"tenho rg de goiás, serve?" on the criminal record certificate: who may ask, with the identity issued in Minas', () => {
    const d = talkOn('antecedentes-criminais', 'tenho rg de goiás, serve?');
    expect(said(d)).toContain('quem pode pedir');
    expect(said(d)).toContain('ter carteira de identidade emitida em minas gerais');
  });
  it('"minha cnh foi tirada em sp, consigo renovar aqui?" on the renewal: the licence registered in Minas', () => {
    const d = talkOn('cnh-renovacao', 'minha cnh foi tirada em sp, consigo renovar aqui?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(said(d)).toContain('quem pode pedir');
    expect(said(d)).toContain('registrada em minas gerais');
  });
  it('guard: "minha cnh é do rio, vale aqui?" on the transfer (no condition of a licence from Minas): its sentence on other states', () => {
    const d = talkOn('cnh-transferencia-estado', 'minha cnh é do rio, vale aqui?');
    expect(said(d)).toContain('vale em todo o pais');
  });
  it('guard: "sou de sp, posso pedir?" on the criminal record certificate: who may ask, as before', () => {
    const d = talkOn('antecedentes-criminais', 'sou de sp, posso pedir?');
    expect(said(d)).toContain('quem pode pedir');
  });
});

describe('round 6641: a kind of person the card lists, asked with "também", gets who may ask', () => {
  it('"e os taxistas tambem?" on the IPVA exemption: who may ask, the taxi driver among them, not the document proving it', () => {
    const d = talkOn('ipva-isencao', 'e os taxistas tambem?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(said(d)).toContain('quem pode pedir');
    expect(said(d)).toContain('motorista profissional autonomo');
  });
  it('"meu tio é taxista, tbm entra?" on the IPVA exemption: who may ask', () => {
    const d = talkOn('ipva-isencao', 'meu tio é taxista, tbm entra?');
    expect(said(d)).toContain('quem pode pedir');
    expect(said(d)).toContain('motorista profissional autonomo');
  });
  it('"a concessionaria tambem pode fazer?" on the first plate: who may ask, the dealer acting for the buyer', () => {
    const d = talkOn('primeiro-emplacamento', 'a concessionaria tambem pode fazer?');
    expect(said(d)).toContain('quem pode pedir');
    expect(said(d)).toContain('representando o comprador');
  });
  it('guard: "e uma cooperativa tambem pode?" on the farmer\'s invoice: who may ask, as before (the word is none of its name)', () => {
    const d = talkOn('nota-fiscal-avulsa', 'e uma cooperativa tambem pode?');
    expect(said(d)).toContain('sindicato, cooperativa, associacao ou leiloeiro');
  });
  it('guard: "moro em uberlandia, la e cemig tambem?" on the Cemig bill: the card\'s own name is no kind of person asked', () => {
    const d = talkOn('cemig-conta', 'moro em uberlandia, la e cemig tambem?');
    expect(said(d)).not.toContain('quem pode pedir —');
    expect(said(d)).toContain('distribuidora');
  });
});

describe('round 6642: the name kept off, or a reprisal feared, gets what the card says of secrecy', () => {
  it('"tem como nao aparecer o meu nome pra eles?" on the SUS ombudsman: the data kept secret', () => {
    const d = talkOn('ouvidoria-saude', 'tem como nao aparecer o meu nome pra eles?');
    expect(d.state.focus).toBe('ouvidoria-saude');
    expect(said(d)).toContain('sigilo');
  });
  it('"tenho receio q o medico possa me perseguir depois" on the SUS ombudsman: the data kept secret', () => {
    const d = talkOn('ouvidoria-saude', 'tenho receio q o medico possa me perseguir depois');
    expect(said(d)).toContain('sigilo');
  });
  it('guard: "posso colocar o nome do medico?" on the SUS ombudsman: the names of those involved, not secrecy', () => {
    const d = talkOn('ouvidoria-saude', 'posso colocar o nome do medico?');
    expect(said(d)).toContain('os nomes das pessoas envolvidas');
  });
});

describe('round 6643: a debt told by a verb of owing gets the card\'s sentences for that case', () => {
  it('"to devendo icms, a certidao sai?" on the tax clearance certificate: pay or settle, and settle first', () => {
    const d = talkOn('certidao-debitos', 'to devendo icms, a certidao sai?');
    expect(d.state.focus).toBe('certidao-debitos');
    expect(said(d)).toContain('pague ou parcele');
    expect(said(d)).toContain('e preciso regularizar antes');
  });
  it('"caso eu deva algum imposto, consigo tirar?" on the tax clearance certificate: pay or settle, not the definition', () => {
    const d = talkOn('certidao-debitos', 'caso eu deva algum imposto, consigo tirar?');
    expect(said(d)).toContain('pague ou parcele');
  });
  it('guard: "devo pagar alguma coisa pra emitir?" on the tax clearance certificate: the cost (free), "devo" being no debt', () => {
    const d = talkOn('certidao-debitos', 'devo pagar alguma coisa pra emitir?');
    expect(said(d)).toContain('quanto custa');
    expect(said(d)).toContain('gratuito');
  });
});
