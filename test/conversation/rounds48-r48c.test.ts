// The forty-eighth session's rounds of helper r48c (older citizens and people new to chats: "escreva mais curto", the one
// spoken to inside a correction, "isto aqui é golpe?"). Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

describe('round 6060: "escreva mais curto" (with a reason of not seeing well) is the last answer said again, shorter', () => {
  it('"escreva mais curtinho, por favor" after the CNH renewal\'s cost says it again, on the card', () => {
    const d = talkOn('cnh-renovacao', 'quanto custa?', 'escreva mais curtinho, por favor');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(said(d)).toContain('de outro jeito');
  });
  it('"moço, escreva mais curto que minha vista é fraca" is the same, the reason and the one spoken to aside', () => {
    const d = talkOn('ipva', 'qual o prazo pra pagar?', 'moço, escreva mais curto que minha vista é fraca');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toContain('de outro jeito');
  });
  it('guard: "qual o caminho mais curto pra chegar na uai?" is no rephrase', () => {
    const d = talkOn('cnh-renovacao', 'qual o caminho mais curto pra chegar na uai?');
    expect(said(d)).not.toContain('de outro jeito');
  });
});

describe('round 6061: the one spoken to inside a correction, and a correction that names the focus, keep it', () => {
  it('"Não, moça, é a carteira de motorista, não a identidade." on the CNH renewal stays on it (not the CNH\'s 2nd copy)', () => {
    const d = talk('quero renovar minha cnh');
    expect(d.state.focus).toBe('cnh-renovacao');
    d.say('Não, moça, é a carteira de motorista, não a identidade.');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('guard: "Não, minha querida, é a carteira de motorista" on the CNH\'s 2nd copy keeps it', () => {
    const d = talkOn('cnh-2a-via', 'Não, minha querida, é a carteira de motorista.');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
  it('"Não, meu filho, é a carteira de motorista, não a identidade." on the ID\'s 2nd copy: "filho" asks no minors', () => {
    const d = talk('quero tirar a segunda via do rg', 'Não, meu filho, é a carteira de motorista, não a identidade.');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
  it('guard: "na verdade é a segunda via da cnh" on the renewal moves to the 2nd copy', () => {
    expect(talk('quero renovar minha cnh', 'na verdade é a segunda via da cnh').state.focus).toBe('cnh-2a-via');
  });
  it('guard: "na verdade é pra minha filha que tem 17 anos" is who it is for (the rules for minors), not the one spoken to', () => {
    const d = talk('quero renovar minha cnh', 'na verdade é pra minha filha que tem 17 anos');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(d.state.topic).toBe('minors');
  });
});

describe('round 6062: "isto aqui é golpe? vão pedir minha senha?" is reassured, no police report opened', () => {
  it('"Será que isso é golpe? Vão pedir minha senha?" opens nothing and says no password is ever asked here', () => {
    const d = talk('Será que isso é golpe? Vão pedir minha senha?');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toEqual(['small_talk']);
    expect(said(d)).toContain('nunca peco senha');
  });
  it('"minha vizinha me passou esse numero, isto é golpe?": how the chat came is no request', () => {
    const d = talk('minha vizinha me passou esse numero, isto é golpe?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('nunca peco senha');
  });
  it('"vcs pedem senha?" is the same reassurance', () => {
    const d = talk('vcs pedem senha?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('nunca peco senha');
  });
  it('guard: a scam suffered ("caí num golpe do pix") still opens the police report', () => {
    expect(talk('caí num golpe do pix').state.focus).toBe('bo-estelionato');
  });
  it('guard: "esqueci minha senha do gov.br" is still the gov.br account', () => {
    expect(talk('esqueci minha senha do gov.br').state.focus).toBe('conta-govbr');
  });
});
