// Whether the SQLite store may still confirm anything. Two kinds of fault:
// - the file is gone or replaced (its folder deleted, a backup restored over it): SQLite keeps writing to the
//   unlinked inode, so every commit "succeeds" into a file nobody will ever read again. Found by comparing the
//   path's device and inode with the ones opened, before and after each commit and on a short timer. Permanent:
//   only a restart opens the file that is there now.
// - a write failed because the database cannot be written (read-only file or mount, I/O error, full disk):
//   reported until a write succeeds again.
// Each fault is logged once, when it starts, not once per message.
import { statSync } from 'node:fs';
import type { Logger } from '../../core/logger.ts';
import { rootCode, StoreError } from '../../core/errors.ts';
import type { StoreHealth } from '../../conversation/storage.ts';

/** How often the file's identity is checked with no traffic (so that health and the log notice it). */
const WATCH_INTERVAL_MS = 1_000;

/** Driver codes meaning "this database cannot be written now" (as opposed to one bad statement). */
const WRITE_FAULTS = /^SQLITE_(READONLY|IOERR|FULL|CANTOPEN|CORRUPT|NOTADB|PERM)/;

/** Watches one database file and remembers the faults of its writes. */
export class DatabaseFaults {
  private readonly identity: { dev: number; ino: number } | undefined;
  private lost: string | undefined;
  /** The same without the path, for health answers (public on a webhook's server). */
  private lostReason: string | undefined;
  private writeFault: string | undefined;
  private readonly timer: NodeJS.Timeout | undefined;

  /** `path` of the file just opened (':memory:' has no file to watch). */
  constructor(
    private readonly path: string,
    private readonly logger: Logger,
  ) {
    if (path === ':memory:') return;
    const st = statSync(path);
    this.identity = { dev: st.dev, ino: st.ino };
    this.timer = setInterval(() => this.checkFile(), WATCH_INTERVAL_MS);
    this.timer.unref();
  }

  /** Checks that the path still names the file opened; after the first miss, stays lost. */
  checkFile(): void {
    if (this.lost !== undefined || this.identity === undefined) return;
    let now: { dev: number; ino: number } | undefined;
    try {
      now = statSync(this.path);
    } catch {
      now = undefined;
    }
    if (now && now.dev === this.identity.dev && now.ino === this.identity.ino) return;
    this.lost = now
      ? `O arquivo de banco de dados ${this.path} foi substituído por outro enquanto o Atende rodava; nada mais é gravado nem confirmado. Reinicie o Atende (e confira se o arquivo certo está no lugar).`
      : `O arquivo de banco de dados ${this.path} foi apagado (ou sua pasta) enquanto o Atende rodava; nada mais é gravado nem confirmado. Restaure o arquivo de um backup e reinicie o Atende.`;
    this.lostReason = now
      ? 'O arquivo do banco de dados foi substituído enquanto o Atende rodava: nada mais é confirmado; reinicie o Atende.'
      : 'O arquivo do banco de dados foi apagado enquanto o Atende rodava: nada mais é confirmado; restaure-o e reinicie o Atende.';
    this.logger.error({ path: this.path, fault: now ? 'replaced' : 'deleted' }, 'database file is gone or replaced: nothing is confirmed any more; restart Atende');
  }

  /** Throws the StoreError of a lost file (checking the file first). */
  assertFile(): void {
    this.checkFile();
    if (this.lost !== undefined) throw new StoreError(this.lost);
  }

  /** A write failed: when the database itself cannot be written, remember it (and log it the first time). */
  writeFailed(err: unknown): void {
    const code = rootCode(err) ?? '';
    if (!WRITE_FAULTS.test(code)) return;
    if (this.writeFault === undefined) this.logger.error({ path: this.path, code }, 'database cannot be written: citizens get an apology until it can');
    this.writeFault = code;
  }

  /** A write was committed: a write fault, if any, is over. */
  writeSucceeded(): void {
    if (this.writeFault === undefined) return;
    this.logger.info({ path: this.path, code: this.writeFault }, 'database can be written again');
    this.writeFault = undefined;
  }

  /** The fault known now, if any (its reason names no path). */
  current(): StoreHealth {
    this.checkFile();
    if (this.lostReason !== undefined) return { ok: false, reason: this.lostReason };
    if (this.writeFault !== undefined) return { ok: false, reason: `O banco de dados não aceita gravações (${this.writeFault}).` };
    return { ok: true };
  }

  /** Stops the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
