// The web chat's part of `npm run bench:load`: 200 browsers (by default) talking to the web chat of the same
// `serve` child that Telegram's citizens load, over real HTTP with keep-alive, as the widget does: one POST per
// message, the replies in the response. Each browser plays the scripts below one after another, each script as a
// new anonymous session; every answer is checked against a dry run of the engine and the web renderer.
// bench/load.ts starts it next to its measured Telegram phase and reports both channels.
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHANNEL } from '../src/channels/web/api.ts';
import { toIncoming } from '../src/channels/web/parse.ts';
import { renderReplies } from '../src/channels/web/render.ts';
import { loadCatalogue } from '../src/catalogue/load.ts';
import { projectRoot } from '../src/config.ts';
import { silentLogger } from '../src/core/logger.ts';
import { ConversationRuntime } from '../src/conversation/runtime.ts';
import { pseudonymizer } from '../src/privacy/pseudonym.ts';
import { buildSearchIndex } from '../src/search/index.ts';
import { MemoryStore } from '../src/store/memory/store.ts';

/** The command-line options of the web part (spread into bench/load.ts's parseArgs). */
export const WEB_OPTIONS = {
  web: { type: 'string', default: '200' },
  'web-rate': { type: 'string', default: '100' },
} as const;

type Input = { kind: 'text'; text: string } | { kind: 'option'; id: string } | { kind: 'start'; service?: string };
interface Step {
  input: Input;
  expect: string;
}
interface Script {
  name: string;
  steps: Step[];
}

const say = (text: string, expect: string): Step => ({ input: { kind: 'text', text }, expect });
const press = (id: string, expect: string): Step => ({ input: { kind: 'option', id }, expect });
const open = (expect: string, service?: string): Step => ({ input: service ? { kind: 'start', service } : { kind: 'start' }, expect });

function futureDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

// What a citizen does on a Portal MG page: the widget opens on the page's service (a deep link) or on the menu.
const SCRIPTS: Script[] = [
  {
    name: 'web: search + walkthrough (CIN)',
    steps: [open('Como posso ajudar'), say('perdi meu rg', 'Carteira de Identidade Nacional (CIN) – 2ª via'), press('card:steps', 'Etapa 1 de 4'), press('walk:next', 'Etapa 2 de 4'), press('walk:next', 'Etapa 3 de 4'), press('walk:next', 'Etapa 4 de 4'), press('walk:finish', 'Essa informação ajudou?'), press('fb:yes', 'Que bom!')],
  },
  {
    name: 'web: deep link + card details (IPVA)',
    steps: [open('Consultar e pagar IPVA', 'ipva'), press('card:docs', 'Documentos — Consultar e pagar IPVA'), press('card:where', 'Onde fazer — Consultar e pagar IPVA'), say('menu', 'Como posso ajudar')],
  },
  {
    name: 'web: deep link + form (agendamento UAI)',
    steps: [
      open('Agendar atendimento na UAI', 'agendamento-uai'),
      press('card:form', 'Vou anotar seus dados'),
      say('Maria da Silva', '(2/6) CPF'),
      say('529.982.247-25', '(3/6)'),
      say('Belo Horizonte', '(4/6)'),
      say('Carteira de identidade', '(5/6)'),
      say(futureDate(45), '(6/6)'),
      say('(31) 99999-1234', 'Confira seus dados'),
      press('form:confirm', 'Seu número de protocolo é'),
    ],
  },
  {
    name: 'web: deep link + walkthrough (CNH)',
    steps: [open('Renovação da CNH', 'cnh-renovacao'), press('card:steps', 'Etapa 1 de'), press('walk:next', 'Etapa 2 de'), press('walk:prev', 'Etapa 1 de'), say('sair', 'Atendimento encerrado')],
  },
  {
    name: 'web: failed search + handoff',
    steps: [open('Como posso ajudar'), say('receita de bolo', 'Não encontrei um serviço'), say('atendente', 'Falar com uma pessoa')],
  },
];

const PROTOCOL = /ATD-\d{8}-\d{6}/g;
const masked = (json: string): string => json.replace(PROTOCOL, 'ATD-########-######');

/** The replies each step must get, as JSON, from a dry run of the engine and the web renderer on an in-memory store. */
async function expectedTurns(): Promise<string[][]> {
  const loaded = await loadCatalogue(join(projectRoot, 'data'));
  if (!loaded.catalogue) throw new Error('the bundled catalogue has errors: run npm start -- catalogue check');
  const live = { catalogue: loaded.catalogue, search: buildSearchIndex(loaded.catalogue) };
  const runtime = new ConversationRuntime({ store: new MemoryStore(), live: () => live, pseudonym: pseudonymizer('dry-run'), logger: silentLogger, idleMinutes: 30 });
  const out: string[][] = [];
  for (const [s, script] of SCRIPTS.entries()) {
    const turns: string[] = [];
    for (const [i, step] of script.steps.entries()) {
      const { replies } = await runtime.handle(CHANNEL, `dry-web-${s}`, toIncoming(step.input));
      const json = masked(JSON.stringify(renderReplies(replies)));
      if (!json.includes(step.expect)) throw new Error(`${script.name}, step ${i + 1}: expected "${step.expect}", the engine answers ${json.slice(0, 300)}`);
      turns.push(json);
    }
    out.push(turns);
  }
  return out;
}


/** The environment that turns on the web chat of `serve` (no per-IP limit: every browser here is 127.0.0.1). */
export function webServeEnv(port: number): Record<string, string> {
  return { WEBCHAT_PORT: String(port), WEBCHAT_IP_MESSAGES_PER_MINUTE: '0' };
}

/** What the web browsers did during one phase. */
export interface WebResult {
  browsers: number;
  /** Conversations driven (each a new session): the sessions the statistics must count as "web". */
  conversations: number;
  updates: number;
  seconds: number;
  /** Answers per second over the middle 80 % of the answers. */
  steady: number;
  /** Round trip of each message (its replies all come in the response), sorted, ms. */
  latency: number[];
  /** Messages sent twice because the connection failed before an answer (a reused keep-alive socket closing). */
  retries: number;
  errors: string[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The web load of one phase: started next to the measured Telegram citizens, stopped when they are done. */
export class WebLoad {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  private readonly samples: { at: number; ms: number }[] = [];
  private readonly errors: string[] = [];
  private conversations = 0;
  private retries = 0;
  private stopping = false;
  private t0 = 0;
  private tokens = 0;
  private last = 0;
  private readonly waiting: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void>[] = [];

  private constructor(
    private readonly base: string,
    private readonly browsers: number,
    private readonly rate: number | undefined,
    private readonly expected: string[][],
  ) {}

  /** Builds the load (the dry run included) for `browsers` browsers; `rate` paces all their messages together. */
  static async create(base: string, browsers: number, rate: number | undefined): Promise<WebLoad> {
    return new WebLoad(base, browsers, rate, await expectedTurns());
  }

  /** Waits for the web chat to answer (serve starts it after Telegram), then starts every browser. */
  async start(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await this.call('GET', '/webchat/widget.js')).status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the web chat at ${this.base} did not answer within 60 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    this.t0 = performance.now();
    this.last = this.t0;
    if (this.rate !== undefined) this.timer = setInterval(() => this.tick(), 2);
    this.running = Array.from({ length: this.browsers }, (_, i) => this.browse(i));
  }

  /** Lets each browser finish the conversation it is in, then reports. */
  async stop(): Promise<WebResult> {
    this.stopping = true;
    await Promise.race([Promise.all(this.running), new Promise((r) => setTimeout(r, 60_000))]);
    clearInterval(this.timer);
    for (const w of this.waiting.splice(0)) w();
    this.agent.destroy();
    const sorted = this.samples.map((s) => s.ms).sort((a, b) => a - b);
    const byTime = [...this.samples].sort((a, b) => a.at - b.at);
    const lo = Math.floor(byTime.length * 0.1);
    const hi = Math.floor(byTime.length * 0.9);
    const from = byTime[lo]?.at ?? 0;
    const to = byTime[hi]?.at ?? 0;
    const seconds = ((byTime.at(-1)?.at ?? 0) - (byTime[0]?.at ?? 0)) / 1000;
    return {
      browsers: this.browsers,
      conversations: this.conversations,
      updates: this.samples.length,
      seconds,
      steady: to > from ? (hi - lo) / ((to - from) / 1000) : this.samples.length / Math.max(seconds, 1e-9),
      latency: sorted,
      retries: this.retries,
      errors: this.errors,
    };
  }

  /** One browser: scripts in turn, each as a new session, until told to stop. */
  private async browse(i: number): Promise<void> {
    for (let n = i; !this.stopping; n += this.browsers) {
      const s = n % SCRIPTS.length;
      const script = SCRIPTS[s];
      const turns = this.expected[s];
      if (!script || !turns) return;
      this.conversations++;
      let session: string | undefined;
      for (const [k, step] of script.steps.entries()) {
        await this.paced();
        const body = JSON.stringify({ ...(session ? { session } : {}), id: `b${i}-c${n}-m${k}`, input: step.input });
        const t = performance.now();
        let res: { status: number; text: string };
        try {
          // Like the widget (and browsers on a reused connection), one retry with the same message id when the
          // connection fails before an answer: the server answers a message id once.
          res = await this.call('POST', '/webchat/api/message', body).catch(() => {
            this.retries++;
            return this.call('POST', '/webchat/api/message', body);
          });
        } catch (err) {
          this.errors.push(`browser ${i} (${script.name}), step ${k + 1}, ${((performance.now() - this.t0) / 1000).toFixed(1)} s into the phase: ${err instanceof Error ? err.message : String(err)}`);
          return;
        }
        const at = performance.now();
        this.samples.push({ at: at - this.t0, ms: at - t });
        const answer = JSON.parse(res.text) as { session?: string; replies?: unknown };
        session ??= answer.session;
        const got = masked(JSON.stringify(answer.replies ?? null));
        if (res.status !== 200 || got !== turns[k]) {
          this.errors.push(`browser ${i} (${script.name}), step ${k + 1}: HTTP ${res.status}, expected ${turns[k]?.slice(0, 80)}, got ${got.slice(0, 80)}`);
          return;
        }
      }
    }
  }

  /** Waits for a token of the global pace (at once when the load is not paced). */
  private paced(): Promise<void> {
    if (this.rate === undefined) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private tick(): void {
    const now = performance.now();
    const rate = this.rate ?? 0;
    this.tokens = Math.min(this.tokens + ((now - this.last) / 1000) * rate, Math.max(1, rate * 0.02));
    this.last = now;
    while (this.tokens >= 1 && this.waiting.length > 0) {
      this.tokens--;
      this.waiting.shift()?.();
    }
  }

  private call(method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { Origin: this.base };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const req = request(`${this.base}${path}`, { method, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
      req.end(body);
    });
  }
}

/** The report lines of the web part of a phase. */
export function webReport(r: WebResult): string[] {
  const ms = (v: number): string => `${v.toFixed(1).padStart(8)} ms`;
  return [
    `  [web] ${r.browsers} browsers at once, ${r.conversations} conversations (a new session each), one POST per message, replies in the response`,
    `  [web] messages answered   ${r.updates} in ${r.seconds.toFixed(2)} s`,
    `  [web] throughput          ${r.steady.toFixed(0).padStart(8)} updates/s steady (middle 80 % of the answers), ${(r.updates / Math.max(r.seconds, 1e-9)).toFixed(0)} overall`,
    `  [web] whole turn   median ${ms(percentile(r.latency, 50))}   p95 ${ms(percentile(r.latency, 95))}   p99 ${ms(percentile(r.latency, 99))}   max ${ms(r.latency.at(-1) ?? NaN)}`,
    `  [web] errors              ${r.errors.length}   (connection retries, as the widget does: ${r.retries})`,
    ...r.errors.slice(0, 10).map((e) => `    - ${e}`),
  ];
}

/** The p99 of a sorted list (for the verdict lines of bench/load.ts). */
export function p99(sorted: readonly number[]): number {
  return percentile(sorted, 99);
}
