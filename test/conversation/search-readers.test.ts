// The search's readers as a table (search-readers.ts): the table's shape, and which entry a message on a card reaches.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/engine.ts';
import { readMessage } from '../../src/conversation/intents.ts';
import { readSearch, SEARCH_READERS, SearchTurn } from '../../src/conversation/search-readers.ts';
import { View } from '../../src/conversation/state.ts';
import { TurnBuilder } from '../../src/conversation/turn.ts';
import { said, talkOn } from './real.ts';

/** The views the state knows of. */
const VIEWS: ReadonlySet<string> = new Set(View.options.map((o) => o.shape.at.value));

/** On a card (after some messages), the name of the reader that handles `text`, or undefined when the search follows. */
function readerOn(serviceId: string, before: readonly string[], text: string): { intent: string; reader: string | undefined } {
  const d = talkOn(serviceId, ...before);
  const t = new TurnBuilder(d.state, d.ctx);
  return { intent: understand(d.state, text, d.ctx), reader: readSearch(new SearchTurn(t, readMessage(t, text))) };
}

describe('the table of the search readers', () => {
  it('names each entry once', () => {
    const names = SEARCH_READERS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('puts each entry in real views, never in none', () => {
    for (const r of SEARCH_READERS) {
      if (r.where === 'anywhere') continue;
      expect(r.where.length, r.name).toBeGreaterThan(0);
      for (const v of r.where) expect(VIEWS.has(v), `${r.name}: ${v}`).toBe(true);
    }
  });

  it('reads the story handled elsewhere first, and the stray find last', () => {
    expect(SEARCH_READERS[0]?.name).toBe('story_goes_on');
    expect(SEARCH_READERS.at(-1)?.name).toBe('stray_find');
  });
});

describe('which reader a message on a card reaches', () => {
  it('a case told in the negative that the card puts in the negative too: negated_case', () => {
    expect(readerOn('cnh-transferencia-estado', [], 'no meu municipio nao tem uai')).toEqual({ intent: 'search', reader: 'negated_case' });
    const d = talkOn('cnh-transferencia-estado', 'no meu municipio nao tem uai');
    expect(said(d)).toContain('onde nao ha uai');
  });

  it('a condition that a step of the card is titled with: condition_step', () => {
    expect(readerOn('ipva-restituicao', [], 'e se o veiculo for recuperado depois?')).toEqual({ intent: 'search', reader: 'condition_step' });
    // Put otherwise ("caso recuperem"), no step is titled with it: another reader, or the search.
    expect(readerOn('ipva-restituicao', [], 'e caso recuperem o carro?').reader).not.toBe('condition_step');
  });

  it('whether the card is good for a use one of its sentences names: use_asked', () => {
    expect(readerOn('certidao-jucemg', [], 'isso serve pra licitacao?')).toEqual({ intent: 'search', reader: 'use_asked' });
  });

  it('the same kind of service for another thing, after a topic answered: same_kind, which carries the topic', () => {
    expect(readerOn('cnh-2a-via', ['quanto custa?'], 'e a do rg?')).toEqual({ intent: 'search', reader: 'same_kind' });
    const d = talkOn('cnh-2a-via', 'quanto custa?', 'e a do rg?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(d.state.topic).toBe('cost');
  });

  it('no reader needing a card reads a message with none in focus', () => {
    const d = talkOn('cnh-transferencia-estado', 'menu');
    expect(d.state.focus).toBeUndefined();
    const t = new TurnBuilder(d.state, d.ctx);
    const reader = readSearch(new SearchTurn(t, readMessage(t, 'no meu municipio nao tem uai')));
    expect(SEARCH_READERS.find((r) => r.name === reader)?.focus).toBeUndefined();
  });
});
