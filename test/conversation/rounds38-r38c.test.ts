// The thirty-eighth session's rounds of r38c (4340–4359). Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 4340: a job looked for, with "carteira assinada"', () => {
  it('looking for a job with a signed work card is the Sine, not a worker\'s rights', () => {
    for (const text of ['tô buscando um emprego com carteira assinada', 'quero procurar trabalho de carteira assinada']) {
      const d = talk(text);
      expect(d.state.focus).toBe('sine-emprego');
      expect(kinds(d)).not.toContain('elsewhere');
    }
  });
  it('a worker\'s rights with the same words are still handled elsewhere', () => {
    const d = talk('trabalho sem carteira assinada, tenho direito a férias?');
    expect(kinds(d)).toContain('elsewhere');
  });
});
