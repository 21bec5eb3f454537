// The forty-second session's rounds of helper r42c (leftovers in follow-ups, forms and walkthroughs). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they pass
// with or without the round).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 5140: a means of paying asked alone ("pix?") is whether it is taken', () => {
  it('"cartao?" after the licensing\'s cost quotes how one pays, not the cost again', () => {
    const d = talkOn('crlv-licenciamento', 'quanto custa?', 'cartao?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(asked(d)).not.toContain('cost');
    expect(said(d)).toMatch(/pix|loterica/);
  });
  it('"pix?" after the IPVA\'s due dates quotes the Pix', () => {
    const d = talkOn('ipva', 'quando vence?', 'pix?');
    expect(d.state.focus).toBe('ipva');
    expect(asked(d)).not.toContain('cost');
    expect(said(d)).toMatch(/pix/);
  });
  it('"só no pix então?" after the IPVA\'s cost quotes the Pix', () => {
    const d = talkOn('ipva', 'qual o valor?', 'só no pix entao?');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/pix/);
  });
  it('guard: "aceita pix?" on the DAE still quotes the Pix', () => {
    expect(said(talkOn('dae', 'aceita pix?'))).toMatch(/pix/);
  });
  it('guard: "o boleto vence quando?" on the IPVA is still about due dates (a means named among other words)', () => {
    expect(said(talkOn('ipva', 'o boleto vence quando?'))).toMatch(/vencimento/);
  });
});

describe('round 5141: a thing carried over that the card says has its own way', () => {
  it('"e pro ipva?" on the DAE quotes "O IPVA tem guia própria" and stays on the DAE', () => {
    const d = talkOn('dae', 'e pro ipva?');
    expect(d.state.focus).toBe('dae');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/guia propria/);
  });
  it('after a topic too ("onde gero?", then "e o ipva?")', () => {
    const d = talkOn('dae', 'onde gero?', 'e o ipva?');
    expect(d.state.focus).toBe('dae');
    expect(said(d)).toMatch(/guia propria/);
  });
  it('guard: "e o licenciamento?" on the DAE, which the card gives no way of its own, still moves', () => {
    expect(talkOn('dae', 'e o licenciamento?').state.focus).toBe('crlv-licenciamento');
  });
  it('guard: "e a vistoria?" on the transfer still moves', () => {
    expect(talkOn('transferencia-veiculo', 'e a vistoria?').state.focus).not.toBe('transferencia-veiculo');
  });
});

const CANCELLED = ['quero fazer o pre agendamento da segunda via da identidade', 'quero cancelar'];

describe('round 5142: a cancelled request taken up again', () => {
  it('"quero voltar pro agendamento" after cancelling starts the form again', () => {
    const d = talk(...CANCELLED, 'quero voltar pro agendamento');
    expect(d.state.view.at).toBe('form');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('"retoma o agendamento da segunda via" too', () => {
    expect(talk(...CANCELLED, 'retoma o agendamento da segunda via').state.view.at).toBe('form');
  });
  it('guard: "quero continuar o pedido" (read before this round) still starts it', () => {
    expect(talk(...CANCELLED, 'quero continuar o pedido').state.view.at).toBe('form');
  });
  it('guard: "não quero voltar pro agendamento" does not start it', () => {
    expect(talk(...CANCELLED, 'nao quero voltar pro agendamento').state.view.at).not.toBe('form');
  });
  it('guard: "e esse agendamento, demora?" asks the time', () => {
    const d = talk(...CANCELLED, 'e esse agendamento, demora?');
    expect(d.state.view.at).not.toBe('form');
    expect(asked(d)).toEqual(['time']);
  });
});

describe('round 5143: a wish to register at the ombudsman, with who the citizen is, for whom or about what', () => {
  it('"sou professora e preciso registrar uma solicitação na ouvidoria do estado" starts the form', () => {
    const d = talk('sou professora e preciso registrar uma solicitacao na ouvidoria do estado');
    expect(d.state.view.at).toBe('form');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('"preciso fazer uma denúncia na ouvidoria geral contra a escola do meu filho" starts the form', () => {
    expect(talk('preciso fazer uma denuncia na ouvidoria geral contra a escola do meu filho').state.view.at).toBe('form');
  });
  it('"quero registrar um elogio na ouvidoria do estado em nome da minha igreja" starts the form', () => {
    expect(talk('quero registrar um elogio na ouvidoria do estado em nome da minha igreja').state.view.at).toBe('form');
  });
  it('"queria deixar um recado na ouvidoria do estado" starts the form', () => {
    expect(talk('queria deixar um recado na ouvidoria do estado').state.view.at).toBe('form');
  });
  it('"registrei uma reclamação na ouvidoria do estado contra a escola e ninguém respondeu" is told, no form starts', () => {
    const d = talk('registrei uma reclamacao na ouvidoria do estado contra a escola e ninguem respondeu');
    expect(d.state.view.at).not.toBe('form');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('guard: "preciso fazer uma reclamação na ouvidoria?" asks, the card opens alone', () => {
    const d = talk('preciso fazer uma reclamacao na ouvidoria?');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('ouvidoria');
  });
});

const AT_SERVICE_FIELD = ['quero agendar na uai', 'Maria Souza Lima', '52998224725', 'Contagem'];

describe('round 5144: a short question about the place typed in a free-text field', () => {
  it('"tem estacionamento la? minha mae e idosa" at the service field is asked, and the field stays', () => {
    const d = talk(...AT_SERVICE_FIELD, 'tem estacionamento la? minha mae e idosa');
    const v = d.state.view;
    expect(v.at === 'form' ? v.field : -1).toBe(3);
    expect(said(d)).toMatch(/155/);
  });
  it('"ali aceita cartao?" too', () => {
    const d = talk(...AT_SERVICE_FIELD, 'ali aceita cartao?');
    const v = d.state.view;
    expect(v.at === 'form' ? v.field : -1).toBe(3);
  });
  it('guard: a service typed at the field is still the answer', () => {
    const v = talk(...AT_SERVICE_FIELD, 'carteira de identidade').state.view;
    expect(v.at === 'form' ? v.field : -1).toBe(4);
  });
});

describe('round 5145: a name heard ("um tal de X") ends where the next clause starts', () => {
  it('"no banco falaram de um tal de DAE e eu nem imagino o que seja" opens the DAE', () => {
    expect(talk('no banco falaram de um tal de DAE e eu nem imagino o que seja').state.focus).toBe('dae');
  });
  it('"a escola mandou pagar um tal de dae mas eu nao sei mexer com isso" opens the DAE', () => {
    expect(talk('a escola mandou pagar um tal de dae mas eu nao sei mexer com isso').state.focus).toBe('dae');
  });
  it('guard: "o cartório falou de um tal de itcd" still opens the ITCD', () => {
    expect(talk('o cartorio falou de um tal de itcd').state.focus).toBe('itcd');
  });
});
