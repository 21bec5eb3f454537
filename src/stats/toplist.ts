// Exact top-N lists (most viewed services, searches with no result) over any range of days, read from
// the per-day, per-month and per-year rows without summing the long tail.
//
// A range is split into pieces (whole years, whole months, loose days × channel). One piece is one
// indexed read. Several pieces use a threshold algorithm (Fagin et al.): read the top M rows of each
// piece, sum exactly the best candidates, and accept the answer only if no other key can reach it:
// a key missing from a piece's top M counts at most that piece's M-th value there. When the proof
// fails, M grows; in the end a plain GROUP BY over every row gives the answer. Always exact.
import { type DayRange, addDays, decompose } from './calendar.ts';
import type { Ranked, RankedList } from './reader.ts';
import { ALL_CHANNELS } from './rollup.ts';

/** One piece of a range: a loose day of one channel, or a whole month or year of one channel or ALL_CHANNELS. */
export interface Piece {
  kind: 'day' | 'period';
  at: string;
  channel: string;
}

/** All the pieces of a range at once: the loose days × their channels, and the whole months and years. */
export interface PieceSet {
  days: string[];
  dayChannels: string[];
  periods: string[];
  /** The channel of the period rows (a real channel, or ALL_CHANNELS). */
  channel: string;
}

/** The reads a store answers so that `topOf` can rank exactly; each is one indexed query in SQL. */
export interface RankedSource {
  /** The `limit` highest entries of one piece, highest first, ties by key. */
  pieceTop(list: RankedList, piece: Piece, limit: number): Promise<Ranked[]>;
  /** Exact sums over every piece of `set`: of the given keys only, or (no keys) of all keys, highest first, at most `limit`. */
  sums(list: RankedList, set: PieceSet, keys?: readonly string[], limit?: number): Promise<Ranked[]>;
}

const byCountThenKey = (a: Ranked, b: Ranked): number => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The top `limit` keys of a list over a range, for one channel or ALL_CHANNELS (`dataChannels`: every real channel). */
export async function topOf(src: RankedSource, list: RankedList, range: DayRange, channel: string, limit: number, dataChannels: readonly string[]): Promise<Ranked[]> {
  const parts = decompose(range);
  const days: string[] = [];
  for (const d of parts.days) for (let day = d.start; day <= d.end; day = addDays(day, 1)) days.push(day);
  const dayChannels = channel === ALL_CHANNELS ? [...dataChannels] : [channel];
  const periods = [...parts.years, ...parts.months];
  const pieces: Piece[] = [
    ...days.flatMap((at) => dayChannels.map((ch): Piece => ({ kind: 'day', at, channel: ch }))),
    ...periods.map((at): Piece => ({ kind: 'period', at, channel })),
  ];
  if (pieces.length === 0) return [];
  const only = pieces[0];
  if (pieces.length === 1 && only) return src.pieceTop(list, only, limit);
  const set: PieceSet = { days, dayChannels, periods, channel };
  for (let m = Math.max(40, limit * 4), attempt = 0; attempt < 3; attempt++, m *= 4) {
    const found = await thresholdTop(src, list, set, pieces, limit, m);
    if (found) return found;
  }
  return src.sums(list, set, undefined, limit);
}

async function thresholdTop(src: RankedSource, list: RankedList, set: PieceSet, pieces: Piece[], limit: number, m: number): Promise<Ranked[] | undefined> {
  const lower = new Map<string, number>();
  const seenThreshold = new Map<string, number>();
  let total = 0;
  for (const p of pieces) {
    const rows = await src.pieceTop(list, p, m);
    // A key that is not among this piece's top m counts at most the m-th value here (0 when the piece was read whole).
    const threshold = rows.length === m ? (rows[m - 1]?.count ?? 0) : 0;
    total += threshold;
    for (const r of rows) {
      lower.set(r.key, (lower.get(r.key) ?? 0) + r.count);
      seenThreshold.set(r.key, (seenThreshold.get(r.key) ?? 0) + threshold);
    }
  }
  const byLower = [...lower].map(([key, count]) => ({ key, count })).sort(byCountThenKey);
  const candidates = byLower.slice(0, limit * 2);
  const sums = new Map((await src.sums(list, set, candidates.map((c) => c.key))).map((r) => [r.key, r.count]));
  const ranked = candidates.map((c) => ({ key: c.key, count: sums.get(c.key) ?? 0 })).sort(byCountThenKey);
  const chosen = ranked.slice(0, limit);
  // The best any key outside the exactly-summed candidates could reach.
  let bound = total;
  for (const r of byLower.slice(limit * 2)) bound = Math.max(bound, r.count + total - (seenThreshold.get(r.key) ?? 0));
  const last = chosen[chosen.length - 1];
  if (chosen.length < limit) return bound === 0 ? chosen : undefined;
  return last && bound < last.count ? chosen : undefined;
}
