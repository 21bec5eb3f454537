// The forty-seventh session's rounds of helper r47b (a young person's way of writing: slang, small talk with no need, and
// the out-of-scope matters a young person asks about). Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, expectElsewhere, kinds, said, talk, talkOn } from './real.ts';

describe('round 5940: a young person\'s slang, and small talk with no need', () => {
  it('"qual o teu nome?" is asked of the bot, as "qual o seu nome?" (no list of services)', () => {
    const d = talk('qual o teu nome?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });
  it('"link plz" on a card asks for its link ("plz" is "por favor")', () => {
    const d = talkOn('doacao-sangue', 'link plz');
    expect(asked(d)).toContain('link');
    expect(d.state.focus).toBe('doacao-sangue');
  });
  it('"sorry, mandei pra pessoa errada" is an apology, no service', () => {
    const d = talk('sorry, mandei pra pessoa errada');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });
  it('"foi mal kkk era pra outra pessoa" on a card is an apology: the card stays, no correction', () => {
    const d = talkOn('ipva', 'foi mal kkk era pra outra pessoa');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('ipva');
  });
  it('"nossa, hoje foi meu primeiro dia no emprego" is news told, glad for them, no card', () => {
    const d = talk('nossa, hoje foi meu primeiro dia no emprego');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });
  it('"mds passei no vestibular" is news told ("mds" is "meu deus"), no service', () => {
    const d = talk('mds passei no vestibular');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });
  it('"minha carta é B, quero add a A" asks to add a category ("add" is "adicionar"; was the first licence)', () => {
    expect(talk('minha carta é B, quero add a A').state.focus).toBe('cnh-mudanca-categoria');
  });
  // Guards.
  it('guard: news told with a need is the need ("comecei a trabalhar, preciso do atestado de antecedentes")', () => {
    expect(talk('comecei a trabalhar, preciso do atestado de antecedentes').state.focus).toBe('antecedentes-criminais');
  });
  it('guard: "to procurando trampo registrado no sine" is the Sine ("trampo" is not read as "trabalho": labour rights took it)', () => {
    expect(talk('to procurando trampo registrado no sine').state.focus).toBe('sine-emprego');
  });
  it('guard: news told before a question is no small talk ("primeiro dia de aula dele, precisa de uniforme?")', () => {
    expect(kinds(talk('primeiro dia de aula dele, precisa de uniforme?'))).not.toEqual(['small_talk']);
  });
  it('guard: an apology then another service is a correction ("foi mal, era outra coisa: quero o licenciamento")', () => {
    expect(talkOn('ipva', 'foi mal, errei, quero o licenciamento').state.focus).toBe('crlv-licenciamento');
  });
  it('guard: "desculpa, era outra coisa" on a card still corrects (asks what service)', () => {
    expect(kinds(talkOn('cin-2a-via', 'desculpa, era outra coisa'))).not.toContain('small_talk');
  });
});

describe('round 5941: what a young person asks that is not the State\'s', () => {
  it('"tenho que me alistar no exercito, onde faço?" is the Armed Forces\' (Junta de Serviço Militar), no service', () => {
    expectElsewhere('tenho que me alistar no exercito, onde faço?');
    expect(said(talk('tenho que me alistar no exercito, onde faço?'))).toMatch(/junta de servico militar/);
  });
  it('"como tiro o certificado de reservista" is the same subject', () => {
    expectElsewhere('como tiro o certificado de reservista');
    expect(said(talk('como tiro o certificado de reservista'))).toMatch(/alistamento/);
  });
  it('"quero imprimir o das do mei" (printing the subject\'s own paper) is the Portal do Empreendedor, not a list', () => {
    expectElsewhere('quero imprimir o das do mei');
    expect(said(talk('quero imprimir o das do mei'))).toMatch(/portal do empreendedor/);
  });
  it('"onde emito a guia do das?" is the MEI\'s, not the DAE', () => {
    expectElsewhere('onde emito a guia do das?');
    expect(said(talk('onde emito a guia do das?'))).toMatch(/portal do empreendedor/);
  });
  // Guards.
  it('guard: "como emito a guia do dae" is still the DAE', () => {
    expect(talk('como emito a guia do dae').state.focus).toBe('dae');
  });
  it('guard: "onde pago o das do mei?" is still the MEI\'s subject', () => {
    expectElsewhere('onde pago o das do mei?');
  });
});
