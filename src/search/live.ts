// The live catalogue: validated and indexed off to the side, then swapped in one step.
// A bad edit is rejected and the last good catalogue stays live; reloads never overlap.
// A hot reload reads, validates, lints and indexes in a worker thread (catalogue/worker.ts, which runs `derive` below
// there): the main thread only takes in the result, a step at a time, so no reload holds up replies for long. The
// pair is swapped in one assignment. A reload that overruns its deadline is given up, so a stuck one never holds up
// the next reload or shutdown.
// It lives in search/ (not catalogue/) because it builds the search index: imports only point down.
import { type Catalogue, type CatalogueIssue, buildCatalogue, formatIssue } from '../catalogue/load.ts';
import { readLastGood } from '../catalogue/lastgood.ts';
import { digest, type Prepared, prepareCatalogue } from '../catalogue/prepare.ts';
import { type DeriveModule, prepareInWorker, type PrepareRun } from '../catalogue/worker.ts';
import { CatalogueError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { type IndexParts, type SearchIndex, openIndexParts, openSearchIndex, searchIndexInSteps } from './index.ts';

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
  /** How long a hot reload may take before it is given up (default RELOAD_TIMEOUT_MS). */
  reloadTimeoutMs?: number;
}

/**
 * Deadline of a hot reload. A catalogue at the size limits takes a few seconds to read on a slow machine; a reload
 * still running after this is stuck (a disk that stopped answering) and is given up.
 */
const RELOAD_TIMEOUT_MS = 60_000;

/** Service ids that appeared, disappeared or changed, from the fingerprints of each side (id → digest). */
function diff(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): CatalogueChanges {
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const changed = [...after].filter(([id, d]) => before.has(id) && before.get(id) !== d).map(([id]) => id);
  return { added, removed, changed };
}

/**
 * Run in the reload's worker (this module is its `derive` module): the search index's parts of the new catalogue,
 * from the start-up cache when its indexed texts are unchanged (and cached for the next start otherwise), with
 * their typed arrays copied into buffers of their own so they can be transferred.
 */
export const derive: DeriveModule['derive'] = (prepared) => {
  const parts = openIndexParts(buildCatalogue('', prepared.services, prepared.synonyms));
  const t = parts.terms;
  const n = parts.names;
  const terms = { ...t, offsets: t.offsets.slice(), idf: t.idf.slice(), docs: t.docs.slice(), weights: t.weights.slice(), qualities: t.qualities.slice(), wordDocs: t.wordDocs.slice() };
  const names = { ...n, docs: n.docs.slice(), unitStart: n.unitStart.slice(), termStart: n.termStart.slice(), conceptStart: n.conceptStart.slice(), terms: n.terms.slice(), concepts: n.concepts.slice(), trust: n.trust.slice() };
  const value: IndexParts = { terms, names };
  const transfer = [...Object.values(terms), ...Object.values(names)].flatMap((a) => (a instanceof Int32Array || a instanceof Float64Array ? [a.buffer as ArrayBuffer] : []));
  return { value, transfer };
};

/** The parts the worker derived, or (should it have sent none) built here. */
const partsOf = (derived: unknown, prepared: Prepared): IndexParts =>
  // Made by `derive` above in the worker, for this very catalogue: the type holds.
  derived === undefined ? (derive(prepared).value as IndexParts) : (derived as IndexParts);

/** Yields to the event loop, so that replies waiting for it go out between two steps of taking a reload in. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Fingerprints by service id. */
const digestsOf = (services: Prepared['services'], digests: readonly string[]): Map<string, string> => new Map(services.map((s, i) => [s.id, digests[i] ?? digest(s)]));

/** Holds the current catalogue and search index; `current()` always returns a complete pair. */
export class CatalogueHolder {
  private live: LiveCatalogue;
  /** Fingerprints of the live services, by id: what a reload compares to say what changed. */
  private digests: Map<string, string>;
  private listeners: ((r: ReloadResult) => void | Promise<void>)[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** The reload running in a worker, if any: close() cancels it. */
  private running: PrepareRun | undefined;
  private closed = false;
  /** Problems found in data/ at start-up when the bot had to start from the snapshot (empty normally). */
  readonly startupIssues: CatalogueIssue[];

  private constructor(
    readonly dir: string,
    prepared: Pick<Prepared, 'services' | 'synonyms' | 'nearSynonyms' | 'otherStates' | 'digests'>,
    private readonly logger: Logger,
    private readonly options: HolderOptions,
    startupIssues: CatalogueIssue[] = [],
  ) {
    const catalogue = buildCatalogue(dir, prepared.services, prepared.synonyms, prepared.nearSynonyms, prepared.otherStates);
    // At start the index usually comes from the start-up cache (an unchanged catalogue is only read back).
    this.live = { catalogue, search: openSearchIndex(catalogue) };
    this.digests = digestsOf(prepared.services, prepared.digests);
    this.startupIssues = startupIssues;
  }

  /**
   * Loads the catalogue once, in this thread (no citizen is waiting yet). Throws CatalogueError listing every
   * problem if it is invalid at start-up, unless a snapshot of the last good catalogue exists (then it starts
   * from it and logs the problems).
   */
  static async open(dir: string, logger: Logger, options: HolderOptions = {}): Promise<CatalogueHolder> {
    const r = await prepareCatalogue(dir, options.snapshotPath);
    if (r.ok) {
      if (r.prepared.lastGoodError) logger.warn({ err: r.prepared.lastGoodError }, 'could not save the catalogue snapshot');
      return new CatalogueHolder(dir, r.prepared, logger, options);
    }
    const fallback = options.snapshotPath ? readLastGood(options.snapshotPath) : 'missing';
    if (fallback === 'invalid') logger.warn({ path: options.snapshotPath }, 'catalogue snapshot is invalid; ignoring it');
    if (typeof fallback === 'object') {
      logger.error({ errors: r.errors.map(formatIssue), services: fallback.services.length }, 'catalogue invalid at start-up; serving the last good snapshot');
      return new CatalogueHolder(dir, { ...fallback, digests: fallback.services.map(digest) }, logger, options, r.errors);
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

  /** Stops reloading: a reload under way is cancelled (its worker terminated) and later ones are refused at once. Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    this.running?.cancel();
  }

  private rejected(errors: CatalogueIssue[]): ReloadResult {
    return { ok: false, services: this.live.catalogue.services.length, errors };
  }

  private async reloadNow(): Promise<ReloadResult> {
    if (this.closed) return this.rejected([{ file: this.dir, path: '', message: 'o bot está sendo desligado; a recarga não foi feita' }]);
    let result: ReloadResult;
    try {
      // Read, validated and linted in a worker; conversations keep using the old pair meanwhile.
      this.running = prepareInWorker(this.dir, { ...(this.options.snapshotPath ? { lastGoodPath: this.options.snapshotPath } : {}), timeoutMs: this.options.reloadTimeoutMs ?? RELOAD_TIMEOUT_MS, derive: new URL(import.meta.url) });
      const r = await this.running.result;
      this.running = undefined;
      if (!r.ok) {
        result = this.rejected(r.errors);
        if ('reason' in r) this.logger.error({ reason: r.reason, err: r.cause }, 'catalogue reload gave up; the last good catalogue stays live');
        else this.logger.warn({ errors: r.errors.map(formatIssue) }, 'catalogue reload rejected; the last good catalogue stays live');
        if ('reason' in r && r.reason === 'cancelled') return result; // shutting down: nobody to tell
      } else {
        const { prepared } = r;
        // The index was built in the worker; here its parts only become lookup tables.
        const catalogue = buildCatalogue(this.dir, prepared.services, prepared.synonyms, prepared.nearSynonyms, prepared.otherStates);
        const parts = partsOf(r.derived, prepared);
        await turn();
        if (this.closed) return this.rejected([{ file: this.dir, path: '', message: 'o bot está sendo desligado; a recarga não foi feita' }]);
        const search = await searchIndexInSteps(catalogue, parts, turn);
        if (this.closed) return this.rejected([{ file: this.dir, path: '', message: 'o bot está sendo desligado; a recarga não foi feita' }]);
        const next: LiveCatalogue = { catalogue, search };
        await turn();
        const digests = digestsOf(prepared.services, prepared.digests);
        const changes = diff(this.digests, digests);
        this.live = next; // one assignment: no conversation ever sees half a catalogue
        this.digests = digests;
        result = { ok: true, services: catalogue.services.length, errors: [], warnings: prepared.warnings, changes };
        this.logger.info({ services: result.services, added: changes.added.length, removed: changes.removed.length, changed: changes.changed.length, warnings: prepared.warnings.length }, 'catalogue reloaded');
        if (prepared.lastGoodError) this.logger.warn({ err: prepared.lastGoodError }, 'could not save the catalogue snapshot');
      }
    } catch (err) {
      // A bug in indexing must not take the bot down either: keep the old catalogue.
      this.running = undefined;
      this.logger.error({ err }, 'catalogue reload failed; the last good catalogue stays live');
      result = this.rejected([{ file: this.dir, path: '', message: 'erro interno ao recarregar o catálogo; o catálogo anterior continua no ar. Avise a equipe técnica.' }]);
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
}
