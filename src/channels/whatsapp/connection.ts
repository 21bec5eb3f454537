// Keeping the whatsapp-web.js client connected: start it in the background, and start it again, after growing
// delays, when the start failed, WhatsApp disconnected, or `ready` never came (the watchdog: the library loads
// the page with no timeout, and can stay authenticated but never ready). Every change of state is logged; a QR
// code after `ready` is an alert, as that is how an ended session shows with LocalAuth (never as auth_failure).
import type { Logger } from '../../core/logger.ts';
import { withTimeout } from '../shared/inflight.ts';
import { type AlertStaff, pairingLostNote } from './alerts.ts';
import { type Backoff, backoffDelay } from './backoff.ts';
import type { WhatsAppClient } from './client.ts';
import { isProfileInUse } from './profile.ts';

/** What the connection needs. */
export interface ConnectionOptions {
  client: WhatsAppClient;
  log: Logger;
  /** The LocalAuth folder, named in the operator's instructions. */
  authDir: string;
  /** Shows the pairing QR code to the operator (the terminal, in production). */
  showQr: (qr: string) => void;
  backoff: Backoff;
  /** Longest wait for the browser to close. */
  stopTimeoutMs: number;
  /** Longest wait for `ready` after a start or after `authenticated`; not while a QR code waits to be scanned. */
  readyTimeoutMs: number;
  /** Tells staff that WhatsApp needs a person (a new pairing); absent, only the log says it. */
  alertStaff?: AlertStaff;
}

/** The client's connection. `start()` once; `halt()` then `close()` on shutdown. */
export class Connection {
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private initializing: Promise<void> | undefined;
  /** Which start is current: a start the watchdog gave up on may still fail later, and that is no news. */
  private generation = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private halted = false;
  /** Ready at least once in this process: a QR code from now on means the session ended. */
  private everReady = false;
  /** The ended session was already reported (WhatsApp renews the QR code every 20 s or so). */
  private alerted = false;
  /** Ready now (between `ready` and a disconnect, a QR code or a restart): messages are being answered. */
  private readyNow = false;

  /** Is WhatsApp connected and answering (for `/healthz`)? */
  get ready(): boolean {
    return this.readyNow && !this.halted;
  }

  constructor(private readonly o: ConnectionOptions) {}

  /** Subscribes to the client's connection events and starts connecting in the background (pairing may take minutes). */
  start(): void {
    const { client, log } = this.o;
    client.on('qr', (qr) => this.onQr(qr));
    client.on('authenticated', () => {
      log.info({}, 'whatsapp authenticated');
      // Scanned, or restored: `ready` should follow within the watchdog's time.
      this.arm();
    });
    client.on('ready', () => this.onReady());
    client.on('disconnected', (reason) => this.onDisconnected(reason));
    this.connect();
  }

  /** Stops every reconnection; the browser stays up until `close()`, so replies in flight can still go out. */
  halt(): void {
    this.halted = true;
    this.disarm();
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
  }

  /** Closes the browser, also one that was still starting. */
  async close(): Promise<void> {
    this.halt();
    await this.destroyClient();
    // A browser still starting when destroy() ran would survive it: wait for the start, then close again.
    const pending = this.initializing;
    if (pending) {
      await withTimeout(pending, this.o.stopTimeoutMs);
      await this.destroyClient();
    }
  }

  private async destroyClient(): Promise<void> {
    try {
      await withTimeout(this.o.client.destroy(), this.o.stopTimeoutMs);
    } catch (err) {
      this.o.log.warn({ err }, 'whatsapp client destroy failed');
    }
  }

  private connect(): void {
    if (this.halted || this.initializing) return;
    const generation = ++this.generation;
    this.arm();
    const start = this.startClient(generation);
    this.initializing = start;
    void start.finally(() => {
      if (this.initializing === start) this.initializing = undefined;
    });
  }

  private async startClient(generation: number): Promise<void> {
    try {
      await this.o.client.initialize();
    } catch (err) {
      if (this.halted || generation !== this.generation) return;
      this.disarm();
      if (isProfileInUse(err)) {
        // Another browser holds the session folder: retrying for ever would not free it.
        this.halt();
        this.o.log.error(
          { err, authDir: this.o.authDir },
          'whatsapp stopped: another browser holds the session folder (another Atende on the same WHATSAPP_AUTH_DIR?). Stop it, or give this Atende its own folder, then restart Atende',
        );
        return;
      }
      this.o.log.error({ err }, 'whatsapp client failed to start (browser or WhatsApp Web unreachable)');
      // The library leaves the browser of a failed start running: close it now, not at the next attempt.
      await this.destroyClient();
      this.scheduleReconnect('initialize_failed');
    }
  }

  /** (Re)starts the watchdog of the current start. */
  private arm(): void {
    this.disarm();
    if (this.halted) return;
    const generation = this.generation;
    this.watchdog = setTimeout(() => void this.onReadyTimeout(generation), this.o.readyTimeoutMs);
  }

  private disarm(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  private async onReadyTimeout(generation: number): Promise<void> {
    this.watchdog = undefined;
    if (this.halted || generation !== this.generation) return;
    this.o.log.warn({ waitedMs: this.o.readyTimeoutMs }, 'whatsapp not ready in time (the page hangs, or authenticated but never ready): restarting the browser');
    // Give this start up: its initialize() may still be hanging, and fails once the browser is closed.
    this.generation++;
    this.initializing = undefined;
    await this.destroyClient();
    this.scheduleReconnect('ready_timeout');
  }

  private scheduleReconnect(why: string): void {
    if (this.halted || this.reconnectTimer) return;
    const delayMs = backoffDelay(this.o.backoff, this.attempt);
    this.attempt++;
    this.o.log.info({ why, attempt: this.attempt, delayMs }, 'whatsapp reconnecting after a delay');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.reconnect();
    }, delayMs);
  }

  private async reconnect(): Promise<void> {
    if (this.halted) return;
    this.readyNow = false;
    // The library destroys the client itself on most disconnects; closing again is harmless and covers the rest.
    await this.destroyClient();
    if (this.initializing) await withTimeout(this.initializing, this.o.stopTimeoutMs);
    this.connect();
  }

  private onQr(qr: string): void {
    const { log, authDir } = this.o;
    this.readyNow = false;
    // A person has to act now: however long that takes, restarting the browser would not help.
    this.disarm();
    this.o.showQr(qr);
    if (!this.everReady) {
      log.info({ authDir }, 'whatsapp pairing: scan the QR code printed on the terminal (WhatsApp > Linked devices > Link a device)');
      return;
    }
    if (this.alerted) return;
    this.alerted = true;
    // LocalAuth never reports auth_failure (its onAuthenticationNeeded never fails): an ended session is a new QR.
    log.error(
      { authDir },
      'whatsapp asks to pair again: the session ended (unlinked on the phone, or expired). Nobody is answered on WhatsApp until someone scans the new QR code printed on the terminal (WhatsApp > Linked devices > Link a device)',
    );
    const alert = this.o.alertStaff;
    if (alert) {
      void Promise.resolve()
        .then(() => alert(pairingLostNote()))
        .catch((err: unknown) => log.warn({ err }, 'whatsapp: staff could not be told that a new pairing is needed'));
    }
  }

  private onReady(): void {
    this.disarm();
    this.readyNow = true;
    this.everReady = true;
    this.alerted = false;
    this.attempt = 0;
    this.o.log.info({}, 'whatsapp ready: answering messages');
  }

  private onDisconnected(reason: string): void {
    const { log } = this.o;
    log.warn({ reason }, 'whatsapp disconnected');
    this.readyNow = false;
    this.disarm();
    if (this.halted) return;
    if (reason === 'LOGOUT') {
      // Unlinked from the phone: whatsapp-web.js wipes the session and shows a new QR on the same page by
      // itself. Restarting the browser under it would race with that and crash its page handlers.
      log.warn({ authDir: this.o.authDir }, 'whatsapp device was unlinked from the phone: scan the new QR code to pair again');
      return;
    }
    if (reason === 'TOS_BLOCK' || reason === 'SMB_TOS_BLOCK') {
      log.error({ reason }, 'whatsapp blocked this number for breaking its terms of service; reconnecting will probably not help');
    }
    this.scheduleReconnect(reason);
  }
}
