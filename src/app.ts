// Composition root of the running bot: config, logger, store, catalogue and runtime wired together once.
import type { Config } from './config.ts';
import type { Logger } from './core/logger.ts';
import { join } from 'node:path';
import { CatalogueHolder } from './catalogue/live.ts';
import { formatIssue } from './catalogue/load.ts';
import { ConversationRuntime } from './conversation/runtime.ts';
import { loadOrCreateSecret, pseudonymizer } from './privacy/pseudonym.ts';
import { SqliteStore } from './store/sqlite.ts';

/** Everything a channel needs, built once per process. */
export interface App {
  config: Config;
  logger: Logger;
  store: SqliteStore;
  catalogue: CatalogueHolder;
  runtime: ConversationRuntime;
  /** Stops timers and closes the database (after open sessions are closed). */
  close(): void;
}

/** Builds the app. Throws clear errors for a bad catalogue or an unusable database. */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  // The last good catalogue is snapshotted into the state directory, so that a bad edit made while the bot
  // was down cannot stop it from starting again.
  const catalogue = await CatalogueHolder.open(config.catalogueDir, logger, { snapshotPath: join(config.stateDir, 'catalogue-last-good.json') });
  for (const issue of catalogue.startupIssues) logger.warn({ issue: formatIssue(issue) }, 'catalogue has errors; started from the last good snapshot');
  const store = new SqliteStore(config.databasePath, { backgroundCheckpoint: true });
  const secret = loadOrCreateSecret(config.stateDir, config.pseudonymSecret);
  const runtime = new ConversationRuntime({
    store,
    live: catalogue.current,
    pseudonym: pseudonymizer(secret),
    logger,
    idleMinutes: config.sessionIdleMinutes,
    rateLimit: config.rateLimit,
  });
  // Close idle sessions every minute so their figures reach the daily aggregates.
  const sweeper = setInterval(() => {
    try {
      runtime.sweep();
    } catch (err) {
      logger.error({ err }, 'idle-session sweep failed');
    }
  }, 60_000);
  sweeper.unref();
  let closed = false;
  return {
    config,
    logger,
    store,
    catalogue,
    runtime,
    close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      try {
        const n = store.closeAllOpen();
        logger.info({ sessions: n }, 'open sessions closed');
      } catch (err) {
        // A full disk or a damaged file at shutdown: the sessions stay open in the file and are closed by
        // the idle sweep after the next start. Log it; never end the process with a stack trace.
        logger.error({ err }, 'could not close open sessions at shutdown');
      } finally {
        try {
          store.close();
        } catch (err) {
          logger.error({ err }, 'could not close the database');
        }
      }
    },
  };
}
