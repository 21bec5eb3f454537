// The thirty-third session's rounds of r33e (a follow-up or first message about a service answered wrong).
// Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talk } from './real.ts';

describe('round 3480: losing the licence by points, said as a fear or a limit, is the points lookup', () => {
  it('"medo de perder a cnh", "antes de perder a carteira", "antes de suspender": the points card', () => {
    for (const text of [
      'to com medo de perder minha cnh, tenho muita multa',
      'quantos pontos a pessoa aguenta antes de perder a habilitacao?',
      'qual o limite de pontos antes de suspender?',
      'com quantos pontos suspende a carteira de motorista?',
    ]) {
      const d = talk(text);
      expect(d.state.focus, text).toBe('multas-pontuacao');
    }
  });
  it('a licence or wallet lost is still a loss', () => {
    expect(talk('perdi minha cnh').state.focus).toBe('cnh-2a-via');
    expect(talk('perdi a carteira no onibus').state.focus).not.toBe('multas-pontuacao');
  });
});
