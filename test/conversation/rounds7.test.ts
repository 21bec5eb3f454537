// The seventh session's rounds (95 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 95: a request told as a story, subjects handled elsewhere, and a correction on a list', () => {
  it('"preciso imprimir o bo q fiz semana passada" opens the lookup of a report already made', () => {
    expect(talk('preciso imprimir o bo q fiz semana passada').state.focus).toBe('consulta-reds');
  });

  it('the MEI\'s DAS, a court case, a firearm, the SUS card, a municipal servant and a surname are handled elsewhere', () => {
    for (const text of ['tirar o boleto do mei, das do simples nacional', 'Gostaria de consultar o andamento do meu processo no Tribunal de Justiça.', 'Quero fazer o registro de uma arma de fogo na Polícia Federal.', 'fazer cartao do sus', 'sou servidor da prefeitura, quero pedir minhas ferias premio', 'bloquearam minha senha do banco do brasil, como desbloqueia']) expectElsewhere(text);
  });

  it('"Quero fazer um BO de furto da minha carteira" puts the theft report first', () => {
    const d = talk('Quero fazer um BO de furto da minha carteira');
    expect(d.state.focus ?? d.state.options[0]?.id.slice(4)).toBe('bo-furto');
  });

  it('"Na verdade eu perdi, ninguém levou" and "pensando bem acho q eu perdi msm" on that list open the loss report', () => {
    expect(talk('Quero fazer um BO de furto da minha carteira', 'Na verdade eu perdi, ninguém levou').state.focus).toBe('bo-perda-documentos');
    expect(talk('bo de furto da minha carteira', 'pensando bem acho q eu perdi msm, ngm roubou').state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 96: options by their place, a held letter, leaving the steps for something else, "como funciona?"', () => {
  it('"a segunda" answers a choice field with its second option, and "o ultimo" with its last', () => {
    const d = talkOn('cin-2a-via', 'quero fazer o pre agendamento', 'Bruno Henrique Alves', '41827365080', 'jf', '10/01/2027', 'a segunda');
    expect(d.state.view).toMatchObject({ at: 'form', answers: { motivo: 'Furto ou roubo' } });
    const o = talkOn('ouvidoria', 'quero registrar uma manifestação', 'o ultimo');
    expect(o.state.view).toMatchObject({ at: 'form', answers: { tipo: 'Solicitação' } });
  });

  it('"proxx" is the next step', () => {
    expect(talkOn('curso-tecnico', 'passo a passo', 'proxx').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"sai disso, quero ver outra coisa" leaves the steps', () => {
    expect(talkOn('agendamento-uai', 'passo a passo', 'segue', 'sai disso, quero ver outra coisa').state.view.at).not.toBe('walkthrough');
  });

  it('"Como funciona?" on a service is how the service works; with no service, how the bot works', () => {
    expect(kinds(talkOn('sine-emprego', 'Como funciona?'))).toContain('follow_up');
    expect(kinds(talk('como funciona?'))).toEqual(['help']);
  });
});
