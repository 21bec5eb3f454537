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

describe('round 4561: another person put forward, then their case', () => {
  it('"e o meu neto, que pesca só por lazer…" on the professional fisher: the amateur licence', () => {
    const d = talkOn('pescador-profissional', 'e o meu neto, que pesca so por lazer nas ferias, precisa de qual carteira?');
    expect(d.state.focus).toBe('licenca-pesca');
  });
  it('"e o mais novo quer trocar de escola" on the re-enrolment: the school transfer', () => {
    const d = talkOn('renovacao-matricula', 'e o mais novo quer ir pra outra escola, como faz?');
    expect(d.state.focus).toBe('transferencia-escola');
  });
  it('"e minha esposa, que parou no fundamental…" on the technical course: the adult education', () => {
    const d = talkOn('curso-tecnico', 'e minha esposa, que nao terminou o ensino medio, como ela volta a estudar?');
    expect(d.state.focus).toBe('eja');
  });
  it('a person whose case the card in view answers stays on it', () => {
    const d = talkOn('renovacao-matricula', 'e o mais velho, precisa levar o que?');
    expect(d.state.focus).toBe('renovacao-matricula');
  });
  it('a case that only brushes a neighbour stays on the card ("tem moto, paga?" on the IPVA)', () => {
    const d = talkOn('ipva', 'e meu pai, que tem moto, paga tambem?');
    expect(d.state.focus).toBe('ipva');
  });
});
