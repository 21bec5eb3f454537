// The thirty-first session's rounds of r31b (3120 on): the card's sentence chosen for a follow-up. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/conversation/reading.ts';
import { said, talkOn } from './real.ts';

describe('round 3120: chat spellings are read as the words they stand for when the card\'s sentences are weighed', () => {
  it('"qnts", "qto", "qnto" ask what "quantos"/"quanto" ask: the certificate\'s validity is quoted', () => {
    const full = said(talkOn('certidao-debitos', 'essa certidao vale quantos dias?'));
    expect(full).toMatch(/validade/);
    for (const text of ['essa certidao vale qnts dias?', 'e a certidao vale qts dias?']) expect(said(talkOn('certidao-debitos', text)), text).toBe(full);
  });
  it('the visitor\'s pass asked with "qto tempo" gets how long it lasts', () => {
    expect(said(talkOn('visita-presidio', 'a credencial vale qto tempo?'))).toMatch(/365|um ano/);
  });
  it('a word typed in capitals in a message with small letters stays as typed (an abbreviation, no chat spelling)', () => {
    expect(spelledOut('tirei a cnh no TO, vc sabe se vale?')).toBe('tirei a cnh no TO, voce sabe se vale?');
    expect(spelledOut('E DPS Q EU FAÇO?')).toBe('E depois que EU FAÇO?');
    expect(spelledOut('ela vale qnto tempo, tá?')).toBe('ela vale quanto tempo, esta?');
  });
});

describe('round 3120: opening after an event, "depois" is held only by a sentence telling what comes after that event', () => {
  it('"e depois de doar, tem lanche?" quotes the snack, not "depois dos 11 anos"', () => {
    for (const text of ['e depois de doar, tem lanche?', 'dps de doar a gente ganha lanche?']) {
      const reply = said(talkOn('doacao-sangue', text));
      expect(reply, text).toMatch(/lanche/);
      expect(reply, text).not.toMatch(/hepatite/);
    }
  });
  it('a sentence telling what comes after the event asked still answers ("depois de pagar, religa?")', () => {
    expect(said(talkOn('cemig-conta', 'depois de pagar a conta eles religam a luz?'))).toMatch(/religa/);
  });
});

describe('round 3120: "não é" tells a state, no act left undone', () => {
  it('"paguei num lugar que não é credenciado, dá problema?" is not answered by the penalties the guide pays', () => {
    const reply = said(talkOn('dae', 'paguei num banco que nao e credenciado, tem problema?'));
    expect(reply).toMatch(/credenciad/);
    expect(reply).not.toMatch(/icms e multas/);
  });
});

describe('round 3121: a time or a count told is weighed against the bound the card sets', () => {
  it('"ainda" after the verb ("da pra registrar online ainda?"), with the time gone by, gets the deadline', () => {
    for (const [id, text] of [
      ['bo-acidente-sem-vitima', 'bati o carro faz uns 2 meses, consigo registrar online ainda?'],
      ['bo-furto', 'levaram minha bike faz 40 dias, da pra registrar pela internet ainda?'],
      ['bo-perda-documentos', 'sumiu minha carteira faz uns 3 meses, ainda rola pela internet?'],
    ] as const) expect(said(talkOn(id, text)), text).toMatch(/30 dias/);
  });
  it('without the time gone by, "ainda" asks no deadline', () => {
    expect(said(talkOn('bo-furto', 'da pra registrar pela internet ainda?'))).not.toMatch(/30 dias/);
  });
  it('a count of people told gets the sentence bounding the people ("mais de três pessoas")', () => {
    expect(said(talkOn('medida-protetiva', 'e se forem 5 pessoas que me agrediram, faço online?'))).toMatch(/mais de tres pessoas/);
  });
});
