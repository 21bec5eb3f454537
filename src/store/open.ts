// Picks the store for a configuration: the one place that knows which databases exist. SQLite today (a file
// on one machine); the PostgreSQL store joins here, selected by a database URL.
import type { Logger } from '../core/logger.ts';
import type { Store } from '../conversation/storage.ts';
import type { StatsReader } from '../stats/reader.ts';
import { SqliteStore } from './sqlite/store.ts';
import { openSqliteStats } from './sqlite/stats.ts';

/** Where the data lives. */
export interface StoreLocation {
  /** The SQLite file (DATABASE_PATH). */
  databasePath: string;
}

/** A store and the statistics of the same database, for the running bot. */
export interface OpenedStore {
  store: Store;
  stats: StatsReader;
}

/** Opens the store of a running bot (background checkpoints on), with its statistics on the same connection. */
export function openStore(location: StoreLocation, logger: Logger): OpenedStore {
  const store = new SqliteStore(location.databasePath, { backgroundCheckpoint: true, logger });
  return { store, stats: store.stats };
}

/** Opens the store for a one-off command (purge): no background work. */
export function openStoreForCommand(location: StoreLocation): Store {
  return new SqliteStore(location.databasePath);
}

/** Opens the statistics read-only, for reports that run beside the bot (`stats`, `dashboard`, `catalogue gaps`). */
export function openStatsReader(location: StoreLocation): StatsReader {
  return openSqliteStats(location.databasePath);
}
