// The forty-third session's rounds of helper r43a (questions about what the last answer named, and the second of two
// questions). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things
// that must NOT change (they pass with or without the round).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5200: a question about one thing the card lists is answered by the field that lists it', () => {
  it('"e o numero da instalacao fica onde?" on the Cemig bill gets the documents and says it is on the bill', () => {
    const d = talkOn('cemig-conta', 'e o numero da instalacao fica onde?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).toMatch(/conta/);
  });
  it('"o renavam eu vejo onde?" after the IPVA\'s cost gets the documents, with the CRLV', () => {
    const d = talkOn('ipva', 'quanto custa?', 'o renavam eu vejo onde?');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).toMatch(/crlv/);
  });
  it('"esse laudo quem assina?" on the IPVA exemption gets the documents (the medical report), not the steps', () => {
    const d = talkOn('ipva-isencao', 'quais documentos?', 'esse laudo quem assina?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).toMatch(/laudo medico/);
  });
  it('"a taxa muda todo ano?" after the licensing\'s cost gets the cost again, not how long it takes', () => {
    const d = talkOn('crlv-licenciamento', 'quanto custa?', 'a taxa muda todo ano?');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).toMatch(/todo ano|anualmente/);
  });
  it('"esse preço é o mesmo todo ano?" after the CNH renewal\'s cost gets the cost', () => {
    expect(asked(talkOn('cnh-renovacao', 'qual o valor?', 'esse preço é o mesmo todo ano?'))).toEqual(['cost']);
  });
  it('guard: "onde fica a delegacia?" on the REDS lookup is still where it is done (a place, not a paper)', () => {
    expect(asked(talkOn('consulta-reds', 'onde fica a delegacia?'))).toEqual(['where']);
  });
  it('guard: "onde eu pego o alvara de liberacao?" on the towed vehicle is still where (a paper fetched at an office)', () => {
    expect(asked(talkOn('veiculo-removido', 'onde eu pego o alvara de liberacao?'))).toEqual(['where']);
  });
  it('guard: "onde pego a carteira?" on the identity card is still where (the service\'s own thing)', () => {
    expect(asked(talkOn('cin-2a-via', 'onde pego a carteira?'))).toEqual(['where']);
  });
  it('guard: "essa taxa eu pago onde?" after the licensing\'s cost is still where', () => {
    expect(asked(talkOn('crlv-licenciamento', 'quanto custa?', 'essa taxa eu pago onde?'))).toEqual(['where']);
  });
});

describe('round 5201: what is issued is read in its own question, not across a joined one', () => {
  it('"que documentos eu levo e em quanto tempo sai a carteira?" on the fisher\'s register asks the documents and the time', () => {
    const d = talkOn('pescador-profissional', 'que documentos eu levo e em quanto tempo sai a carteira?');
    expect(asked(d)).toContain('documents');
    expect(asked(d)).toContain('time');
  });
  it('guard: "que documento eu recebo no final?" still asks what is issued, not the papers to bring', () => {
    expect(asked(talkOn('pescador-profissional', 'que documento eu recebo no final?'))).not.toContain('documents');
  });
});

describe('round 5202: a need of one of the documents, joined as a second question by "e"', () => {
  it('"onde acesso e precisa do cpf?" on the payslip answers where and the documents', () => {
    expect(asked(talkOn('contracheque-servidor', 'onde acesso e precisa do cpf?'))).toEqual(['where', 'documents']);
  });
  it('guard: "quanto custa e precisa levar a certidao de nascimento?" on the identity card\'s 2nd copy still answers both', () => {
    expect(asked(talkOn('cin-2a-via', 'quanto custa e precisa levar a certidao de nascimento?'))).toEqual(['cost', 'documents']);
  });
  it('"onde faço e precisa do renavam?" on the licensing answers where and the documents', () => {
    expect(asked(talkOn('crlv-licenciamento', 'onde faço e precisa do renavam?'))).toEqual(['where', 'documents']);
  });
  it('guard: "quanto custa e precisa agendar?" is still the cost and the appointment (no document named)', () => {
    expect(asked(talkOn('cnh-renovacao', 'quanto custa e precisa agendar?'))).toEqual(['cost', 'appointment']);
  });
});

describe('round 5203: a charge the card lists, pointed at, asks about the costs', () => {
  it('"e essa remocao, é por dia?" on the towed vehicle gets the costs too', () => {
    expect(asked(talkOn('veiculo-removido', 'quanto tempo leva?', 'e essa remocao, é por dia?'))).toContain('cost');
  });
  it('guard: "esse boletim tem que ser recente?" on the identity card\'s 2nd copy is no question of the costs (a condition of a free copy, not a charge)', () => {
    expect(asked(talkOn('cin-2a-via', 'quais documentos?', 'esse boletim tem que ser recente?'))).not.toContain('cost');
  });
});
