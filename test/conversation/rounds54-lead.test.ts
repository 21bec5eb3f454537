// The fifty-fourth session's rounds of the lead. Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk } from './real.ts';

describe('round 6660: "preciso de um agendamento" with nothing in focus is the wish to book, and the form starts', () => {
  it('"preciso de um agendamento na uai de contagem": the UAI booking\'s form opens on its first field', () => {
    const d = talk('preciso de um agendamento na uai de contagem');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('guard: "preciso agendar na uai?" asks whether a booking is needed: no form', () => {
    const d = talk('preciso agendar na uai?');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 6661: a clause saying whom the booking is for asks nothing, and the form starts', () => {
  it('"quero marcar um horário na uai, é pra minha filha": the form, not the rules for minors', () => {
    const d = talk('quero marcar um horário na uai, é pra minha filha');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('"queria um horário na uai, e é pro meu filho": the form', () => {
    const d = talk('queria um horário na uai, e é pro meu filho');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('guard: "quero um horário na uai, meu filho de 10 anos pode ir sozinho?" asks the rules for minors: no form', () => {
    const d = talk('quero um horário na uai, meu filho de 10 anos pode ir sozinho?');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 6662: "tem como agendar … por aqui?" asks the bot to book here, and the form starts', () => {
  it('"dá pra agendar a uai aqui mesmo?": the form', () => {
    const d = talk('dá pra agendar a uai aqui mesmo?');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('"teria como registrar uma reclamação na ouvidoria do estado pelo chat?": the Ouvidoria\'s form', () => {
    const d = talk('teria como registrar uma reclamação na ouvidoria do estado pelo chat?');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria' });
  });
  it('guard: "tem como agendar na uai?" (no chat named) asks how: the steps, no form', () => {
    const d = talk('tem como agendar na uai?');
    expect(d.state.view.at).not.toBe('form');
    expect(said(d)).toMatch(/etapas/);
  });
});
