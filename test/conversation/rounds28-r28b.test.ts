// The twenty-eighth session's rounds of r28b (statements, small talk, out of scope, first messages), one `describe` per
// round; each test was checked to fail on the code before its round. Written from the citizen's side, in the ways
// people type on a phone, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, said, talk, talkOn } from './real.ts';

describe('round 2840: a statement in the middle of a service, asking nothing, is taken in, not "não entendi"', () => {
  it('a feeling of hardship gets a word of comfort, the focus and the card\'s usual options', () => {
    for (const [svc, story] of [
      ['licenca-pesca', 'meu marido ta muito preocupado com a fiscalizacao'],
      ['cnh-renovacao', 'meu pai ta muito triste com isso'],
    ] as const) {
      const d = talkOn(svc, story);
      expect(kinds(d), story).toEqual(['notice']);
      expect(d.state.focus, story).toBe(svc);
      expect(said(d), story).toMatch(/sinto muito/);
      expect(said(d), story).not.toMatch(/nao entendi/);
    }
  });
  it('a plain statement gets "Entendi" and what the bot can say of the card', () => {
    const d = talkOn('passe-livre', 'a viagem ate o hospital e longa demais');
    expect(kinds(d)).toEqual(['notice']);
    expect(said(d)).toMatch(/^entendi/);
    expect(d.state.focus).toBe('passe-livre');
  });
  it('words of no sentence are still not understood', () => {
    for (const m of ['qwerty zxcv', 'asdfgh']) expect(kinds(talkOn('cnh-renovacao', m)), m).toEqual(['no_results']);
  });
});

describe('round 2841: a subject handled elsewhere, asked first with the situation told after it', () => {
  it('the subject opens the clause, the story comes after ("vai fazer frio…? vou viajar…")', () => {
    expectElsewhere('vai fazer frio no fim de semana? vou viajar com as criancas');
  });
  it('what happened told after the question ("…, a empresa faliu") is the situation, not a service asked for', () => {
    expectElsewhere('como eu pego o pis, a empresa faliu');
  });
  it('the list in data/ knows more ways of saying organ donation and cooking', () => {
    for (const m of ['quero ser doador, como funciona a doacao dos orgaos', 'como faz um bolo de fuba gostoso?']) expectElsewhere(m);
  });
  it('a service asked for with a story after it is still the service', () => {
    const d = talk('quero abrir empresa, a loja antiga fechou');
    expect(d.state.focus).toBe('abrir-empresa');
  });
});

describe('round 2842: a diminutive is read as the word it is made of, and an arrest told by its verb', () => {
  it('"lojinha" finds what "loja" finds', () => {
    for (const m of ['quero abrir uma lojinha de roupa', 'vou abrir uma lojinha de doces no centro']) expect(talk(m).state.focus, m).toBe('abrir-empresa');
  });
  it('a typo of a diminutive the catalogue writes is still corrected to it ("carterinha" is "carteirinha")', () => {
    expect(talk('quero tirar a carterinha de pesca pro fim de semana').state.focus).toBe('licenca-pesca');
  });
  it('"prenderam meu primo", "a polícia prendeu meu marido": the prison, with a visit asked', () => {
    for (const m of ['prenderam meu primo ontem e a familia quer visitar ele', 'a policia prendeu meu marido, como faco pra visitar']) expect(talk(m).state.focus, m).toBe('visita-presidio');
  });
});

describe('round 2843: the service the story names is not overridden by a last clause or an act that names it too', () => {
  it('a child going to school next year, then "como arruma vaga na estadual?": the school registration, not job vacancies', () => {
    const d = talk('meu neto vai entrar na escola ano que vem, como arruma vaga na estadual?');
    expect(d.state.options.some((o) => o.id.includes('cadastro-escolar'))).toBe(true);
    expect(d.state.focus).not.toBe('sine-emprego');
  });
  it('a relative arrested, then "quero visitar ele": the prison visitor registration first, not the video visit', () => {
    for (const m of ['meu sobrinho foi preso mes passado e eu quero visitar ele, nem sei como comeca', 'meu marido foi preso e a gente quer visitar ele, por onde comeco']) {
      const d = talk(m);
      expect(d.state.focus ?? d.state.options[0]?.id, m).toMatch(/visita-presidio/);
    }
  });
  it('a job asked for after a story of school is still a job', () => {
    expect(talk('meu filho terminou a escola e quer trabalhar, como arruma vaga?').state.focus).toBe('sine-emprego');
  });
});
