// The twenty-seventh session's rounds of helper r27d (2780 on: forms, navigation, small talk, first messages), one
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { stepOf, talkOn } from './real.ts';

describe('round 2780: in the steps, a case or a purpose, or an attempt that failed, points at its step', () => {
  it('"e se…?", "e pra…?", "e quando for…?" go to the one later step whose title holds every word', () => {
    for (const [svc, q, n] of [
      ['cemig-conta', 'e se a energia tiver cortada?', 4],
      ['cnh-renovacao', 'e pro exame medico?', 3],
      ['cin-2a-via', 'e quando for receber a carteira?', 4],
      ['agendamento-uai', 'e pra comparecer?', 3],
    ] as const) {
      const d = talkOn(svc, 'passo a passo', q);
      expect(d.state.view.at, q).toBe('walkthrough');
      expect(stepOf(d), q).toBe(n);
    }
  });
  it('two later steps holding the word tell none apart: no jump', () => {
    // Steps 3 and 4 of the IPVA in instalments both pay.
    const d = talkOn('ipva-parcelamento', 'passo a passo', 'e pra pagar?');
    expect(stepOf(d)).toBe(1);
  });
  it('an attempt told with its failure is the step done: the next one', () => {
    for (const q of ['ja tentei recuperar e nao funcionou', 'ja tentei pela internet mas nao deu certo']) {
      const d = talkOn('conta-govbr', 'passo a passo', q);
      expect(stepOf(d), q).toBe(2);
    }
  });
});
