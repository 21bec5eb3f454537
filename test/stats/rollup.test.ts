import { afterEach, describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/stats/calendar.ts';
import { computeItd } from '../../src/stats/itd.ts';
import { newUserPeriods, normalizeFailedQuery, userMarkCutoff } from '../../src/stats/rollup.ts';
import { RollupWriter } from '../../src/store/sqlite/rollup.ts';
import { recordSession, tempStore } from './support.ts';

const n = dayNumber;

describe('newUserPeriods', () => {
  it('counts a first session in every period', () => {
    expect(newUserPeriods(n('2025-03-03'), undefined)).toEqual({ day: true, week: true, month: true, year: true });
  });

  it('counts nothing again on the same day', () => {
    expect(newUserPeriods(n('2025-03-03'), n('2025-03-03'))).toEqual({ day: false, week: false, month: false, year: false });
  });

  it('counts a new day in the same week and month', () => {
    expect(newUserPeriods(n('2025-03-05'), n('2025-03-03'))).toEqual({ day: true, week: false, month: false, year: false });
  });

  it('counts a new month but not a new week when a week spans two months', () => {
    // Monday 31 March and Tuesday 1 April 2025 are in ISO week 14.
    expect(newUserPeriods(n('2025-04-01'), n('2025-03-31'))).toEqual({ day: true, week: false, month: true, year: false });
  });

  it('counts a new year and month, but not a new ISO week, across New Year inside one week', () => {
    // Wednesday 31 Dec 2025 and Thursday 1 Jan 2026 are both in 2026-W01.
    expect(newUserPeriods(n('2026-01-01'), n('2025-12-31'))).toEqual({ day: true, week: false, month: true, year: true });
  });

  it('never counts twice when the clock went back', () => {
    expect(newUserPeriods(n('2025-03-02'), n('2025-03-03'))).toEqual({ day: false, week: false, month: false, year: false });
  });
});

describe('normalizeFailedQuery', () => {
  it('removes personal data, lower-cases and collapses spaces', () => {
    expect(normalizeFailedQuery('  Meu CPF é 529.982.247-25   e o tel (31) 99999-1234 ')).toBe('meu cpf é [cpf] e o tel [telefone]');
    expect(normalizeFailedQuery('   ')).toBe('');
  });
});

describe('pruneUserMarks', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('starts 367 days before today', () => {
    expect(userMarkCutoff('2025-01-12')).toBe(n('2025-01-12') - 367);
  });

  it('forgets citizens not seen for more than a year, without changing any count', async () => {
    const t = tempStore();
    cleanups.push(t.cleanup);
    await recordSession(t.store, { channel: 'telegram', user: 'old', at: '2024-01-10T10:00' });
    await recordSession(t.store, { channel: 'telegram', user: 'recent', at: '2025-01-05T10:00' });
    const before = t.store.db.prepare('SELECT * FROM period_users ORDER BY period').all();
    expect(new RollupWriter(t.store.db).pruneUserMarks('2025-01-12')).toBe(1);
    expect(t.store.db.prepare('SELECT user_key FROM channel_users').all()).toEqual([{ user_key: 'recent' }]);
    expect(t.store.db.prepare('SELECT * FROM period_users ORDER BY period').all()).toEqual(before);
    // The forgotten citizen comes back: a new day, week, month and year for them anyway.
    await recordSession(t.store, { channel: 'telegram', user: 'old', at: '2025-01-12T10:00' });
    expect(t.store.db.prepare("SELECT users FROM period_users WHERE period = '2025' AND channel = 'telegram'").get()).toEqual({ users: 2 });
  });
});

describe('computeItd', () => {
  it('is online ÷ all services, with partly online beside it', () => {
    const itd = computeItd([{ delivery: 'online' }, { delivery: 'online' }, { delivery: 'partly_online' }, { delivery: 'in_person' }, { delivery: 'phone' }]);
    expect(itd).toEqual({ services: 5, online: 2, partlyOnline: 1, inPerson: 1, phone: 1, itd: 0.4, partlyOnlineShare: 0.2 });
    expect(computeItd([])).toMatchObject({ services: 0, itd: null, partlyOnlineShare: null });
  });
});
