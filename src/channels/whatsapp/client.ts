// The small part of whatsapp-web.js the adapter depends on, and the factory of the real client.
// The adapter only sees WhatsAppClient, so tests drive it with a fake; the real Client must fit it (proved below).
import { accessSync, constants, mkdirSync } from 'node:fs';
import type { Client, ClientOptions, Message, WAState } from 'whatsapp-web.js';
import { resolveChromium } from '../../core/chromium.ts';
import { AtendeError } from '../../core/errors.ts';

/** The fields of a whatsapp-web.js `Message` the adapter reads: a structural subset of it. */
export interface WhatsAppMessage {
  /** Chat id: `<number>@c.us` or `<id>@lid` for a person, `@g.us` for a group, `status@broadcast` for status. */
  readonly from: string;
  readonly body: string;
  /** whatsapp-web.js `MessageTypes` value: 'chat', 'ptt', 'image'... */
  readonly type: string;
  /** Unix time in SECONDS (not milliseconds). */
  readonly timestamp: number;
  readonly fromMe: boolean;
  readonly isStatus: boolean;
  /**
   * `_serialized` is `<fromMe>_<chat id>_<id>`; `id` alone is the message's own key, chosen by the sender's phone:
   * the same when WhatsApp redelivers the message under the sender's other address (`@c.us` or `@lid`).
   */
  readonly id: { readonly _serialized: string; readonly id: string };
}

/** The `MessageSendOptions` Atende sets on every send. */
export interface SendOptions {
  linkPreview?: boolean;
  waitUntilMsgSent?: boolean;
}

/** The events and methods of the whatsapp-web.js `Client` the adapter uses, with the library's own shapes. */
export interface WhatsAppClient {
  on(event: 'message', listener: (message: WhatsAppMessage) => void): this;
  on(event: 'qr', listener: (qr: string) => void): this;
  on(event: 'authenticated' | 'ready', listener: () => void): this;
  on(event: 'disconnected', listener: (reason: string) => void): this;
  /** Launches the browser and opens WhatsApp Web; resolves once the page is loaded (QR shown or session restored). */
  initialize(): Promise<void>;
  /** Closes the browser. */
  destroy(): Promise<void>;
  /**
   * The sent message (a `Message`, whose `ack` is -1 when sending failed), or undefined when the chat does not
   * exist. Typed `unknown` here: it comes out of the browser page, so the adapter checks its shape.
   */
  sendMessage(chatId: string, content: string, options?: SendOptions): Promise<unknown>;
  /** `{ lid, pn }` per id (serialized ids); either may be missing, whatever the typings say. Checked like sendMessage. */
  getContactLidAndPhone(userIds: string[]): Promise<unknown>;
}

// Type-level proof that the real library fits our subset: if whatsapp-web.js changes these shapes,
// typechecking fails here instead of the bot failing in production.
type Fits<Wanted, Actual extends Wanted> = Actual;
// Compile-time check only (checked although nothing uses it): the real `Client`, `Message` and disconnect reason fit.
type RealLibraryFits = [Fits<WhatsAppClient, Client>, Fits<WhatsAppMessage, Message>, Fits<string, WAState | 'LOGOUT'>];

/** Where the real client keeps its files and which browser it runs. */
export interface ClientSettings {
  /** LocalAuth session folder (pairing survives restarts). Holds credentials: never inside data/ or git. */
  authDir: string;
  /** whatsapp-web.js caches the WhatsApp Web page here (it would otherwise write ./.wwebjs_cache in the cwd). */
  cacheDir: string;
  /** CHROMIUM_PATH. Unset: a system Chromium, else the one bundled by `npm install` (src/chromium.ts). */
  chromiumPath?: string;
}

/**
 * Chromium flags. The sandbox cannot start as root, nor in most containers; the browser only ever loads
 * web.whatsapp.com. /dev/shm is tiny in containers, and there is no GPU on a server.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * The client options except the auth strategy (which needs the library loaded): pure, for tests and docs.
 * puppeteer's own signal handlers are off: on SIGINT it would kill Chromium and exit(130), on SIGTERM and SIGHUP
 * close it, in the middle of Atende's shutdown (@puppeteer/browsers launch.js, #onDriverProcessSignal).
 */
export function clientOptions(settings: ClientSettings & { chromiumPath: string }): Omit<ClientOptions, 'authStrategy'> {
  return {
    puppeteer: {
      executablePath: settings.chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    },
    webVersionCache: { type: 'local', path: settings.cacheDir },
  };
}

/** Fails fast, with the fix, when CHROMIUM_PATH names no browser (puppeteer's own error is obscure). Unset: nothing to check. */
export function checkChromium(chromiumPath: string | undefined): void {
  if (chromiumPath === undefined) return;
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch (cause) {
    throw new AtendeError(
      'WHATSAPP_BROWSER',
      `Chromium not found or not executable at ${chromiumPath} (CHROMIUM_PATH). Correct the path, or leave CHROMIUM_PATH unset to use the system Chromium or, without one, the Chromium that npm install brings.`,
      { cause },
    );
  }
}

/**
 * Builds the real whatsapp-web.js Client (does NOT launch the browser: that is `initialize()`).
 * The library is imported lazily so that processes without WhatsApp never load puppeteer.
 */
export async function createClient(settings: ClientSettings): Promise<Client> {
  // The session folder holds the WhatsApp credentials: only the service user may read it.
  mkdirSync(settings.authDir, { recursive: true, mode: 0o700 });
  const { executablePath } = await resolveChromium(settings.chromiumPath);
  const { default: wwebjs } = await import('whatsapp-web.js');
  return new wwebjs.Client({ ...clientOptions({ ...settings, chromiumPath: executablePath }), authStrategy: new wwebjs.LocalAuth({ dataPath: settings.authDir }) });
}
