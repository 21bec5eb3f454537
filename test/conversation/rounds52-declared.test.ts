// The fifty-second session's declared rounds, written after the held-out pair 111/112 was read (their dialogues are
// no longer blind). In wordings other than the dialogues'. Tests named "guard" are things that must NOT change.
import { describe, expect, it } from 'vitest';
import { asked, said, talk, talkOn } from './real.ts';

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

describe('declared round 6481: the service\'s time asked or reported with "demora" is no complaint that the chat is slow', () => {
  it('"e demora muito pra responder?" on the SUS ombudsman: its time, not an apology for the wait', () => {
    const d = talkOn('ouvidoria-saude', 'e demora muito pra responder?');
    expect(said(d)).not.toContain('desculpe a demora');
    expect(asked(d)).toEqual(['time']);
    expect(d.state.focus).toBe('ouvidoria-saude');
  });
  it('"minha irma falou que demora uns dois meses" on the identity card: its time, not an apology', () => {
    const d = talkOn('cin-1a-via', 'minha irma falou que demora uns dois meses');
    expect(said(d)).not.toContain('desculpe a demora');
    expect(asked(d)).toEqual(['time']);
  });
  it('guard: "voces demoram demais pra responder" on a card is still the wait at the chat', () => {
    const d = talkOn('ipva', 'voces demoram demais pra responder');
    expect(said(d)).toContain('desculpe a demora');
  });
});
