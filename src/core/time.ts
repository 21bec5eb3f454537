// Minas Gerais time (UTC−3; Brazil has had no daylight saving since 2019). The offset lives here only:
// days of statistics, protocol numbers, staff reports and retention periods all come from these helpers.

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** How far Minas Gerais is behind UTC, in milliseconds. */
export const LOCAL_OFFSET_MS = 3 * 3_600_000;

/** The IANA zone of Minas Gerais, for dates written out with toLocale*String. */
export const TIME_ZONE = 'America/Sao_Paulo';

/** The local day number (days since 1970-01-01 in Minas Gerais time) of a timestamp in ms. */
export function localDayNumber(ts: number): number {
  return Math.floor((ts - LOCAL_OFFSET_MS) / DAY_MS);
}

/** The last day written by dayOf, by its day number: turns come in bursts on one day, and formatting a Date costs ~1 µs. */
let lastDay = { n: Number.NaN, text: '' };

/** The local day (YYYY-MM-DD, America/Sao_Paulo) of a timestamp in ms. */
export function dayOf(ts: number): string {
  const n = localDayNumber(ts);
  if (n === lastDay.n) return lastDay.text;
  const text = new Date(ts - LOCAL_OFFSET_MS).toISOString().slice(0, 10);
  lastDay = { n, text };
  return text;
}

/** The local day written without dashes (YYYYMMDD), as in protocol numbers. */
export function compactDayOf(ts: number): string {
  return dayOf(ts).replace(/-/g, '');
}

/** Midnight of a local day (YYYY-MM-DD), as a timestamp in ms. */
export function startOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) + LOCAL_OFFSET_MS;
}

/** Parses "365d", "12m" (months of 30 days), "2y" or "48h" into milliseconds; undefined when it is not one. */
export function parsePeriod(text: string): number | undefined {
  const m = /^(\d+)\s*([hdmy])$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = { h: 3_600_000, d: DAY_MS, m: 30 * DAY_MS, y: 365 * DAY_MS }[m[2] as 'h' | 'd' | 'm' | 'y'];
  return n > 0 ? n * unit : undefined;
}
