// A start-up cache of what is computed from the catalogue files. Parsing the YAML and validating it with zod,
// then linting, are most of a command's start-up, and their results depend only on the files' text and on the
// code. So each file's outcome (the validated value, or its issues) is kept under the SHA-256 of its text, and
// a derived result (the lint findings) under the SHA-256 of the whole validated catalogue. Both are valid for
// one version of the code: any change to src/ (or dist/) or to the installed packages starts afresh. A file
// whose text is unchanged is not parsed again; every check across files still runs each time.
// Large derived values made of typed arrays (the search index) are kept in v8's binary serialisation instead
// of JSON, so reading them back is little more than a copy.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Catalogue, CatalogueIssue } from './load.ts';

/** One file's outcome: the validated value, or the issues found (without the file name, which depends on the cwd). */
interface Entry {
  sha: string;
  value?: unknown;
  errors: { path: string; message: string }[];
}

interface SnapshotFile {
  version: 1;
  code: string;
  entries: Record<string, Entry>;
}

/** A validation outcome, as load.ts produces it for one file. */
export interface Validated<T> {
  value?: T;
  errors: CatalogueIssue[];
}

/** Snapshots kept (one per catalogue folder); the least recently written go first. Tests load many folders. */
const KEEP = 16;
/** Binary snapshots kept per kind: each is several MB for a large catalogue. */
const KEEP_BINARY = 4;

const here = new URL('.', import.meta.url);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Where snapshots live: the usual tool cache folder, git-ignored and wiped by `npm ci`. */
export function snapshotDir(): string {
  return join(projectRoot, 'node_modules', '.cache', 'atende', 'catalogue');
}

let fingerprint: string | undefined;

/**
 * Identifies the code: every file under src/ (dist/ when compiled) by path, size and modification time, and
 * npm's record of the installed packages. Stat only, no reading: it runs on every start.
 */
function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const codeRoot = fileURLToPath(new URL('..', here));
  for (const entry of readdirSync(codeRoot, { recursive: true, withFileTypes: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const st = statSync(path);
    hash.update(`${path}\0${st.size}\0${st.mtimeMs}\n`);
  }
  hash.update(readFileSync(join(projectRoot, 'node_modules', '.package-lock.json')));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The validated outcomes of one catalogue folder, read at the start of a load and written at its end. */
export class CatalogueSnapshot {
  private readonly seen: Record<string, Entry> = {};
  private changed = false;

  private constructor(
    private readonly path: string | undefined,
    private readonly code: string,
    private readonly previous: Record<string, Entry>,
  ) {}

  /** Opens the snapshot of `dir` (absolute or relative to the cwd). Never throws: no snapshot means parse everything. */
  static open(dir: string): CatalogueSnapshot {
    let code: string;
    try {
      code = codeFingerprint();
    } catch {
      return new CatalogueSnapshot(undefined, '', {});
    }
    const path = join(snapshotDir(), `${sha(resolve(dir)).slice(0, 24)}.json`);
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile;
      if (file.version === 1 && file.code === code && typeof file.entries === 'object' && file.entries !== null) return new CatalogueSnapshot(path, code, file.entries);
    } catch {
      // Missing, unreadable or half-written: start empty.
    }
    return new CatalogueSnapshot(path, code, {});
  }

  /** The outcome of validating `text` under `key`: from the snapshot when the same text was validated, else from `validate`. */
  validated<T>(key: string, file: string, text: string, validate: () => Validated<T>): Validated<T> {
    const digest = sha(text);
    const old = this.previous[key];
    if (old && old.sha === digest) {
      this.seen[key] = old;
      // Written by `validate` below for this exact text and this exact validation code: the type holds.
      const value = old.value as T | undefined;
      const errors = old.errors.map((e) => ({ file, path: e.path, message: e.message }));
      return value === undefined ? { errors } : { value, errors };
    }
    const result = validate();
    this.seen[key] = { sha: digest, ...(result.value === undefined ? {} : { value: result.value }), errors: result.errors.map((e) => ({ path: e.path, message: e.message })) };
    this.changed = true;
    return result;
  }

  /** Writes the snapshot when anything was validated anew or a file went away. Best effort: a read-only disk only costs speed. */
  save(): void {
    if (!this.path) return;
    if (!this.changed && Object.keys(this.previous).every((k) => k in this.seen)) return;
    const body: SnapshotFile = { version: 1, code: this.code, entries: this.seen };
    writeAtomically(this.path, JSON.stringify(body));
  }
}

/**
 * A value computed from a whole catalogue (the lint findings), remembered for this catalogue's content, folder,
 * working directory (findings name files relative to it) and day (a rule may one day depend on the date), and
 * this code. `compute` runs on a miss only, so the modules it needs load only then.
 */
export async function remembered<T>(kind: string, catalogue: Catalogue, compute: () => Promise<T>): Promise<T> {
  let path: string | undefined;
  try {
    const key = createHash('sha256')
      .update(JSON.stringify([kind, codeFingerprint(), resolve(catalogue.dir), process.cwd(), new Date().toISOString().slice(0, 10)]))
      .update(JSON.stringify({ services: catalogue.services, synonyms: catalogue.synonyms }))
      .digest('hex');
    path = join(snapshotDir(), `${kind}-${key.slice(0, 24)}.json`);
    // Written below from `compute` for this exact key: the type holds.
    return (JSON.parse(readFileSync(path, 'utf8')) as { value: T }).value;
  } catch {
    // No snapshot (or no way to key one): compute.
  }
  const value = await compute();
  if (path) writeAtomically(path, JSON.stringify({ value }));
  return value;
}

/**
 * A value computed from some content of a catalogue only (the search index from the indexed texts), remembered for
 * that content and this code, whatever the folder, working directory or day. `content` is what the value depends
 * on, as strings that together say it unambiguously. Kept in v8's serialisation, so typed arrays stay binary;
 * `compute` runs on a miss only. Synchronous: reading it back is the whole point.
 */
export function rememberedBinary<T>(kind: string, content: Iterable<string>, compute: () => T): T {
  let path: string | undefined;
  try {
    const hash = createHash('sha256').update(JSON.stringify([kind, codeFingerprint()]));
    for (const text of content) hash.update(text);
    path = join(snapshotDir(), `${kind}-${hash.digest('hex').slice(0, 24)}.bin`);
    // Written below from `compute` for this exact key: the type holds.
    return deserialize(readFileSync(path)) as T;
  } catch {
    // No snapshot (or no way to key one): compute.
  }
  const value = compute();
  if (path) writeAtomically(path, serialize(value), KEEP_BINARY);
  return value;
}

/** Writes `text` to `path` through a temporary file and a rename, so a concurrent reader never sees half of it; then prunes. Best effort. */
function writeAtomically(path: string, text: string | Uint8Array, keep = KEEP): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(snapshotDir(), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
    prune(path, keep);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** Keeps the `keep` most recently written snapshots of the kind just written (the validated files, or one derived kind). */
function prune(written: string, keep: number): void {
  const dir = snapshotDir();
  const kindOf = (f: string): string => (f.includes('-') ? f.slice(0, f.indexOf('-')) : '');
  const kind = kindOf(written.slice(dir.length + 1));
  const files = readdirSync(dir)
    .filter((f) => (f.endsWith('.json') || f.endsWith('.bin')) && kindOf(f) === kind)
    .map((f) => ({ f, t: statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  // Per kind of file, so that many lint results never push out the validated files.
  for (const { f } of files.slice(keep)) rmSync(join(dir, f), { force: true });
}
