// Picks the store for a configuration: the one place that knows which databases exist. SQLite by default (a
// file on one machine); PostgreSQL when a database URL is given (several instances on one database).
import type { Logger } from '../core/logger.ts';
import type { Store } from '../conversation/storage.ts';
import type { StatsReader } from '../stats/reader.ts';
import type { PostgresLocation } from './postgres/connect.ts';
import { SqliteStore } from './sqlite/store.ts';
import { openSqliteStats } from './sqlite/stats.ts';

/** Where the data lives. */
export interface StoreLocation {
  /** The SQLite file (DATABASE_PATH), used when `postgres` is absent. */
  databasePath: string;
  /** DATABASE_URL and its pool settings: the PostgreSQL store. */
  postgres?: PostgresLocation;
}

/** A store and the statistics of the same database, for the running bot. */
export interface OpenedStore {
  store: Store;
  stats: StatsReader;
}

/** Opens the store of a running bot (background checkpoints on), with its statistics on the same connection. */
export async function openStore(location: StoreLocation, logger: Logger): Promise<OpenedStore> {
  if (location.postgres) {
    // Loaded only when configured: a SQLite install never loads the PostgreSQL client.
    const { PostgresStore } = await import('./postgres/store.ts');
    const store = await PostgresStore.open(location.postgres);
    return { store, stats: store.stats };
  }
  const store = new SqliteStore(location.databasePath, { backgroundCheckpoint: true, logger });
  return { store, stats: store.stats };
}

/** Opens the store for a one-off command (purge): no background work. */
export async function openStoreForCommand(location: StoreLocation): Promise<Store> {
  if (location.postgres) {
    const { PostgresStore } = await import('./postgres/store.ts');
    return PostgresStore.open({ ...location.postgres, poolSize: 2 });
  }
  return new SqliteStore(location.databasePath);
}

/** Opens the statistics read-only, for reports that run beside the bot (`stats`, `dashboard`, `catalogue gaps`). */
export async function openStatsReader(location: StoreLocation): Promise<StatsReader> {
  if (location.postgres) return (await import('./postgres/stats.ts')).openPostgresStats(location.postgres);
  return openSqliteStats(location.databasePath);
}

/** The store's location in a configuration (the commands' and the app's one way of asking). */
export function locationOf(config: { databasePath: string; postgres?: PostgresLocation }): StoreLocation {
  return config.postgres ? { databasePath: config.databasePath, postgres: config.postgres } : { databasePath: config.databasePath };
}
