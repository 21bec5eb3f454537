// Top lists over any range must equal a plain GROUP BY over every daily row, whichever path answers.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../src/stats/calendar.ts';
import { applyEventRollup } from '../../src/stats/rollup.ts';
import { FAILED_SEARCHES, type Ranked, SERVICE_VIEWS, TopLists } from '../../src/stats/toplist.ts';
import { tempStore } from './support.ts';

let t: ReturnType<typeof tempStore>;
const FIRST = '2024-11-20';
const DAYS = 120;
const channels = ['telegram', 'whatsapp'];

beforeAll(() => {
  t = tempStore();
  // A long tail, as citizens write: query i about 400 / (i + 1) times a day per channel, plus noise.
  let seed = 7;
  const rand = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  t.store.db.transaction(() => {
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(FIRST, d);
      for (const channel of channels) {
        for (let i = 0; i < 150; i++) {
          const n = Math.floor((60 / (i + 1)) * (0.5 + rand()));
          for (let k = 0; k < n; k++) applyEventRollup(t.store.db, { day, channel, event: { type: 'search', query: `busca ${i}`, results: 0 } });
        }
        for (let k = 0; k < 3; k++) applyEventRollup(t.store.db, { day, channel, event: { type: 'service_viewed', serviceId: `servico-${(d + k) % 5}` } });
      }
    }
  })();
});
afterAll(() => t.cleanup());

function truth(table: string, key: string, value: string, from: string, to: string, channel: string, limit: number): Ranked[] {
  const filter = channel === '*' ? '' : ' AND channel = ?';
  const params: (string | number)[] = channel === '*' ? [from, to, limit] : [from, to, channel, limit];
  return t.store.db.prepare<(string | number)[], Ranked>(`SELECT ${key} AS key, sum(${value}) AS count FROM ${table} WHERE day BETWEEN ? AND ?${filter} GROUP BY key ORDER BY count DESC, key LIMIT ?`).all(...params);
}

describe('TopLists', () => {
  it('equals a GROUP BY over the daily rows for any range, channel and length', () => {
    const lists = new TopLists(t.store.db);
    const fallback = vi.spyOn(TopLists.prototype as unknown as { groupBy: () => Ranked[] }, 'groupBy');
    let multiPiece = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: DAYS - 1 }), fc.integer({ min: 0, max: DAYS - 1 }), fc.constantFrom('telegram', 'whatsapp', '*'), fc.integer({ min: 1, max: 15 }), (a, b, channel, limit) => {
        const from = addDays(FIRST, Math.min(a, b));
        const to = addDays(FIRST, Math.max(a, b));
        if (from !== to) multiPiece++;
        expect(lists.top(FAILED_SEARCHES, { start: from, end: to }, channel, limit, channels)).toEqual(truth('daily_failed_searches', 'query', 'count', from, to, channel, limit));
        expect(lists.top(SERVICE_VIEWS, { start: from, end: to }, channel, limit, channels)).toEqual(truth('daily_service_views', 'service_id', 'views', from, to, channel, limit));
      }),
      { numRuns: 60 },
    );
    // The threshold algorithm answers most long-tail ranges without the full GROUP BY.
    expect(fallback.mock.calls.length).toBeLessThan(multiPiece);
    fallback.mockRestore();
  });

  it('uses whole months and years: the month’s list is one read', () => {
    const lists = new TopLists(t.store.db);
    expect(lists.top(FAILED_SEARCHES, { start: '2024-12-01', end: '2024-12-31' }, '*', 3, channels)).toEqual(truth('daily_failed_searches', 'query', 'count', '2024-12-01', '2024-12-31', '*', 3));
    expect(lists.top(FAILED_SEARCHES, { start: '2024-12-01', end: '2024-12-31' }, '*', 3, channels).map((r) => r.key)).toEqual(['busca 0', 'busca 1', 'busca 2']);
  });

  it('finds a key that is never in any day’s top rows but leads the whole range', () => {
    const own = tempStore();
    try {
      own.store.db.transaction(() => {
        for (let d = 0; d < 10; d++) {
          const day = addDays('2025-06-02', d);
          // Each day: 45 searches seen only that day (the first 10 + d times, the others 5 times), and one steady search 4 times.
          for (let i = 0; i < 45; i++) for (let k = 0; k < (i === 0 ? 10 + d : 5); k++) applyEventRollup(own.store.db, { day, channel: 'telegram', event: { type: 'search', query: `pico ${d}-${i}`, results: 0 } });
          for (let k = 0; k < 4; k++) applyEventRollup(own.store.db, { day, channel: 'telegram', event: { type: 'search', query: 'sempre', results: 0 } });
        }
      })();
      const top = new TopLists(own.store.db).top(FAILED_SEARCHES, { start: '2025-06-02', end: '2025-06-11' }, 'telegram', 2, ['telegram']);
      expect(top).toEqual([
        { key: 'sempre', count: 40 },
        { key: 'pico 9-0', count: 19 },
      ]);
    } finally {
      own.cleanup();
    }
  });
});
