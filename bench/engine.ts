// npm run bench:engine — messages through the engine and the SQLite store, on one process and a real file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadCatalogue } from '../src/catalogue/load.ts';
import { projectRoot } from '../src/config.ts';
import { silentLogger } from '../src/core/logger.ts';
import { ConversationRuntime } from '../src/conversation/runtime.ts';
import type { Incoming } from '../src/conversation/types.ts';
import { pseudonymizer } from '../src/privacy/pseudonym.ts';
import { buildSearchIndex } from '../src/search/index.ts';
import { SqliteStore } from '../src/store/sqlite/store.ts';

const USERS = 2_000;
const text = (t: string): Incoming => ({ kind: 'text', text: t });
const opt = (id: string): Incoming => ({ kind: 'option', id });
// A preferred date three weeks ahead, so that the form script stays valid whatever the day of the run.
const soon = new Date(Date.now() + 21 * 86_400_000);
const preferredDate = `${soon.getDate()}/${soon.getMonth() + 1}/${soon.getFullYear()}`;

// Realistic conversations: search, card, walkthrough, documents, a form, feedback.
const scripts: Incoming[][] = [
  [text('oi'), text('perdi meu rg'), opt('card:steps'), opt('walk:next'), opt('walk:next'), opt('walk:next'), opt('walk:finish'), opt('fb:yes')],
  [text('bom dia quero pagar o ipva do meu carro'), text('1'), opt('card:docs'), opt('card:where'), text('menu')],
  [text('oi'), opt('categories'), text('3'), text('1'), opt('card:steps'), opt('walk:next'), text('sair')],
  [opt('svc:agendamento-uai'), opt('card:form'), text('Maria da Silva'), text('529.982.247-25'), text('Belo Horizonte'), text('Carteira de identidade'), text(preferredDate), text('(31) 99999-1234'), text('sim'), text('sim')],
  [text('receita de bolo'), text('renovar cnh vencida'), opt('card:steps'), text('atendente')],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'atende-bench-engine-'));
  try {
    const loaded = await loadCatalogue(join(projectRoot, 'data'));
    if (!loaded.catalogue) throw new Error('the bundled catalogue has errors: run npm start -- catalogue check');
    const live = { catalogue: loaded.catalogue, search: buildSearchIndex(loaded.catalogue) };
    const store = new SqliteStore(join(dir, 'bench.sqlite'));
    const runtime = new ConversationRuntime({ store, live: () => live, pseudonym: pseudonymizer('bench'), logger: silentLogger, idleMinutes: 30 });

    // Interleave users the way a busy channel does: one message of each user in turn.
    const queue: { user: string; input: Incoming }[] = [];
    const longest = Math.max(...scripts.map((s) => s.length));
    for (let i = 0; i < longest; i++) {
      for (let u = 0; u < USERS; u++) {
        const input = scripts[u % scripts.length]?.[i];
        if (input) queue.push({ user: `user-${u}`, input });
      }
    }
    // Warm-up (JIT, statement caches) on other users, not counted.
    for (let i = 0; i < 500; i++) await runtime.handle('bench', `warm-${i % 50}`, queue[i % queue.length]?.input ?? text('oi'));

    const latencies: number[] = [];
    const start = process.hrtime.bigint();
    for (const { user, input } of queue) {
      const t0 = process.hrtime.bigint();
      await runtime.handle('bench', user, input);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    latencies.sort((a, b) => a - b);
    await store.close();

    // Ceiling: bare better-sqlite3, one row inserted per message, same file settings.
    const bare = new Database(join(dir, 'bare.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = NORMAL');
    bare.exec('CREATE TABLE m (id INTEGER PRIMARY KEY, session TEXT, at INTEGER, body TEXT)');
    const insert = bare.prepare('INSERT INTO m (session, at, body) VALUES (?, ?, ?)');
    const b0 = process.hrtime.bigint();
    for (let i = 0; i < queue.length; i++) insert.run(`user-${i % USERS}`, Date.now(), '{"view":{"at":"menu"},"options":[],"back":[]}');
    const bareSeconds = Number(process.hrtime.bigint() - b0) / 1e9;
    bare.close();

    const rate = queue.length / seconds;
    console.log(`Atende engine + SQLite store — ${queue.length.toLocaleString('en')} messages, ${USERS.toLocaleString('en')} citizens, 1 process`);
    console.log(`  throughput          ${rate.toFixed(0).padStart(8)} messages/s   (target ≥ 5000)`);
    console.log(`  latency median      ${percentile(latencies, 50).toFixed(3).padStart(8)} ms`);
    console.log(`  latency p99         ${percentile(latencies, 99).toFixed(3).padStart(8)} ms        (target < 5)`);
    console.log(`  latency max         ${(latencies[latencies.length - 1] ?? 0).toFixed(3).padStart(8)} ms`);
    console.log(`Ceiling: bare better-sqlite3, one autocommit insert per message`);
    console.log(`  throughput          ${(queue.length / bareSeconds).toFixed(0).padStart(8)} inserts/s`);
    console.log(`Verdict: ${rate >= 5000 && percentile(latencies, 99) < 5 ? 'targets met' : 'TARGETS MISSED'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
