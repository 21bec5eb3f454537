// Reads catalogue files safely: regular files only, at most a given number of bytes, within a given time.
//
// Opening a FIFO to read it waits for a writer, forever, and the thread that waits cannot be stopped: not by a
// timeout, not by terminating a worker, and not even by process.exit(), which waits for it. So nothing that is not
// a regular file is ever opened for reading: lstat first, then open with O_NONBLOCK (a FIFO swapped in after the
// lstat opens at once instead of waiting) and fstat the open file before reading it.
//
// Symbolic links are followed only to regular files inside the catalogue folder. Deployments do link files
// (a Kubernetes ConfigMap mounts each file as a link into a folder beside it), but a link that leaves the folder
// reaches what staff do not edit and the watcher does not watch: a file elsewhere on the server, a device.
import { constants, type Stats } from 'node:fs';
import { type FileHandle, lstat, open, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';

/** A file that cannot be read as a catalogue file; `message` says why, in pt-BR, for staff. */
interface Problem {
  kind: 'problem';
  message: string;
}

/** What reading one file gave. `too-large`: `bytes` is its size (it is not read). */
export type ReadOutcome = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'too-large'; bytes: number } | Problem;

/** What a look at one file gave, without opening it. */
export type Inspection = { kind: 'file'; path: string; stats: Stats } | { kind: 'missing' } | Problem;

// O_NONBLOCK and O_NOFOLLOW do not exist on Windows, where there are no FIFOs to guard against either.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** pt-BR name of what a non-regular file is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'um pipe (FIFO), que travaria a leitura';
  if (stats.isSocket()) return 'um socket';
  if (stats.isDirectory()) return 'uma pasta';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'um dispositivo';
  return 'um tipo de arquivo especial';
}

const notRegular = (stats: Stats, via: string): Problem => ({
  kind: 'problem',
  message: `não é um arquivo comum: é ${kindOf(stats)}${via}. O catálogo só lê arquivos de texto .yaml; apague-o ou troque por um arquivo comum`,
});

const changed: Problem = { kind: 'problem', message: 'o arquivo mudou enquanto era lido; salve de novo, e a recarga acontece outra vez' };

const errorCode = (err: unknown): string => (err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'erro desconhecido');

const unreadable = (err: unknown): Problem => ({
  kind: 'problem',
  message: `não foi possível ler o arquivo (${errorCode(err)}); confira se ele existe e se o bot tem permissão para lê-lo`,
});

/** Resolves `promise`, or `late()` after `ms` if it has not settled by then. The work itself goes on and cleans up after itself. */
function withDeadline<T>(promise: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
    timer.unref();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** The catalogue files under one folder, read safely. */
export class CatalogueFiles {
  private constructor(
    /** The folder's real path: links must lead inside it. */
    private readonly root: string,
    private readonly timeoutMs: number,
  ) {}

  /** The files of catalogue folder `dir`. `timeoutMs` bounds each inspection and each read. */
  static async at(dir: string, timeoutMs: number): Promise<CatalogueFiles> {
    let root: string;
    try {
      root = await realpath(dir);
    } catch {
      root = dir; // the folder is missing: every file will be too
    }
    return new CatalogueFiles(root, timeoutMs);
  }

  /** What `path` is, following a link only to a regular file inside the folder; nothing is opened. */
  inspect(path: string): Promise<Inspection> {
    return withDeadline(this.inspectNow(path), this.timeoutMs, () => this.late('examinar'));
  }

  /**
   * The text of `path` when it is a regular file (or a link to one inside the folder) of at most `maxBytes` bytes.
   * `seen`: what `inspect(path)` gave a moment ago, so as not to look again; the open file is checked against it.
   */
  read(path: string, maxBytes: number, seen?: Inspection): Promise<ReadOutcome> {
    return withDeadline(this.readNow(path, maxBytes, seen), this.timeoutMs, () => this.late('ler'));
  }

  private late(what: string): Problem {
    return {
      kind: 'problem',
      message: `não foi possível ${what} o arquivo em ${this.timeoutMs / 1000} s (disco ou rede lentos?). Salve o arquivo de novo; se continuar, avise a equipe técnica`,
    };
  }

  private async inspectNow(path: string): Promise<Inspection> {
    let stats: Stats;
    try {
      stats = await lstat(path);
    } catch (err) {
      return errorCode(err) === 'ENOENT' ? { kind: 'missing' } : unreadable(err);
    }
    if (!stats.isSymbolicLink()) return stats.isFile() ? { kind: 'file', path, stats } : notRegular(stats, '');
    let target: string;
    try {
      target = await realpath(path);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'ENOENT') return { kind: 'problem', message: 'é um link simbólico quebrado (o arquivo para onde ele aponta não existe); apague o link ou coloque o arquivo no lugar dele' };
      if (code === 'ELOOP') return { kind: 'problem', message: 'é um link simbólico que aponta para si mesmo, em círculo; apague o link e coloque o arquivo no lugar dele' };
      return unreadable(err);
    }
    if (!target.startsWith(this.root + sep)) {
      return {
        kind: 'problem',
        message: `é um link simbólico para fora da pasta do catálogo (${target}). O bot só segue links para arquivos dentro de ${this.root}: copie o arquivo para a pasta, no lugar do link`,
      };
    }
    try {
      stats = await stat(target);
    } catch (err) {
      return unreadable(err);
    }
    return stats.isFile() ? { kind: 'file', path: target, stats } : notRegular(stats, ` (o link simbólico aponta para ${target})`);
  }

  private async readNow(path: string, maxBytes: number, inspected?: Inspection): Promise<ReadOutcome> {
    const seen = inspected ?? (await this.inspectNow(path));
    if (seen.kind !== 'file') return seen;
    if (seen.stats.size > maxBytes) return { kind: 'too-large', bytes: seen.stats.size };
    let handle: FileHandle;
    try {
      handle = await open(seen.path, OPEN_FLAGS);
    } catch (err) {
      // ELOOP: the file became a link after it was looked at.
      return errorCode(err) === 'ELOOP' ? changed : unreadable(err);
    }
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) return notRegular(opened, '');
      if (opened.ino !== seen.stats.ino || opened.dev !== seen.stats.dev) return changed;
      if (opened.size > maxBytes) return { kind: 'too-large', bytes: opened.size };
      // The size it has now, at most `maxBytes`: never more, even if it grows meanwhile (a file still being written
      // is read again on its next change).
      const buffer = Buffer.allocUnsafe(opened.size);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return { kind: 'text', text: buffer.toString('utf8', 0, filled) };
    } catch (err) {
      return unreadable(err);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }
}
