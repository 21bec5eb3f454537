// WhatsApp channel (whatsapp-web.js): wires the real client, the QR printer and the adapter to the app.
import { join } from 'node:path';
import qrcode from 'qrcode-terminal';
import type { App } from '../../app.ts';
import type { Config } from '../../config.ts';
import { ConfigError } from '../../core/errors.ts';
import type { RunningChannel } from '../types.ts';
import { type Backoff, WHATSAPP, WhatsAppAdapter } from './adapter.ts';
import { type ClientSettings, type WhatsAppClient, checkChromium, createClient } from './client.ts';

/** Replaceable parts, for tests: a fake client instead of a browser, a silent QR printer, a short backoff. */
export interface WhatsAppDeps {
  createClient?: (settings: ClientSettings) => Promise<WhatsAppClient>;
  showQr?: (qr: string) => void;
  backoff?: Backoff;
}

/** The real client's folders and browser, from the validated config. Everything stays in the state dir. */
export function clientSettings(config: Config): ClientSettings {
  if (!config.whatsapp) throw new ConfigError('WhatsApp is not enabled: set WHATSAPP_ENABLED=true (see .env.example).');
  return { authDir: config.whatsapp.authDir, cacheDir: join(config.stateDir, 'whatsapp-cache'), chromiumPath: config.whatsapp.chromiumPath };
}

/** Prints the pairing QR code on stdout (the operator scans it with the phone). */
export function printQr(qr: string): void {
  qrcode.generate(qr, { small: true }, (art) => process.stdout.write(`\n${art}\n`));
}

/** Starts the WhatsApp client; it connects in the background, so other channels are not held up by pairing. */
export async function startWhatsApp(app: App, deps: WhatsAppDeps = {}): Promise<RunningChannel> {
  const settings = clientSettings(app.config);
  let client: WhatsAppClient;
  if (deps.createClient) {
    client = await deps.createClient(settings);
  } else {
    checkChromium(settings.chromiumPath);
    client = await createClient(settings);
  }
  const adapter = new WhatsAppAdapter({
    client,
    runtime: app.runtime,
    logger: app.logger,
    authDir: settings.authDir,
    showQr: deps.showQr ?? printQr,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
  });
  adapter.start();
  app.logger.info({ channel: WHATSAPP, authDir: settings.authDir }, 'whatsapp client starting');
  return { name: WHATSAPP, stop: () => adapter.stop() };
}
