// The fifty-first session's rounds of helper r51a (the card sentence chosen to answer a follow-up).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6300: a term of the card not followed is explained by its sentences the last reply did not show', () => {
  it('"o que seria esse nivel de risco? nao entendi" on the fire brigade: the step finding the level, dispensed or simplified', () => {
    const d = talkOn('avcb', 'o que seria esse nivel de risco? nao entendi');
    expect(d.state.focus).toBe('avcb');
    expect(said(d)).toMatch(/dispensad|simplificad/);
    expect(said(d)).not.toContain('o nivel de risco define o caminho');
  });
  it('"como assim rede credenciada?" on the IPSEMG: the doctors, clinics and hospitals of the step finding one', () => {
    const d = talkOn('ipsemg', 'como assim rede credenciada?');
    expect(said(d)).toMatch(/clinicas|hospitais|laboratorios/);
  });
  it('guard: "como assim o caminho depende da epoca?" on the school transfer: the one sentence holding it, as before', () => {
    const d = talkOn('transferencia-escola', 'como assim o caminho depende da epoca?');
    expect(said(d)).toContain('depende da epoca');
  });
  it('guard: "o que seria prontuario? nao entendi" on the licence transfer: the sentence shown, which says what it is', () => {
    const d = talkOn('cnh-transferencia-estado', 'o que seria prontuario? nao entendi');
    expect(said(d)).toContain('prontuario (cadastro)');
  });
  it('guard: "nao entendi, pq mudar o endereco antes da renovacao?" on the address change: the sentence shown says why', () => {
    const d = talkOn('cnh-endereco', 'nao entendi, pq mudar o endereco antes da renovacao?');
    expect(said(d)).toContain('clinica');
  });
});

describe('round 6301: tied, the sentence whose condition holds the case asked answers before one holding the words elsewhere', () => {
  it('"e se o colegio q eu estudei fechou as portas?" on the school records: the SRE, for a school closed', () => {
    const d = talkOn('historico-escolar', 'e se o colegio q eu estudei fechou as portas?');
    expect(d.state.focus).toBe('historico-escolar');
    expect(said(d)).toContain('superintendencia regional de ensino');
  });
  it('"e se a escola que eu estudei ja fechou?" on the school records: the SRE', () => {
    const d = talkOn('historico-escolar', 'e se a escola que eu estudei ja fechou?');
    expect(said(d)).toContain('se a escola foi fechada');
  });
  it('guard: "e se a escola ainda funciona?" on the school records: its own secretary', () => {
    const d = talkOn('historico-escolar', 'e se a escola ainda funciona?');
    expect(said(d)).toContain('secretaria dela');
  });
});
