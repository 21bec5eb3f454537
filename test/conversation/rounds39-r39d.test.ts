// The thirty-ninth session's rounds of r39d. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 4560: whether a fact told bars the citizen from the card in view', () => {
  it('points on the licence, "prejudica?", on the change of category: its conditions, not the fines card', () => {
    const d = talkOn('cnh-mudanca-categoria', 'tenho uns pontos na carteira, prejudica?');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(asked(d)).toContain('requirements');
    expect(said(d)).toContain('12 meses');
  });
  it('a fine told in a sentence of its own, then "isso impede?": the same', () => {
    const d = talkOn('cnh-mudanca-categoria', 'Recebi uma multa grave em março. Isso impede?');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(said(d)).toContain('12 meses');
  });
  it('a health condition on the renewal: its conditions', () => {
    const d = talkOn('cnh-renovacao', 'tenho pressao alta, isso atrapalha?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(asked(d)).toContain('requirements');
  });
});
