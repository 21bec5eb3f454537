// The thirty-sixth session's r36b rounds: follow-ups about the service in focus. Written from the citizen's side, with
// wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, said, talk, talkOn } from './real.ts';

describe('round 4020: going back to a service seen before, after a "no, never mind" or several words of taking in', () => {
  it('"não, deixa. voltando na renovação, …" drops the detour and asks the re-enrolment', () => {
    const d = talk('minha filha estuda na escola estadual, preciso renovar a matricula dela?', 'e pra trocar ela de escola?');
    expect(d.state.focus).toBe('transferencia-escola');
    d.say('nao, deixa. voltando na rematricula, que papel eu preciso levar');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(asked(d)).toEqual(['documents']);
  });
  it('"blz. e voltando no imposto da herança, …" goes back to the ITCD', () => {
    const d = talk('meu avô morreu e deixou uma casa, tem imposto?', 'o cartorio pediu a certidao negativa estadual, como tiro');
    expect(d.state.focus).toBe('certidao-debitos');
    d.say('ok. e voltando no imposto da heranca, quem faz a declaracao?');
    expect(d.state.focus).toBe('itcd');
  });
  it('a bare "não," before a question is still no dropping', () => {
    const d = talk('minha filha estuda na escola estadual, preciso renovar a matricula dela?', 'e pra trocar ela de escola?');
    d.say('não, quais documentos levo?');
    expect(d.state.focus).not.toBe('renovacao-matricula');
  });
});

describe('round 4021: what happens when paying late, asked with a span of days or a bare "se"', () => {
  it('"e caso eu atrase alguns dias?" on the IPVA quotes its fines and interest for paying late, not how long it takes', () => {
    const d = talkOn('ipva', 'e caso eu atrase alguns dias?');
    expect(asked(d)).not.toContain('time');
    expect(said(d)).toMatch(/multa e juros/);
  });
  it('guard, held before: "se eu atrasar, o que acontece?" on the ITCD still quotes its sentence on lateness', () => {
    const d = talkOn('itcd', 'se eu atrasar, o que acontece?');
    expect(said(d)).toMatch(/atraso gera multa e juros/);
  });
  it('"se eu atrasar a parcela, o que acontece?" on the IPVA: its cost line for paying late, not the sentence on years owed', () => {
    const d = talkOn('ipva', 'se eu atrasar a parcela, o que acontece?');
    expect(said(d)).toMatch(/multa e juros/);
  });
  it('"demora quantos dias?" is still how long it takes', () => {
    expect(asked(talkOn('ipva', 'demora quantos dias pra compensar?'))).toContain('time');
  });
});

describe('round 4022: the name of a thing of the card asked ("qual o nome do formulário?")', () => {
  it('on the driver indication, the sentence that names the form', () => {
    const d = talkOn('indicacao-condutor', 'qual era o nome do formulario mesmo?');
    expect(d.state.focus).toBe('indicacao-condutor');
    expect(said(d)).toMatch(/fici/);
  });
  it('on the environmental licence, the system\'s name, though the words after it brush another service', () => {
    const d = talkOn('licenciamento-ambiental', 'qual o nome do sistema q a gente usa?');
    expect(d.state.focus).toBe('licenciamento-ambiental');
    expect(said(d)).toMatch(/sistema de licenciamento ambiental/);
  });
  it('a thing of another service named after it still opens that service', () => {
    const d = talkOn('licenciamento-ambiental', 'qual o nome do sistema da outorga de agua?');
    expect(d.state.focus).toBe('outorga-agua');
  });
});

describe('round 4023: going to the body that runs the card in view, named by a synonym of its name', () => {
  it('"tenho que ir na receita estadual?" back on the ITCD, after the tax certificate, stays on the ITCD', () => {
    const d = talk('minha avó faleceu e deixou um apartamento, tem imposto?', 'o cartório pediu uma certidão negativa estadual tb', 'voltando no imposto da herança, é feito onde?');
    expect(d.state.focus).toBe('itcd');
    d.say('tenho que ir na receita estadual?');
    expect(d.state.focus).toBe('itcd');
    expect(asked(d)).toEqual(['online']);
  });
  it('a certificate of the same body asked for still opens it', () => {
    const d = talkOn('itcd', 'o cartorio pediu certidao negativa do estado, como tiro?');
    expect(d.state.focus).toBe('certidao-debitos');
  });
});

describe('round 4024: which of a thing to send or bring, the thing one of the card\'s documents', () => {
  it('"quais cópias eu envio?" on the driver indication lists its documents', () => {
    const d = talkOn('indicacao-condutor', 'quais cópias eu envio?');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).toMatch(/crlv/);
  });
  it('guard, held before: "qual foto eu levo" on a missing person\'s report stays on it and answers with its documents', () => {
    const d = talk('meu irmão saiu de casa ontem e não voltou, ninguém sabe dele');
    expect(d.state.focus).toBe('pessoa-desaparecida');
    d.say('qual foto eu levo');
    expect(d.state.focus).toBe('pessoa-desaparecida');
    expect(said(d)).toMatch(/foto/);
  });
});

describe('round 4025: the talk carried over to a thing named, after words of taking in', () => {
  it('"blz. e o licenciamento, fica pronto na hora?" on the IPVA opens the licensing, which its steps only mention', () => {
    const d = talkOn('ipva', 'blz. e o licenciamento, fica pronto na hora?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(asked(d)).toEqual(['time']);
  });
});
