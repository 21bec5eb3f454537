// Calendar arithmetic on local day strings (YYYY-MM-DD, Minas Gerais time): day numbers, ISO weeks,
// months, years, report buckets and "the same period a year earlier". Pure; no I/O.

/** How a report groups days. */
export type Granularity = 'day' | 'week' | 'month' | 'year';

/** A span of whole days, both ends included. */
export interface DayRange {
  start: string;
  end: string;
}

/** One report bucket: its natural key ("2020", "2020-03", "2020-W11", "2020-03-15") and the days it covers. */
export interface Bucket extends DayRange {
  key: string;
  /** True when the bucket covers its whole natural period (then unique users are exact). */
  complete: boolean;
}

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a local day string. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The local day string of a day number. */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** True when `day` is a real calendar date written YYYY-MM-DD. */
export function isDay(day: string): boolean {
  const m = DAY_RE.exec(day);
  if (!m) return false;
  const n = dayNumber(day);
  return Number.isFinite(n) && dayString(n) === day;
}

/** Adds `n` days. */
export function addDays(day: string, n: number): string {
  return dayString(dayNumber(day) + n);
}

/** Year and month (1–12) of a day number, by integer arithmetic (H. Hinnant's civil_from_days): no Date built. */
export function yearMonthOf(n: number): { year: number; month: number } {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

/** A number shared by the seven days of one ISO week (Monday to Sunday). */
export function weekIndex(n: number): number {
  return Math.floor((n + 3) / 7);
}

/** ISO week (Monday to Sunday) of a day number: its ISO year and number, and the key "2020-W05". */
export function isoWeek(n: number): { year: number; week: number; key: string; monday: number } {
  // 1970-01-01 was a Thursday; (n + 3) mod 7 gives 0 for Monday.
  const weekday = (((n + 3) % 7) + 7) % 7;
  const monday = n - weekday;
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = dayNumber(`${year}-01-01`);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return { year, week, key: `${year}-W${String(week).padStart(2, '0')}`, monday };
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The natural period of `by` that contains `day`: its key and first and last day. */
export function periodOf(day: string, by: Granularity): { key: string; start: string; end: string } {
  if (by === 'day') return { key: day, start: day, end: day };
  if (by === 'week') {
    const w = isoWeek(dayNumber(day));
    return { key: w.key, start: dayString(w.monday), end: dayString(w.monday + 6) };
  }
  const year = Number(day.slice(0, 4));
  if (by === 'month') {
    const month = Number(day.slice(5, 7));
    const mm = String(month).padStart(2, '0');
    return { key: `${year}-${mm}`, start: `${year}-${mm}-01`, end: `${year}-${mm}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}` };
  }
  return { key: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The buckets of `by` that cover [from, to], clipped to the range; the edge buckets may be partial. */
export function bucketsOf(range: DayRange, by: Granularity): Bucket[] {
  const out: Bucket[] = [];
  let day = range.start;
  while (day <= range.end) {
    const p = periodOf(day, by);
    const start = p.start < range.start ? range.start : p.start;
    const end = p.end > range.end ? range.end : p.end;
    out.push({ key: p.key, start, end, complete: start === p.start && end === p.end });
    day = addDays(p.end, 1);
  }
  return out;
}

/** The number of buckets of `by` over a range, without building them. */
export function bucketCount(range: DayRange, by: Granularity): number {
  const days = dayNumber(range.end) - dayNumber(range.start) + 1;
  if (by === 'day') return days;
  if (by === 'week') return Math.ceil(days / 7) + 1;
  const months = (Number(range.end.slice(0, 4)) - Number(range.start.slice(0, 4))) * 12 + Number(range.end.slice(5, 7)) - Number(range.start.slice(5, 7)) + 1;
  return by === 'month' ? months : Number(range.end.slice(0, 4)) - Number(range.start.slice(0, 4)) + 1;
}

/** The same calendar date one year earlier (29 February becomes 28 February). */
export function yearEarlier(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const month = Number(day.slice(5, 7));
  const d = Math.min(Number(day.slice(8, 10)), lastDayOfMonth(year, month));
  return `${year}-${day.slice(5, 7)}-${String(d).padStart(2, '0')}`;
}

/**
 * "The same period a year earlier" of a bucket. Weeks go back 52 weeks (364 days), so that an ISO week
 * maps to a whole ISO week with the same weekdays; days, months and years keep their calendar dates.
 */
export function previousYear(bucket: DayRange, by: Granularity): Bucket {
  const start = by === 'week' ? addDays(bucket.start, -364) : yearEarlier(bucket.start);
  let end = by === 'week' ? addDays(bucket.end, -364) : yearEarlier(bucket.end);
  // A month or year that ends on its last day keeps ending on the last day (February 2021 → February 2020 ends on the 29th).
  const nat = periodOf(bucket.end, by === 'week' ? 'day' : by);
  if (by !== 'week' && by !== 'day' && bucket.end === nat.end) end = periodOf(end, by).end;
  const p = periodOf(start, by);
  return { key: p.key, start, end, complete: p.start === start && p.end === end };
}

/**
 * Splits a range into the fewest whole years, whole months and loose days, so that figures kept per
 * month and per year can answer long ranges without summing every day.
 */
export function decompose(range: DayRange): { days: DayRange[]; months: string[]; years: string[] } {
  const days: DayRange[] = [];
  const months: string[] = [];
  const years: string[] = [];
  let day = range.start;
  let looseStart: string | undefined;
  const flush = (until: string): void => {
    if (looseStart !== undefined) days.push({ start: looseStart, end: until });
    looseStart = undefined;
  };
  while (day <= range.end) {
    const y = periodOf(day, 'year');
    if (y.start === day && y.end <= range.end) {
      flush(addDays(day, -1));
      years.push(y.key);
      day = addDays(y.end, 1);
      continue;
    }
    const m = periodOf(day, 'month');
    if (m.start === day && m.end <= range.end) {
      flush(addDays(day, -1));
      months.push(m.key);
      day = addDays(m.end, 1);
      continue;
    }
    looseStart ??= day;
    day = addDays(day, 1);
  }
  flush(range.end);
  return { days, months, years };
}
