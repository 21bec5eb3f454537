// Top lists over any range must equal a plain GROUP BY over every daily row, whichever path answers.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../src/conversation/types.ts';
import { initialState } from '../../src/conversation/types.ts';
import { startOfDay } from '../../src/core/time.ts';
import { addDays } from '../../src/stats/calendar.ts';
import type { Ranked } from '../../src/stats/reader.ts';
import { type RankedSource, topOf } from '../../src/stats/toplist.ts';
import type { SqliteStore } from '../../src/store/sqlite/store.ts';
import { tempStore } from './support.ts';

/** Stores one day's events of one channel, as one turn of a session at noon that day. */
async function recordDay(store: SqliteStore, day: string, channel: string, events: EngineEvent[]): Promise<void> {
  const at = startOfDay(day) + 12 * 3_600_000;
  const session = { id: randomUUID(), channel, userKey: `${channel}-${day}`, startedAt: at, lastAt: at, endedAt: null, outcome: null, messagesIn: 1, messagesOut: 1, state: initialState() };
  await store.runTurn({ channel, userKey: session.userKey }, async () => ({ result: undefined, write: { session, isNew: true, events } }));
}

/** The store's piece reads, counting the calls that fall back to summing every row. */
function counting(source: RankedSource): RankedSource & { fallbacks: number } {
  const counted = {
    fallbacks: 0,
    pieceTop: source.pieceTop.bind(source),
    sums: (...args: Parameters<RankedSource['sums']>) => {
      if (args[2] === undefined) counted.fallbacks++;
      return source.sums(...args);
    },
  };
  return counted;
}

let t: ReturnType<typeof tempStore>;
const FIRST = '2024-11-20';
const DAYS = 120;
const channels = ['telegram', 'whatsapp'];

beforeAll(async () => {
  t = tempStore();
  // A long tail, as citizens write: query i about 400 / (i + 1) times a day per channel, plus noise.
  let seed = 7;
  const rand = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  await t.store.batch(async () => {
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(FIRST, d);
      for (const channel of channels) {
        const events: EngineEvent[] = [];
        for (let i = 0; i < 150; i++) {
          const n = Math.floor((60 / (i + 1)) * (0.5 + rand()));
          for (let k = 0; k < n; k++) events.push({ type: 'search', query: `busca ${i}`, results: 0 });
        }
        for (let k = 0; k < 3; k++) events.push({ type: 'service_viewed', serviceId: `servico-${(d + k) % 5}` });
        await recordDay(t.store, day, channel, events);
      }
    }
  });
});
afterAll(() => t.cleanup());

function truth(table: string, key: string, value: string, from: string, to: string, channel: string, limit: number): Ranked[] {
  const filter = channel === '*' ? '' : ' AND channel = ?';
  const params: (string | number)[] = channel === '*' ? [from, to, limit] : [from, to, channel, limit];
  return t.store.db.prepare<(string | number)[], Ranked>(`SELECT ${key} AS key, sum(${value}) AS count FROM ${table} WHERE day BETWEEN ? AND ?${filter} GROUP BY key ORDER BY count DESC, key LIMIT ?`).all(...params);
}

describe('top lists (stats/toplist.ts on the SQLite pieces)', () => {
  it('equal a GROUP BY over the daily rows for any range, channel and length', async () => {
    const source = counting(t.store.stats.ranked);
    let multiPiece = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: DAYS - 1 }), fc.integer({ min: 0, max: DAYS - 1 }), fc.constantFrom('telegram', 'whatsapp', '*'), fc.integer({ min: 1, max: 15 }), async (a, b, channel, limit) => {
        const from = addDays(FIRST, Math.min(a, b));
        const to = addDays(FIRST, Math.max(a, b));
        if (from !== to) multiPiece++;
        expect(await topOf(source, 'failed_searches', { start: from, end: to }, channel, limit, channels)).toEqual(truth('daily_failed_searches', 'query', 'count', from, to, channel, limit));
        expect(await topOf(source, 'service_views', { start: from, end: to }, channel, limit, channels)).toEqual(truth('daily_service_views', 'service_id', 'views', from, to, channel, limit));
      }),
      { numRuns: 60 },
    );
    // The threshold algorithm answers most long-tail ranges without the full GROUP BY.
    expect(source.fallbacks).toBeLessThan(multiPiece);
  });

  it('use whole months and years: the month’s list is one read', async () => {
    const source = t.store.stats.ranked;
    expect(await topOf(source, 'failed_searches', { start: '2024-12-01', end: '2024-12-31' }, '*', 3, channels)).toEqual(truth('daily_failed_searches', 'query', 'count', '2024-12-01', '2024-12-31', '*', 3));
    expect((await topOf(source, 'failed_searches', { start: '2024-12-01', end: '2024-12-31' }, '*', 3, channels)).map((r) => r.key)).toEqual(['busca 0', 'busca 1', 'busca 2']);
  });

  it('find a key that is never in any day’s top rows but leads the whole range', async () => {
    const own = tempStore();
    try {
      await own.store.batch(async () => {
        for (let d = 0; d < 10; d++) {
          const day = addDays('2025-06-02', d);
          // Each day: 45 searches seen only that day (the first 10 + d times, the others 5 times), and one steady search 4 times.
          const events: EngineEvent[] = [];
          for (let i = 0; i < 45; i++) for (let k = 0; k < (i === 0 ? 10 + d : 5); k++) events.push({ type: 'search', query: `pico ${d}-${i}`, results: 0 });
          for (let k = 0; k < 4; k++) events.push({ type: 'search', query: 'sempre', results: 0 });
          await recordDay(own.store, day, 'telegram', events);
        }
      });
      const top = await topOf(own.store.stats.ranked, 'failed_searches', { start: '2025-06-02', end: '2025-06-11' }, 'telegram', 2, ['telegram']);
      expect(top).toEqual([
        { key: 'sempre', count: 40 },
        { key: 'pico 9-0', count: 19 },
      ]);
    } finally {
      await own.cleanup();
    }
  });
});
