// `npm run bench:stats [-- --sessions N --budget-seconds S --workers W]`: a synthetic year of sessions
// across channels, rolled up straight into a temporary store (not through the chat); then the reports timed.
//
// How the year is generated, honestly: every synthetic session is a ClosedSession (+ its events) fed to
// RollupAccumulator (bench/stats-bulk.ts), which does the per-session rollup arithmetic in memory (checked
// equal to the store's path by test/stats/bulk.test.ts) and writes the aggregate rows once a month. Channels
// are generated in parallel worker threads (bench/stats-generate.ts). The raw sessions/events tables are not
// filled: reports never read them. The real per-session closing path (Store.runTurn with `end`, one
// transaction per turn) is timed separately on a sample.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadCatalogue } from '../src/catalogue/load.ts';
import type { Service } from '../src/catalogue/schema.ts';
import { initialState } from '../src/conversation/types.ts';
import type { ReportOptions } from '../src/stats/options.ts';
import { buildReport } from '../src/stats/report.ts';
import { renderReportTable } from '../src/stats/table.ts';
import { SqliteStore } from '../src/store/sqlite/store.ts';
import { type GenerateJob, type GenerateResult, pseudonym } from './stats-generate.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '15000000' },
    year: { type: 'string', default: '2025' },
    'budget-seconds': { type: 'string', default: '150' },
    'sample-sessions': { type: 'string', default: '5000' },
    workers: { type: 'string', default: String(Math.min(2, os.availableParallelism())) },
  },
});
const TARGET = Number(values.sessions);
const YEAR = Number(values.year);
const CHANNELS: [string, number][] = [
  ['whatsapp', 0.55],
  ['telegram', 0.35],
  ['terminal', 0.1],
];

const fmtInt = (n: number): string => n.toLocaleString('pt-BR');

/** Splits channels over workers so that each gets a similar share of the sessions (largest first). */
function assign(workers: number): number[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(workers, CHANNELS.length)) }, () => ({ share: 0, mine: [] as number[] }));
  CHANNELS.map((c, i) => ({ i, share: c[1] }))
    .sort((a, b) => b.share - a.share)
    .forEach((c) => {
      const g = groups.reduce((m, x) => (x.share < m.share ? x : m));
      g.mine.push(c.i);
      g.share += c.share;
    });
  return groups.map((g) => g.mine);
}

function runWorker(job: GenerateJob): Promise<GenerateResult> {
  // Worker threads do not inherit tsx's loader: start them through tsx's API.
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./stats-generate.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: job });
    w.once('message', (r: GenerateResult) => resolve(r));
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`generator worker exited with code ${code}`));
    });
  });
}

async function timeReport(store: SqliteStore, services: readonly Service[], o: ReportOptions, runs: number): Promise<{ cold: number; median: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    renderReportTable(await buildReport({ stats: store.stats, services, today: `${YEAR + 1}-01-15` }, o));
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { cold: times[0] ?? 0, median: warm[Math.floor(warm.length / 2)] ?? 0, p95: warm[Math.floor(warm.length * 0.95)] ?? 0, max: warm[warm.length - 1] ?? 0 };
}

async function realPathSample(dir: string, n: number): Promise<number> {
  // The production path: two turns per session, each its own transaction; the second closes the session.
  const store = new SqliteStore(join(dir, 'sample.sqlite'));
  try {
    const start = Date.parse(`${YEAR}-06-01T12:00:00-03:00`);
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const session = { id: randomUUID(), channel: 'whatsapp', userKey: pseudonym(9, i % 5000), startedAt: start + i * 1000, lastAt: start + i * 1000, endedAt: null, outcome: null, messagesIn: 1, messagesOut: 1, state: initialState() };
      const key = { channel: session.channel, userKey: session.userKey };
      await store.runTurn(key, async () => ({ result: undefined, write: { session, isNew: true, events: [{ type: 'search', query: 'ipva', results: 3, topId: 'ipva' }] } }));
      const last = { ...session, lastAt: session.lastAt + 500, messagesIn: 2, messagesOut: 2 };
      await store.runTurn(key, async () => ({ result: undefined, write: { session: last, isNew: false, events: [{ type: 'service_viewed', serviceId: 'ipva' }], end: 'service_viewed' } }));
    }
    return n / ((performance.now() - t0) / 1000);
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'atende-bench-stats-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const cat = await loadCatalogue(new URL('../data', import.meta.url).pathname);
    const services = cat.catalogue?.services ?? [];
    const path = join(dir, 'bench.sqlite');
    const store = new SqliteStore(path);
    const groups = assign(Number(values.workers));
    console.log(`Gerando ${fmtInt(TARGET)} sessões sintéticas de ${YEAR} em ${CHANNELS.length} canais (${CHANNELS.map(([c, s]) => `${c} ${Math.round(s * 100)}%`).join(', ')}), ${groups.length} thread(s)…`);

    const t0 = performance.now();
    const results = await Promise.all(
      groups.map((mine) =>
        runWorker({
          path,
          year: YEAR,
          target: TARGET,
          channels: CHANNELS,
          mine,
          serviceIds: [...services].sort((a, b) => b.popularity - a.popularity).map((s) => s.id),
          budgetMs: Number(values['budget-seconds']) * 1000,
          sessionsPerUser: 5,
        }),
      ),
    );
    const totalS = (performance.now() - t0) / 1000;
    const generated = results.reduce((a, r) => a + r.generated, 0);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
    const check = store.db.prepare('SELECT sum(sessions) AS s FROM daily_channel').get() as { s: number };
    const users = store.db.prepare('SELECT channel, users FROM period_users WHERE period = ? ORDER BY channel').all(String(YEAR)) as { channel: string; users: number }[];

    console.log('');
    console.log('Geração');
    if (results.some((r) => r.stoppedEarly)) console.log(`  ATENÇÃO: parou no limite de ${values['budget-seconds']} s com ${fmtInt(generated)} de ${fmtInt(TARGET)} sessões.`);
    console.log(`  sessões geradas: ${fmtInt(generated)} (conferido no banco: ${fmtInt(check.s)}), eventos: ${fmtInt(results.reduce((a, r) => a + r.events, 0))}`);
    console.log(`  usuários únicos no ano: ${users.map((u) => `${u.channel} ${fmtInt(u.users)}`).join(', ')}`);
    console.log(`  linhas agregadas gravadas: ${fmtInt(results.reduce((a, r) => a + r.rows, 0))}`);
    console.log(
      `  tempo: ${totalS.toFixed(1)} s = ${fmtInt(Math.round(generated / totalS))} sessões/s (meta: 200.000/s); CPU ${(results.reduce((a, r) => a + r.cpuMs, 0) / 1000).toFixed(1)} s em ${groups.length} thread(s); carga da máquina ${os.loadavg()[0]?.toFixed(1)}`,
    );
    console.log(`  tamanho do banco: ${(size / 1024 / 1024).toFixed(1)} MB (tabelas agregadas; sessions/events ficam vazias)`);

    const reports: [string, ReportOptions][] = [
      ['anual, por mês, todos os canais', { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, by: 'month', top: 10 }],
      ['anual, por ano, todos os canais', { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, by: 'year', top: 10 }],
      ['mensal (março), por dia, só whatsapp', { from: `${YEAR}-03-01`, to: `${YEAR}-03-31`, by: 'day', channels: ['whatsapp'], top: 10 }],
      ['10/02–20/11, por semana, todos os canais', { from: `${YEAR}-02-10`, to: `${YEAR}-11-20`, by: 'week', top: 10 }],
    ];
    console.log('');
    console.log('Relatórios (consulta + tabela pt-BR; 1 execução fria, depois 20 quentes)');
    for (const [label, o] of reports) {
      const t = await timeReport(store, services, o, 20);
      console.log(`  ${label}: fria ${t.cold.toFixed(1)} ms; mediana ${t.median.toFixed(1)} ms; p95 ${t.p95.toFixed(1)} ms; máx ${t.max.toFixed(1)} ms (meta: < 100 ms)`);
    }
    await store.close();

    const sample = Number(values['sample-sessions']);
    const rate = await realPathSample(dir, sample);
    console.log('');
    console.log(`Caminho real de encerramento (Store.runTurn com end, 2 transações por sessão), amostra de ${fmtInt(sample)}: ${fmtInt(Math.round(rate))} sessões/s`);
  } finally {
    cleanup();
  }
}

await main();
