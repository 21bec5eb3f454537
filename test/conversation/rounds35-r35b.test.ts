// The thirty-fifth session's r35b rounds: follow-ups about the service in focus. Written from the citizen's side,
// with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 3820: a case told, then a question: the sentence quoted holds what is asked', () => {
  it('horses taken to an auction or a fair: the exams are quoted, not the sentence that only names horses', () => {
    const d = talkOn('gta', 'vou mandar minhas éguas pra um leilão em outra cidade, tem que fazer exame?');
    expect(d.state.focus).toBe('gta');
    expect(said(d)).toMatch(/mormo/);
    expect(said(talkOn('gta', 'vou vender uns cavalos numa exposicao, eles precisam de exame?'))).toMatch(/mormo/);
  });
});

describe('round 3821: which ones of a thing, asked: the sentence naming some by example', () => {
  it('"quais vacinas…?", "quais exames…?" on the animal transit guide name them', () => {
    expect(said(talkOn('gta', 'quais vacinas o gado precisa ter em dia?'))).toMatch(/brucelose/);
    expect(said(talkOn('gta', 'as vacas tem que estar com quais vacinas em dia?'))).toMatch(/brucelose/);
  });
});

describe('round 3822: an appeal asked on a card whose words do not name the traffic fines', () => {
  it('"cabe recurso?" after a refusal stays on the card in view, which does not say', () => {
    const d = talkOn('ipva-isencao', 'e se o pedido for recusado, cabe recurso?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(kinds(d)).toContain('unanswered');
    expect(talkOn('itcd', 'e se o pedido for indeferido, da pra recorrer?').state.focus).toBe('itcd');
  });
  it('the fine named still opens the appeal', () => {
    expect(talkOn('ipva', 'e a multa, da pra recorrer?').state.focus).toBe('recurso-multa');
  });
});

describe('round 3823: "posso <act>?" with a story in the card\'s own words: what the card says of the act', () => {
  it('overdue water bills, may they be paid in instalments: the sentence on instalments', () => {
    const d = talkOn('copasa-conta', 'to com conta atrasada, posso parcelar?');
    expect(d.state.focus).toBe('copasa-conta');
    expect(said(d)).toMatch(/parcelamento/);
    expect(said(talkOn('copasa-conta', 'ta tudo atrasado aqui, 3 contas. podemos parcelar?'))).toMatch(/parcelamento/);
  });
});

describe('round 3824: what the thing in view is for, pointed at', () => {
  it('"pra que serve essa carteirinha?" on the autism card: what the card is, not a list of cards', () => {
    const d = talkOn('ciptea', 'mas afinal pra que serve essa carteirinha?');
    expect(d.state.focus).toBe('ciptea');
    expect(said(d)).toMatch(/prioridade no atendimento/);
  });
  it('"e pra que serve esse b.o.?" on the lost documents report: what it is for, not the lookup of reports', () => {
    const d = talkOn('bo-perda-documentos', 'e pra que serve esse b.o.?');
    expect(d.state.focus).toBe('bo-perda-documentos');
    expect(said(d)).toMatch(/via dos documentos/);
  });
  it('another service named whole is still that one', () => {
    expect(talkOn('ciptea', 'pra que serve essa certidao de antecedentes criminais?').state.focus).toBe('antecedentes-criminais');
  });
});

describe('round 3825: an appeal asked after a story in the card\'s own words, the card not speaking of appeals', () => {
  it('the fire brigade refused the licence, may one appeal: the card does not say, and stays', () => {
    const d = talkOn('avcb', 'os bombeiros negaram o alvara da minha loja, da pra recorrer?');
    expect(d.state.focus).toBe('avcb');
    expect(kinds(d)).toContain('unanswered');
  });
  it('on the fines, which speak of appeals, their sentence answers', () => {
    expect(said(talkOn('multas-pontuacao', 'a multa veio errada, tem recurso?'))).toMatch(/recurso dentro do prazo/);
  });
});
