// The forty-ninth session's rounds of helper r49a (a follow-up on a card that named a neighbouring service: the card in
// view keeps the focus when the question is about it). Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 6100: a thing the card names itself (the gov.br account) is asked of the card, not of the service that recovers it', () => {
  it('"ainda nao tenho conta gov.br" on the ITCD: the card stays, with what it says of the account', () => {
    const d = talkOn('itcd', 'ainda nao tenho conta gov.br');
    expect(d.state.focus).toBe('itcd');
    expect(said(d)).toContain('gov.br');
  });
  it('"meu irmao nao tem gov.br, tem outro jeito?" on naming the driver: the card\'s sentence on the account', () => {
    const d = talkOn('indicacao-condutor', 'meu irmao nao tem gov.br, tem outro jeito?');
    expect(d.state.focus).toBe('indicacao-condutor');
    expect(said(d)).toMatch(/prata|ouro/);
  });
  it('"vou precisar de conta gov.br pra isso?" on opening a company: who may ask and on which conditions', () => {
    const d = talkOn('abrir-empresa', 'vou precisar de conta gov.br pra isso?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(asked(d)).toEqual(['requirements']);
    expect(said(d)).toContain('certificado digital');
  });
  it('"precisa de conta gov.br?" on the ITCD: its conditions, which name the account', () => {
    const d = talkOn('itcd', 'precisa de conta gov.br?');
    expect(d.state.focus).toBe('itcd');
    expect(asked(d)).toEqual(['requirements']);
  });
  it('"qual categoria da conta gov br precisa no app" on naming the driver: the card stays', () => {
    const d = talkOn('indicacao-condutor', 'qual categoria da conta gov br precisa no app');
    expect(d.state.focus).toBe('indicacao-condutor');
  });
  it('guard: "como recupero o acesso à conta gov.br?" on the ITCD names the recovery by its act: it opens', () => {
    const d = talkOn('itcd', 'como recupero o acesso à conta gov.br?');
    expect(d.state.focus).toBe('conta-govbr');
  });
  it('guard: "minha conta gov.br foi bloqueada" on naming the driver: a word the card never says names the recovery', () => {
    const d = talkOn('indicacao-condutor', 'minha conta gov.br foi bloqueada');
    expect(d.state.focus).toBe('conta-govbr');
  });
  it('guard: "quero recuperar minha senha do gov.br" on opening a company: a wish opens the recovery', () => {
    const d = talkOn('abrir-empresa', 'quero recuperar minha senha do gov.br');
    expect(d.state.focus).toBe('conta-govbr');
  });
});
