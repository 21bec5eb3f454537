// The intent table itself: its shape, its order, and what it calls a message in a given place.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/engine.ts';
import { INTENTS } from '../../src/conversation/intents.ts';
import { initialState, type ConversationState } from '../../src/conversation/types.ts';
import { EngineDriver } from '../support/catalogue.ts';
import { realCatalogue, talk } from './real.ts';

describe('the intent table', () => {
  it('names each intent once', () => {
    const names = INTENTS.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every intent either cues or a recogniser, and a place', () => {
    for (const i of INTENTS) {
      expect(i.cues !== undefined || i.recognise !== undefined, i.name).toBe(true);
      expect(i.where === 'anywhere' || i.where.length > 0, i.name).toBe(true);
    }
  });

  it('starts with leaving a form and ends with a search that catches everything', () => {
    expect(INTENTS[0]?.name).toBe('cancel_form');
    expect(INTENTS.at(-1)?.name).toBe('search');
    expect(INTENTS.at(-1)?.where).toBe('anywhere');
  });
});

describe('the same words in different places', () => {
  const ctx = new EngineDriver(realCatalogue).ctx;
  const at = (...messages: string[]): ConversationState => talk(...messages).state;

  it('"quanto custa?" is a question on a card, and still a question (about which service?) at the start', () => {
    expect(understand(at('perdi meu rg'), 'quanto custa?', ctx)).toBe('follow_up:cost');
    expect(understand(initialState(), 'quanto custa?', ctx)).toBe('follow_up:cost');
  });

  it('"ok" acknowledges a step or a card, is "yes" at the summary, and with "próximo" is "next"', () => {
    expect(understand(at('perdi meu rg', 'passo a passo'), 'ok', ctx)).toBe('small_talk');
    expect(understand(at('perdi meu rg', 'passo a passo'), 'ok, próximo', ctx)).toBe('step_next');
    expect(understand(at('perdi meu rg'), 'ok', ctx)).toBe('small_talk');
    const summary = at('segunda via do rg', 'fazer solicitação', 'Maria da Silva', '529.982.247-25', 'bh', '15/12/2026', 'furto', '(31) 99999-1234');
    expect(summary.view.at).toBe('confirm');
    expect(understand(summary, 'ok', ctx)).toBe('yes');
  });

  it('"voltar" goes back everywhere, and "desisti" cancels only inside a form', () => {
    expect(understand(at('perdi meu rg', 'passo a passo'), 'voltar', ctx)).toBe('back');
    expect(understand(at('segunda via do rg', 'fazer solicitação'), 'desisti', ctx)).toBe('cancel_form');
    expect(understand(at('perdi meu rg'), 'desisti', ctx)).not.toBe('cancel_form');
  });

  it('a name typed in a form is an answer; the same words elsewhere are a search', () => {
    const form = at('segunda via do rg', 'fazer solicitação');
    expect(understand(form, 'Maria da Silva', ctx)).toBe('field_answer');
    expect(understand(initialState(), 'Maria da Silva', ctx)).toBe('search');
  });

  it('"obrigado" is small talk anywhere, never a search', () => {
    for (const state of [initialState(), at('perdi meu rg'), at('perdi meu rg', 'passo a passo'), at('segunda via do rg', 'fazer solicitação')]) {
      expect(understand(state, 'obrigado', ctx)).toBe('small_talk');
    }
  });
});

describe('out of scope, even with a catalogue word in it', () => {
  for (const text of ['comprar um celular', 'receita de bolo de cenoura', 'previsão do tempo em bh']) {
    it(`"${text}" is answered with no service, at the start and on a card`, () => {
      // No service; a subject another body handles ("comprar um celular") may also say who handles it.
      const noService = ['no_results', 'elsewhere'];
      const first = talk(text);
      expect(noService).toContain(first.last?.replies[0]?.hint?.kind);
      const later = talk('perdi meu rg', text);
      expect(noService).toContain(later.last?.replies[0]?.hint?.kind);
      expect(later.events.filter((e) => e.type === 'service_viewed')).toHaveLength(1);
    });
  }
});

