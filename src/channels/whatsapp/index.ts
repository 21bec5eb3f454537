// WhatsApp channel (whatsapp-web.js): wires the real client, the QR printer and the adapter to the runtime.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import qrcode from 'qrcode-terminal';
import { ConfigError } from '../../core/errors.ts';
import type { Health } from '../shared/health.ts';
import type { ChannelAdapter, ChannelRuntime } from '../types.ts';
import { WHATSAPP, WhatsAppAdapter } from './adapter.ts';
import type { Backoff } from './backoff.ts';
import { type ClientSettings, type WhatsAppClient, checkChromium, createClient } from './client.ts';
import { type AuthLock, checkChromiumLock, lockAuthDir } from './profile.ts';

/**
 * Replaceable parts, for tests: a fake client instead of a browser, a silent QR printer, a short backoff. Staff
 * alerts (a new pairing is needed) and moving a citizen to their LID go through the runtime (`staff.alert`,
 * `rekey`), so the composition root wires nothing here.
 */
export interface WhatsAppDeps {
  createClient?: (settings: ClientSettings) => Promise<WhatsAppClient>;
  showQr?: (qr: string) => void;
  backoff?: Backoff;
}

/** The part of the configuration WhatsApp reads (WHATSAPP_*, CHROMIUM_PATH, STATE_DIR); `maxMessageAgeMs` defaults to 5 minutes. */
export interface WhatsAppSettings {
  stateDir: string;
  whatsapp?: { chromiumPath?: string | undefined; authDir: string; maxMessageAgeMs?: number };
}

/** The real client's folders and browser, from the validated config. Everything stays in the state dir. */
export function clientSettings(config: WhatsAppSettings): ClientSettings {
  if (!config.whatsapp) throw new ConfigError('WhatsApp is not enabled: set WHATSAPP_ENABLED=true (see .env.example).');
  const { authDir, chromiumPath } = config.whatsapp;
  return { authDir, cacheDir: join(config.stateDir, 'whatsapp-cache'), ...(chromiumPath !== undefined ? { chromiumPath } : {}) };
}

/** Prints the pairing QR code on stdout (the operator scans it with the phone). */
export function printQr(qr: string): void {
  qrcode.generate(qr, { small: true }, (art) => process.stdout.write(`\n${art}\n`));
}

/** The WhatsApp channel: creates the client on start; it connects in the background, so pairing holds nobody up. */
export class WhatsAppChannel implements ChannelAdapter {
  readonly name = WHATSAPP;
  private adapter: WhatsAppAdapter | undefined;
  private lock: AuthLock | undefined;

  constructor(
    private readonly config: WhatsAppSettings,
    private readonly deps: WhatsAppDeps = {},
  ) {}

  async start(runtime: ChannelRuntime): Promise<void> {
    const settings = clientSettings(this.config);
    // The session folder holds the WhatsApp credentials: only the service user may read it.
    mkdirSync(settings.authDir, { recursive: true, mode: 0o700 });
    checkChromiumLock(settings.authDir);
    this.lock = lockAuthDir(settings.authDir);
    let client: WhatsAppClient;
    try {
      if (this.deps.createClient) {
        client = await this.deps.createClient(settings);
      } else {
        checkChromium(settings.chromiumPath);
        client = await createClient(settings);
      }
    } catch (err) {
      this.lock.release();
      throw err;
    }
    const maxMessageAgeMs = this.config.whatsapp?.maxMessageAgeMs;
    this.adapter = new WhatsAppAdapter({
      client,
      authDir: settings.authDir,
      ...(maxMessageAgeMs !== undefined ? { maxMessageAgeMs } : {}),
      showQr: this.deps.showQr ?? printQr,
      ...(this.deps.backoff ? { backoff: this.deps.backoff } : {}),
    });
    await this.adapter.start(runtime);
    runtime.logger.info({ channel: WHATSAPP, authDir: settings.authDir }, 'whatsapp client starting');
  }

  health(): Health {
    return this.adapter ? this.adapter.health() : { ok: false, reason: 'O canal do WhatsApp não foi iniciado.' };
  }

  async stop(): Promise<void> {
    await this.adapter?.stop();
    // Only once the browser is closed may another Atende open the session.
    this.lock?.release();
  }
}

/** Builds and starts the WhatsApp channel. */
export async function startWhatsApp(runtime: ChannelRuntime, config: WhatsAppSettings, deps: WhatsAppDeps = {}): Promise<WhatsAppChannel> {
  const channel = new WhatsAppChannel(config, deps);
  await channel.start(runtime);
  return channel;
}
