// "Perguntas mais frequentes por serviço": answered follow-up questions, counted per service and kind on a real
// SQLite file (and the memory store, which must answer the same), shown by `stats` and the dashboard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import type { Service } from '../../src/catalogue/schema.ts';
import { projectRoot } from '../../src/config.ts';
import type { EngineEvent, Topic } from '../../src/conversation/types.ts';
import { renderReportCsv } from '../../src/stats/csv.ts';
import { renderDashboard } from '../../src/stats/dashboard/html.ts';
import { questionLabel } from '../../src/stats/followups.ts';
import { parseReportOptions } from '../../src/stats/options.ts';
import { buildReport } from '../../src/stats/report.ts';
import { renderReportTable } from '../../src/stats/table.ts';
import { MemoryStore } from '../../src/store/memory/store.ts';
import { migrations } from '../../src/store/sqlite/schema.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { local, recordSession, tempStore } from './support.ts';

const ask = (serviceId: string, kind: Topic): EngineEvent => ({ type: 'follow_up', kind, serviceId });

// March 2025: IPVA is asked about 4 times (cost ×3, documents ×1), the CIN 2ª via 2 times (time, cost); one
// question in April and one on WhatsApp, which filters must leave out.
const sessions: Parameters<typeof recordSession>[1][] = [
  { channel: 'telegram', user: 'A', at: '2025-03-03T10:00', events: [ask('ipva', 'cost'), ask('ipva', 'documents'), ask('ipva', 'cost')] },
  { channel: 'telegram', user: 'B', at: '2025-03-04T10:00', events: [ask('ipva', 'cost'), ask('cin-2a-via', 'time')] },
  { channel: 'telegram', user: 'C', at: '2025-03-31T23:30', events: [ask('cin-2a-via', 'cost')], closeBy: 'idle' },
  { channel: 'whatsapp', user: 'X', at: '2025-03-10T09:00', events: [ask('ipva', 'where')], closeBy: 'shutdown' },
  { channel: 'telegram', user: 'A', at: '2025-04-01T08:00', events: [ask('ipva', 'how')] },
];

let services: readonly Service[];
let t: ReturnType<typeof tempStore>;
const memory = new MemoryStore();

beforeAll(async () => {
  const loaded = await loadCatalogue(join(projectRoot, 'data'));
  services = loaded.catalogue?.services ?? [];
  t = tempStore();
  for (const s of sessions) {
    await recordSession(t.store, s);
    await recordSession(memory, s);
  }
});

afterAll(async () => {
  await t.cleanup();
  await memory.close();
});

const march = { from: '2025-03-01', to: '2025-03-31' };

describe('the follow-up aggregate', () => {
  it('sums each service and kind over the days, most asked first', async () => {
    expect(await t.store.stats.followUps(march)).toEqual([
      { serviceId: 'ipva', kind: 'cost', count: 3 },
      { serviceId: 'cin-2a-via', kind: 'cost', count: 1 },
      { serviceId: 'cin-2a-via', kind: 'time', count: 1 },
      { serviceId: 'ipva', kind: 'documents', count: 1 },
      { serviceId: 'ipva', kind: 'where', count: 1 },
    ]);
  });

  it('keeps to the channels asked for and to the days of the period (local time: 31/03 23:30 is March)', async () => {
    const telegram = await t.store.stats.followUps({ ...march, channels: ['telegram'] });
    expect(telegram.find((r) => r.kind === 'where')).toBeUndefined();
    expect(telegram).toContainEqual({ serviceId: 'cin-2a-via', kind: 'cost', count: 1 });
    expect(await t.store.stats.followUps({ from: '2025-04-01', to: '2025-04-30' })).toEqual([{ serviceId: 'ipva', kind: 'how', count: 1 }]);
  });

  it('gives the same answers from the memory store', async () => {
    for (const q of [march, { ...march, channels: ['telegram'] }, { from: '2025-01-01', to: '2025-12-31' }]) {
      expect(await memory.stats.followUps(q)).toEqual(await t.store.stats.followUps(q));
    }
  });
});

describe('the report', () => {
  it('lists, per service, the questions asked most, in the table, the dashboard and the CSV', async () => {
    const parsed = parseReportOptions({ from: '2025-03-01', to: '2025-03-31' });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const report = await buildReport({ stats: t.store.stats, services, today: '2025-06-01' }, parsed.options);
    expect(report.followUps.map((s) => [s.serviceId, s.total])).toEqual([
      ['ipva', 5],
      ['cin-2a-via', 2],
    ]);
    expect(report.followUps[0]?.questions[0]).toEqual({ kind: 'cost', label: 'Quanto custa', count: 3 });

    const table = renderReportTable(report);
    expect(table).toContain('PERGUNTAS MAIS FREQUENTES POR SERVIÇO');
    expect(table).toMatch(/1\. Consultar e pagar IPVA \(ipva\) — 5 perguntas\n\s+Quanto custa: 3 · Documentos: 1 · Onde fazer: 1/);

    const html = renderDashboard({ report, filters: {}, channelChoices: ['telegram', 'whatsapp'] });
    expect(html).toContain('Perguntas mais frequentes por serviço');
    expect(html).toContain('Quanto custa: 3');

    expect(renderReportCsv(report, 'questions').split('\r\n')[1]).toBe('1,ipva,Consultar e pagar IPVA,cost,Quanto custa,3');
  });
});

describe('a database from before the aggregate', () => {
  it('is filled from the follow-up events already stored when it is opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atende-followups-'));
    const path = join(dir, 'old.sqlite');
    try {
      const old = new Database(path);
      // The schema just before the migration that adds the aggregate (later ones run when the store opens it).
      const before = migrations.findIndex((sql) => sql.includes('CREATE TABLE daily_follow_ups'));
      expect(before).toBeGreaterThan(0);
      for (const sql of migrations.slice(0, before)) old.exec(sql);
      old.pragma(`user_version = ${before}`);
      old.prepare("INSERT INTO sessions (id, channel, user_key, started_at, last_at, state) VALUES ('s1', 'telegram', 'u', ?, ?, '{}')").run(local('2025-03-31T23:00'), local('2025-03-31T23:00'));
      const event = old.prepare("INSERT INTO events (session_id, at, type, service_id, data) VALUES ('s1', ?, 'follow_up', ?, ?)");
      for (const e of [ask('ipva', 'cost'), ask('ipva', 'cost'), ask('cnh-renovacao', 'time')]) event.run(local('2025-03-31T23:00'), e.type === 'follow_up' ? e.serviceId : null, JSON.stringify(e));
      old.close();
      const store = new SqliteStore(path);
      try {
        expect(await store.stats.followUps(march)).toEqual([
          { serviceId: 'ipva', kind: 'cost', count: 2 },
          { serviceId: 'cnh-renovacao', kind: 'time', count: 1 },
        ]);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('questions the card has no section for', () => {
  it('are labelled for analysts: answered by a sentence of the texts, or not answered at all', () => {
    expect(questionLabel('passage')).toMatch(/trecho da descrição/);
    expect(questionLabel('unanswered')).toMatch(/Sem resposta/);
  });
});
