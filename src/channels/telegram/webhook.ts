// Webhook mode: a node:http server that hands Telegram's POSTs to grammY, after checking the secret token header.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import { ConfigError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { type Listening, listen } from '../shared/listen.ts';
import { summarizeError } from './errors.ts';

/** Where to listen and what to accept. */
export interface WebhookServerOptions {
  host: string;
  port: number;
  /** Only POSTs to this path are updates (the path of TELEGRAM_WEBHOOK_URL). */
  path: string;
  /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token; requests without it are refused with 401. */
  secret: string;
  logger: Logger;
  /** More GET paths served on this server (`/healthz`). */
  routes?: ReadonlyMap<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
}

/** The listening server: its real address (port 0 picks one) and a way to stop it. */
export type WebhookServer = Listening;

/** Telegram retries a webhook that does not answer in time; answer 200 after this and keep working. */
const ANSWER_WITHIN_MS = 8_000;

/** Starts the HTTP server for Telegram's webhook. */
export async function startWebhookServer(bot: Bot, options: WebhookServerOptions): Promise<WebhookServer> {
  const { logger } = options;
  // grammY compares the secret in constant time and answers 401 when the header is missing or wrong.
  const handleUpdate = webhookCallback(bot, 'http', { secretToken: options.secret, onTimeout: 'return', timeoutMilliseconds: ANSWER_WITHIN_MS });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = options.routes?.get(path);
    if (route && path !== options.path) {
      Promise.resolve(route(req, res)).catch((err: unknown) => {
        logger.warn({ error: summarizeError(err), path }, 'webhook server route failed');
        if (!res.headersSent) res.writeHead(500).end();
        else res.end();
      });
      return;
    }
    if (path !== options.path) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    handleUpdate(req, res).catch((err: unknown) => {
      // Only a body that is not JSON gets here: handler errors are caught by the bot's own boundary.
      logger.warn({ error: summarizeError(err) }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(400).end();
      else res.end();
    });
  });
  return listen(server, {
    host: options.host,
    port: options.port,
    logger,
    what: 'webhook server',
    refusal: (err) =>
      new ConfigError(`The Telegram webhook server cannot listen on ${options.host}:${options.port} (${err.message}): change TELEGRAM_WEBHOOK_PORT or TELEGRAM_WEBHOOK_HOST, or stop what uses that port.`),
  });
}
