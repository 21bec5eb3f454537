// Shared test helper: a real App on a temporary SQLite file and the bundled (or a given) catalogue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger, type Logger } from '../../src/core/logger.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import type Database from 'better-sqlite3';

/** A test app plus its temporary directory; `cleanup` closes the app and deletes the directory. */
export interface TestApp {
  app: App;
  dir: string;
  cleanup(): Promise<void>;
}

/** Builds an App with a temporary database. `env` adds or overrides environment variables. */
export async function testApp(env: Record<string, string> = {}, logger: Logger = silentLogger): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'atende-test-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'atende.sqlite'),
    PSEUDONYM_SECRET: 'test-secret',
    CATALOGUE_WATCH: 'false',
    RATE_LIMIT_MESSAGES: '1000',
    ...env,
  });
  const app = await createApp(config, logger);
  return {
    app,
    dir,
    async cleanup() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The SQLite connection behind a test app's store, for white-box checks (pragmas, raw rows). */
export function sqliteOf(app: App): Database.Database {
  if (!(app.store instanceof SqliteStore)) throw new Error('the test app does not run on SQLite');
  return app.store.db;
}
