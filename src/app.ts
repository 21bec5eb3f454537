// Composition root of the running bot: config, logger, store, catalogue and runtime wired together once.
// The app holds ports only (Store, StatsReader); which database serves them is decided in store/open.ts.
import { join } from 'node:path';
import { formatIssue } from './catalogue/load.ts';
import { StaffAlerts } from './channels/shared/staff-alerts.ts';
import type { ChannelRuntime } from './channels/types.ts';
import type { Config } from './config.ts';
import type { Logger } from './core/logger.ts';
import { ConversationRuntime } from './conversation/runtime.ts';
import type { Store } from './conversation/storage.ts';
import { loadOrCreateSecret, pseudonymizer } from './privacy/pseudonym.ts';
import { CatalogueHolder } from './search/live.ts';
import type { StatsReader } from './stats/reader.ts';
import { locationOf, openStore } from './store/open.ts';

/** Everything the commands need, built once per process. */
export interface App {
  config: Config;
  logger: Logger;
  store: Store;
  stats: StatsReader;
  catalogue: CatalogueHolder;
  runtime: ConversationRuntime;
  /** The narrow view channel adapters get. */
  channels: ChannelRuntime;
  /** Stops timers, closes open sessions, then the database. Idempotent; never rejects. */
  close(): Promise<void>;
}

/** Builds the app. Throws clear errors for a bad catalogue or an unusable database. */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  // The last good catalogue is snapshotted into the state directory, so that a bad edit made while the bot
  // was down cannot stop it from starting again.
  const catalogue = await CatalogueHolder.open(config.catalogueDir, logger, { snapshotPath: join(config.stateDir, 'catalogue-last-good.json') });
  for (const issue of catalogue.startupIssues) logger.warn({ issue: formatIssue(issue) }, 'catalogue has errors; started from the last good snapshot');
  const { store, stats } = await openStore(locationOf(config), logger);
  const secret = loadOrCreateSecret(config.stateDir, config.pseudonymSecret);
  const runtime = new ConversationRuntime({
    store,
    live: catalogue.current,
    pseudonym: pseudonymizer(secret),
    logger,
    idleMinutes: config.sessionIdleMinutes,
    rateLimit: config.rateLimit,
  });
  const alerts = new StaffAlerts(logger);
  const channels: ChannelRuntime = {
    logger,
    handle: (channel, platformUserId, input, dedupKey, outboxAddress) => runtime.handle(channel, platformUserId, input, dedupKey, outboxAddress),
    outbox: { sent: (ids) => store.outboxSent(ids), pending: (channel, limit) => store.pendingOutbox(channel, limit) },
    userKey: (channel, platformUserId) => runtime.userKey(channel, platformUserId),
    rekey: (channel, from, to) => runtime.rekey(channel, from, to),
    markOnce: (key, at) => store.markOnce(key, at),
    leases: { takeLease: (name, holder, now, until) => store.takeLease(name, holder, now, until), releaseLease: (name, holder) => store.releaseLease(name, holder) },
    staff: {
      reloadCatalogue: () => catalogue.reload(),
      onCatalogueReload: (listener) => catalogue.onReload(listener),
      sessionsStarted: (from, to) => stats.sessionsStarted(from, to),
      alert: (report) => alerts.raise(report),
      onAlert: (listener) => alerts.on(listener),
    },
  };
  // Close idle sessions every minute so their figures reach the daily aggregates.
  const sweeper = setInterval(() => {
    runtime.sweep().catch((err: unknown) => logger.error({ err }, 'idle-session sweep failed'));
  }, 60_000);
  sweeper.unref();
  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    clearInterval(sweeper);
    // A reload under way is cancelled: its worker never holds up shutdown.
    await catalogue.close();
    try {
      const n = await store.closeAllOpen();
      logger.info({ sessions: n }, 'open sessions closed');
    } catch (err) {
      // A full disk or a damaged file at shutdown: the sessions stay open in the file and are closed by
      // the idle sweep after the next start. Log it; never end the process with a stack trace.
      logger.error({ err }, 'could not close open sessions at shutdown');
    } finally {
      try {
        await stats.close();
        await store.close();
      } catch (err) {
        logger.error({ err }, 'could not close the database');
      }
    }
  };
  return {
    config,
    logger,
    store,
    stats,
    catalogue,
    runtime,
    channels,
    close: () => (closing ??= close()),
  };
}
