// The walkthrough in the citizen's own words, with typos; option labels typed with typos.
import { describe, expect, it } from 'vitest';
import { stepAskedFor } from '../../src/conversation/walk.ts';
import type { EngineDriver } from '../support/catalogue.ts';
import { stepOf, talk } from './real.ts';

/** CIN 2ª via (4 steps), at step `n` (1-based). */
function atStep(n: number): EngineDriver {
  const d = talk('perdi meu rg', 'passo a passo');
  for (let i = 1; i < n; i++) d.say('próxima');
  return d;
}

describe('starting the walkthrough in words', () => {
  for (const text of ['Me explica o passo a passo', 'quais são as etapas?', 'mostra as etapas']) {
    it(`"${text}" on a card shows its first step`, () => {
      const d = talk('perdi meu rg');
      d.say(text);
      expect(d.state.view).toEqual({ at: 'walkthrough', serviceId: 'cin-2a-via', step: 0 });
    });
  }
});

describe('in a walkthrough, an acknowledgement', () => {
  for (const text of ['ok', 'blz', 'beleza', 'entendi']) {
    it(`"${text}" keeps the step: the citizen may still be doing it`, () => {
      const d = atStep(2);
      d.say(text);
      expect(stepOf(d)).toBe(2);
      expect(d.last?.replies[0]?.hint).toEqual({ kind: 'small_talk' });
    });
  }
});

describe('in a walkthrough, the next step', () => {
  for (const text of ['próxima', 'prox', 'proxima', 'continua', 'continuar', 'e depois?', 'seguinte', 'avançar', 'blz, proximo', 'pronto', 'feito, qual é o próximo passo?', 'e depois disso?', 'bora', 'proxma', 'cntinua', 'manda a próxima', 'próxima etapa']) {
    it(`"${text}" goes from step 1 to step 2`, () => {
      const d = atStep(1);
      d.say(text);
      expect(stepOf(d)).toBe(2);
      expect(d.last?.replies[0]?.hint).toEqual({ kind: 'step', serviceId: 'cin-2a-via', step: 2, of: 4 });
    });
  }

  it('after the last step, finishes the walkthrough and asks for feedback', () => {
    const d = atStep(4);
    d.say('e depois?');
    expect(d.events).toContainEqual({ type: 'walkthrough_finished', serviceId: 'cin-2a-via' });
    expect(d.state.view.at).toBe('feedback');
  });
});

describe('in a walkthrough, going back, repeating and jumping', () => {
  for (const text of ['volta', 'voltar', 'anterior', 'volta uma', 'etapa anterior', 'pode voltar?']) {
    it(`"${text}" goes back from step 2 to step 1`, () => {
      const d = atStep(2);
      d.say(text);
      expect(stepOf(d)).toBe(1);
    });
  }

  for (const text of ['repete', 'pode repetir?', 'de novo', 'repita por favor']) {
    it(`"${text}" shows the same step again`, () => {
      const d = atStep(2);
      d.say(text);
      expect(stepOf(d)).toBe(2);
      expect(d.last?.replies[0]?.hint).toMatchObject({ kind: 'step', step: 2 });
    });
  }

  for (const [text, n] of [['vai pra etapa 3', 3], ['etapa 3', 3], ['passo 4', 4], ['E o passo 4?', 4], ['terceira etapa', 3], ['a última', 4], ['volta pra etapa 1', 1], ['ir para a etapa dois', 2]] as const) {
    it(`"${text}" goes to step ${n}`, () => {
      const d = atStep(2);
      d.say(text);
      expect(stepOf(d)).toBe(n);
    });
  }

  it('a step that does not exist is answered with how many there are', () => {
    const d = atStep(2);
    d.say('etapa 9');
    expect(d.text).toContain('tem 4 etapas');
    expect(stepOf(d)).toBe(2);
  });

  it('"terminei" finishes the walkthrough', () => {
    const d = atStep(3);
    d.say('terminei');
    expect(d.state.view.at).toBe('feedback');
  });
});

describe('reading a step number', () => {
  it('takes digits, number words and ordinals, only with a step word or a verb of going', () => {
    const read = (tokens: string[]) => stepAskedFor({ text: tokens.join(' '), tokens, stems: tokens }, 5);
    expect(read(['vai', 'pra', 'etapa', '3'])).toBe(3);
    expect(read(['passo', 'dois'])).toBe(2);
    expect(read(['a', 'ultima'])).toBe(5);
    expect(read(['3'])).toBeUndefined();
    expect(read(['segunda', 'via'])).toBeUndefined();
  });
});

describe('option labels typed with typos', () => {
  for (const [text, view] of [['paso a passo', 'walkthrough'], ['documetos', 'service'], ['ond fazer', 'service']] as const) {
    it(`"${text}" on the card chooses its option`, () => {
      const d = talk('perdi meu rg', text);
      expect(d.state.view.at).toBe(view);
      expect(d.last?.events.some((e) => e.type === 'search')).toBe(false);
    });
  }

  it('an ordinal picks from a list of results', () => {
    const d = talk('cnh');
    expect(d.state.view.at).toBe('results');
    const second = d.state.options[1]?.id.slice(4);
    d.say('a segunda');
    expect(d.state.view).toEqual({ at: 'service', serviceId: second });
  });
});
