// The twenty-ninth session's rounds of the lead (2990 on). Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { asked, kinds, stepOf, talk, talkOn } from './real.ts';

describe('round 2990: someone else who did not come back, and having to go back to a place', () => {
  it('someone else who has not come back is no greeting of a citizen back in the chat', () => {
    for (const text of ['meu filho não voltou', 'minha irmã não voltou ainda']) {
      const d = talk(text);
      expect(kinds(d), text).not.toContain('small_talk');
      expect(d.state.focus, text).toBe('pessoa-desaparecida');
    }
  });
  it('"voltei" is still the citizen back, on the card kept', () => {
    const d = talkOn('ipva', 'voltei');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('ipva');
  });
  it('having to go back there is a question about the card, not going back to the menu', () => {
    for (const text of ['preciso voltar la pra pegar?', 'tenho que voltar ali pra retirar?']) {
      const d = talkOn('cin-1a-via', text);
      expect(d.state.view.at, text).not.toBe('menu');
      expect(d.state.focus, text).toBe('cin-1a-via');
    }
  });
  it('"volta lá" alone in the steps is still one step back', () => {
    const d = talkOn('cin-2a-via', 'passo a passo', 'proximo', 'proximo');
    expect(stepOf(d)).toBe(3);
    d.say('volta la');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 2991: go-aheads of everyday speech confirm a form', () => {
  const UAI_TO_CONFIRM = ['quero agendar', 'Maria Souza', '529.982.247-25', 'contagem', 'identidade', '20/01/2027', '(31) 99999-1234'];
  it('"manda bala", "bora lá" and "fechado" at the summary send the request', () => {
    for (const text of ['manda bala', 'bora lá', 'fechado']) {
      const d = talkOn('agendamento-uai', ...UAI_TO_CONFIRM);
      expect(d.state.view.at, text).toBe('confirm');
      d.say(text);
      expect(kinds(d), text).toContain('submitted');
    }
  });
});

describe('round 2992: a step asked by its ordinal in a question, from the card', () => {
  it('"como funciona a terceira etapa?" and "e o segundo passo, como é?" open that step', () => {
    const a = talkOn('cnh-renovacao', 'como funciona a terceira etapa?');
    expect(stepOf(a)).toBe(3);
    const b = talkOn('cin-2a-via', 'e o segundo passo, como é?');
    expect(stepOf(b)).toBe(2);
  });
  it('asking for the steps with no number still opens the first', () => {
    expect(stepOf(talkOn('cnh-renovacao', 'como são as etapas?'))).toBe(1);
  });
});

describe('round 2993: when a period or an event will be, asked', () => {
  it('"quando saem os resultados?", "qual é o período?" and "quando vai ser a prova?" ask the time', () => {
    expect(asked(talkOn('curso-tecnico', 'quando saem os resultados?'))).toEqual(['time']);
    expect(asked(talkOn('renovacao-matricula', 'qual é o período?'))).toEqual(['time']);
    expect(asked(talkOn('exames-detran', 'quando vai ser a prova?'))).toEqual(['time']);
  });
});
