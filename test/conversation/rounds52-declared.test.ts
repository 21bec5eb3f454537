// The fifty-second session's declared rounds, written after the held-out pair 111/112 was read (their dialogues are
// no longer blind). In wordings other than the dialogues'. Tests named "guard" are things that must NOT change.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('declared round 6480: moving house is no change of the licence\'s category', () => {
  it('"o caminhão da mudança molhou meu rg, quero outro": the identity card\'s 2nd copy, not the category change', () => {
    const d = talk('o caminhão da mudança molhou meu rg, quero outro');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "to no meio da mudança, mudei pra contagem ontem, preciso ver o ipva": the IPVA (the verbs of moving are left to the readers of where one came from)', () => {
    const d = talk('to no meio da mudança, mudei pra contagem ontem, preciso ver o ipva');
    expect(d.state.focus).toBe('ipva');
  });
  it('guard: "quero fazer a mudança de categoria pra D" still opens the category change', () => {
    const d = talk('quero fazer a mudança de categoria pra D');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
  });
  it('guard: "mudei de endereço, preciso avisar o detran?" still reads the change of address', () => {
    const d = talk('mudei de endereço, preciso avisar o detran?');
    expect(d.state.focus).toBe('cnh-endereco');
  });
});
