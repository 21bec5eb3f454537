// Every figure of the report on small hand-made data, with the right answers worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import type { Service } from '../../src/catalogue/schema.ts';
import { projectRoot } from '../../src/config.ts';
import type { EngineEvent } from '../../src/conversation/types.ts';
import { type ReportOptions, parseReportOptions } from '../../src/stats/options.ts';
import { type PeriodStats, type Report, buildReport } from '../../src/stats/report.ts';
import { renderReportTable } from '../../src/stats/table.ts';
import { recordSession, tempStore } from './support.ts';

const search = (query: string, results: number): EngineEvent => ({ type: 'search', query, results });
const view = (serviceId: string): EngineEvent => ({ type: 'service_viewed', serviceId });

// Telegram: citizen A (2024-03-04, then 3 sessions in March 2025), B (1), C (April).
// WhatsApp: X and Y (March 2024 and March 2025).
//   T1 A 03/03 10h  4 msgs  search ipva (2) → ipva viewed → walkthrough finished → "ajudou"
//   T2 A 03/03 15h  2 msgs  search "receita de bolo" (0) → handoff
//   T3 B 05/03 09h  6 msgs  cnh-renovacao viewed from the menu → form submitted → "não ajudou"
//   T4 A 10/03 08h  3 msgs  "receita de bolo" (0), "cpf 529.982.247-25 perdido" (0)
//   T5 C 01/04 12h  1 msg
//   W1 X 03/03 11h  5 msgs  search ipva (1) → ipva and ipva-parcelamento viewed → form submitted → "ajudou"
//   W2 Y 31/03 23h  2 msgs  search ipva (3) → ipva viewed
const sessions: Parameters<typeof recordSession>[1][] = [
  { channel: 'telegram', user: 'A', at: '2024-03-04T10:00', messagesIn: 2 },
  { channel: 'whatsapp', user: 'X', at: '2024-03-15T10:00', messagesIn: 2 },
  { channel: 'whatsapp', user: 'Y', at: '2024-03-15T11:00', messagesIn: 2 },
  {
    channel: 'telegram',
    user: 'A',
    at: '2025-03-03T10:00',
    messagesIn: 4,
    events: [search('ipva', 2), view('ipva'), { type: 'walkthrough_finished', serviceId: 'ipva' }, { type: 'feedback', helpful: true }],
  },
  { channel: 'whatsapp', user: 'X', at: '2025-03-03T11:00', messagesIn: 5, events: [search('ipva', 1), view('ipva'), view('ipva-parcelamento'), { type: 'form_submitted', serviceId: 'ipva-parcelamento', protocol: 'ATD-20250303-000001' }, { type: 'feedback', helpful: true }] },
  { channel: 'telegram', user: 'A', at: '2025-03-03T15:00', messagesIn: 2, events: [search('Receita  de BOLO', 0), { type: 'handoff' }], closeBy: 'shutdown' },
  { channel: 'telegram', user: 'B', at: '2025-03-05T09:00', messagesIn: 6, events: [view('cnh-renovacao'), { type: 'form_submitted', serviceId: 'cnh-renovacao', protocol: 'ATD-20250305-000002' }, { type: 'feedback', helpful: false }], closeBy: 'idle' },
  { channel: 'telegram', user: 'A', at: '2025-03-10T08:00', messagesIn: 3, events: [search('receita de bolo', 0), search('cpf 529.982.247-25 perdido', 0)] },
  { channel: 'whatsapp', user: 'Y', at: '2025-03-31T23:00', messagesIn: 2, events: [search('ipva', 3), view('ipva')], closeBy: 'idle' },
  { channel: 'telegram', user: 'C', at: '2025-04-01T12:00', messagesIn: 1 },
];

let t: ReturnType<typeof tempStore>;
let services: readonly Service[];

async function report(raw: { from?: string; to?: string; by?: string; channel?: string }): Promise<Report> {
  const parsed = parseReportOptions(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const o: ReportOptions = parsed.options;
  return buildReport({ stats: t.store.stats, services, today: '2025-06-01' }, o);
}

function row(r: Report, channel: string, period: string): PeriodStats {
  const found = [...r.rows, ...r.totals].find((s) => s.channel === channel && s.period === period);
  if (!found) throw new Error(`no row ${channel} ${period}`);
  return found;
}

beforeAll(async () => {
  t = tempStore();
  for (const s of sessions) await recordSession(t.store, s);
  services = (await loadCatalogue(`${projectRoot}/data`)).catalogue?.services ?? [];
});
afterAll(() => t.cleanup());

describe('March 2025 by month', () => {
  it('counts sessions, unique users and messages per session per channel and in all', async () => {
    const r = await report({ from: '2025-03-01', to: '2025-03-31', by: 'month' });
    expect(r.channels).toEqual(['telegram', 'whatsapp']);
    const tg = row(r, 'telegram', '2025-03');
    expect(tg).toMatchObject({ sessions: 4, users: 2, messagesIn: 15, complete: true });
    expect(tg.messagesPerSession).toBeCloseTo(15 / 4);
    expect(row(r, 'whatsapp', '2025-03')).toMatchObject({ sessions: 2, users: 2, messagesIn: 7, messagesPerSession: 3.5 });
    const all = row(r, '*', '2025-03');
    expect(all).toMatchObject({ sessions: 6, users: 4, messagesIn: 22 });
  });

  it('compares with March 2024', async () => {
    const r = await report({ from: '2025-03-01', to: '2025-03-31', by: 'month' });
    const tg = row(r, 'telegram', '2025-03');
    expect(tg.previous).toEqual({ start: '2024-03-01', end: '2024-03-31', sessions: 1, users: 1 });
    expect(tg.growth).toBe(3); // 4 vs 1: +300%
    expect(row(r, 'whatsapp', '2025-03').growth).toBe(0); // 2 vs 2
    expect(row(r, '*', '2025-03').growth).toBe(1); // 6 vs 3: +100%
  });

  it('follows the funnel search → service viewed → finished or submitted, handoffs and feedback', async () => {
    const r = await report({ from: '2025-03-01', to: '2025-03-31', by: 'month' });
    const tg = row(r, 'telegram', '2025-03');
    // searched: T1, T2, T4; of those viewed: T1; of those finished/submitted: T1.
    expect(tg.funnel).toEqual({ searched: 3, viewedAfterSearch: 1, completedAfterSearch: 1, viewRate: 1 / 3, completionRate: 1 });
    // viewed: T1, T3; finished: T1; submitted: T3; handoff: T2 of 4 sessions.
    expect(tg).toMatchObject({ viewed: 2, finished: 1, requested: 1, completed: 2, handoff: 1, handoffRate: 0.25 });
    expect(tg.feedback).toEqual({ yes: 1, no: 1, helpfulShare: 0.5 });
    const wa = row(r, 'whatsapp', '2025-03');
    expect(wa.funnel).toEqual({ searched: 2, viewedAfterSearch: 2, completedAfterSearch: 1, viewRate: 1, completionRate: 0.5 });
    expect(wa).toMatchObject({ handoff: 0, handoffRate: 0 });
    expect(wa.feedback).toEqual({ yes: 1, no: 0, helpfulShare: 1 });
  });

  it('ranks the most viewed services, with titles from the catalogue', async () => {
    const r = await report({ from: '2025-03-01', to: '2025-03-31', by: 'month' });
    const all = r.topServices.find((l) => l.channel === '*');
    expect(all?.items.map((s) => [s.serviceId, s.views])).toEqual([
      ['ipva', 3],
      ['cnh-renovacao', 1],
      ['ipva-parcelamento', 1],
    ]);
    expect(all?.items[0]?.title).toBe(services.find((s) => s.id === 'ipva')?.title);
    expect(r.topServices.find((l) => l.channel === 'telegram')?.items.map((s) => [s.serviceId, s.views])).toEqual([
      ['cnh-renovacao', 1],
      ['ipva', 1],
    ]);
  });

  it('lists the searches with no result, normalised and without personal data', async () => {
    const r = await report({ from: '2025-03-01', to: '2025-03-31', by: 'month' });
    expect(r.failedSearches.find((l) => l.channel === '*')?.items).toEqual([
      { query: 'receita de bolo', count: 2 },
      { query: 'cpf [cpf] perdido', count: 1 },
    ]);
    expect(r.failedSearches.find((l) => l.channel === 'whatsapp')?.items).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('529.982');
  });

  it('computes the same lists when the range is not whole months', async () => {
    const r = await report({ from: '2025-03-03', to: '2025-04-01', by: 'month' });
    expect(r.topServices.find((l) => l.channel === '*')?.items.map((s) => [s.serviceId, s.views])).toEqual([
      ['ipva', 3],
      ['cnh-renovacao', 1],
      ['ipva-parcelamento', 1],
    ]);
    expect(r.failedSearches.find((l) => l.channel === 'telegram')?.items).toEqual([
      { query: 'receita de bolo', count: 2 },
      { query: 'cpf [cpf] perdido', count: 1 },
    ]);
  });
});

describe('unique users by day, week and year', () => {
  it('counts a citizen once per day, week and year however many sessions', async () => {
    const byDay = await report({ from: '2025-03-03', to: '2025-03-03', by: 'day', channel: 'telegram' });
    expect(row(byDay, 'telegram', '2025-03-03')).toMatchObject({ sessions: 2, users: 1 }); // A twice
    const byWeek = await report({ from: '2025-03-03', to: '2025-03-16', by: 'week', channel: 'telegram' });
    expect(row(byWeek, 'telegram', '2025-W10')).toMatchObject({ sessions: 3, users: 2 }); // A, A, B
    expect(row(byWeek, 'telegram', '2025-W11')).toMatchObject({ sessions: 1, users: 1 }); // A again, new week
    const byYear = await report({ from: '2025-01-01', to: '2025-12-31', by: 'year' });
    expect(row(byYear, 'telegram', '2025')).toMatchObject({ sessions: 5, users: 3 }); // A, B, C
    expect(row(byYear, 'telegram', '2025').previous).toMatchObject({ sessions: 1, users: 1 });
    expect(row(byYear, 'whatsapp', '2025')).toMatchObject({ sessions: 2, users: 2 });
  });

  it('leaves unique users out of a period that is not a whole day, week, month or year', async () => {
    const r = await report({ from: '2025-03-02', to: '2025-03-31', by: 'month' });
    const tg = row(r, 'telegram', '2025-03');
    expect(tg).toMatchObject({ sessions: 4, users: null, complete: false });
    expect(row(r, '*', '2025-03').users).toBeNull();
    const weeks = await report({ from: '2025-03-01', to: '2025-03-31', by: 'week', channel: 'whatsapp' });
    expect(row(weeks, 'whatsapp', '2025-W09')).toMatchObject({ sessions: 0, users: null, complete: false }); // 1–2 March
    // The clipped last week is the single day 31 March: a whole day, so its users are known.
    expect(row(weeks, 'whatsapp', '2025-W14')).toMatchObject({ sessions: 1, users: 1, complete: false });
  });
});

describe('ranges and channels', () => {
  it('filters channels', async () => {
    const r = await report({ from: '2025-03-01', to: '2025-03-31', channel: 'whatsapp' });
    expect(r.channels).toEqual(['whatsapp']);
    expect(r.rows.map((s) => s.channel)).toEqual(['whatsapp']);
    expect(r.topServices.map((l) => l.channel)).toEqual(['whatsapp']);
  });

  it('defaults to every day with data, widened to whole buckets', async () => {
    const r = await report({ by: 'month' });
    expect([r.from, r.to]).toEqual(['2024-03-01', '2025-04-30']);
    expect(r.rows.filter((s) => s.channel === '*').map((s) => [s.period, s.sessions])).toEqual([
      ['2024-03', 3],
      ['2024-04', 0],
      ['2024-05', 0],
      ['2024-06', 0],
      ['2024-07', 0],
      ['2024-08', 0],
      ['2024-09', 0],
      ['2024-10', 0],
      ['2024-11', 0],
      ['2024-12', 0],
      ['2025-01', 0],
      ['2025-02', 0],
      ['2025-03', 6],
      ['2025-04', 1],
    ]);
    // Fourteen months: no "same period a year earlier" that would not overlap.
    expect(r.totals.find((s) => s.channel === '*')).toMatchObject({ sessions: 10, previous: null, growth: null });
  });

  it('rejects bad options with messages in Portuguese', () => {
    const bad = parseReportOptions({ from: '2025-02-30', by: 'quarter', channel: 'Tele gram' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.join('\n')).toContain('--from: use uma data válida no formato AAAA-MM-DD');
      expect(bad.errors.join('\n')).toContain('--by: use day, week, month ou year');
      expect(bad.errors.join('\n')).toContain('--channel:');
    }
    const reversed = parseReportOptions({ from: '2025-03-02', to: '2025-03-01' });
    expect(reversed.ok ? [] : reversed.errors).toEqual(['--from: a data inicial (2025-03-02) é posterior à final (2025-03-01)']);
  });
});

describe('the Índice de Transformação Digital', () => {
  it('is the share of services delivered fully online in the current catalogue', async () => {
    const r = await report({ from: '2025-03-01', to: '2025-03-31' });
    const online = services.filter((s) => s.delivery === 'online').length;
    const partly = services.filter((s) => s.delivery === 'partly_online').length;
    expect(r.itd).toMatchObject({ services: services.length, online, partlyOnline: partly, itd: online / services.length, partlyOnlineShare: partly / services.length });
    // The bundled catalogue: 38 of 74 fully online, 27 partly.
    expect([r.itd.online, r.itd.partlyOnline, r.itd.services]).toEqual([38, 27, 74]);
  });
});

describe('the pt-BR table', () => {
  it('shows the figures in Brazilian format', async () => {
    const text = renderReportTable(await report({ from: '2025-03-01', to: '2025-03-31', by: 'month' }));
    expect(text).toContain('Período: 01/03/2025 a 31/03/2025 · agrupado por mês · canais: Telegram, WhatsApp');
    expect(text).toMatch(/Telegram\s+mar\/2025\s+4\s+2\s+3,8\s+1 → 4 \(\+300%\)/);
    expect(text).toMatch(/Todos os canais\s+mar\/2025\s+6\s+4\s+3,7\s+3 → 6 \(\+100%\)/);
    expect(text).toMatch(/Telegram\s+mar\/2025\s+3\s+1 \(33%\)\s+1 \(100%\)\s+25% \(1\)\s+50% \(1 de 2\)/);
    expect(text).toContain('"receita de bolo" — 2');
    expect(text).toContain('ITD: 51% — 38 de 74 serviços totalmente online');
    expect(text).toContain('Parcialmente online: 36% (27 serviços)');
  });
});
