// The one contract every channel adapter implements (Telegram, WhatsApp, terminal; web chat next), and the
// narrow view of the running bot an adapter gets: handle a message, name a user, staff operations. Never the App.
import type { Logger } from '../core/logger.ts';
import type { Handled } from '../conversation/runtime.ts';
import type { OutboxEntry, RekeyResult } from '../conversation/storage.ts';
import type { Incoming } from '../conversation/types.ts';
import type { ReloadResult } from '../search/live.ts';
import type { ChannelCount } from '../stats/reader.ts';
import type { Health } from './shared/health.ts';
import type { LeaseDesk } from './shared/lease.ts';
import type { StaffReport } from './shared/staff.ts';

export type { Handled } from '../conversation/runtime.ts';

/** What staff may do from a channel (Telegram today): reload the catalogue, read today's figures; and how staff are alerted. */
export interface StaffDesk {
  /** Re-reads the catalogue; resolves with what happened (the old one stays live when the new one is rejected). */
  reloadCatalogue(): Promise<ReloadResult>;
  /** Called after every reload attempt (also the file watcher's); returns a function that unsubscribes. */
  onCatalogueReload(listener: (result: ReloadResult) => void | Promise<void>): () => void;
  /** Sessions started in [from, to) per channel. */
  sessionsStarted(from: number, to: number): Promise<ChannelCount[]>;
  /**
   * Tells staff something that needs a person (WhatsApp asks to pair again): always logged at error level, and
   * sent by every channel that reaches staff (Telegram's staff ids, when configured). Never rejects.
   */
  alert(report: StaffReport): Promise<void>;
  /** Called on every alert by a channel that reaches staff; returns a function that unsubscribes. */
  onAlert(listener: (report: StaffReport) => void | Promise<void>): () => void;
}

/** What a channel adapter may ask of the running bot. */
export interface ChannelRuntime {
  readonly logger: Logger;
  /**
   * Handles one citizen message: stored (with `dedupKey`) before it resolves, one at a time per citizen in call
   * order. Never rejects: a failure resolves with an apology (`skipped: 'error'`).
   */
  handle(channel: string, platformUserId: string, input: Incoming, dedupKey?: string, outboxAddress?: string): Promise<Handled>;
  /** The outbox of replies (see Store): what a channel that asks for it marks sent, and sends again after a restart. */
  readonly outbox?: {
    sent(ids: readonly string[]): Promise<void>;
    pending(channel: string, limit: number): Promise<OutboxEntry[]>;
  };
  /** The pseudonymous key of a platform user, for log lines. */
  userKey(channel: string, platformUserId: string): string;
  /**
   * Moves a citizen's conversation (open session and its state, requests, unique-user mark) from one platform id
   * to another id of the same person (WhatsApp: phone number to LID). Pseudonymised like `handle`; Store.rekey
   * has the rule when both ids have a conversation. Idempotent.
   */
  rekey(channel: string, fromPlatformUserId: string, toPlatformUserId: string): Promise<RekeyResult>;
  /** Remembers `key` for good: true the first time only (a group that gets its note once). */
  markOnce(key: string, at: number): Promise<boolean>;
  /** The database's leases: one holder per name across processes (the one long-polling process of a token). */
  readonly leases: LeaseDesk;
  readonly staff: StaffDesk;
}

/** A channel adapter: parses its platform's input into Incoming, renders Reply back, and nothing else. */
export interface ChannelAdapter {
  /** The channel's name in sessions and statistics ("telegram", "whatsapp", "terminal"). */
  readonly name: string;
  /** Connects and starts taking messages. Rejects with a clear ConfigError or AtendeError when it cannot. */
  start(runtime: ChannelRuntime): Promise<void>;
  /** Stops taking messages and waits (bounded) for the ones in flight. Idempotent. */
  stop(): Promise<void>;
  /** Is the channel up (polling, listening, connected)? For `/healthz`; an adapter without it counts as up once started. */
  health?(): Health;
}
