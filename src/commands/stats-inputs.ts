// What the `stats` and `dashboard` commands read: the statistics of the configured database (read-only, beside
// a running bot; it never closes anyone's sessions) and the catalogue in force.
import { existsSync } from 'node:fs';
import { loadCatalogue } from '../catalogue/load.ts';
import type { Service } from '../catalogue/schema.ts';
import type { Config } from '../config.ts';
import { AtendeError } from '../core/errors.ts';
import type { StatsReader } from '../stats/reader.ts';
import { locationOf, openStatsReader } from '../store/open.ts';

/** The statistics and catalogue services a report needs; `close` releases the database. */
export interface StatsInputs {
  stats: StatsReader;
  services: readonly Service[];
  /** Problems found in the catalogue (then `services` is empty: no ITD, ids instead of titles). */
  catalogueErrors: number;
  close(): Promise<void>;
}

/** Opens the configured statistics read-only and loads the catalogue. Throws a pt-BR message when there is no database. */
export async function openStatsInputs(config: Config): Promise<StatsInputs> {
  if (!config.postgres && !existsSync(config.databasePath)) {
    throw new AtendeError('STATS_NO_DB', `Não há banco de dados em ${config.databasePath}. Confira DATABASE_PATH (o mesmo usado pelo bot) ou inicie o bot para criá-lo.`);
  }
  const stats = await openStatsReader(locationOf(config));
  const loaded = await loadCatalogue(config.catalogueDir);
  return {
    stats,
    services: loaded.catalogue?.services ?? [],
    catalogueErrors: loaded.catalogue ? 0 : loaded.errors.length,
    close: () => stats.close(),
  };
}
