// The thirtieth session's rounds of helper r30c (3040 on: forms, navigation, small talk, corrections, out of scope), one
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 3040: cancelling a request keeps its service in focus', () => {
  it('a form dropped in everyday words leaves the citizen on the service, not on the menu', () => {
    for (const [svc, start, cancel] of [
      ['ouvidoria', 'quero registrar por aqui', 'deixa pra la, nao quero mais'],
      ['cin-2a-via', 'faz o pre agendamento', 'desisto'],
      ['agendamento-uai', 'quero agendar', 'cancela'],
    ] as const) {
      const d = talkOn(svc, start, cancel);
      expect(kinds(d)[0], cancel).toBe('notice');
      expect(d.state.view, cancel).toEqual({ at: 'service', serviceId: svc });
      expect(d.state.focus, cancel).toBe(svc);
    }
  });
  it('a question after the cancel is answered about the same service', () => {
    const d = talkOn('cin-2a-via', 'faz o pre agendamento', 'Maria Souza', 'desisto', 'quanto tempo demora?');
    expect(asked(d)).toContain('time');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('the menu is still one word away', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'cancela', 'menu');
    expect(d.state.view.at).toBe('menu');
  });
});

describe('round 3041: an everyday go-ahead on a card starts what the card offers', () => {
  it('on a card with a form, "bora", "pode começar", "vamos nessa" start the request', () => {
    for (const [svc, said] of [
      ['ouvidoria', 'vamos nessa'],
      ['cin-2a-via', 'pode começar'],
      ['agendamento-uai', 'manda ver'],
    ] as const) {
      const d = talkOn(svc, said);
      expect(d.state.view.at, said).toBe('form');
      expect(d.state.focus, said).toBe(svc);
    }
  });
  it('on a card with no form, the go-ahead opens the first step (not the menu, not another service)', () => {
    for (const [svc, said] of [
      ['ipva', 'bora'],
      ['cnh-renovacao', 'vamos lá'],
      ['licenca-pesca', 'pode começar'],
    ] as const) {
      const d = talkOn(svc, said);
      expect(d.state.view, said).toMatchObject({ at: 'walkthrough', serviceId: svc, step: 0 });
    }
  });
  it('the reason told after the request is not searched as a service', () => {
    for (const [svc, said] of [
      ['cin-2a-via', 'agenda logo pq to sem tempo nenhum'],
      ['ouvidoria', 'quero registrar porque ninguem me responde'],
    ] as const) {
      const d = talkOn(svc, said);
      expect(d.state.view.at, said).toBe('form');
    }
    // A reason that names another service clearly is still read: the CNH, not the identity card's form.
    expect(talkOn('cin-2a-via', 'agenda pra mim pq perdi minha carteira de motorista').state.view.at).not.toBe('form');
  });
  it('the go-ahead said again while the name is asked is not taken as the name', () => {
    for (const said of ['agenda ai', 'bora', 'faz ai']) {
      const d = talkOn('cin-2a-via', 'quero fazer o pre agendamento', said);
      expect(d.state.view, said).toMatchObject({ at: 'form', field: 0 });
    }
    // A real name that starts like a verb is still a name.
    expect(talkOn('cin-2a-via', 'quero fazer o pre agendamento', 'Marca Silva').state.view).toMatchObject({ at: 'form', field: 1 });
  });
});

describe('round 3042: "e?" in the steps, and what the bot knows asked of it', () => {
  it('"e?" alone in a walkthrough is the next step', () => {
    for (const [svc, said] of [
      ['ipva', 'e?'],
      ['cnh-renovacao', 'e entao?'],
    ] as const) {
      const d = talkOn(svc, 'passo a passo', said);
      expect(d.state.view, said).toMatchObject({ at: 'walkthrough', step: 1 });
    }
  });
  it('"vc sabe de tudo?" is a question about the bot, not a search', () => {
    for (const said of ['voce entende de tudo?', 'vc é inteligente?', 'ce sabe tudo mesmo?']) {
      const d = talk(said);
      expect(kinds(d), said).toEqual(['small_talk']);
      expect(d.state.focus, said).toBeUndefined();
    }
  });
});

describe('round 3043: a subject handled elsewhere only for another state, brought back within Minas', () => {
  it('a town of Minas named right after the buses to other states opens the intercity buses', () => {
    for (const said of ['e pra juiz de fora tem?', 'e de bh pra mariana? qual o horario?']) {
      const d = talk('passagem de onibus pra sao paulo', said);
      expect(d.state.focus, said).toBe('onibus-intermunicipal');
    }
  });
  it('a vehicle of another state, then a town of Minas: the IPVA of Minas', () => {
    const d = talk('ipva do carro emplacado em sao paulo', 'e em contagem?');
    expect(d.state.focus).toBe('ipva');
  });
  it('another state named again keeps the subject where it is handled', () => {
    const d = talk('passagem de onibus pra salvador', 'e pra sao paulo?');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toEqual(['elsewhere']);
  });
});

describe('round 3044: a joke taken back ("zoeira", "brincadeira") names no service', () => {
  it('the request after the joke is read as if alone (the joke word no longer sinks the search)', () => {
    const cnh = talk('manda uma pizza de calabresa pra mim kkkk', 'zuera, me fala da cnh');
    expect(cnh.state.view.at).toBe('results');
    expect(cnh.last?.replies.some((r) => r.hint?.kind === 'no_results' || r.hint?.kind === 'elsewhere')).toBe(false);
    const crlv = talk('manda uma pizza de calabresa pra mim kkkk', 'to brincando, me fala do licenciamento');
    expect(crlv.state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 3045: "não, <my case> e quero <another service>" corrects the card', () => {
  it('a short case of the citizen before the wish (an age) is no question about the card in view', () => {
    expect(talkOn('curso-tecnico', 'nao, tenho 30 anos e quero terminar o fundamental').state.focus).toBe('eja');
    expect(talkOn('cnh-renovacao', 'nao, tenho 18 anos e quero tirar a primeira habilitacao').last?.replies[0]?.hint?.kind).toBe('card');
  });
  it('a doubled "não" opens a correction as a single one does', () => {
    expect(talkOn('curso-tecnico', 'nao nao, tenho 30 anos e quero terminar o fundamental').state.focus).toBe('eja');
  });
});

describe('round 3046: out of scope, the reason told after the question, and the next question on the same subject', () => {
  it('a "because" opening the citizen’s situation after the subject is why it is asked, not another request', () => {
    for (const said of ['como saco o pis porque to desempregado', 'quero sacar o fgts q fui demitido']) {
      expect(kinds(talk(said)), said).toEqual(['elsewhere']);
    }
  });
  it('not voting and its fine, right after the voter card, is still the Justiça Eleitoral', () => {
    const d = talk('como tiro titulo de eleitor', 'e se eu nao votar, tem multa?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
    // A fine of a car after it is the traffic fine.
    expect(talk('como tiro titulo de eleitor', 'e a multa do meu carro?').state.focus).toBe('multas-pontuacao');
  });
});
