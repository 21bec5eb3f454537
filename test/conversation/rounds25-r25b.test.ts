// The twenty-fifth session's rounds of r25b (2320 on): a follow-up on a card that holds another service's word, read as
// the card's case or as another service named. One `describe` per round; each test was checked to fail on the code
// before its round. Written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2320: a case the card\'s own sentence holds stays on the card, though another service is found clearly', () => {
  it('a thing the card alone qualifies ("informações complementares") is the card\'s, not the access to information', () => {
    for (const msg of ['e a informacao complementar que pediram, tem prazo?', 'chegou um pedido de informacoes complementares, quanto tempo eu tenho?']) {
      const d = talkOn('licenciamento-ambiental', msg);
      expect(d.state.focus, msg).toBe('licenciamento-ambiental');
      expect(said(d), msg).toMatch(/dentro do prazo/);
    }
  });

  it('the citizen\'s case in the card\'s own words, named by no service found, is quoted from the card', () => {
    const d = talkOn('cin-2a-via', 'eu tambem sou baixa renda');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/cadunico|cras/);
  });

  it('a word of the other service that the card does not qualify still moves: asking for public information on the licence', () => {
    const d = talkOn('licenciamento-ambiental', 'quero pedir uma informacao publica sobre gastos do estado');
    expect(d.state.focus).toBe('acesso-informacao');
  });
});
