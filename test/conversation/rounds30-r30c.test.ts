// The thirtieth session's rounds of helper r30c (3040 on: forms, navigation, small talk, corrections, out of scope), one
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talkOn } from './real.ts';

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
