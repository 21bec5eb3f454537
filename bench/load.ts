// npm run bench:load — the real `serve` process (Telegram, long polling) driven through the fake Bot API
// server by 1,000 simulated citizens, each playing a realistic conversation. Every reply is checked against
// what the conversation expects, in order; after a graceful shutdown (SIGTERM) the session counts in the
// statistics must equal the conversations driven.
//
// Each phase runs on a fresh `serve` child and a fresh database, so each has its own RSS and session check.
// 200 warm-up citizens play first (checked, not measured): the figures describe a running server.
//   paced        1,000 citizens at once, closed loop (a citizen sends its next message only after the whole
//                reply to the previous one), their sends released by a global pacer at --rate updates/s:
//                latency under a known load.
//   saturation   1,000 citizens at once, closed loop with no pause at all: the highest rate the machine
//                sustains (latency there is mostly queueing, since ~1,000 updates are always waiting).
//
//   npm run bench:load                                  # paced at 500/s, then saturation
//   npm run bench:load -- --rate 300,500,700 --phase paced   # a ramp of paced phases
//   npm run bench:load -- --timeline --profile          # + second-by-second figures, CPU profile of serve
//
// Web chat (bench/load-web.ts): the same `serve` also runs its web chat, and --web browsers (200; 0 = none)
// talk to it over HTTP during each measured phase, paced together at --web-rate messages/s (100; 0 = as fast as
// answers come, which starves Telegram's citizens: the browsers' round trip is far shorter). Each channel is
// reported on its own: updates/s and p99.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { parseCallbackData, parseText } from '../src/channels/telegram/parse.ts';
import { renderReply, shouldEdit } from '../src/channels/telegram/render.ts';
import { loadCatalogue } from '../src/catalogue/load.ts';
import { projectRoot } from '../src/config.ts';
import { silentLogger } from '../src/core/logger.ts';
import { ConversationRuntime } from '../src/conversation/runtime.ts';
import { pseudonymizer } from '../src/privacy/pseudonym.ts';
import { buildSearchIndex } from '../src/search/index.ts';
import { MemoryStore } from '../src/store/memory/store.ts';
import { type ApiCall, FakeTelegramApi } from '../test/fakes/telegram-api.ts';
import { freePort } from '../test/support/net.ts';
import { WEB_OPTIONS, WebLoad, type WebResult, p99, webReport, webServeEnv } from './load-web.ts';

// ---- options -----------------------------------------------------------------------------------

const TARGET = { throughput: 500, p99Ms: 200, rssMb: 300 };
/** A paced phase keeps up when it answers at least this share of the offered rate. */
const SUSTAINED = 0.98;

/** One phase: sends released at a fixed rate, or as fast as replies come back. */
type Phase = { kind: 'paced'; rate: number } | { kind: 'saturation' };

const USAGE = 'usage: npm run bench:load -- [--instances 1,2,3 (PostgreSQL, webhook)] [--citizens 1000] [--warmup 200] [--rate 500 | --rate 300,500,700] [--phase both|paced|saturation] [--timeline] [--profile] [--web 200] [--web-rate 100]';
const { values: args } = parseArgs({
  options: {
    citizens: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '200' },
    rate: { type: 'string', default: String(TARGET.throughput) },
    phase: { type: 'string', default: 'both' },
    timeline: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    instances: { type: 'string' },
    ...WEB_OPTIONS,
  },
});
const CITIZENS = Number(args.citizens);
const WARMUP = Number(args.warmup);
const RATES = args.rate.split(',').map(Number);
const PHASE_LIST: Phase[] = [
  ...(args.phase === 'both' || args.phase === 'paced' ? RATES.map((rate): Phase => ({ kind: 'paced', rate })) : []),
  ...(args.phase === 'both' || args.phase === 'saturation' ? [{ kind: 'saturation' } as const] : []),
];
// ---- web chat (bench/load-web.ts) ----
const WEB_BROWSERS = Number(args.web);
const WEB_RATE = Number(args['web-rate']);
/** The web chat's port in every `serve` child (picked once in main), or 0 without web browsers. */
let webPort = 0;
if (!Number.isInteger(CITIZENS) || CITIZENS < 1 || !Number.isInteger(WARMUP) || WARMUP < 0 || RATES.some((r) => !(r > 0)) || PHASE_LIST.length === 0 || !Number.isInteger(WEB_BROWSERS) || WEB_BROWSERS < 0 || !(WEB_RATE >= 0)) {
  console.error(USAGE);
  process.exit(2);
}

/** The whole run is bounded: whatever happens, the bench and its child are gone after this. */
const RUN_DEADLINE_MS = (args.instances === undefined ? 5 : 12) * 60_000;
const STARTUP_TIMEOUT_MS = 60_000;
/** A phase ends when every citizen is done, after this long without any progress, or at the hard limit. */
const STALL_MS = 10_000;
const PHASE_LIMIT_MS = 150_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;
/** After the last expected reply, stray (unexpected) replies are still collected for this long. */
const SETTLE_MS = 500;

// ---- conversations -------------------------------------------------------------------------------

/** One citizen message: a text, or a press of a button (its callback data), and a marker of the expected answer. */
type Step = { text: string; expect: string | RegExp } | { press: string; expect: string | RegExp };
interface Script {
  name: string;
  steps: Step[];
}

function futureDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

const text = (t: string, expect: string | RegExp): Step => ({ text: t, expect });
const press = (data: string, expect: string | RegExp): Step => ({ press: data, expect });
const PROTOCOL = /ATD-\d{8}-\d{6}/g;

// Search, service card, walkthrough, forms, feedback, a failed search, a handoff. Four of them end with
// "sair" (the session closes at once); the others are left open and closed by the graceful shutdown.
const SCRIPTS: Script[] = [
  {
    name: 'search + walkthrough (CIN)',
    steps: [
      text('/start', 'Como posso ajudar'),
      text('perdi meu rg', 'Carteira de Identidade Nacional (CIN) – 2ª via'),
      press('card:steps', 'Etapa 1 de 4'),
      press('walk:next', 'Etapa 2 de 4'),
      press('walk:next', 'Etapa 3 de 4'),
      press('walk:next', 'Etapa 4 de 4'),
      press('walk:finish', 'Essa informação ajudou?'),
      press('fb:yes', 'Que bom!'),
      text('sair', 'Atendimento encerrado'),
    ],
  },
  {
    name: 'search + card details (IPVA)',
    steps: [
      text('bom dia quero pagar o ipva do meu carro', 'Consultar e pagar IPVA'),
      press('card:docs', 'Documentos — Consultar e pagar IPVA'),
      press('card:where', 'Onde fazer — Consultar e pagar IPVA'),
      text('menu', 'Como posso ajudar'),
    ],
  },
  {
    name: 'categories + walkthrough (LAI)',
    steps: [
      text('oi', 'Como posso ajudar'),
      press('categories', 'Categorias de serviços'),
      text('3', 'Cidadania'),
      text('1', 'Pedido de acesso à informação'),
      press('card:steps', 'Etapa 1 de 4'),
      press('walk:next', 'Etapa 2 de 4'),
      text('sair', 'Atendimento encerrado'),
    ],
  },
  {
    name: 'form (agendamento UAI)',
    steps: [
      text('/start agendamento-uai', 'Agendar atendimento na UAI'),
      press('card:form', 'Vou anotar seus dados'),
      text('Maria da Silva', '(2/6) CPF'),
      text('529.982.247-25', '(3/6)'),
      text('Belo Horizonte', '(4/6)'),
      text('Carteira de identidade', '(5/6)'),
      text(futureDate(45), '(6/6)'),
      text('(31) 99999-1234', 'Confira seus dados'),
      press('form:confirm', /Seu número de protocolo é <b>ATD-\d{8}-\d{6}<\/b>/),
      press('fb:yes', 'Que bom!'),
      text('sair', 'Atendimento encerrado'),
    ],
  },
  {
    name: 'failed search + handoff (CNH)',
    steps: [
      text('receita de bolo', 'Não encontrei um serviço'),
      text('renovar cnh vencida', 'Renovação da CNH'),
      press('card:steps', 'Etapa 1 de'),
      text('atendente', 'Falar com uma pessoa'),
    ],
  },
  {
    name: 'search + card details (IPVA atrasado)',
    steps: [
      text('ipva atrasado', 'IPVA'),
      press('card:where', 'Onde fazer'),
      press('card:docs', 'Documentos'),
    ],
  },
  {
    name: 'form (Ouvidoria)',
    steps: [
      text('/start ouvidoria', 'Registrar manifestação na Ouvidoria-Geral do Estado'),
      press('card:form', 'Vou registrar sua manifestação'),
      press('form:choice:0', '(2/5)'),
      text('UAI Praça Sete', '(3/5)'),
      text('Uberlândia', '(4/5)'),
      text('Esperei três horas e ninguém explicou o motivo da demora.', '(5/5)'),
      text('pular', 'Confira seus dados'),
      press('form:confirm', /Seu número de protocolo é <b>ATD-\d{8}-\d{6}<\/b>/),
      press('fb:no', 'Obrigado por avisar'),
    ],
  },
  {
    name: 'search + walkthrough (CNH)',
    steps: [
      text('como renovo minha carteira de motorista', 'Renovação da CNH'),
      press('card:steps', 'Etapa 1 de'),
      press('walk:next', 'Etapa 2 de'),
      press('walk:prev', 'Etapa 1 de'),
      press('walk:leave', 'Renovação da CNH'),
      text('sair', 'Atendimento encerrado'),
    ],
  },
];

/** A message the bot must send (or an edit of the pressed message), as it must read. */
interface ExpectedMessage {
  method: 'sendMessage' | 'editMessageText';
  html: string;
  keyboard: string;
}

/** Protocol numbers are random: compare them as a shape. */
function masked(html: string): string {
  return html.replace(PROTOCOL, 'ATD-########-######');
}

/**
 * What each turn of each script must produce, found by playing the script once through the same engine and
 * renderer on an in-memory store (a dry run). The markers of the script are checked against it, so that a
 * catalogue change that sends a script astray stops the bench instead of silently measuring "Não entendi".
 */
async function expectedTurns(): Promise<ExpectedMessage[][][]> {
  const loaded = await loadCatalogue(join(projectRoot, 'data'));
  if (!loaded.catalogue) throw new Error('the bundled catalogue has errors: run npm start -- catalogue check');
  const live = { catalogue: loaded.catalogue, search: buildSearchIndex(loaded.catalogue) };
  const runtime = new ConversationRuntime({ store: new MemoryStore(), live: () => live, pseudonym: pseudonymizer('dry-run'), logger: silentLogger, idleMinutes: 30 });
  const turns: ExpectedMessage[][][] = [];
  for (const [s, script] of SCRIPTS.entries()) {
    const steps: ExpectedMessage[][] = [];
    for (const [i, step] of script.steps.entries()) {
      const incoming = 'text' in step ? parseText(step.text) : parseCallbackData(step.press);
      const { replies } = await runtime.handle('telegram', `dry-${s}`, incoming);
      const edit = 'press' in step && incoming.kind === 'option' && shouldEdit(incoming.id, replies);
      const rendered = replies.flatMap((r) => renderReply(r));
      const messages = rendered.map((m, j): ExpectedMessage => ({
        method: edit && j === 0 ? 'editMessageText' : 'sendMessage',
        html: masked(m.html),
        keyboard: JSON.stringify(m.keyboard ?? null),
      }));
      const all = rendered.map((m) => m.html).join('\n');
      const ok = typeof step.expect === 'string' ? all.includes(step.expect) : step.expect.test(all);
      if (!ok || messages.length === 0) {
        throw new Error(`script "${script.name}", step ${i + 1} (${'text' in step ? step.text : `[${step.press}]`}): expected ${String(step.expect)}, the engine answers:\n${all}`);
      }
      steps.push(messages);
    }
    turns.push(steps);
  }
  return turns;
}

// ---- the serve child -------------------------------------------------------------------------------

let child: ChildProcess | undefined;
const tempDirs: string[] = [];

function killChild(): void {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

// Every exit path (normal end, error, Ctrl-C, deadline) leaves no child and no temporary files behind.
process.on('exit', () => {
  killChild();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the bench`);
    process.exit(130);
  });
}
setTimeout(() => {
  console.error(`the bench did not finish within ${RUN_DEADLINE_MS / 60_000} minutes: stopped`);
  process.exit(1);
}, RUN_DEADLINE_MS).unref();

/** Only what serve needs: nothing from the developer's environment (real tokens, ports) leaks in. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, ...extra };
}

interface Serve {
  proc: ChildProcess;
  databasePath: string;
  profileDir?: string;
  /** warn / error / fatal log lines written by serve. */
  problems: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `serve` as the CLI runs it (tsx loader, no npm in between, so that signals reach it directly). */
function startServe(apiRoot: string, profile: boolean): Serve {
  const dir = mkdtempSync(join(tmpdir(), 'atende-bench-load-'));
  tempDirs.push(dir);
  const databasePath = join(dir, 'atende.sqlite');
  // Profiles outlive the run (the rest of the directory does not): open them in Chrome DevTools.
  const profileDir = profile ? mkdtempSync(join(tmpdir(), 'atende-load-profile-')) : undefined;
  const nodeArgs = [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), '--import', 'tsx', 'src/cli.ts', 'serve'];
  const proc = spawn(process.execPath, nodeArgs, {
    cwd: projectRoot,
    env: childEnv({
      TELEGRAM_BOT_TOKEN: '123:ABC',
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_PATH: databasePath,
      PSEUDONYM_SECRET: 'bench-load',
      CATALOGUE_WATCH: 'false',
      LOG_LEVEL: 'warn',
      ...(webPort ? webServeEnv(webPort) : {}),
      // The production defaults (20 messages per 60 s) are kept: a realistic citizen is never limited.
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child = proc;
  const problems: string[] = [];
  let buffered = '';
  proc.stderr?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') problems.push(line);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return profileDir ? { proc, databasePath, profileDir, problems, exited } : { proc, databasePath, problems, exited };
}

/** Fields of /proc/<pid>/status in kB (VmRSS, VmHWM), or undefined off Linux. */
function memoryKb(pid: number | undefined): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by a process (user, system), from /proc (clock ticks of 1/100 s). */
function cpuSeconds(pid: number | undefined): { user: number; system: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return undefined;
  }
}

// ---- citizens --------------------------------------------------------------------------------

interface Citizen {
  id: number;
  script: Script;
  /** Warm-up citizens are checked like the others but not measured. */
  measured: boolean;
  turns: ExpectedMessage[][];
  /** The turn in flight, or the next one to send. */
  turn: number;
  /** Messages of the current turn received so far. */
  got: number;
  inFlight: boolean;
  pushedAt: number;
  pushedWall: number;
  firstAt: number | undefined;
  lastSeq: number;
  lastWall: number;
  done: boolean;
  failed: boolean;
}

/** One answered update: when its turn completed (ms from the first push), and its two latencies. */
interface Sample {
  at: number;
  first: number;
  full: number;
}

interface PhaseResult {
  phase: Phase;
  citizens: number;
  warmup: number;
  updates: number;
  answered: number;
  seconds: number;
  /** Answers per second over the middle 80 % of the answers (no ramp-up, no tail of the last conversations). */
  steady: number;
  samples: Sample[];
  firstReply: number[];
  fullTurn: number[];
  errors: string[];
  rssPeakMb: number | undefined;
  rssIdleMb: number | undefined;
  serveCpu: number | undefined;
  serveSystemCpu: number | undefined;
  benchCpu: number;
  sessions: { rollup: number; rows: number; open: number } | undefined;
  profile: string | undefined;
  calls: Map<string, number>;
  /** The web chat's browsers during the measured phase (bench/load-web.ts). */
  web: WebResult | undefined;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return undefined;
}

/** Releases citizens' next messages: at `rate` per second (paced), or as soon as they are ready (saturation). */
class Pacer {
  private readonly ready: Citizen[] = [];
  private head = 0;
  private tokens = 0;
  private last = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private flushing = false;

  constructor(
    private readonly rate: number | undefined,
    private readonly send: (c: Citizen) => void,
  ) {
    if (rate !== undefined) this.timer = setInterval(() => this.tick(), 2);
  }

  /** Queues a citizen whose previous turn is complete (never sends from inside the caller's stack). */
  enqueue(c: Citizen): void {
    this.ready.push(c);
    if (this.rate === undefined && !this.flushing) {
      this.flushing = true;
      setImmediate(() => {
        this.flushing = false;
        this.drain(Infinity);
      });
    }
  }

  private tick(): void {
    // A burst allowance of 20 ms only: after a slow moment the pacer never "catches up" with a flood.
    const now = performance.now();
    this.tokens = Math.min(this.tokens + ((now - this.last) / 1000) * (this.rate ?? 0), Math.max(1, (this.rate ?? 0) * 0.02));
    this.last = now;
    const n = Math.floor(this.tokens);
    this.tokens -= this.drain(n);
  }

  private drain(max: number): number {
    let sent = 0;
    while (sent < max && this.head < this.ready.length) {
      const c = this.ready[this.head++];
      if (c) this.send(c);
      sent++;
    }
    if (this.head > 4096 && this.head * 2 > this.ready.length) {
      this.ready.splice(0, this.head);
      this.head = 0;
    }
    return sent;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

// ---- one phase ---------------------------------------------------------------------------------

async function runPhase(phase: Phase, expected: ExpectedMessage[][][], idBase: number): Promise<PhaseResult> {
  const fake = new FakeTelegramApi();
  const { url } = await fake.start();
  const serve = startServe(url, args.profile);
  const errors: string[] = [];
  const error = (msg: string): void => {
    errors.push(msg);
  };
  try {
    await Promise.race([
      fake.waitFor((c) => c.method === 'getUpdates', STARTUP_TIMEOUT_MS),
      serve.exited.then(({ code }) => {
        throw new Error(`serve exited (code ${code}) before polling:\n${serve.problems.join('\n')}`);
      }),
    ]);

    const citizens = new Map<number, Citizen>();
    const group = (n: number, base: number, measured: boolean): Citizen[] =>
      Array.from({ length: n }, (_, i) => {
        const s = i % SCRIPTS.length;
        const script = SCRIPTS[s];
        const turns = expected[s];
        if (!script || !turns) throw new Error('unreachable: script without expectations');
        const c: Citizen = { id: base + i, script, turns, measured, turn: 0, got: 0, inFlight: false, pushedAt: 0, pushedWall: 0, firstAt: undefined, lastSeq: 0, lastWall: 0, done: false, failed: false };
        citizens.set(c.id, c);
        return c;
      });
    const warmup = group(WARMUP, idBase + 5_000_000, false);
    const measured = group(CITIZENS, idBase, true);
    /** Callback query id -> the citizen and turn it belongs to (each must be answered exactly once). */
    const queries = new Map<string, { citizen: Citizen; turn: number }>();
    const samples: Sample[] = [];
    let updates = 0;
    let finished = 0;
    let firstPush = 0;
    let lastAnswer = 0;
    let progressAt = performance.now();

    const send = (c: Citizen): void => {
      const step = c.script.steps[c.turn];
      if (!step || c.done) return;
      let update: Update;
      try {
        update = 'text' in step ? fake.textUpdate(c.id, step.text) : fake.pressUpdate(c.id, step.press);
      } catch (err) {
        error(`citizen ${c.id} (${c.script.name}), step ${c.turn + 1}: ${err instanceof Error ? err.message : String(err)}`);
        c.done = c.failed = true;
        finished++;
        return;
      }
      if (update.callback_query) queries.set(update.callback_query.id, { citizen: c, turn: c.turn });
      c.inFlight = true;
      c.got = 0;
      c.firstAt = undefined;
      c.pushedAt = performance.now();
      c.pushedWall = Date.now();
      if (c.measured) {
        if (firstPush === 0) firstPush = c.pushedAt;
        updates++;
      }
      fake.pushUpdate(update);
    };
    let pacer = new Pacer(undefined, send);

    const completeTurn = (c: Citizen, at: number): void => {
      if (c.measured) {
        samples.push({ at: at - firstPush, first: (c.firstAt ?? at) - c.pushedAt, full: at - c.pushedAt });
        lastAnswer = at;
      }
      c.inFlight = false;
      c.turn++;
      if (c.turn >= c.turns.length) {
        c.done = true;
        finished++;
      } else {
        pacer.enqueue(c);
      }
    };

    // The bench's own bookkeeping, O(1) per call: one observer on the fake, which tries it on each new call
    // and again when a pending call completes (see FakeTelegramApi.waitFor). Only completed calls count.
    const observed = new WeakSet<ApiCall>();
    let observing = true;
    const observe = (call: ApiCall): void => {
      if (call.status === 'pending' || observed.has(call)) return;
      observed.add(call);
      if (call.method === 'getUpdates') return;
      const at = performance.now();
      progressAt = at;
      if (call.status !== 'ok') {
        error(`${call.method} answered ${call.status}${call.errorCode ? ` ${call.errorCode}` : ''}`);
        return;
      }
      if (call.method === 'answerCallbackQuery') {
        const id = String(call.payload.callback_query_id ?? '');
        const q = queries.get(id);
        queries.delete(id);
        if (!q) return error(`answerCallbackQuery for an unknown or already answered query ${id}`);
        if (q.citizen.inFlight && q.citizen.turn === q.turn) q.citizen.firstAt ??= at;
        return;
      }
      if (call.method !== 'sendMessage' && call.method !== 'editMessageText') return;
      const chatId = asNumber(call.payload.chat_id);
      const c = chatId === undefined ? undefined : citizens.get(chatId);
      if (!c) return error(`${call.method} to chat ${String(call.payload.chat_id)}, which is no citizen of this run`);
      if (!c.inFlight) return error(`citizen ${c.id} (${c.script.name}): unexpected ${call.method} after turn ${c.turn}: ${JSON.stringify(String(call.payload.text).slice(0, 80))}`);
      // In order: each reply of a chat arrives after the previous one, and after the update it answers.
      if (call.seq <= c.lastSeq || call.at < c.lastWall || call.at < c.pushedWall) error(`citizen ${c.id}: reply out of order (call #${call.seq})`);
      c.lastSeq = call.seq;
      c.lastWall = call.at;
      const want = c.turns[c.turn]?.[c.got];
      const html = masked(typeof call.payload.text === 'string' ? call.payload.text : '');
      const keyboard = JSON.stringify(call.payload.reply_markup ?? null);
      if (!want || want.method !== call.method || want.html !== html || want.keyboard !== keyboard) {
        error(`citizen ${c.id} (${c.script.name}), step ${c.turn + 1}, reply ${c.got + 1}: expected ${want ? `${want.method} ${JSON.stringify(want.html.slice(0, 60))}` : 'nothing'}, got ${call.method} ${JSON.stringify(html.slice(0, 60))}`);
      }
      c.firstAt ??= at;
      c.got++;
      if (c.got >= (c.turns[c.turn]?.length ?? 0)) completeTurn(c, at);
    };
    const observer = fake
      .waitFor(
        (call) => {
          if (!observing) return true;
          observe(call);
          return false;
        },
        2 * PHASE_LIMIT_MS + SHUTDOWN_TIMEOUT_MS + 60_000,
      )
      .catch(() => undefined);

    /** Plays every conversation of a group to its end (or until nothing moves, or the time limit). */
    const drive = async (citizensOfGroup: readonly Citizen[], rate: number | undefined, what: string): Promise<void> => {
      pacer = new Pacer(rate, send);
      const target = finished + citizensOfGroup.length;
      const t0 = performance.now();
      progressAt = t0;
      for (const c of citizensOfGroup) pacer.enqueue(c);
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          const now = performance.now();
          const stalled = now - progressAt > STALL_MS;
          if (finished >= target || stalled || now - t0 > PHASE_LIMIT_MS || serve.proc.exitCode !== null) {
            if (finished < target) error(`${what} stopped with ${target - finished} citizens unfinished (${stalled ? `no reply for ${STALL_MS / 1000} s` : serve.proc.exitCode !== null ? 'serve exited' : 'time limit'})`);
            clearInterval(check);
            resolve();
          }
        }, 20);
      });
      pacer.stop();
    };

    // Warm-up: other citizens play the same conversations first, under the same load, so that the figures
    // describe a running server (JIT-compiled code, SQLite caches, open connections), not its first seconds.
    const rate = phase.kind === 'paced' ? phase.rate : undefined;
    if (warmup.length > 0) {
      await drive(warmup, rate, 'warm-up');
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
    // ---- web chat: its browsers run next to the measured citizens (bench/load-web.ts) ----
    const web = webPort ? await WebLoad.create(`http://127.0.0.1:${webPort}`, WEB_BROWSERS, WEB_RATE > 0 ? WEB_RATE : undefined) : undefined;
    await web?.start();
    const idle = memoryKb(serve.proc.pid);
    const cpu0 = cpuSeconds(serve.proc.pid);
    const bench0 = process.cpuUsage();
    const callMark = fake.mark();
    const t0 = performance.now();
    await drive(measured, rate, 'phase');
    const webResult = await web?.stop();
    for (const e of webResult?.errors ?? []) error(`web: ${e}`);
    const cpu1 = cpuSeconds(serve.proc.pid);
    const bench = process.cpuUsage(bench0);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const memory = memoryKb(serve.proc.pid);
    for (const c of citizens.values()) {
      if (!c.done && !c.failed) error(`citizen ${c.id} (${c.script.name}) stopped at step ${c.turn + 1} of ${c.turns.length} with ${c.got} of ${c.turns[c.turn]?.length ?? 0} replies`);
    }
    for (const [id, q] of queries) error(`citizen ${q.citizen.id}: callback query ${id} (step ${q.turn + 1}) never answered`);
    const seconds = (lastAnswer - firstPush) / 1000;
    const callsByMethod = new Map<string, number>();
    for (const call of fake.calls.slice(callMark)) callsByMethod.set(call.method, (callsByMethod.get(call.method) ?? 0) + 1);

    // Graceful shutdown closes the open sessions and updates the daily aggregates.
    serve.proc.kill('SIGTERM');
    const exit = await Promise.race([serve.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), SHUTDOWN_TIMEOUT_MS))]);
    if (!exit) error(`serve did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s of SIGTERM`);
    else if (exit.code !== 0) error(`serve exited with code ${exit.code} (signal ${exit.signal ?? 'none'})`);
    killChild();
    observing = false;
    await fake.stop();
    await Promise.race([observer, new Promise((r) => setTimeout(r, 100))]);
    for (const line of serve.problems) error(`serve log: ${line.slice(0, 300)}`);

    const sessions = exit ? countSessions(serve.databasePath) : undefined;
    const webSessions = exit && webResult ? countSessions(serve.databasePath, 'web') : undefined;
    if (webSessions && webResult && (webSessions.rollup !== webResult.conversations || webSessions.rows !== webResult.conversations || webSessions.open !== 0)) {
      error(`web sessions: ${webSessions.rollup} in daily_channel, ${webSessions.rows} rows (${webSessions.open} still open); ${webResult.conversations} web conversations were driven`);
    }
    if (sessions && (sessions.rollup !== citizens.size || sessions.rows !== citizens.size || sessions.open !== 0)) {
      error(`sessions: ${sessions.rollup} in daily_channel, ${sessions.rows} rows (${sessions.open} still open); ${citizens.size} conversations were driven`);
    }
    const profile = serve.profileDir && exit ? summarizeProfile(serve.profileDir, t0, t0 + seconds * 1000) : undefined;
    const lo = Math.floor(samples.length * 0.1);
    const hi = Math.floor(samples.length * 0.9);
    const from = samples[lo]?.at ?? 0;
    const to = samples[hi]?.at ?? 0;
    return {
      phase,
      citizens: measured.length,
      warmup: warmup.length,
      updates,
      answered: samples.length,
      seconds,
      steady: to > from ? (hi - lo) / ((to - from) / 1000) : samples.length / seconds,
      samples,
      firstReply: samples.map((x) => x.first).sort((a, b) => a - b),
      fullTurn: samples.map((x) => x.full).sort((a, b) => a - b),
      errors,
      rssPeakMb: memory ? memory.peak / 1024 : undefined,
      rssIdleMb: idle ? idle.rss / 1024 : undefined,
      serveCpu: cpu0 && cpu1 ? cpu1.user + cpu1.system - cpu0.user - cpu0.system : undefined,
      serveSystemCpu: cpu0 && cpu1 ? cpu1.system - cpu0.system : undefined,
      benchCpu: (bench.user + bench.system) / 1e6,
      sessions,
      profile,
      calls: callsByMethod,
      web: webResult,
    };
  } finally {
    killChild();
    await fake.stop();
  }
}

/** Sessions of one channel (Telegram unless told): summed over the days of daily_channel, and as raw rows. */
function countSessions(databasePath: string, channel = 'telegram'): { rollup: number; rows: number; open: number } {
  const db = new Database(databasePath, { readonly: true });
  try {
    const rollup = db.prepare('SELECT coalesce(sum(sessions), 0) AS n FROM daily_channel WHERE channel = ?').get(channel) as { n: number };
    const rows = db.prepare('SELECT count(*) AS n, coalesce(sum(ended_at IS NULL), 0) AS open FROM sessions WHERE channel = ?').get(channel) as { n: number; open: number };
    return { rollup: rollup.n, rows: rows.n, open: rows.open };
  } finally {
    db.close();
  }
}

// ---- CPU profile summary -----------------------------------------------------------------------

const CpuProfile = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }) })),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** Where a script lives, short: a package name, a src/ path, or node's own internals. */
function area(url: string): string {
  if (url === '') return '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  const src = /\/(src|bench|test)\/(.*)$/.exec(url);
  return src ? `${src[1]}/${src[2]}` : url;
}

/**
 * Self time by function and by area, over the samples taken while the load ran. V8 stamps samples with the
 * same monotonic clock as performance.timeOrigin + now() on Linux; if that does not line up, every sample counts.
 */
function summarizeProfile(dir: string, fromMs: number, toMs: number): string | undefined {
  if (!existsSync(dir)) return undefined;
  // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main one (tsx's loader has its own).
  const file = readdirSync(dir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  if (!file) return undefined;
  const profile = CpuProfile.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // performance.now() and V8's sample clock (µs) both run on the monotonic clock: map one onto the other.
  const hrNowUs = Number(process.hrtime.bigint() / 1000n);
  const perfNowMs = performance.now();
  const toHrUs = (perfMs: number): number => hrNowUs - (perfNowMs - perfMs) * 1000;
  const from = toHrUs(fromMs);
  const to = toHrUs(toMs);
  let t = profile.startTime;
  const inWindow: { id: number; us: number }[] = [];
  const all: { id: number; us: number }[] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    const entry = { id: profile.samples[i] ?? 0, us: profile.timeDeltas[i + 1] ?? delta };
    all.push(entry);
    if (t >= from && t <= to) inWindow.push(entry);
  }
  const samples = inWindow.length > 0 ? inWindow : all;
  const fns = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const s of samples) {
    const node = byId.get(s.id);
    if (!node) continue;
    const f = node.callFrame;
    const name = f.functionName || '(anonymous)';
    // Idle time is waiting, not work: shown apart, so that the shares below add up to the CPU used.
    if (name === '(idle)') {
      idle += s.us;
      continue;
    }
    // Line numbers of src/ files are those of tsx's transformed output: only the file is shown.
    const where = area(f.url);
    const key = f.url === '' ? name : f.url.includes('node_modules') || f.url.startsWith('node:') ? `${name}  ${where}:${f.lineNumber + 1}` : `${name}  ${where}`;
    fns.set(key, (fns.get(key) ?? 0) + s.us);
    const a = f.url === '' ? (name.startsWith('(') ? name : '(native / V8)') : area(f.url);
    areas.set(a, (areas.get(a) ?? 0) + s.us);
    total += s.us;
  }
  const top = (m: Map<string, number>, n: number): string[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `    ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  return [
    `  CPU profile of serve: ${join(dir, file)}`,
    `  ${inWindow.length > 0 ? 'load window only' : 'whole run'}: ${(total / 1e6).toFixed(1)} s busy, ${(idle / 1e6).toFixed(1)} s idle. Self time by area, share of the busy time:`,
    ...top(areas, 14),
    '  top functions by self time:',
    ...top(fns, 25),
  ].join('\n');
}

// ---- report ----------------------------------------------------------------------------------

function ms(v: number): string {
  return `${v.toFixed(1).padStart(8)} ms`;
}

function describe(phase: Phase): string {
  return phase.kind === 'paced' ? `paced at ${phase.rate}/s` : 'saturation';
}

/** A paced phase that kept up with its offered rate. */
function sustained(r: PhaseResult): boolean {
  return r.phase.kind === 'paced' && r.errors.length === 0 && r.steady >= SUSTAINED * r.phase.rate;
}

/** Answers and p99 of the first reply, second by second. */
function timeline(samples: readonly Sample[]): string[] {
  const seconds = new Map<number, number[]>();
  for (const x of samples) {
    const s = Math.floor(x.at / 1000);
    const list = seconds.get(s) ?? [];
    list.push(x.first);
    seconds.set(s, list);
  }
  return [...seconds.entries()].map(([s, list]) => {
    list.sort((a, b) => a - b);
    return `    ${String(s).padStart(3)} s  ${String(list.length).padStart(5)} answered   p50 ${ms(percentile(list, 50))}   p99 ${ms(percentile(list, 99))}`;
  });
}

function report(r: PhaseResult): void {
  const how = r.phase.kind === 'paced' ? `sends released at ${r.phase.rate} updates/s` : 'each message sent as soon as the previous reply is in';
  console.log(`\n[${describe(r.phase)}] ${r.citizens.toLocaleString('en')} citizens at once, closed loop, ${how}`);
  console.log(`  updates sent / answered  ${r.updates} / ${r.answered} in ${r.seconds.toFixed(2)} s`);
  console.log(`  throughput          ${r.steady.toFixed(0).padStart(8)} updates/s steady (middle 80 % of the answers), ${(r.answered / r.seconds).toFixed(0)} overall`);
  console.log(`  first reply  median ${ms(percentile(r.firstReply, 50))}   p95 ${ms(percentile(r.firstReply, 95))}   p99 ${ms(percentile(r.firstReply, 99))}   max ${ms(r.firstReply[r.firstReply.length - 1] ?? NaN)}`);
  console.log(`  whole turn   median ${ms(percentile(r.fullTurn, 50))}   p95 ${ms(percentile(r.fullTurn, 95))}   p99 ${ms(percentile(r.fullTurn, 99))}   max ${ms(r.fullTurn[r.fullTurn.length - 1] ?? NaN)}`);
  const perUpdateCalls = ['getUpdates', 'sendMessage', 'editMessageText', 'answerCallbackQuery'].map((m) => `${m} ${((r.calls.get(m) ?? 0) / r.updates).toFixed(2)}`);
  console.log(`  Bot API calls per update: ${perUpdateCalls.join(', ')}`);
  console.log(`  serve peak RSS      ${r.rssPeakMb === undefined ? '     n/a' : r.rssPeakMb.toFixed(0).padStart(8)} MB   (${r.rssIdleMb === undefined ? 'n/a' : r.rssIdleMb.toFixed(0)} MB when the load started)`);
  const pct = (cpu: number | undefined): string => (cpu === undefined ? 'n/a' : `${((100 * cpu) / r.seconds).toFixed(0)}% of a core`);
  console.log(`  CPU during load     serve ${pct(r.serveCpu)}, bench + fake Bot API ${pct(r.benchCpu)}`);
  if (r.serveCpu !== undefined) {
    const perUpdate = (1000 * r.serveCpu) / r.answered;
    const kernel = (100 * (r.serveSystemCpu ?? 0)) / r.serveCpu;
    console.log(`                      ${perUpdate.toFixed(2)} ms of serve CPU per update (${kernel.toFixed(0)}% in the kernel): one idle core ≈ ${(1000 / perUpdate).toFixed(0)} updates/s`);
  }
  const driven = r.warmup > 0 ? `${r.citizens + r.warmup} conversations driven (${r.citizens} measured + ${r.warmup} warm-up)` : `${r.citizens} conversations driven`;
  console.log(`  sessions            ${r.sessions ? `${r.sessions.rollup} in daily_channel (telegram), ${r.sessions.rows} rows, ${r.sessions.open} open` : 'n/a'} — ${driven}`);
  console.log(`  errors              ${r.errors.length}`);
  for (const e of r.errors.slice(0, 15)) console.log(`    - ${e}`);
  if (r.errors.length > 15) console.log(`    … and ${r.errors.length - 15} more`);
  if (args.timeline) console.log(['  timeline (by the time each turn completed):', ...timeline(r.samples)].join('\n'));
  if (r.web) console.log(webReport(r.web).join('\n'));
  if (r.profile) console.log(r.profile);
}

function verdict(results: readonly PhaseResult[]): void {
  const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  console.log(`\nload average after the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes on the machine share its 2 cores)`);
  console.log('Targets (this machine):');
  const paced = results.filter((r) => r.phase.kind === 'paced' && r.phase.rate >= TARGET.throughput);
  const best = paced.filter((r) => sustained(r) && percentile(r.firstReply, 99) < TARGET.p99Ms).at(-1) ?? paced.at(-1);
  if (best && best.phase.kind === 'paced') {
    const p99 = percentile(best.firstReply, 99);
    const ok = sustained(best) && p99 < TARGET.p99Ms;
    console.log(`  ≥ ${TARGET.throughput} updates/s with p99 < ${TARGET.p99Ms} ms   offered ${best.phase.rate}/s: ${best.steady.toFixed(0)} answered/s${sustained(best) ? ' (kept up)' : ' (fell behind)'}, p99 ${p99.toFixed(1)} ms   ${mark(ok)}`);
  }
  const saturation = results.find((r) => r.phase.kind === 'saturation');
  if (saturation) console.log(`  highest throughput (saturation)       ${saturation.steady.toFixed(0)} updates/s   ${mark(saturation.steady >= TARGET.throughput)}`);
  const rss = Math.max(...results.map((r) => r.rssPeakMb ?? Infinity));
  console.log(`  serve peak RSS < ${TARGET.rssMb} MB                ${Number.isFinite(rss) ? `${rss.toFixed(0)} MB` : 'n/a'}   ${mark(rss < TARGET.rssMb)}`);
  const errors = results.reduce((n, r) => n + r.errors.length, 0);
  console.log(`  every reply, in order; sessions = conversations   ${errors === 0 ? 'yes' : `NO (${errors} errors)`}`);
  // Per channel, side by side (the web chat's browsers ran next to each measured phase).
  if (results.some((r) => r.web)) {
    console.log('Per channel (steady updates/s, p99: Telegram first reply, web whole turn):');
    for (const r of results) {
      const web = r.web ? `web ${r.web.steady.toFixed(0)}/s p99 ${p99(r.web.latency).toFixed(1)} ms` : 'web n/a';
      console.log(`  ${describe(r.phase).padEnd(16)} telegram ${r.steady.toFixed(0)}/s p99 ${percentile(r.firstReply, 99).toFixed(1)} ms   ${web}`);
    }
  }
}

async function main(): Promise<void> {
  if (args.instances !== undefined) {
    // Several instances on PostgreSQL, webhook mode (bench/load-pg.ts).
    const instances = args.instances.split(',').map(Number);
    if (instances.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) {
      console.error('use --instances with 1 to 8 instances, or a list such as 1,2,3');
      process.exit(2);
    }
    process.exitCode = await (await import('./load-pg.ts')).runPostgresLoad({ instances, citizens: CITIZENS, warmup: WARMUP });
    return;
  }
  if (WEB_BROWSERS > 0) webPort = await freePort();
  const expected = await expectedTurns();
  const perScript = SCRIPTS.map((s) => s.steps.length);
  console.log(`Atende load — the real \`serve\` (Telegram, long polling) through the fake Bot API, ${CITIZENS.toLocaleString('en')} citizens per phase`);
  console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} before the run`);
  console.log(`  ${SCRIPTS.length} conversation scripts of ${Math.min(...perScript)}–${Math.max(...perScript)} messages, played in turn by the citizens; every reply checked`);
  if (WEB_BROWSERS > 0) console.log(`  + the web chat of the same serve: ${WEB_BROWSERS} browsers over HTTP during each measured phase (${WEB_RATE > 0 ? `paced at ${WEB_RATE} messages/s` : 'unpaced'}); serve's CPU and RSS cover both channels`);
  const results: PhaseResult[] = [];
  for (const [i, phase] of PHASE_LIST.entries()) {
    const r = await runPhase(phase, expected, (i + 1) * 10_000_000);
    report(r);
    results.push(r);
  }
  verdict(results);
  // Correctness decides the exit code; speed depends on the machine and is reported above.
  process.exitCode = results.every((r) => r.errors.length === 0) ? 0 : 1;
}

main().then(
  () => process.exit(),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
