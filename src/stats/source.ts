// Opens what a report is read from, for the `stats` and `dashboard` commands: the database read-only
// (after making sure its schema is current) and the catalogue in force. Never closes anyone's sessions.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { loadCatalogue } from '../catalogue/load.ts';
import type { Service } from '../catalogue/schema.ts';
import type { Config } from '../config.ts';
import { AtendeError } from '../core/errors.ts';
import { openDatabase } from '../store/sqlite.ts';

/** The database handle and catalogue services a report needs; `close` releases the database. */
export interface StatsInputs {
  db: Database.Database;
  services: readonly Service[];
  /** Problems found in the catalogue (then `services` is empty: no ITD, ids instead of titles). */
  catalogueErrors: number;
  close(): void;
}

/** Opens the configured database read-only and loads the catalogue. Throws a pt-BR message when there is no database. */
export async function openStatsInputs(config: Config): Promise<StatsInputs> {
  if (!existsSync(config.databasePath)) {
    throw new AtendeError('STATS_NO_DB', `Não há banco de dados em ${config.databasePath}. Confira DATABASE_PATH (o mesmo usado pelo bot) ou inicie o bot para criá-lo.`);
  }
  // Bring the schema up to date once (the bot may be an older run), then read through a read-only handle.
  openDatabase(config.databasePath).close();
  const db = new Database(config.databasePath, { readonly: true, fileMustExist: true });
  const loaded = await loadCatalogue(config.catalogueDir);
  return {
    db,
    services: loaded.catalogue?.services ?? [],
    catalogueErrors: loaded.catalogue ? 0 : loaded.errors.length,
    close: () => db.close(),
  };
}
