// The thirty-sixth session's rounds of helper r36d (the conversation's moves). Written from the citizen's side, with
// wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 4060: a State service named after a subject handled elsewhere, with words around it that name nothing', () => {
  it('asking whether it is the State\'s ("esse é do estado né") is not searched', () => {
    const d = talk('meu iptu ta atrasado', 'e o ipva da caminhonete? esse é do estado né');
    expect(d.state.focus).toBe('ipva');
  });
  it('a sigh before the question ("afe,") names no service', () => {
    expect(talk('o banco bloqueou meu cartao', 'afe, e o ipva do carro onde eu vejo?').state.focus).toBe('ipva');
  });
  it('"of this" before a thing, with nothing in focus, is not searched', () => {
    expect(talk('e o ipva dessa caminhonete onde vejo?').state.focus).toBe('ipva');
    expect(talk('o ipva desse carro').state.focus).toBe('ipva');
  });
});
