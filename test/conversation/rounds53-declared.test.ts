// The fifty-third session's declared rounds, written after the held-out pair 113/114 was read (its figures are in
// docs/conversation-log.md). Written from the citizen's side, with wordings other than the dialogues'. Tests named
// "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

describe('declared round 6580: small talk of a worker (tired after the shift, a lunch break, work news) is small talk', () => {
  it('"to morta de cansada, dia puxado hoje": small talk, no "not found"', () => {
    const d = talk('to morta de cansada, dia puxado hoje');
    expect(kinds(d)).toEqual(['small_talk']);
  });
  it('"oi, to no meu intervalo, vou ser rapido": small talk, no "not found"', () => {
    const d = talk('oi, to no meu intervalo, vou ser rapido');
    expect(kinds(d)).toEqual(['small_talk']);
  });
  it('"fui efetivado hoje!!": small talk', () => {
    const d = talk('fui efetivado hoje!!');
    expect(kinds(d)).toEqual(['small_talk']);
  });
  it('guard: "to procurando meu primeiro emprego" still opens the job vacancies (Sine)', () => {
    const d = talk('to procurando meu primeiro emprego');
    expect(d.state.focus).toBe('sine-emprego');
  });
});

describe('declared round 6581: a holiday or season told as when is no word of the need', () => {
  it('"quero ver minhas multas antes do carnaval": the fines and points look-up, not a list', () => {
    const d = talk('quero ver minhas multas antes do carnaval');
    expect(d.state.focus).toBe('multas-pontuacao');
  });
  it('"vendi minha moto antes do natal e o comprador ainda não transferiu": the notice of sale', () => {
    const d = talk('vendi minha moto antes do natal e o comprador ainda não transferiu');
    expect(d.state.focus).toBe('comunicacao-venda');
  });
  it('guard: "minhas férias vencidas a empresa não paga" is still the labour subject handled elsewhere', () => {
    const d = talk('minhas férias vencidas a empresa não paga');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toContain('elsewhere');
  });
});

describe('declared round 6582: paying late asked after the citizen\'s own case, or "só depois do vencimento", gets the card\'s fine for lateness', () => {
  it('"se eu pagar a guia somente depois do vencimento, o que acontece?" on the ITCD: the fine and interest of lateness', () => {
    const d = talkOn('itcd', 'se eu pagar a guia somente depois do vencimento, o que acontece?');
    expect(said(d)).toContain('atraso gera multa');
  });
  it('"e se eu pagar so depois do vencimento, tem problema?" on the power bill: late bills may carry a fine', () => {
    const d = talkOn('cemig-conta', 'e se eu pagar so depois do vencimento, tem problema?');
    expect(said(d)).toContain('multa');
  });
  it('guard: "e se cortarem a luz por atraso?" on the power bill still gets the reconnection', () => {
    const d = talkOn('cemig-conta', 'e se cortarem a luz por atraso?');
    expect(said(d)).toContain('religacao');
  });
});
