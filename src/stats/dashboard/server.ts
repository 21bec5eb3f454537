// The read-only statistics dashboard: a small HTTP server (node:http) that renders the report as HTML
// with server-side SVG charts, plus JSON and CSV exports. Binds 127.0.0.1 by default; on any other
// address it refuses to start without a token, and with a token every request must carry it.
import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Service } from '../../catalogue/schema.ts';
import { AtendeError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { dayOf } from '../../core/time.ts';
import { type CsvSection, renderReportCsv } from '../csv.ts';
import { parseReportOptions } from '../options.ts';
import type { StatsReader } from '../reader.ts';
import { ReportTooLargeError, buildReport } from '../report.ts';
import { cookieValue } from './cookie.ts';
import { type DashboardFilters, renderDashboard } from './html.ts';

/** Everything the dashboard server needs. */
export interface DashboardOptions {
  stats: StatsReader;
  /** The catalogue in force, read on every request (so a hot reload shows at once). */
  services: () => readonly Service[];
  host: string;
  port: number;
  token?: string | undefined;
  logger: Logger;
  /**
   * More paths, answered before the token is asked for (`/healthz`, for a load balancer that carries no token):
   * they must reveal nothing of the figures.
   */
  routes?: ReadonlyMap<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
}

/** A listening dashboard: its base URL, and `close` to stop it. */
export interface DashboardServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const COOKIE = 'atende_painel';

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

function sameSecret(given: string | undefined, token: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

const securityHeaders = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type, ...extra });
  res.end(body);
}

function page(title: string, text: string): string {
  return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
}

/** Handles one request; exported for direct tests of routing and authorisation. */
export async function handleRequest(o: DashboardOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://painel.local');
  const route = o.routes?.get(url.pathname);
  if (route) {
    await route(req, res);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/html; charset=utf-8', page('Método não permitido', 'O painel é somente leitura.'), { Allow: 'GET, HEAD' });
    return;
  }
  if (o.token !== undefined) {
    const fromQuery = url.searchParams.get('token') ?? undefined;
    if (fromQuery !== undefined && sameSecret(fromQuery, o.token)) {
      // Move the token from the address bar into a cookie, so it does not linger in history or get shared with a link.
      url.searchParams.delete('token');
      send(res, 303, 'text/plain; charset=utf-8', '', {
        Location: `${url.pathname}${url.search}`,
        'Set-Cookie': `${COOKIE}=${encodeURIComponent(o.token)}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return;
    }
    const auth = req.headers.authorization;
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!sameSecret(bearer, o.token) && !sameSecret(cookieValue(req.headers.cookie, COOKIE), o.token)) {
      send(res, 401, 'text/html; charset=utf-8', page('Acesso negado', 'Abra o painel com o token: /?token=SEU_TOKEN (o valor de DASHBOARD_TOKEN).'));
      return;
    }
  } else {
    // Without a token the dashboard only listens on loopback; refusing other Host names also stops DNS rebinding.
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (!isLoopback(host)) {
      send(res, 403, 'text/html; charset=utf-8', page('Endereço não permitido', 'Abra o painel pelo endereço 127.0.0.1 ou localhost.'));
      return;
    }
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204, securityHeaders);
    res.end();
    return;
  }
  const filters: DashboardFilters = {
    from: url.searchParams.get('from') || undefined,
    to: url.searchParams.get('to') || undefined,
    by: url.searchParams.get('by') || undefined,
    channel: url.searchParams.get('channel') || undefined,
  };
  const routes = ['/', '/relatorio.json', '/relatorio.csv'];
  if (!routes.includes(url.pathname)) {
    send(res, 404, 'text/html; charset=utf-8', page('Página não encontrada', 'Volte para <a href="/">o painel</a>.'));
    return;
  }
  const parsed = parseReportOptions({ ...filters, top: url.searchParams.get('top') || undefined });
  const channelChoices = await o.stats.channels();
  if (!parsed.ok) {
    if (url.pathname === '/') send(res, 400, 'text/html; charset=utf-8', renderDashboard({ filters, errors: parsed.errors, channelChoices }));
    else send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ errors: parsed.errors }));
    return;
  }
  let report;
  try {
    report = await buildReport({ stats: o.stats, services: o.services(), today: dayOf(Date.now()) }, parsed.options);
  } catch (err) {
    if (!(err instanceof ReportTooLargeError)) throw err;
    if (url.pathname === '/') send(res, 400, 'text/html; charset=utf-8', renderDashboard({ filters, errors: [err.message], channelChoices }));
    else send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ errors: [err.message] }));
    return;
  }
  if (url.pathname === '/relatorio.json') {
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(report));
  } else if (url.pathname === '/relatorio.csv') {
    const s = url.searchParams.get('section');
    const section: CsvSection = s === 'services' || s === 'searches' || s === 'questions' ? s : 'usage';
    send(res, 200, 'text/csv; charset=utf-8', renderReportCsv(report, section), { 'Content-Disposition': `attachment; filename="atende-${section}-${report.from}-${report.to}.csv"` });
  } else {
    send(res, 200, 'text/html; charset=utf-8', renderDashboard({ report, filters, channelChoices }));
  }
}

/** Starts the dashboard server (port 0 picks a free port). Refuses a non-loopback host without a token. */
export async function createDashboardServer(o: DashboardOptions): Promise<DashboardServer> {
  if (!isLoopback(o.host) && o.token === undefined) {
    throw new AtendeError(
      'DASHBOARD_TOKEN_REQUIRED',
      `O painel não pode escutar em ${o.host} sem DASHBOARD_TOKEN: defina DASHBOARD_TOKEN (uma senha longa e aleatória) ou use DASHBOARD_HOST=127.0.0.1.`,
    );
  }
  const log = o.logger.child({ component: 'dashboard' });
  const server: Server = createServer((req, res) => {
    handleRequest(o, req, res).catch((err: unknown) => {
      log.error({ err, path: (req.url ?? '').split('?')[0] }, 'dashboard request failed');
      if (!res.headersSent) send(res, 500, 'text/html; charset=utf-8', page('Erro', 'Não foi possível montar o relatório. Veja o log do servidor.'));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(
        err.code === 'EADDRINUSE'
          ? new AtendeError('DASHBOARD_PORT_IN_USE', `A porta ${o.port} já está em uso em ${o.host}. Escolha outra com DASHBOARD_PORT (ou --port).`, { cause: err })
          : err,
      );
    };
    server.once('error', onError);
    server.listen(o.port, o.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  log.info({ host: o.host, port, token: o.token !== undefined }, 'dashboard listening');
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
