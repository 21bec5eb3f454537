// The live catalogue: validated and indexed off to the side, then swapped in one step.
// A bad edit is rejected and the last good catalogue stays live; reloads never overlap.
// It lives in search/ (not catalogue/) because it builds the search index: imports only point down.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { lintCatalogue, lintErrors } from '../catalogue/lint.ts';
import { type Catalogue, type CatalogueIssue, buildCatalogue, formatIssue, loadCatalogue } from '../catalogue/load.ts';
import { Service, SynonymEntry } from '../catalogue/schema.ts';
import { remembered } from '../catalogue/snapshot.ts';
import { CatalogueError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { type SearchIndex, buildSearchIndex } from './index.ts';

/** The catalogue and its search index, swapped together on hot reload. */
export interface LiveCatalogue {
  catalogue: Catalogue;
  search: SearchIndex;
}

/** Service ids that appeared, disappeared or changed in a successful reload. */
export interface CatalogueChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Outcome of a reload attempt. */
export interface ReloadResult {
  ok: boolean;
  /** Services live after the attempt (the old count when it was rejected). */
  services: number;
  /** Why the new catalogue was rejected (empty when ok). */
  errors: CatalogueIssue[];
  /** Content warnings of the new catalogue (see `catalogue check`); only on success. */
  warnings?: CatalogueIssue[];
  /** What changed, when the reload succeeded. */
  changes?: CatalogueChanges;
}

/** Options of CatalogueHolder.open. */
export interface HolderOptions {
  /**
   * Where to keep a copy of the last good catalogue (outside data/). If data/ is invalid when the process
   * starts (an edit was rejected, then the bot restarted), the bot starts from this copy instead of failing.
   */
  snapshotPath?: string;
}

const Snapshot = z.object({ version: z.literal(1), services: z.array(Service), synonyms: z.array(SynonymEntry) });

/** Loads and validates a directory completely: schema errors, then the lint rules that block publishing. */
async function loadChecked(dir: string): Promise<{ catalogue?: Catalogue; errors: CatalogueIssue[]; warnings: CatalogueIssue[] }> {
  const r = await loadCatalogue(dir);
  if (!r.catalogue) return { errors: r.errors, warnings: [] };
  const catalogue = r.catalogue;
  const findings = await remembered('lint', catalogue, async () => lintCatalogue(catalogue));
  const blocking = lintErrors(findings);
  if (blocking.length > 0) return { errors: blocking, warnings: [] };
  return { catalogue: r.catalogue, errors: [], warnings: findings };
}

function diff(before: Catalogue, after: Catalogue): CatalogueChanges {
  const added = after.services.filter((s) => !before.byId.has(s.id)).map((s) => s.id);
  const removed = before.services.filter((s) => !after.byId.has(s.id)).map((s) => s.id);
  const changed = after.services
    .filter((s) => {
      const old = before.byId.get(s.id);
      return old !== undefined && JSON.stringify(old) !== JSON.stringify(s);
    })
    .map((s) => s.id);
  return { added, removed, changed };
}

/** Holds the current catalogue and search index; `current()` always returns a complete pair. */
export class CatalogueHolder {
  private live: LiveCatalogue;
  private listeners: ((r: ReloadResult) => void | Promise<void>)[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** Problems found in data/ at start-up when the bot had to start from the snapshot (empty normally). */
  readonly startupIssues: CatalogueIssue[];

  private constructor(
    readonly dir: string,
    live: LiveCatalogue,
    private readonly logger: Logger,
    private readonly snapshotPath: string | undefined,
    startupIssues: CatalogueIssue[] = [],
  ) {
    this.live = live;
    this.startupIssues = startupIssues;
  }

  /**
   * Loads the catalogue once. Throws CatalogueError listing every problem if it is invalid at start-up,
   * unless a snapshot of the last good catalogue exists (then it starts from it and logs the problems).
   */
  static async open(dir: string, logger: Logger, options: HolderOptions = {}): Promise<CatalogueHolder> {
    const r = await loadChecked(dir);
    if (r.catalogue) {
      const holder = new CatalogueHolder(dir, { catalogue: r.catalogue, search: buildSearchIndex(r.catalogue) }, logger, options.snapshotPath);
      holder.saveSnapshot(r.catalogue);
      return holder;
    }
    const fallback = options.snapshotPath ? readSnapshot(options.snapshotPath, dir, logger) : undefined;
    if (fallback) {
      logger.error({ errors: r.errors.map(formatIssue), services: fallback.services.length }, 'catalogue invalid at start-up; serving the last good snapshot');
      return new CatalogueHolder(dir, { catalogue: fallback, search: buildSearchIndex(fallback) }, logger, options.snapshotPath, r.errors);
    }
    throw new CatalogueError(`O catálogo em ${dir} tem erros:\n${r.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}\nCorrija e rode "npm start -- catalogue check".`);
  }

  /** The catalogue and index in force. */
  current = (): LiveCatalogue => this.live;

  /** Re-reads the directory; swaps only if everything validates. Calls queue up and run one at a time. */
  reload(): Promise<ReloadResult> {
    const next = this.queue.then(() => this.reloadNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Called after every reload attempt (used to tell staff on Telegram). Returns a function that unsubscribes. */
  onReload(listener: (r: ReloadResult) => void | Promise<void>): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private async reloadNow(): Promise<ReloadResult> {
    let result: ReloadResult;
    try {
      // Everything is built here, off to the side; conversations keep using the old pair meanwhile.
      const r = await loadChecked(this.dir);
      if (!r.catalogue) {
        result = { ok: false, services: this.live.catalogue.services.length, errors: r.errors };
        this.logger.warn({ errors: r.errors.map(formatIssue) }, 'catalogue reload rejected; the last good catalogue stays live');
      } else {
        const next: LiveCatalogue = { catalogue: r.catalogue, search: buildSearchIndex(r.catalogue) };
        const changes = diff(this.live.catalogue, r.catalogue);
        this.live = next; // one assignment: no conversation ever sees half a catalogue
        result = { ok: true, services: r.catalogue.services.length, errors: [], warnings: r.warnings, changes };
        this.logger.info({ services: result.services, added: changes.added.length, removed: changes.removed.length, changed: changes.changed.length, warnings: r.warnings.length }, 'catalogue reloaded');
        this.saveSnapshot(r.catalogue);
      }
    } catch (err) {
      // A bug in loading or indexing must not take the bot down either: keep the old catalogue.
      this.logger.error({ err }, 'catalogue reload failed; the last good catalogue stays live');
      result = { ok: false, services: this.live.catalogue.services.length, errors: [{ file: this.dir, path: '', message: 'erro interno ao recarregar o catálogo; o catálogo anterior continua no ar. Avise a equipe técnica.' }] };
    }
    for (const l of this.listeners) {
      try {
        const pending = l(result);
        if (pending) pending.catch((err: unknown) => this.logger.error({ err }, 'catalogue reload listener failed'));
      } catch (err) {
        this.logger.error({ err }, 'catalogue reload listener failed');
      }
    }
    return result;
  }

  private saveSnapshot(catalogue: Catalogue): void {
    if (!this.snapshotPath) return;
    try {
      mkdirSync(dirname(this.snapshotPath), { recursive: true });
      const tmp = `${this.snapshotPath}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version: 1, services: catalogue.services, synonyms: catalogue.synonyms }));
      renameSync(tmp, this.snapshotPath); // atomic: a crash never leaves half a snapshot
    } catch (err) {
      this.logger.warn({ err }, 'could not save the catalogue snapshot');
    }
  }
}

function readSnapshot(path: string, dir: string, logger: Logger): Catalogue | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = Snapshot.safeParse(JSON.parse(text));
    if (!parsed.success) {
      logger.warn({ path }, 'catalogue snapshot is invalid; ignoring it');
      return undefined;
    }
    return buildCatalogue(dir, parsed.data.services, parsed.data.synonyms);
  } catch {
    logger.warn({ path }, 'catalogue snapshot is not valid JSON; ignoring it');
    return undefined;
  }
}
