// The forty-third session's rounds of helper r43d (beliefs put to confirm). Written from the citizen's side, with
// wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the
// round).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe('round 5260: a belief that it comes back or happens by itself is asked whether it is automatic', () => {
  it('"paguei, a agua volta sozinha ou tenho q fazer algo" on the water bill quotes asking for the reconnection', () => {
    const d = talkOn('copasa-conta', 'paguei, a agua volta sozinha ou tenho q fazer algo');
    expect(d.state.focus).toBe('copasa-conta');
    expect(said(d)).toMatch(/religamento/);
  });
  it('"paguei o atrasado, agora é so esperar?" on the electricity bill quotes asking for the reconnection', () => {
    const d = talkOn('cemig-conta', 'paguei o atrasado, agora é so esperar?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(said(d)).toMatch(/religacao/);
  });
  it('"o valor cai na conta sozinho ne? nem preciso pedir" on the IPVA refund quotes that it is not automatic', () => {
    const d = talkOn('ipva-restituicao', 'o valor cai na conta sozinho ne? nem preciso pedir');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(said(d)).toMatch(/nao e automatica/);
  });
  it('guard: "minha filha de 16 pode ir sozinha?" on blood donation is still about minors', () => {
    expect(asked(talkOn('doacao-sangue', 'minha filha de 16 pode ir sozinha?'))).toContain('minors');
  });
});

describe('round 5261: believed automatic, and the card says the service itself is not: how it is asked for, with that sentence', () => {
  it('"a isencao sai sozinha pra quem tem deficiencia ne" on the IPVA exemption gets the steps and the sentence', () => {
    const d = talkOn('ipva-isencao', 'a isencao sai sozinha pra quem tem deficiencia ne');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/nao e automatica/);
  });
  it('"entao o estado devolve o ipva automatico, nao tenho q fazer nada" on the IPVA refund gets the steps and the sentence', () => {
    const d = talkOn('ipva-restituicao', 'entao o estado devolve o ipva automatico, nao tenho q fazer nada');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/nao e automatica/);
    expect(said(d)).toMatch(/boletim de ocorrencia/);
  });
  it('guard: an open question, "a restituição é automatica ou tenho q pedir?", is the sentence alone (round 1005)', () => {
    const d = talkOn('ipva-restituicao', 'a restituição é automatica ou tenho q pedir?');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/nao e automatica/);
  });
  it('guard: "a religação é automatica?" on the electricity bill (one step\'s thing, not the service) is the sentence alone', () => {
    const d = talkOn('cemig-conta', 'a religação é automatica?');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/religacao/);
  });
  it('guard: "o certificado sai automatico?" on the professional fisher\'s registration, which says it is, is the sentence alone', () => {
    const d = talkOn('pescador-profissional', 'o certificado sai automatico?');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/automaticamente/);
  });
});
