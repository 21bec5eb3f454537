// The thirty-fifth session's rounds of r35d (the conversation's moves). Written from the citizen's side, with wordings
// other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, stepOf, talkOn } from './real.ts';

describe('round 3860: in the steps, a repeat asked for someone who did not hear or follow', () => {
  it('the reason told first, as a sentence of its own: the step again', () => {
    const d = talkOn('ipva', 'passo a passo', 'prox', 'minha filha não ouviu. manda de novo?');
    expect(stepOf(d)).toBe(2);
    expect(kinds(d)).toEqual(['step']);
  });
  it('someone else wants to hear it again: the step again', () => {
    const d = talkOn('ipva', 'passo a passo', 'prox', 'o meu marido quer ouvir essa parte de novo');
    expect(stepOf(d)).toBe(2);
    expect(kinds(d)).toEqual(['step']);
  });
  it('"in other words" names no step ("Outras opções" is the EJA\'s fourth)', () => {
    expect(stepOf(talkOn('eja', 'passo a passo', 'prox', 'fala esse passo de novo com outras palavras'))).toBe(2);
  });
  it('a wait and the reason before it: the step in other words, not the reply for a message not understood', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo', 'prox', 'Aguarde, meu pai não leu. Fala esse passo de novo com outras palavras.');
    expect(stepOf(d)).toBe(2);
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(kinds(d)).toEqual(['notice']);
  });
  it('someone doing a thing again is still no repeat', () => {
    expect(kinds(talkOn('ipva', 'passo a passo', 'prox', 'ele ligou de novo'))).not.toEqual(['step']);
  });
});
