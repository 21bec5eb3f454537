// The thirteenth session's rounds by helper rc13 (360–379), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

describe('round 360: in the steps, "the other one", "the rest", "qual é a três?" and "pula o agendamento"', () => {
  it('"e o outro?" and "me mostra o resto" after a clause of "but" go on to the next step', () => {
    expect(talkOn('pescador-profissional', 'passo a passo', 'e o outro?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(talkOn('licenca-pesca', 'passo a passo', 'e a outra?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(talkOn('outorga-agua', 'passo a passo', 'nao tenho esse documento ainda, mas me mostra o resto').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });
  it('asking which one a number is ("e a tres qual é", "qual é a 3?") names a step, not a button', () => {
    expect(talkOn('gta', 'passo a passo', 'pula', 'e a tres qual é').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
    expect(talkOn('gta', 'passo a passo', 'pula', 'qual é a 3?').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
  });
  it('"pula o agendamento" skips the step it names; "pula pro agendamento" still goes to it', () => {
    expect(talkOn('medicamentos-alto-custo', 'passo a passo', 'proxima', 'moro no interior, entao pula o agendamento').state.view).toMatchObject({ at: 'walkthrough', step: 3 });
    expect(talkOn('medicamentos-alto-custo', 'passo a passo', 'proxima', 'pula pro agendamento').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
  });
});
