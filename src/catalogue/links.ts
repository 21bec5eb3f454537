// `catalogue links`: checks over the network that every link of the catalogue still opens, and says where
// redirects end. Staff run it on a machine with internet before publishing.
// HEAD first (no page download), GET when a server refuses HEAD; redirects are followed by hand, so every hop
// is known and a loop cannot run forever; a few requests at a time, so no official site is hammered.
import { relative } from 'node:path';
import type { Catalogue } from './load.ts';
import { citizenLinks, serviceFile } from './lint.ts';

/** Where a link appears: the service, its file and the field path ("steps.1.channels.0.url"). */
export interface LinkUse {
  service: string;
  file: string;
  path: string;
}

/** One distinct address of the catalogue and every place that uses it. */
export interface LinkTarget {
  url: string;
  uses: LinkUse[];
}

/** Why a link is broken (stable names, for --json consumers). */
export type LinkProblem =
  | 'http-error'
  | 'timeout'
  | 'dns'
  | 'refused'
  | 'reset'
  | 'tls'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'redirect-without-location'
  | 'invalid-url'
  | 'unsupported-protocol'
  | 'network';

/** One response on the way: the address asked, its HTTP status and the method that got an answer. */
export interface LinkHop {
  url: string;
  status: number;
  method: 'HEAD' | 'GET';
}

/** The verdict on one link. `redirected` opens, but somewhere else; only `broken` fails the run. */
export interface LinkResult extends LinkTarget {
  status: 'ok' | 'redirected' | 'broken';
  /** Last HTTP status received, when any. */
  httpStatus?: number;
  /** Last address reached (the link itself when there was no redirect). */
  finalUrl: string;
  /** Every response, in order; redirects are all but the last. */
  hops: LinkHop[];
  problem?: LinkProblem;
  /** Technical cause for staff who dig further (an error code such as DEPTH_ZERO_SELF_SIGNED_CERT). */
  detail?: string;
  ms: number;
}

/** How the check runs. */
export interface LinkCheckOptions {
  /** Per request (each hop, each method), in milliseconds. */
  timeoutMs?: number;
  /** Requests under way at once. */
  concurrency?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Called as each link is done, for progress. */
  onResult?: (result: LinkResult, done: number, total: number) => void;
}

/** The defaults `catalogue links` uses. */
export const LINK_DEFAULTS = { timeoutMs: 10_000, concurrency: 4, maxRedirects: 5, userAgent: 'Atende-verificador-de-links/1.0 (catalogo de servicos MG)' } as const;

/** Every distinct link a citizen can see in the catalogue, with where each is used. Notes to staff are left out. */
export function catalogueLinks(catalogue: Catalogue): LinkTarget[] {
  const byUrl = new Map<string, LinkUse[]>();
  for (const s of catalogue.services) {
    const file = serviceFile(catalogue.dir, s.id);
    for (const { url, path } of citizenLinks(s)) {
      const key = normalize(url);
      const uses = byUrl.get(key) ?? [];
      uses.push({ service: s.id, file, path });
      byUrl.set(key, uses);
    }
  }
  return [...byUrl].map(([url, uses]) => ({ url, uses })).sort((a, b) => a.url.localeCompare(b.url));
}

/** "www.x.gov.br" in a text means https; "https://x.gov.br" and "https://x.gov.br/" are one address. */
function normalize(url: string): string {
  const withScheme = /^www\./i.test(url) ? `https://${url}` : url;
  try {
    return new URL(withScheme).href;
  } catch {
    return url;
  }
}

/** Checks every link, a few at a time. Results come in the order of `targets`. Never throws for a bad link. */
export async function checkLinks(targets: readonly LinkTarget[], options: LinkCheckOptions = {}): Promise<LinkResult[]> {
  const concurrency = Math.max(1, options.concurrency ?? LINK_DEFAULTS.concurrency);
  const results: LinkResult[] = new Array(targets.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < targets.length; i = next++) {
      const target = targets[i] as LinkTarget;
      const result = await checkLink(target, options);
      results[i] = result;
      done += 1;
      options.onResult?.(result, done, targets.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return results;
}

/** Checks one link: follows redirects up to the limit and classifies the outcome. */
export async function checkLink(target: LinkTarget, options: LinkCheckOptions = {}): Promise<LinkResult> {
  const maxRedirects = options.maxRedirects ?? LINK_DEFAULTS.maxRedirects;
  const started = Date.now();
  const hops: LinkHop[] = [];
  const seen = new Set<string>();
  let current = target.url;
  const finish = (status: LinkResult['status'], extra: Partial<LinkResult> = {}): LinkResult => {
    const last = hops[hops.length - 1];
    return { ...target, status, finalUrl: current, hops, ...(last ? { httpStatus: last.status } : {}), ...extra, ms: Date.now() - started };
  };

  for (;;) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      return finish('broken', { problem: 'invalid-url' });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return finish('broken', { problem: 'unsupported-protocol' });
    seen.add(url.href);

    const answer = await ask(url.href, options);
    if ('problem' in answer) return finish('broken', { problem: answer.problem, ...(answer.detail ? { detail: answer.detail } : {}) });
    hops.push({ url: url.href, status: answer.status, method: answer.method });

    if (answer.status >= 300 && answer.status < 400 && answer.status !== 304) {
      if (!answer.location) return finish('broken', { problem: 'redirect-without-location' });
      if (hops.length > maxRedirects) return finish('broken', { problem: 'too-many-redirects' });
      let nextUrl: string;
      try {
        nextUrl = new URL(answer.location, url).href; // Location may be relative to the current address
      } catch {
        return finish('broken', { problem: 'invalid-url', detail: answer.location });
      }
      current = nextUrl;
      if (seen.has(nextUrl)) return finish('broken', { problem: 'redirect-loop' });
      continue;
    }
    if (answer.status >= 400) return finish('broken', { problem: 'http-error' });
    return finish(hops.length > 1 ? 'redirected' : 'ok');
  }
}

type Answer = { status: number; location?: string; method: 'HEAD' | 'GET' } | { problem: LinkProblem; detail?: string };

/**
 * One hop: HEAD, then GET when HEAD does not get a clear yes: 405/501 (HEAD not supported), any other error
 * status (firewalls and some frameworks answer HEAD with 403 or 404 while the page opens fine), or a dropped
 * connection. A link is only called broken when GET fails too.
 */
async function ask(url: string, options: LinkCheckOptions): Promise<Answer> {
  const head = await request(url, 'HEAD', options);
  const retry = 'problem' in head ? head.problem === 'reset' || head.problem === 'network' : head.status >= 400;
  return retry ? request(url, 'GET', options) : head;
}

async function request(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions): Promise<Answer> {
  try {
    const res = await fetch(url, {
      method,
      redirect: 'manual', // by hand: every hop is recorded and loops are caught
      signal: AbortSignal.timeout(options.timeoutMs ?? LINK_DEFAULTS.timeoutMs),
      headers: { 'user-agent': options.userAgent ?? LINK_DEFAULTS.userAgent, accept: 'text/html,*/*' },
    });
    await res.body?.cancel().catch(() => undefined); // the status is enough: never download the page
    const location = res.headers.get('location');
    return { status: res.status, method, ...(location ? { location } : {}) };
  } catch (err) {
    return classify(err);
  }
}

/** Turns a fetch failure into a problem name; undici hides the system error in `cause`. */
function classify(err: unknown): { problem: LinkProblem; detail?: string } {
  const codes: string[] = [];
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  let cur: unknown = err;
  for (let depth = 0; depth < 4 && typeof cur === 'object' && cur !== null; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    cur = (cur as { cause?: unknown }).cause;
  }
  const code = codes[0];
  const detail = code ? { detail: code } : {};
  if (name === 'TimeoutError' || name === 'AbortError' || codes.some((c) => /TIMEOUT/.test(c))) return { problem: 'timeout' };
  if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN')) return { problem: 'dns', ...detail };
  if (codes.includes('ECONNREFUSED')) return { problem: 'refused', ...detail };
  if (codes.some((c) => /CERT|SSL|TLS|EPROTO/.test(c))) return { problem: 'tls', ...detail };
  if (codes.some((c) => c === 'ECONNRESET' || c === 'EPIPE' || c === 'UND_ERR_SOCKET' || c === 'UND_ERR_CLOSED')) return { problem: 'reset', ...detail };
  return { problem: 'network', ...(code ? detail : err instanceof Error ? { detail: err.message } : {}) };
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1)).toLocaleString('pt-BR')} s`;

/** Why a broken link fails, in pt-BR. */
export function problemText(r: LinkResult, timeoutMs: number = LINK_DEFAULTS.timeoutMs): string {
  const code = r.detail ? ` (${r.detail})` : '';
  switch (r.problem) {
    case 'http-error': {
      const s = r.httpStatus ?? 0;
      const what = s === 404 ? 'página não encontrada' : s === 410 ? 'página removida' : s === 401 || s === 403 ? 'acesso negado pelo site' : s >= 500 ? 'erro no servidor do site' : 'o site respondeu com erro';
      const via = r.hops.length > 1 ? `, depois de redirecionar para ${r.finalUrl}` : '';
      return `${what} (HTTP ${s}${via})`;
    }
    case 'timeout':
      return `o site não respondeu em ${seconds(timeoutMs)} (tempo esgotado)`;
    case 'dns':
      return `domínio não encontrado; confira se o endereço está certo${code}`;
    case 'refused':
      return `o servidor recusou a conexão${code}`;
    case 'reset':
      return `o servidor fechou a conexão sem responder${code}`;
    case 'tls':
      return `certificado de segurança (HTTPS) inválido: o navegador do cidadão vai mostrar um alerta${code}`;
    case 'too-many-redirects':
      return `redireciona vezes demais (${r.hops.length} respostas sem chegar a uma página)`;
    case 'redirect-loop':
      return 'redireciona em círculo e nunca chega a uma página';
    case 'redirect-without-location':
      return `o site manda redirecionar (HTTP ${r.httpStatus ?? 0}) mas não diz para onde`;
    case 'invalid-url':
      return `endereço inválido${code}`;
    case 'unsupported-protocol':
      return 'não é um endereço de site (use https://)';
    default:
      return `falha de rede${code}`;
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const MAX_USES_SHOWN = 10;

function usesLines(r: LinkResult): string[] {
  const shown = r.uses.slice(0, MAX_USES_SHOWN).map((u) => `      ${u.file} › ${u.path}`);
  const more = r.uses.length - MAX_USES_SHOWN;
  return more > 0 ? [...shown, `      … e mais ${more} (use --json para a lista completa)`] : shown;
}

/** Settings shown in the report, so staff know what "tempo esgotado" meant. */
export interface LinkReportContext {
  dir: string;
  services: number;
  timeoutMs: number;
  concurrency: number;
  maxRedirects: number;
}

/** The report of a link check, in pt-BR: broken and redirected links with service and field; OK links counted. */
export function formatLinks(results: readonly LinkResult[], ctx: LinkReportContext): string {
  const where = relative(process.cwd(), ctx.dir) || '.';
  const broken = results.filter((r) => r.status === 'broken');
  const redirected = results.filter((r) => r.status === 'redirected');
  const ok = results.length - broken.length - redirected.length;
  const lines = [
    `Links do catálogo em ${where}/: ${plural(results.length, 'endereço', 'endereços')} em ${plural(ctx.services, 'serviço', 'serviços')}.`,
    `(${ctx.concurrency} ao mesmo tempo; tempo limite de ${seconds(ctx.timeoutMs)} por tentativa; até ${ctx.maxRedirects} redirecionamentos)`,
    '',
  ];
  if (broken.length > 0) {
    lines.push(`QUEBRADOS (${broken.length}) — o cidadão não consegue abrir; corrija antes de publicar:`);
    for (const r of broken) lines.push(`  ✗ ${r.url}`, `    ${problemText(r, ctx.timeoutMs)}`, '    usado em:', ...usesLines(r));
    lines.push('');
  }
  if (redirected.length > 0) {
    lines.push(`REDIRECIONADOS (${redirected.length}) — abrem, mas em outro endereço; confira se o destino é a página certa e atualize o link:`);
    for (const r of redirected) {
      const n = r.hops.length - 1;
      lines.push(`  → ${r.url}`, `    termina em ${r.finalUrl} (HTTP ${r.httpStatus ?? 0}, ${plural(n, 'redirecionamento', 'redirecionamentos')})`, '    usado em:', ...usesLines(r));
    }
    lines.push('');
  }
  if (results.length > 0 && results.every((r) => r.hops.length === 0 && r.problem !== 'invalid-url' && r.problem !== 'unsupported-protocol')) {
    lines.push('Atenção: nenhum site respondeu. Esta máquina parece estar sem internet (ou atrás de um bloqueio); rode de novo numa máquina com acesso à internet antes de corrigir os links.', '');
  }
  const verdict = broken.length > 0 ? 'Há links quebrados: troque pelo link oficial (ou pela página do órgão, marcando em needsCheck) e rode de novo.' : 'Nenhum link quebrado.';
  lines.push(`${verdict} (${plural(broken.length, 'quebrado', 'quebrados')}, ${plural(redirected.length, 'redirecionado', 'redirecionados')}, ${plural(ok, 'funcionando', 'funcionando')})`);
  return `${lines.join('\n')}\n`;
}

/** The same report for other programs (`--json`): every link with its verdict, uses and pt-BR reason. */
export function linksJson(results: readonly LinkResult[], ctx: LinkReportContext): unknown {
  const count = (s: LinkResult['status']): number => results.filter((r) => r.status === s).length;
  return {
    ok: count('broken') === 0,
    dir: ctx.dir,
    services: ctx.services,
    settings: { timeoutMs: ctx.timeoutMs, concurrency: ctx.concurrency, maxRedirects: ctx.maxRedirects },
    // responded = 0 with links to check means this machine reached no site at all (no internet), not that all links died.
    summary: { links: results.length, broken: count('broken'), redirected: count('redirected'), ok: count('ok'), responded: results.filter((r) => r.hops.length > 0).length },
    links: results.map((r) => ({
      url: r.url,
      status: r.status,
      ...(r.httpStatus !== undefined ? { httpStatus: r.httpStatus } : {}),
      finalUrl: r.finalUrl,
      redirects: r.hops.filter((h) => h.status >= 300 && h.status < 400).map((h) => ({ url: h.url, status: h.status })),
      ...(r.status === 'broken' ? { problem: r.problem, message: problemText(r, ctx.timeoutMs) } : {}),
      ...(r.detail ? { detail: r.detail } : {}),
      ms: r.ms,
      uses: r.uses,
    })),
  };
}
