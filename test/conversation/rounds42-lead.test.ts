// The forty-second session's lead rounds (5000–): written from the citizen's side, with wordings other than the
// dialogues'. Tests marked "guard" pass before and after: they keep what already worked.
import { describe, expect, it } from 'vitest';
import { fromEnglish } from '../../src/conversation/english.ts';
import { expectElsewhere, kinds, said, talk, talkOn } from './real.ts';

type Driver = ReturnType<typeof talkOn>;
const services = (d: Driver): string[] => d.state.options.flatMap((o) => (o.id.startsWith('svc:') ? [o.id.slice(4)] : []));

describe('round 5000: a related service that the quoted sentence names comes first among the buttons', () => {
  it('"minha carteira é de são paulo" on the change of address: the transfer from another state first', () => {
    const d = talkOn('cnh-endereco', 'minha carteira é de são paulo, vim pra cá mês passado');
    expect(d.state.focus).toBe('cnh-endereco');
    expect(services(d)[0]).toBe('cnh-transferencia-estado');
  });
  it('guard: a topic answered (the cost) keeps the card\'s order', () => {
    const d = talkOn('cnh-endereco', 'quanto custa?');
    expect(services(d)).toEqual(['cnh-renovacao', 'cnh-2a-via', 'cnh-transferencia-estado']);
  });
});

describe('round 5002: a foreigner\'s residence, a visa for a relative, money sent to the family abroad', () => {
  it('"regularizar a residência no Brasil": the Polícia Federal', () => {
    const d = talk('minha sogra é boliviana e quer regularizar a residência no Brasil, onde faz?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toMatch(/policia federal/);
  });
  it('"visto pro meu marido vir de Cuba": Brazil\'s embassies and consulates', () => {
    const d = talk('como consigo visto pro meu marido vir de cuba morar aqui?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toMatch(/consulados do brasil/);
  });
  it('"enviar dinheiro pra minha família na Colômbia": the banks', () => {
    expectElsewhere('como faço pra enviar dinheiro pra minha familia na colombia?');
  });
  it('guard: money sent to a fraudster is the fraud report', () => {
    expect(talk('caí num golpe no zap e mandei dinheiro por pix pra um falso primo').state.focus).toBe('bo-estelionato');
  });
  it('guard: a residence the citizen has, told before the request, is no subject ("tenho residência permanente e quero abrir uma empresa")', () => {
    expect(talk('Sou boliviano, tenho residência permanente aqui e quero abrir uma empresa de pintura em Betim.').state.focus).toBe('abrir-empresa');
  });
  it('guard: a proof of residence asked on the identity card stays on the card', () => {
    expect(talkOn('cin-1a-via', 'precisa de comprovante de residência?').state.focus).toBe('cin-1a-via');
  });
});

describe('round 5003: "volta a estuda" (the infinitive\'s r dropped) says doing it again, not going back', () => {
  it('"quero volta a estuda a noite" on the EJA stays on the EJA', () => {
    const d = talkOn('eja', 'quero volta a estuda a noite');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('eja');
  });
  it('guard: "volta a etapa anterior" in the steps still goes back a step', () => {
    const d = talkOn('cnh-renovacao', '📋 Passo a passo', '➡️ Próxima etapa', 'volta a etapa anterior');
    expect(d.state.view).toEqual({ at: 'walkthrough', serviceId: 'cnh-renovacao', step: 0 });
  });
});

describe('round 5004: a town typed one letter off is the town, when only one is that near', () => {
  const upTo = (town: string): ReturnType<typeof talkOn> => talkOn('agendamento-uai', '📝 Fazer solicitação', 'Maria das Dores Silva', '529.982.247-25', town);
  it('"montis claros" is Montes Claros, and the form goes on', () => {
    const d = upTo('montis claros');
    expect(d.state.view).toMatchObject({ at: 'form', field: 3, answers: { municipio: 'Montes Claros' } });
  });
  it('"divinopoli" is Divinópolis', () => {
    expect(upTo('divinopoli').state.view).toMatchObject({ answers: { municipio: 'Divinópolis' } });
  });
  it('guard: a word that is no town ("cidadezinha") is still asked again', () => {
    expect(upTo('cidadezinha').state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 5005: a message in English is read with its words in Portuguese (english.ts)', () => {
  it('"I lost my identity card, how do I get a new one?": the 2nd copy of the identity card', () => {
    expect(talk('I lost my identity card, how do I get a new one?').state.focus).toBe('cin-2a-via');
  });
  it('"Where can I donate blood in Uberlândia?": the blood donation', () => {
    expect(talk('Where can I donate blood in Uberlândia?').state.focus).toBe('doacao-sangue');
  });
  it('"I would like to book an appointment at the UAI" starts the booking form', () => {
    const d = talk('I would like to book an appointment at the UAI, please');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('"how do I get a student visa for Brazil?" is no service of the State (the visa, not the foreigner\'s licence)', () => {
    expect(talk('how do I get a student visa for Brazil?').state.focus).toBeUndefined();
  });
  it('guard: Portuguese chat with an "i" or a "to" is left as typed', () => {
    expect(fromEnglish('i agora?')).toBe('i agora?');
    expect(fromEnglish('to indo la no detran, e o endereço?')).toBe('to indo la no detran, e o endereço?');
  });
});

describe('round 5006: a crash, a prison and a police report in Spanish', () => {
  it('"me chocaron el coche en la avenida, nadie se lastimó, como saco el boletin?": the report of a crash without victims', () => {
    expect(talk('me chocaron el coche en la avenida, nadie se lastimó, como saco el boletin?').state.focus).toBe('bo-acidente-sem-vitima');
  });
  it('"quiero visitar a mi hijo que está en la cárcel": the prison visit', () => {
    expect(talk('quiero visitar a mi hijo que está en la cárcel de Contagem').state.focus).toBe('visita-presidio');
  });
});
