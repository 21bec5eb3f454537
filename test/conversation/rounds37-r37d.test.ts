// The thirty-seventh session's r37d rounds (the conversation's moves). Written from the citizen's side, with wordings
// other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { stepOf, talk, talkOn } from './real.ts';

describe('round 4260: dictated navigation in the steps and back to the service before', () => {
  it('the last step asked with a word of talk and a reason after it', () => {
    const d = talkOn('cin-2a-via', 'passo a passo');
    d.say('pula pra última etapa aí que as outras eu já fiz');
    expect(stepOf(d)).toBe(4);
  });
  it('the last step asked with "logo" goes there, not to the first step', () => {
    const d = talkOn('cin-2a-via', 'passo a passo');
    d.say('vai pra ultima etapa logo');
    expect(stepOf(d)).toBe(4);
  });
  it('"volta no de antes que não vi direito" goes to the step before', () => {
    const d = talkOn('cin-2a-via', 'passo a passo', 'proximo', 'proximo');
    d.say('volta no de antes que eu nao vi direito');
    expect(stepOf(d)).toBe(2);
  });
  it('"volta naquele de antes" on a card opens the service seen before', () => {
    const d = talk('preciso pagar o ipva da moto', 'e o licenciamento como que faz');
    expect(d.state.focus).toBe('crlv-licenciamento');
    d.say('volta no anterior por favor');
    expect(d.state.focus).toBe('ipva');
    expect(d.state.view.at).toBe('service');
  });
});
