// Work in flight in a channel (updates being handled, replies being sent): tracked so that shutdown can wait
// for it, bounded by a grace period, and then told to give up through one abort signal.
import { setMaxListeners } from 'node:events';

/** Resolves with the promise's value, or with undefined once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The tasks a channel has in flight, and the signal that tells them to stop waiting at shutdown. */
export class InFlight {
  private readonly tasks = new Set<Promise<unknown>>();
  private readonly controller = new AbortController();

  constructor() {
    // Every request in flight listens on this one signal (and stops listening when done): hundreds is normal.
    setMaxListeners(0, this.controller.signal);
  }

  /** Aborted when a drain's grace period ran out: pending sends and retries listen to it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Tasks not yet settled. */
  get size(): number {
    return this.tasks.size;
  }

  /** Tracks a task until it settles; returns it unchanged. */
  track<T>(task: Promise<T>): Promise<T> {
    this.tasks.add(task);
    const forget = (): void => void this.tasks.delete(task);
    task.then(forget, forget);
    return task;
  }

  /** Resolves when nothing is in flight (tasks started meanwhile included). */
  async idle(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
  }

  /**
   * Waits up to `graceMs` for the work in flight. If some is left, calls `onGiveUp` with how many, aborts
   * `signal` and waits up to `unwindMs` more for it to unwind. Returns how many were left after the grace period.
   */
  async drain(graceMs: number, o: { unwindMs?: number; onGiveUp?: (left: number) => void } = {}): Promise<number> {
    await withTimeout(this.idle(), graceMs);
    const left = this.tasks.size;
    const unwindMs = o.unwindMs ?? Number.POSITIVE_INFINITY;
    if (left > 0) {
      o.onGiveUp?.(left);
      this.controller.abort();
      if (Number.isFinite(unwindMs)) await withTimeout(this.idle(), unwindMs);
      else await this.idle();
    }
    return left;
  }
}
