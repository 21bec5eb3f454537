// The twenty-seventh session's rounds of r27c (2760 on: the card's sentence in follow-ups), one `describe` per round;
// each test was checked to fail on the code before its round. Written from the citizen's side, in the ways people type.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2760: asked in which order ("primeiro ou…", "marco direto?"), the sentence saying what comes first', () => {
  it('a modification done first and asked for after gets the prior authorisation', () => {
    for (const q of ['da pra mexer no carro primeiro e pedir depois?', 'troco a suspensao primeiro e peço depois?']) {
      const d = talkOn('vistoria-veiculo', q);
      expect(said(d), q).toMatch(/autorizacao previa|autorizacao antes|antes de modificar/);
    }
  });
  it('a procedure booked straight away gets the one that needs authorisation first', () => {
    for (const q of ['internacao eu marco direto?', 'e os exames, posso agendar direto?']) {
      const d = talkOn('ipsemg', q);
      expect(said(d), q).toMatch(/autorizacao previa/);
    }
  });
  // A guard (this one passed before the round too): where a sentence already answered, the row keeps it.
  it('a well dug first gets the authorisation asked before drilling', () => {
    const d = talkOn('outorga-agua', 'posso furar o poço primeiro e pedir depois?');
    expect(said(d)).toMatch(/peca antes a autorizacao previa/);
  });
  // A guard: "primeira" as an adjective asks no order.
  it('"primeira" naming a first issue is no question of order', () => {
    const d = talkOn('ipsemg', 'e a primeira consulta, marco com quem?');
    expect(said(d)).not.toMatch(/autorizacao previa/);
  });
});
