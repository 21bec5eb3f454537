// The forty-eighth session's rounds of helper r48a (the second matter named plainly moves the focus). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

describe('round 6020: a subject said in a clause of its own before the question is what is asked about', () => {
  it('"e a renovação, demora quanto?" on the CNH\'s 2nd copy asks the renewal\'s time', () => {
    const d = talkOn('cnh-2a-via', 'e a renovação, demora quanto?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(d.state.topic).toBe('time');
  });
  it('"e a renovação da cnh, onde eu faço?" on the CNH\'s 2nd copy: the head of the subject, not its "da cnh"', () => {
    const d = talkOn('cnh-2a-via', 'e a renovação da cnh, onde eu faço?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(d.state.topic).toBe('where');
  });
  it('"e o cnpj da padaria, como tiro?" on the fire licence: the opening of the company the card points to (a word the search does not know left aside)', () => {
    const d = talkOn('avcb', 'e o cnpj da padaria, como tiro?');
    expect(d.state.focus).toBe('abrir-empresa');
  });
  it('a wish in a sentence of its own, then a short question: "Preciso também da certidão da junta comercial da firma. Qual o valor?" on the fire licence', () => {
    const d = talkOn('avcb', 'Preciso também da certidão da junta comercial da firma. Qual o valor?');
    expect(d.state.focus).toBe('certidao-jucemg');
    expect(d.state.topic).toBe('cost');
  });
  it('"Fora a indicação, quero entrar com recurso da multa. Onde eu faço isso?" on the driver\'s indication moves to the appeal', () => {
    const d = talkOn('indicacao-condutor', 'Fora a indicação, quero entrar com recurso da multa. Onde eu faço isso?');
    expect(d.state.focus).toBe('recurso-multa');
  });
  it('guard: "e o recurso, demora quanto?" on the appeal itself stays on it', () => {
    const d = talkOn('recurso-multa', 'e o recurso, demora quanto?');
    expect(d.state.focus).toBe('recurso-multa');
    expect(d.state.topic).toBe('time');
  });
  it('guard: "e o bo, precisa?" on the ID\'s 2nd copy asks whether the card needs it (a bare need, no question word)', () => {
    const d = talkOn('cin-2a-via', 'e o bo, precisa?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "e a vistoria, onde faço?" on the vehicle transfer, one of whose steps is the inspection, stays on the transfer', () => {
    const d = talkOn('transferencia-veiculo', 'e a vistoria, onde faço?');
    expect(d.state.focus).toBe('transferencia-veiculo');
  });
  it('guard: "e a taxa, quanto custa?" and "e se a multa for de outro estado?" keep the card', () => {
    expect(talkOn('cin-2a-via', 'e a taxa, quanto custa?').state.focus).toBe('cin-2a-via');
    expect(talkOn('recurso-multa', 'e se a multa for de outro estado?').state.focus).toBe('recurso-multa');
  });
});
