// The store contract (contract.ts) on every store: memory and SQLite today, PostgreSQL next.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryData, MemoryStore } from '../../src/store/memory/store.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { type OpenedStore, storeContract } from './contract.ts';

storeContract('memory', () => {
  // A "restart" or a second process is another MemoryStore on the same data.
  const data = new MemoryData();
  const opened: MemoryStore[] = [];
  return {
    async open(): Promise<OpenedStore> {
      const store = new MemoryStore(data);
      opened.push(store);
      return { store, stats: store.stats };
    },
    async cleanup() {
      for (const s of opened) await s.close();
    },
  };
});

storeContract('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atende-contract-'));
  const path = join(dir, 'atende.sqlite');
  const opened: SqliteStore[] = [];
  return {
    async open(): Promise<OpenedStore> {
      const store = new SqliteStore(path);
      opened.push(store);
      return { store, stats: store.stats };
    },
    async cleanup() {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
