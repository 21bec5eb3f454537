// The fifteenth session's review (helper rv15): work done once per message on the hot path, same answers. Each test
// was checked to fail without the change.
import { describe, expect, it } from 'vitest';
import type { Searcher } from '../../src/conversation/turn.ts';
import { EngineDriver } from '../support/catalogue.ts';
import { realCatalogue } from './real.ts';

/** A driver over the real catalogue whose index counts, per turn, how often each query was searched with each limit. */
function countingDriver(): { d: EngineDriver; asked: Map<string, number>[] } {
  const d = new EngineDriver(realCatalogue);
  const inner: Searcher = d.ctx.search;
  const asked: Map<string, number>[] = [];
  d.ctx.search = {
    search(query: string, limit?: number) {
      const turn = asked[asked.length - 1];
      const key = `${String(limit)} ${query}`;
      turn?.set(key, (turn.get(key) ?? 0) + 1);
      return inner.search(query, limit);
    },
    knows: (word: string) => inner.knows(word),
    share: (stem: string) => inner.share(stem),
  };
  return { d, asked };
}

describe('one search per query and limit in a turn', () => {
  it.each([
    ['cnh-primeira-habilitacao', 'E se eu já tiver habilitação e quiser renovar?'],
    ['crlv-licenciamento', 'e o ipva tbm ta atrasado'],
    ['cnh-2a-via', 'pera, eu nunca tive carteira, quero tirar a primeira'],
    ['pescador-profissional', 'Desculpe, é só para pescar por lazer nos fins de semana'],
  ])('on the card %s, "%s" searches each of its queries once, the turn as through the index itself', (id, text) => {
    const { d, asked } = countingDriver();
    d.send({ kind: 'start', payload: id });
    const plain = new EngineDriver(realCatalogue);
    plain.send({ kind: 'start', payload: id });
    asked.push(new Map());
    d.say(text);
    plain.say(text);
    const twice = [...(asked[0] ?? new Map<string, number>()).entries()].filter(([, n]) => n > 1).map(([q]) => q);
    expect(twice).toEqual([]);
    expect(asked[0]?.size).toBeGreaterThan(0);
    expect(d.last).toEqual(plain.last);
  });
});
