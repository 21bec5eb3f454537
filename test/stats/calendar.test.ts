import { describe, expect, it } from 'vitest';
import { bucketsOf, decompose, isDay, isoWeek, dayNumber, periodOf, previousYear, weekIndex, yearMonthOf, dayString } from '../../src/stats/calendar.ts';

describe('ISO weeks', () => {
  it('numbers weeks from the one holding the year’s first Thursday', () => {
    expect(isoWeek(dayNumber('2020-12-31')).key).toBe('2020-W53');
    expect(isoWeek(dayNumber('2021-01-03')).key).toBe('2020-W53');
    expect(isoWeek(dayNumber('2021-01-04')).key).toBe('2021-W01');
    expect(isoWeek(dayNumber('2019-12-30')).key).toBe('2020-W01');
    expect(isoWeek(dayNumber('2025-03-03')).key).toBe('2025-W10');
  });

  it('gives the seven days of a week the same week index, and the next Monday another', () => {
    const monday = dayNumber('2025-03-03');
    for (let d = 0; d < 7; d++) expect(weekIndex(monday + d)).toBe(weekIndex(monday));
    expect(weekIndex(monday + 7)).not.toBe(weekIndex(monday));
    expect(weekIndex(monday - 1)).not.toBe(weekIndex(monday));
  });
});

describe('yearMonthOf', () => {
  it('agrees with the calendar over four centuries', () => {
    for (let n = dayNumber('1900-01-01'); n < dayNumber('2300-01-01'); n += 17) {
      const d = dayString(n);
      expect(yearMonthOf(n)).toEqual({ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)) });
    }
  });
});

describe('isDay', () => {
  it('accepts real dates only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('25-01-01')).toBe(false);
  });
});

describe('buckets', () => {
  it('clips the edge buckets to the range and marks them incomplete', () => {
    expect(bucketsOf({ start: '2025-03-01', end: '2025-03-31' }, 'week')).toEqual([
      { key: '2025-W09', start: '2025-03-01', end: '2025-03-02', complete: false },
      { key: '2025-W10', start: '2025-03-03', end: '2025-03-09', complete: true },
      { key: '2025-W11', start: '2025-03-10', end: '2025-03-16', complete: true },
      { key: '2025-W12', start: '2025-03-17', end: '2025-03-23', complete: true },
      { key: '2025-W13', start: '2025-03-24', end: '2025-03-30', complete: true },
      { key: '2025-W14', start: '2025-03-31', end: '2025-03-31', complete: false },
    ]);
    expect(bucketsOf({ start: '2019-01-01', end: '2020-12-31' }, 'year').map((b) => [b.key, b.complete])).toEqual([
      ['2019', true],
      ['2020', true],
    ]);
    expect(periodOf('2024-02-10', 'month')).toEqual({ key: '2024-02', start: '2024-02-01', end: '2024-02-29' });
  });
});

describe('previousYear', () => {
  it('keeps calendar dates for days, months and years, and whole months stay whole', () => {
    expect(previousYear({ start: '2020-01-01', end: '2020-12-31' }, 'year')).toMatchObject({ key: '2019', start: '2019-01-01', end: '2019-12-31', complete: true });
    expect(previousYear({ start: '2021-02-01', end: '2021-02-28' }, 'month')).toMatchObject({ start: '2020-02-01', end: '2020-02-29', complete: true });
    expect(previousYear({ start: '2020-02-29', end: '2020-02-29' }, 'day')).toMatchObject({ start: '2019-02-28', end: '2019-02-28' });
  });

  it('moves weeks back 52 weeks, onto a whole ISO week', () => {
    expect(previousYear({ start: '2025-03-03', end: '2025-03-09' }, 'week')).toMatchObject({ key: '2024-W10', start: '2024-03-04', end: '2024-03-10', complete: true });
  });
});

describe('decompose', () => {
  it('splits a range into whole years, whole months and loose days', () => {
    expect(decompose({ start: '2019-12-15', end: '2021-02-10' })).toEqual({
      days: [
        { start: '2019-12-15', end: '2019-12-31' },
        { start: '2021-02-01', end: '2021-02-10' },
      ],
      months: ['2021-01'],
      years: ['2020'],
    });
    expect(decompose({ start: '2025-03-01', end: '2025-03-31' })).toEqual({ days: [], months: ['2025-03'], years: [] });
  });
});
