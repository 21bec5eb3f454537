// The thirty-third session, helper r33c: follow-ups about the service in focus. Written from the citizen's side, with
// wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, stepOf, talkOn } from './real.ts';

describe('round 3440: a debt told that the card itself tells owed is read as that thing, not only as "débito"', () => {
  it('fines pending on the licensing: the sentence naming the fines to pay answers', () => {
    for (const text of ['tenho multas atrasadas, consigo licenciar?', 'e se eu tiver multa atrasada, licencio assim msm?']) {
      const d = talkOn('crlv-licenciamento', text);
      expect(d.state.focus, text).toBe('crlv-licenciamento');
      expect(said(d), text).toMatch(/multas vencidas/);
    }
  });
  it('where the card names the thing otherwise, the debt is still read as a debt', () => {
    expect(said(talkOn('transferencia-veiculo', 'o carro tem multa atrasada, consigo transferir?'))).toMatch(/debito/);
  });
});

describe('round 3441: a deadline told missed weighs the case, not the verb "perder"', () => {
  it('on the re-enrolment, the sentence that the place is no longer kept answers with the one for who misses it', () => {
    for (const text of ['esqueci o prazo, e agora?', 'e se a gente perder o prazo?']) {
      const d = talkOn('renovacao-matricula', text);
      expect(d.state.focus, text).toBe('renovacao-matricula');
      expect(said(d), text).toMatch(/garantida/);
      expect(said(d), text).toMatch(/cadastro escolar/);
    }
  });
  it('the school registration still answers with its step for who missed it', () => {
    expect(said(talkOn('cadastro-escolar', 'e se eu perder o prazo?'))).toMatch(/vagas remanescentes/);
  });
});

describe('round 3443: "depois de <something>, o que faço?" on a card goes on from the step after it', () => {
  it('asked how after an event, the walk starts at the step the card tells after it', () => {
    const d = talkOn('ipva-isencao', 'e depois que deferir o pedido, o que eu faço?');
    expect(stepOf(d)).toBe(4);
    const e = talkOn('primeiro-emplacamento', 'e depois de pagar, o que eu faço?');
    expect(stepOf(e)).toBe(2);
  });
  it('asked only what comes after, the step after the event answers', () => {
    expect(said(talkOn('pessoa-desaparecida', 'e depois de registrar?'))).toMatch(/etapa 4/);
  });
  it('"como faço?" alone still starts at the first step', () => {
    expect(stepOf(talkOn('ipva-isencao', 'como faço?'))).toBe(1);
  });
});

describe('round 3442: "horário comercial" on the card says the days and hours', () => {
  it('asked about the weekend at the car pound, the card\'s own line on business hours answers', () => {
    for (const text of ['o patio abre sabado?', 'da pra buscar o carro no domingo?']) {
      const d = talkOn('veiculo-removido', text);
      expect(d.state.focus, text).toBe('veiculo-removido');
      expect(said(d), text).toMatch(/horario comercial/);
    }
  });
});

describe('round 3444: "repete a parte do <topic>" on a card is that topic again', () => {
  it('one part of an earlier answer, named by its topic: that topic, on the card in focus', () => {
    for (const [svc, first, text, topic] of [
      ['transferencia-veiculo', 'demora?', 'repete o valor por favor', /quanto custa —/],
      ['cin-2a-via', 'quanto custa?', 'pode repetir a parte dos documentos?', /documentos —/],
    ] as const) {
      const d = talkOn(svc, first, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(topic);
    }
  });
  it('"repete" alone is still the last answer', () => {
    expect(said(talkOn('transferencia-veiculo', 'demora?', 'repete'))).toMatch(/quanto tempo leva —/);
  });
});
