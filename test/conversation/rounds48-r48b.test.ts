// The forty-eighth session's rounds of helper r48b (the services talked about, and pointing back). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talk, talkOn } from './real.ts';

describe('round 6040: pointing back at a service talked about ("o outro", "o primeiro", "aquele X") moves the focus to it', () => {
  it('"e o outro, quanto tempo leva?" after the IPVA asked on the CNH renewal: the renewal\'s time', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'e o outro, quanto tempo leva?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(asked(d)).toEqual(['time']);
  });
  it('"e a outra, é pela internet?" after going back to the renewal: the IPVA again', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'voltando na renovação da cnh, tem prazo?', 'e a outra, é pela internet?');
    expect(d.state.focus).toBe('ipva');
    expect(asked(d)).toEqual(['online']);
  });
  it('"o primeiro, onde é feito?" is the first service talked about, whichever came after', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'o primeiro, onde é feito?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(asked(d)).toEqual(['where']);
    expect(d.state.talked).toEqual(['cnh-renovacao', 'ipva']);
  });
  it('"e o outro?" alone shows the other service\'s card', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'e o outro?');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cnh-renovacao' });
  });
  it('"aquele bo, consigo pela internet?" on the protective measure, after printing a report: the report\'s consultation', () => {
    const d = talk('fiz um bo de furto, como imprimo?', 'e a medida protetiva, como peço?', 'aquele bo, consigo pela internet?');
    expect(d.state.focus).toBe('consulta-reds');
    expect(asked(d)).toEqual(['online']);
  });
  it('"naquele siare" on the animal transit guide, after the producer\'s invoice: the invoice, which names the SIARE', () => {
    const d = talkOn('nota-fiscal-avulsa', 'onde tiro a gta?', 'a nota fiscal eu emito naquele siare ne?');
    expect(d.state.focus).toBe('nota-fiscal-avulsa');
    expect(said(d)).toContain('siare');
  });
  it('guard: "e aquela nota eu faço no siare mesmo ne?" keeps the reading it had (where the invoice is issued)', () => {
    const d = talkOn('nota-fiscal-avulsa', 'onde tiro a gta?', 'e aquela nota eu faço no siare mesmo ne?');
    expect(d.state.focus).toBe('nota-fiscal-avulsa');
    expect(asked(d)).toEqual(['where']);
  });
  it('guard: "outro rg" is another copy of the card in view, not the other service', () => {
    const d = talkOn('ipva', 'quanto custa a 2a via do rg?', 'preciso tirar outro rg, quanto tempo leva?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toEqual(['time']);
  });
  it('guard: "a primeira habilitação" is a service\'s name, and "o primeiro passo" the card\'s own step', () => {
    const d = talkOn('ipva', 'quanto custa a segunda via da cnh?', 'e a primeira habilitação, onde faço?');
    expect(d.state.focus).toBe('cnh-primeira-habilitacao');
    d.say('qual o primeiro passo?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cnh-primeira-habilitacao', step: 0 });
  });
  it('guard: "o primeiro" on a list of results is its first option, whatever was talked about before', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'carteira');
    expect(d.state.view.at).toBe('results');
    const first = d.state.options[0]?.id;
    d.say('o primeiro');
    expect(d.state.view.at).toBe('service');
    expect(first).toContain(d.state.focus);
  });
});

describe('round 6041: a question after "voltando ao X:" (a colon a pause too) is asked of X, by its sentence or its topic', () => {
  it('"Voltando à identidade: tem alguma taxa?" after the CNH renewal: the identity card\'s sentence, not its whole card', () => {
    const d = talkOn('cin-2a-via', 'como renovo a cnh?', 'Voltando à identidade: tem alguma taxa?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).not.toContain('o que e:');
    expect(said(d)).toContain('taxa');
  });
  it('"Voltando à identidade: dá pra agendar?", no sentence holding its words: the appointment topic of the identity card', () => {
    const d = talkOn('cin-2a-via', 'como renovo a cnh?', 'Voltando à identidade: dá pra agendar?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toEqual(['appointment']);
  });
  it('the same after a comma ("voltando na identidade, dá pra agendar?")', () => {
    const d = talkOn('cin-2a-via', 'como renovo a cnh?', 'voltando na identidade, dá pra agendar?');
    expect(asked(d)).toEqual(['appointment']);
  });
  it('guard: a question whose sentence the card holds, after a comma, keeps that sentence', () => {
    const d = talkOn('ipva', 'quanto custa o licenciamento?', 'Voltando ao IPVA, aceita pix?');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toContain('pix');
  });
  it('guard: going back alone ("voltando na identidade") shows its card', () => {
    const d = talkOn('cin-2a-via', 'como renovo a cnh?', 'voltando na identidade');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
    expect(said(d)).toContain('o que e:');
  });
});
