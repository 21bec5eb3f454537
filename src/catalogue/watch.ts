// Hot reload: watches the catalogue directory and reloads (debounced) when a catalogue file changes.
// The holder validates and swaps; a bad edit only produces a rejected reload, never a crash.
import { basename } from 'node:path';
import { watch } from 'chokidar';
import type { Logger } from '../core/logger.ts';

/** What the watcher reloads: the live catalogue holder (search/live.ts), by the only two things it uses. */
export interface Reloadable {
  readonly dir: string;
  reload(): Promise<unknown>;
}

/** Stops watching. Also carries `ready`, resolved once the initial scan is done (changes after it are seen). */
export type StopWatching = (() => void) & { ready: Promise<void> };

/** Only catalogue files count: editor swap, backup and lock files (".x.swp", "x~", ".#x.yaml") are ignored. */
export function isCatalogueFile(path: string): boolean {
  const name = basename(path);
  return /\.ya?ml$/i.test(name) && !name.startsWith('.');
}

/** Starts watching; returns a function that stops it. */
export function watchCatalogue(holder: Reloadable, logger: Logger, debounceMs = 300): StopWatching {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const watcher = watch(holder.dir, {
    ignoreInitial: true,
    // Directories must pass (stats undefined or a directory); files only when they are catalogue files.
    ignored: (path, stats) => stats?.isFile() === true && !isCatalogueFile(path),
    // Wait until an editor or a copy has finished writing, so a half-written file is not even read.
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
  });
  const schedule = (event: string, path: string): void => {
    if (stopped || (event !== 'addDir' && event !== 'unlinkDir' && !isCatalogueFile(path))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      // The holder queues reloads, so they never overlap; a failure is already logged and reported there.
      holder.reload().catch((err: unknown) => logger.error({ err }, 'catalogue reload failed'));
    }, debounceMs);
  };
  watcher.on('all', schedule);
  watcher.on('error', (err) => logger.error({ err }, 'catalogue watcher error'));
  const ready = new Promise<void>((resolve) =>
    watcher.once('ready', () => {
      logger.info({ dir: holder.dir }, 'watching the catalogue for changes');
      resolve();
    }),
  );
  const stop = (): void => {
    stopped = true;
    if (timer) clearTimeout(timer);
    void watcher.close();
  };
  return Object.assign(stop, { ready });
}
