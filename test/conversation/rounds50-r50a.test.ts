// The fiftieth session's rounds of helper r50a (the card sentence chosen to answer a follow-up).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6200: a debt put as a case ("e se eu tiver … atrasado") gets the sentences for that case, not the one for having none', () => {
  it('"e se eu tiver icms atrasado, da pra emitir a certidao?": pay or settle, and settle first', () => {
    const d = talkOn('certidao-debitos', 'e se eu tiver icms atrasado, da pra emitir a certidao?');
    expect(said(d)).toContain('pague ou parcele');
    expect(said(d)).toContain('regularizar antes');
    expect(said(d)).not.toContain('se nao houver debitos');
  });
  it('"caso eu tenha imposto vencido, a certidão é emitida?": the same two sentences', () => {
    const d = talkOn('certidao-debitos', 'caso eu tenha imposto vencido, a certidão é emitida?');
    expect(said(d)).toContain('regularizar antes');
    expect(said(d)).not.toContain('se nao houver debitos');
  });
  it('guard: "e se eu nao tiver nenhum debito, sai na hora?" is still told it is issued at once', () => {
    const d = talkOn('certidao-debitos', 'e se eu nao tiver nenhum debito, sai na hora?');
    expect(said(d)).toContain('emitida na hora');
  });
});

describe('round 6201: a sentence holding much more of the question answers before one a weak row prefers', () => {
  it('"me falaram que se o preso for transferido a credencial tem que ser refeita, procede?": it need not be redone', () => {
    const d = talkOn('visita-presidio', 'me falaram que se o preso for transferido a credencial tem que ser refeita, procede?');
    expect(said(d)).toContain('nao precisa ser refeita');
  });
  it('guard: "meu nome aparece pro hospital?" on the SUS ombudsman is still told the data may be kept secret', () => {
    const d = talkOn('ouvidoria-saude', 'meu nome aparece pro hospital?');
    expect(said(d)).toContain('sigilo');
  });
  it('guard: "quem faz o pagamento das parcelas?" on the unemployment insurance still names the Caixa', () => {
    const d = talkOn('seguro-desemprego', 'quem faz o pagamento das parcelas?');
    expect(said(d)).toContain('caixa');
  });
});

describe('round 6202: "não é preciso" with the thing left out is read, and quoted, with the sentence naming the thing', () => {
  it('"so vou mudar o capital, preciso da consulta de viabilidade?": in general not, with what is not needed', () => {
    const d = talkOn('baixa-empresa', 'so vou mudar o capital, preciso da consulta de viabilidade?');
    expect(said(d)).toContain('em geral nao e preciso');
    expect(said(d)).toContain('consulta de viabilidade');
  });
  it('"vou fechar a empresa, tenho que fazer a consulta de viabilidade?": the same', () => {
    const d = talkOn('baixa-empresa', 'vou fechar a empresa, tenho que fazer a consulta de viabilidade?');
    expect(said(d)).toContain('em geral nao e preciso');
  });
  it('"e se eu so tirar um socio": the sentence on partners comes with the thing it speaks of', () => {
    const d = talkOn('baixa-empresa', 'e se eu so tirar um socio');
    expect(said(d)).toContain('em geral nao e preciso');
    expect(said(d)).toContain('consulta de viabilidade');
  });
  it('guard: "vou mudar o nome da empresa, preciso fazer a consulta de viabilidade?" is still told to do it first', () => {
    const d = talkOn('baixa-empresa', 'vou mudar o nome da empresa, preciso fazer a consulta de viabilidade?');
    expect(said(d)).toContain('faca antes a consulta de viabilidade');
  });
});
