// Group commit: the writes of turns that finish playing together go to the database in one commit, each in its
// own savepoint. A store whose commits cost more than its statements (SQLite's WAL frames, a server's round trip)
// pays that cost once per batch instead of once per message. Nothing is answered before its commit.

/** A write waiting for the next commit. */
interface Pending<W, V> {
  write: W;
  resolve: (verdict: V) => void;
  reject: (err: Error) => void;
}

/**
 * Collects writes and commits them in batches. A batch is committed when no other turn is still being played
 * (a lone turn is committed at once, in the same tick); a turn that keeps playing holds the others back one
 * event-loop turn at most.
 */
export class GroupCommit<W, V> {
  private playing = 0;
  private readonly pending: Pending<W, V>[] = [];
  private timer: NodeJS.Immediate | undefined;

  /**
   * @param commit writes a batch in one transaction; returns each write's verdict, or its own error (the others
   *   stand). Throws when the transaction itself fails: then every write of the batch fails with `failure(err)`.
   */
  constructor(
    private readonly commit: (writes: W[]) => (V | Error)[],
    private readonly failure: (err: unknown) => Error,
  ) {}

  /** A turn starts playing (it may submit a write later). */
  begin(): void {
    this.playing++;
  }

  /** A turn ended without a write (or failed). */
  end(): void {
    this.playing--;
    this.schedule();
  }

  /** Submits the write of a turn that began; resolves with its verdict once the batch is committed. */
  submit(write: W): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      this.end();
    });
  }

  /** Commits what is waiting, now. */
  flush(): void {
    if (this.timer) {
      clearImmediate(this.timer);
      this.timer = undefined;
    }
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    let verdicts: (V | Error)[];
    try {
      verdicts = this.commit(batch.map((p) => p.write));
    } catch (err) {
      const error = this.failure(err);
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const v = verdicts[i] as V | Error;
      if (v instanceof Error) p.reject(v);
      else p.resolve(v);
    });
  }

  private schedule(): void {
    if (this.pending.length === 0) return;
    if (this.playing === 0) {
      this.flush();
      return;
    }
    this.timer ??= setImmediate(() => {
      this.timer = undefined;
      this.flush();
    });
  }
}
