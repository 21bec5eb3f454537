// Shared test helper: a real App on a temporary SQLite file and the bundled (or a given) catalogue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger, type Logger } from '../../src/core/logger.ts';

/** A test app plus its temporary directory; `cleanup` closes the app and deletes the directory. */
export interface TestApp {
  app: App;
  dir: string;
  cleanup(): void;
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
    cleanup() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
