import { describe, expect, it } from 'vitest';
import { formatCompact, formatComparison, formatDecimal, formatGrowth, formatInt, formatPct, formatPeriod } from '../../src/stats/format.ts';

describe('pt-BR number formats', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatInt(12345)).toBe('12.345');
    expect(formatInt(15_000_000)).toBe('15.000.000');
    expect(formatDecimal(3.75)).toBe('3,8');
    expect(formatDecimal(null)).toBe('—');
  });

  it('writes shares as whole percentages and growth with its sign', () => {
    expect(formatPct(0.168)).toBe('17%');
    expect(formatPct(1 / 3)).toBe('33%');
    expect(formatGrowth(0.168)).toBe('+17%');
    expect(formatGrowth(-0.05)).toBe('−5%');
    expect(formatGrowth(0.001)).toBe('0%');
    expect(formatGrowth(null)).toBe('—');
  });

  it('shortens counts as the press does', () => {
    expect(formatCompact(12_500_000)).toBe('12,5 mi');
    expect(formatCompact(14_600)).toBe('14,6 mil');
    expect(formatCompact(13_000_000)).toBe('13 mi');
    expect(formatCompact(999_960)).toBe('1 mi');
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(2_300_000_000)).toBe('2,3 bi');
  });

  it('writes the article’s comparison', () => {
    expect(formatComparison(12_500_000, 14_600_000, (14.6 - 12.5) / 12.5)).toBe('12,5 mi → 14,6 mi (+17%)');
    expect(formatComparison(13_500_000, 17_300_000, (17.3 - 13.5) / 13.5)).toBe('13,5 mi → 17,3 mi (+28%)');
    expect(formatComparison(0, 1200, null)).toBe('— → 1,2 mil');
    expect(formatComparison(null, 1200, null)).toBe('—');
    expect(formatComparison(0, 0, null)).toBe('—');
  });

  it('names periods in Portuguese', () => {
    expect(formatPeriod('2025-03', 'month')).toBe('mar/2025');
    expect(formatPeriod('2025-W10', 'week')).toBe('sem. 10/2025');
    expect(formatPeriod('2025-03-03', 'day')).toBe('03/03/2025');
    expect(formatPeriod('total', 'year')).toBe('Total');
  });
});
