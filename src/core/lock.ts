// Per-key order inside one process: the conversation lock of the memory and SQLite stores, and the per-chat
// order of replies in channels. A store shared by several processes keeps this queue in front of its own
// cross-process lock (an advisory lock in PostgreSQL), so that one process never has two turns of a
// conversation waiting on the database at once.

/** Runs tasks one at a time per key, in call order; tasks of different keys run freely. */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /**
   * Runs `task` once every earlier task of `key` has settled. An uncontended task starts at once (synchronously),
   * so the place in the queue is taken at call time: that is what keeps arrival order.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    const result = previous ? previous.then(task, task) : startNow(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting (tests and shutdown diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}

function startNow<T>(task: () => Promise<T>): Promise<T> {
  try {
    return task();
  } catch (err) {
    return Promise.reject(err);
  }
}
