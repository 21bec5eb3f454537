// The twenty-seventh session's rounds of helper r27b (2740 on): the same question said another way, and questions
// after a preamble. One `describe` per round; written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { withoutPreamble } from '../../src/conversation/preamble.ts';
import { TurnBuilder } from '../../src/conversation/turn.ts';
import { asked, said, talkOn } from './real.ts';

describe('round 2740: a story about "isso", or "não entendi", before the question is left out', () => {
  it('the question after a story of someone else is answered about the card in view', () => {
    const d = talkOn('conta-govbr', 'minha cunhada passou por isso e foi uma dor de cabeça, nao quero passar pelo mesmo. demora muito la na uai?');
    expect(d.state.focus).toBe('conta-govbr');
    expect(asked(d)).toEqual(['time']);
  });
  it('a hello before the story goes with it, so a case put ("e se…") opens the question', () => {
    const d = talkOn('ipva-restituicao', 'Boa noite. Meu cunhado já fez isso e se enrolou, por isso pergunto antes. E se o carro for recuperado?');
    expect(said(d)).toMatch(/se o veiculo for recuperado/);
  });
  it('an excused "não entendi" before the question is left out, and the question answered', () => {
    const d = talkOn('certidao-debitos', 'Perdão, não entendi. Fica pronta no mesmo instante?');
    expect(asked(d)).toEqual(['time']);
    expect(said(d)).toMatch(/na hora/);
    const t = new TurnBuilder(d.state, d.ctx);
    expect(withoutPreamble(t, 'Foi mal, não entendi. Precisa de documento?')).toBe('Precisa de documento?');
    expect(withoutPreamble(t, 'Como assim. Tem taxa?')).toBe('Tem taxa?');
  });
  it('a story with a number may hold what the answer hangs on, and stays', () => {
    const d = talkOn('licenca-pesca', 'Meu pai tem 66 anos e quer fazer isso. Precisa pagar?');
    const t = new TurnBuilder(d.state, d.ctx);
    expect(withoutPreamble(t, 'Meu pai tem 66 anos e quer fazer isso. Precisa pagar?')).toBe('Meu pai tem 66 anos e quer fazer isso. Precisa pagar?');
    expect(withoutPreamble(t, 'Meu pai fez isso ano passado e penou. Precisa pagar?')).toBe('Precisa pagar?');
  });
  it('with nothing in view, or with no question after, the message is read whole', () => {
    const d = talkOn('licenca-pesca', 'quero fazer um pedido');
    const t = new TurnBuilder({ ...d.state, focus: undefined, view: { at: 'menu' } }, d.ctx);
    expect(withoutPreamble(t, 'Meu pai fez isso e penou. Precisa pagar?')).toBe('Meu pai fez isso e penou. Precisa pagar?');
    const onCard = new TurnBuilder(talkOn('licenca-pesca').state, d.ctx);
    expect(withoutPreamble(onCard, 'Meu pai fez isso e penou. Quero fazer também.')).toBe('Meu pai fez isso e penou. Quero fazer também.');
  });
});

describe('round 2741: an announced question, thanks after it, and the dates of a period', () => {
  it('"tenho uma dúvida:" before a question is left out', () => {
    const d = talkOn('agendamento-uai', 'to com uma dúvida: precisa levar documento?');
    expect(asked(d)).toEqual(['documents']);
    const t = new TurnBuilder(d.state, d.ctx);
    expect(withoutPreamble(t, 'Queria tirar uma dúvida. Tem taxa?')).toBe('Tem taxa?');
    expect(withoutPreamble(t, 'Tenho uma pergunta: tem taxa?')).toBe('tem taxa?');
  });
  it('thanks after the question are left out, the question answered as if alone', () => {
    const t = new TurnBuilder(talkOn('ipva-restituicao').state, talkOn('ipva-restituicao').ctx);
    expect(withoutPreamble(t, 'E se o carro aparecer? Desde já agradeço!')).toBe('E se o carro aparecer?');
    expect(withoutPreamble(t, 'tem taxa? valeu')).toBe('tem taxa?');
    // Thanks that are the whole message, or a question after them, stay.
    expect(withoutPreamble(t, 'Obrigado. Tem taxa?')).toBe('Obrigado. Tem taxa?');
    const d = talkOn('ipva-restituicao', 'E se o carro for recuperado? Obrigada!');
    expect(said(d)).toMatch(/se o veiculo for recuperado/);
  });
  it('"quais são as datas?" of a period asks the time field', () => {
    for (const [svc, q] of [['eja', 'quais são as datas?'], ['renovacao-matricula', 'qual a data da inscrição?'], ['cadastro-escolar', 'quando são as datas pra se inscrever?']] as const) {
      expect(asked(talkOn(svc, q)), q).toContain('time');
    }
  });
});

describe('round 2742: questions dictated without their mark', () => {
  it('a case put with "se" and no "?" is a question: what the card does not say is "não tenho essa informação"', () => {
    const d = talkOn('agendamento-uai', 'se eu chegar atrasado ainda me atendem');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(said(d)).toMatch(/nao tenho essa informacao/);
    for (const [svc, q] of [['licenca-pesca', 'se eu marcar e depois nao puder ir da pra remarcar'], ['seguro-desemprego', 'se eu arrumar outro emprego no meio tenho que devolver']] as const) {
      expect(talkOn(svc, q).state.focus, q).toBe(svc);
    }
  });
  it('a preamble before a question with no mark is left out too', () => {
    const t = new TurnBuilder(talkOn('cin-2a-via').state, talkOn('cin-2a-via').ctx);
    expect(withoutPreamble(t, 'Minha sogra passou por isso. quanto custa')).toBe('quanto custa');
    expect(withoutPreamble(t, 'Minha sogra passou por isso. Quero fazer também')).toBe('Minha sogra passou por isso. Quero fazer também');
    expect(asked(talkOn('cin-2a-via', 'meu primo fez isso e se enrolou. onde faço'))).toEqual(['where']);
  });
});
