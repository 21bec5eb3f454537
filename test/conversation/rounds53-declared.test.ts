// The fifty-third session's declared rounds, written after the held-out pair 113/114 was read (its figures are in
// docs/conversation-log.md). Written from the citizen's side, with wordings other than the dialogues'. Tests named
// "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

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
