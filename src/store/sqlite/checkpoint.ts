// Checkpoints the SQLite write-ahead log from a worker thread. With synchronous = NORMAL a commit only appends
// to the WAL; the fsyncs happen at checkpoints, which SQLite otherwise runs inside whichever commit crosses
// 1,000 pages, blocking the event loop for milliseconds (up to ~100 ms on a slow disk) while every chat waits.
// A second connection in a worker checkpoints instead (PASSIVE: it never blocks the writer).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * How often the worker checkpoints. Short, so that the writer's own safety-net checkpoint (see SqliteStore)
 * finds little left to copy; a checkpoint with nothing to do costs no fsync.
 */
const INTERVAL_MS = 100;

/** How long stop() waits for the worker to close its connection (it normally takes a few milliseconds). */
const STOP_TIMEOUT_MS = 5_000;

// Plain CommonJS evaluated in the worker: no TypeScript loader is needed (or started) there. `closed[0]`
// becomes 1 once the worker holds no connection any more (stopped, or never able to open one).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const closed = new Int32Array(workerData.closed);
const signalClosed = () => { Atomics.store(closed, 0, 1); Atomics.notify(closed, 0); };
let db;
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.path, { timeout: 0 });
} catch {
  db = undefined;
}
const timer = db ? setInterval(() => {
  // A busy database (another checkpoint, a reader holding an old snapshot) is simply tried again later.
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.intervalMs) : undefined;
if (!db) signalClosed();
parentPort.on('message', () => {
  clearInterval(timer);
  try { if (db) db.close(); } catch {}
  signalClosed();
  parentPort.close();
});
`;

/** A running background checkpointer. */
export interface Checkpointer {
  /** Closes the worker's connection; returns once it is closed, so the files may be removed at once. */
  stop(): void;
}

/**
 * Starts checkpointing `path` in the background. The caller turns automatic checkpoints off (or down) on its
 * own connection; the last connection to close still checkpoints everything.
 */
export function startCheckpointer(path: string, intervalMs: number = INTERVAL_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const closed = new Int32Array(new SharedArrayBuffer(4));
  // execArgv: [] — the worker needs no TypeScript loader (tsx would otherwise start again in it).
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, intervalMs, closed: closed.buffer }, execArgv: [] });
  // Never keeps the process alive, and an error in it never takes the process down: the writer's own
  // safety-net checkpoint and the last connection to close still do the work.
  worker.unref();
  worker.on('error', () => undefined);
  let exited = false;
  worker.once('exit', () => {
    exited = true;
  });
  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      if (exited) return;
      worker.postMessage('stop');
      // close() is synchronous, and callers (tests, tools) delete the database right after it: wait here until
      // the worker has let go of the files. The worker runs on its own thread, so blocking this one is safe.
      Atomics.wait(closed, 0, 0, STOP_TIMEOUT_MS);
    },
  };
}
