// The sixteenth session's probing rounds (800 on, helper r16e), one `describe` per round; each test was checked to
// fail on the code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

describe('round 800: a case put as a condition that one sentence of the card answers', () => {
  it('"tem multa se atrasar?" on the ITCD quotes that the delay brings a fine and interest, not the IPVA in arrears', () => {
    for (const text of ['tem multa se atrasar?', 'tem multa se atrasar', 'se atrasar tem juros?']) {
      const d = talkOn('itcd', 'quanto e', text);
      expect(d.state.focus).toBe('itcd');
      expect(d.last?.replies.map((r) => r.text).join(' ')).toContain('O atraso gera multa e juros');
    }
  });

  it('"e se for a cnh?" still carries the question over to another service', () => {
    const d = talkOn('itcd', 'quanto custa', 'e se for a cnh?');
    expect(d.state.focus).not.toBe('itcd');
  });
});

describe('round 801: "e o X?" naming a related service of the card in view', () => {
  it('"e o ipva dela como fica" on the first registration of a new motorbike opens the IPVA, not the refund of a stolen vehicle\'s IPVA', () => {
    // Round 2862 (r28c): after the cost, whose lines hold "IPVA proporcional do ano", the IPVA is the card's own thing
    // and stays on it (b59-fu-013, b60-fu-185); asked with no topic held it still opens the IPVA.
    expect(talkOn('primeiro-emplacamento', 'quanto custa', 'e o ipva dela como fica').state.focus).toBe('primeiro-emplacamento');
    expect(talkOn('primeiro-emplacamento', 'e o ipva dela como fica').state.focus).toBe('ipva');
  });
});

describe('round 802: "another state" said as such, on a card whose texts say what holds for other states', () => {
  it('"e pra outro estado vale?" on the intercity free pass quotes that trips between states are the federal pass, not the CNH transfer', () => {
    for (const said of [['e pra outro estado vale?'], ['quem tem direito', 'vale pra outro estado?'], ['serve pra viagem interestadual?']]) {
      const d = talkOn('passe-livre', ...said);
      expect(d.state.focus).toBe('passe-livre');
      expect(d.last?.replies.map((r) => r.text).join(' ')).toContain('Para viagens entre estados');
    }
  });

  it('"e a cnh de outro estado?" on another card still opens the CNH transfer', () => {
    expect(talkOn('ipva', 'e a cnh de outro estado?').state.focus).toBe('cnh-transferencia-estado');
  });
});

describe('round 803: opening a shop is opening a company, not buying in one', () => {
  it('"quero abrir uma loja de roupa" opens the company opening, not "I sell no products"', () => {
    expect(talk('quero abrir uma loja de roupa').state.focus).toBe('abrir-empresa');
  });

  it('buying something in a shop is still no service', () => {
    expect(kinds(talk('onde compro um celular barato pra minha loja'))).toEqual(['elsewhere']);
  });
});

describe('round 804: "é a mesma?" for someone the card in view says it serves', () => {
  it('"e pra empresa e a mesma?" on the tax certificate stays on it and quotes that it is for a person or a company', () => {
    for (const text of ['e pra empresa e a mesma?', 'pra empresa e o mesmo?']) {
      const d = talkOn('certidao-debitos', text);
      expect(d.state.focus).toBe('certidao-debitos');
      expect(d.last?.replies.map((r) => r.text).join(' ')).toContain('pessoa ou empresa');
    }
  });

  it('"e pra identidade e o mesmo?" on the CNH\'s 2nd copy does not stay on it', () => {
    expect(talkOn('cnh-2a-via', 'e pra identidade e o mesmo?').state.focus).not.toBe('cnh-2a-via');
  });
});
