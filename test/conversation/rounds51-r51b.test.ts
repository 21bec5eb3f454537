// The fifty-first session's rounds of helper r51b (the focus lost on a follow-up).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('round 6320: a household bill held, on a card asking a proof of address, stands in for that proof', () => {
  it('"a conta de agua ta no nome do meu pai, serve?" on the first identity card: its proof of address, not the Copasa bill', () => {
    const d = talkOn('cin-1a-via', 'a conta de agua ta no nome do meu pai, serve?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(said(d)).toContain('comprovante de endereco');
  });
  it('"so tenho fatura de energia no nome do meu cunhado, e agora?" on the CNH transfer: its proof of address line', () => {
    const d = talkOn('cnh-transferencia-estado', 'so tenho fatura de energia no nome do meu cunhado, e agora?');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
    expect(said(d)).toContain('parente proximo');
  });
  it('guard: "e a segunda via da conta de luz, como tiro?" on the first identity card opens the Cemig bill', () => {
    const d = talkOn('cin-1a-via', 'e a segunda via da conta de luz, como tiro?');
    expect(d.state.focus).toBe('cemig-conta');
  });
  it('guard: "como passo a conta de luz pro meu nome?" on the CNH transfer opens the Cemig bill', () => {
    const d = talkOn('cnh-transferencia-estado', 'como passo a conta de luz pro meu nome?');
    expect(d.state.focus).toBe('cemig-conta');
  });
});

describe('round 6321: a driving licence taken abroad is the foreign licence, though no move here is told', () => {
  it('"fiz minha carta no japao, vale no brasil?" with nothing in view opens the foreign licence', () => {
    const d = talk('fiz minha carta no japao, vale no brasil?');
    expect(d.state.focus).toBe('cnh-estrangeiro');
  });
  it('"tirei a carta no chile, e agora?" opens the foreign licence', () => {
    const d = talk('tirei a carta no chile, e agora?');
    expect(d.state.focus).toBe('cnh-estrangeiro');
  });
  it('"meu marido tirou carta na italia, como fica a habilitacao dele aqui?" opens the foreign licence, not the first licence', () => {
    const d = talk('meu marido tirou carta na italia, como fica a habilitacao dele aqui?');
    expect(d.state.focus).toBe('cnh-estrangeiro');
  });
  it('guard: "tirei carta em sp e mudei pra bh, preciso fazer algo?" is the transfer from another state', () => {
    const d = talk('tirei carta em sp e mudei pra bh, preciso fazer algo?');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
  });
  it('guard: "moro em portugal e tirei carta la, preciso de algo?": living there, no card opened', () => {
    const d = talk('moro em portugal e tirei carta la, preciso de algo?');
    expect(d.state.focus).toBeUndefined();
  });
});

describe('round 6322: not paying a tax, asked, is being exempt from it, not its payment', () => {
  it('"minha esposa é cadeirante, o carro dela nao paga ipva?" opens the IPVA exemption, not the IPVA payment', () => {
    const d = talk('minha esposa é cadeirante, o carro dela nao paga ipva?');
    expect(d.state.focus).toBe('ipva-isencao');
  });
  it('"o taxi do meu tio nao paga ipva?" opens the IPVA exemption', () => {
    const d = talk('o taxi do meu tio nao paga ipva?');
    expect(d.state.focus).toBe('ipva-isencao');
  });
  it('guard: "nao paguei o ipva, e agora?" (a payment not made) is the IPVA', () => {
    const d = talk('nao paguei o ipva, e agora?');
    expect(d.state.focus).toBe('ipva');
  });
  it('guard: "sou cadeirante, tem como nao pagar o onibus?" (a fare, no tax) is the Passe Livre', () => {
    const d = talk('sou cadeirante, tem como nao pagar o onibus?');
    expect(d.state.focus).toBe('passe-livre');
  });
});
