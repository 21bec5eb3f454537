// The local day of a timestamp (Minas Gerais, UTC−3): remembered between calls, so the answer must follow the day.
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/core/time.ts';

describe('dayOf', () => {
  it('writes the local day of each timestamp, also when calls alternate between days', () => {
    const lateOn1st = Date.parse('2026-03-02T02:59:59Z'); // 23:59:59 on 1 March in Minas Gerais
    const earlyOn2nd = Date.parse('2026-03-02T03:00:00Z'); // midnight on 2 March
    const stamps = [lateOn1st, lateOn1st, earlyOn2nd, lateOn1st, earlyOn2nd, earlyOn2nd, Date.parse('2025-12-31T12:00:00Z')];
    expect(stamps.map(dayOf)).toEqual(['2026-03-01', '2026-03-01', '2026-03-02', '2026-03-01', '2026-03-02', '2026-03-02', '2025-12-31']);
  });

  it('still refuses a timestamp that is not a date', () => {
    expect(() => dayOf(Number.NaN)).toThrow(RangeError);
  });
});
