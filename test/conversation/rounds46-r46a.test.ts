// The forty-sixth session's rounds of helper r46a (a what-if or an after-question answered with the card's sentence on it).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT
// change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5800: the what-if feared, in the negative, answered by the card sentence on that very case', () => {
  it('"caso eu nao faça o licenciamento, o que me acontece?" quotes "Circular sem licenciamento é infração gravíssima"', () => {
    const d = talkOn('crlv-licenciamento', 'caso eu nao faça o licenciamento, o que me acontece?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/infracao gravissima/);
  });
  it('"e se eu nao fizer a atualização, tem multa?" on the driver\'s address quotes "Deixar o cadastro desatualizado é infração"', () => {
    const d = talkOn('cnh-endereco', 'e se eu nao fizer a atualização, tem multa?');
    expect(d.state.focus).toBe('cnh-endereco');
    expect(said(d)).toMatch(/desatualizado e infracao/);
  });
  it('guard: "se eu nao licenciar esse ano, tem problema?" still quotes the gravíssima infraction', () => {
    expect(said(talkOn('crlv-licenciamento', 'se eu nao licenciar esse ano, tem problema?'))).toMatch(/infracao gravissima/);
  });
  it('guard: "quais documentos?" on the driver\'s address and "quanto custa?" on the licensing are the topics whole', () => {
    const d = talkOn('cnh-endereco', 'quais documentos?');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).toMatch(/novo endereco com cep/);
    const c = talkOn('crlv-licenciamento', 'quanto custa?');
    expect(asked(c)).toEqual(['cost']);
    expect(said(c)).toMatch(/trlav/);
  });
});
