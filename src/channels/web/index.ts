// The web chat channel: an HTTP server with the widget script, a demo page and the message API (a POST per
// message, the replies in its response). Portal MG and the MG App embed the widget with one script tag.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AtendeError } from '../../core/errors.ts';
import type { Health } from '../shared/health.ts';
import { InFlight } from '../shared/inflight.ts';
import type { ChannelAdapter, ChannelRuntime } from '../types.ts';
import { CHANNEL, messageHandler } from './api.ts';
import { type Asset, asset, loadWidget } from './assets.ts';
import { DEMO_CSP, DEMO_CSS, DEMO_SERVICE, demoPage, isServiceId } from './demo.ts';
import { type WebRoute, type WebServer, send, startWebServer } from './http.ts';

export type { WebRoute } from './http.ts';

/** The channel's settings (WEBCHAT_* in the environment; see .env.example). */
export interface WebChatSettings {
  host: string;
  port: number;
  /** Origins (scheme://host[:port]) whose pages may call the API, besides the server's own. */
  allowedOrigins: readonly string[];
  /** Proxies whose X-Forwarded-For / X-Forwarded-Host are believed (exact addresses). */
  trustedProxies: readonly string[];
  /** Messages per minute from one address; 0 turns the per-IP limit off. */
  ipMessagesPerMinute: number;
  /** Largest request body, in bytes; 413 beyond it. */
  maxBodyBytes: number;
  /** Serve the demo page at /webchat/. */
  demo: boolean;
}

/** Where the channel's routes live. */
export const PATHS = { widget: '/webchat/widget.js', demo: '/webchat/', demoCss: '/webchat/demo.css', api: '/webchat/api/message' } as const;

/** How long stop() waits for messages in flight before closing their connections. */
const DRAIN_MS = 10_000;

function sendAsset(req: IncomingMessage, res: ServerResponse, a: Asset, headers: Record<string, string>): void {
  const common = { 'Content-Type': a.type, ETag: a.etag, Vary: 'Accept-Encoding', ...headers };
  if (req.headers['if-none-match'] === a.etag) {
    res.writeHead(304, common).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  send(req, res, 200, gzip ? { ...common, 'Content-Encoding': 'gzip' } : common, gzip ? a.gzipped : a.body);
}

/** The web chat channel adapter. */
export class WebChatAdapter implements ChannelAdapter {
  readonly name = CHANNEL;
  private server: WebServer | undefined;
  private stopping: Promise<void> | undefined;
  private readonly inFlight = new InFlight();
  private readonly extra: WebRoute[] = [];
  private logger: ChannelRuntime['logger'] | undefined;
  private accepting = true;

  constructor(private readonly settings: WebChatSettings) {}

  /** The listening address, once started (port 0 in the settings picks a free one). */
  get address(): { host: string; port: number } | undefined {
    return this.server ? { host: this.server.host, port: this.server.port } : undefined;
  }

  /** Mounts one more route on the channel's server (a health check, say), before or after start. */
  addRoute(route: WebRoute): void {
    this.extra.push(route);
  }

  /** Up while its server listens and takes messages. */
  health(): Health {
    return this.server && this.accepting ? { ok: true } : { ok: false, reason: 'O chat do site não está recebendo mensagens (parando ou não iniciado).' };
  }

  async start(runtime: ChannelRuntime): Promise<void> {
    if (this.server) throw new AtendeError('WEBCHAT', 'The web chat channel is already started.');
    const s = this.settings;
    this.logger = runtime.logger;
    const widget = loadWidget();
    const css = asset(DEMO_CSS, 'text/css; charset=utf-8');
    const api = messageHandler({ runtime, inFlight: this.inFlight, allowedOrigins: s.allowedOrigins, trustedProxies: s.trustedProxies, maxBodyBytes: s.maxBodyBytes, ipMessagesPerMinute: s.ipMessagesPerMinute, accepting: () => this.accepting });
    const routes: WebRoute[] = [
      {
        path: PATHS.widget,
        methods: ['GET'],
        // Any page may load the script (SRI and crossorigin included); caches keep it five minutes.
        handle: (req, res) => sendAsset(req, res, widget, { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }),
      },
      { path: PATHS.api, methods: ['POST', 'OPTIONS'], handle: api },
    ];
    if (s.demo) {
      routes.push(
        {
          path: PATHS.demo,
          methods: ['GET'],
          handle: (req, res, url) => {
            const wanted = url.searchParams.get('servico') ?? DEMO_SERVICE;
            const service = isServiceId(wanted) ? wanted : DEMO_SERVICE;
            send(req, res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': DEMO_CSP, 'Cache-Control': 'no-cache', 'X-Frame-Options': 'DENY' }, demoPage(service));
          },
        },
        { path: PATHS.demoCss, methods: ['GET'], handle: (req, res) => sendAsset(req, res, css, { 'Cache-Control': 'public, max-age=300' }) },
        { path: '/webchat', methods: ['GET'], handle: (req, res) => send(req, res, 308, { Location: PATHS.demo }) },
      );
    }
    this.server = await startWebServer({ host: s.host, port: s.port, routes: () => [...routes, ...this.extra], logger: runtime.logger });
    runtime.logger.info({ host: this.server.host, port: this.server.port, origins: s.allowedOrigins.length, demo: s.demo }, 'webchat started');
  }

  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    const server = this.server;
    this.accepting = false;
    if (!server) return;
    // Stop taking connections, let the messages in flight be answered, then close what is left.
    const closed = server.close();
    await this.inFlight.drain(DRAIN_MS, { unwindMs: 1_000 });
    server.destroy();
    await closed;
    this.logger?.info({}, 'webchat stopped');
  }
}
