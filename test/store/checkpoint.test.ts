// Background checkpoints: the WAL reaches the database file without the writer (the event loop) doing it.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atende-checkpoint-'));
  dirs.push(dir);
  return join(dir, 'atende.sqlite');
}

/** A few hundred pages of writes: well under the writer's own checkpoint threshold of 10,000 pages. */
async function write(store: SqliteStore): Promise<void> {
  for (let i = 0; i < 300; i++) await store.markOnce(`tg:${i}:${'x'.repeat(2000)}`, Date.now());
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return condition();
}

describe('a store opened with backgroundCheckpoint', () => {
  it('copies committed pages into the database file from the worker', async () => {
    const path = tempPath();
    const store = new SqliteStore(path, { backgroundCheckpoint: true });
    try {
      const before = statSync(path).size;
      await write(store);
      // The writer never checkpoints below 10,000 pages, so only the worker can grow the main file.
      expect(await until(() => statSync(path).size > before + 300 * 2000)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('leaves everything in the database file when closed (nothing left in the WAL)', async () => {
    const path = tempPath();
    const store = new SqliteStore(path, { backgroundCheckpoint: true });
    await write(store);
    await store.close();
    const wal = `${path}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM processed_updates').get()).toEqual({ n: 300 });
    } finally {
      db.close();
    }
  });
});

describe('a store opened without it', () => {
  it('keeps SQLite’s own checkpoints, every 1,000 pages', async () => {
    const path = tempPath();
    const store = new SqliteStore(path);
    try {
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    } finally {
      await store.close();
    }
  });
});
