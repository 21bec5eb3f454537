// A bound on the web chat's turns in flight. Requests beyond it wait their turn (FIFO) instead of all entering
// the runtime at once: a flood of browsers then shares the machine with Telegram's runner (which takes 64
// updates at a time) instead of starving it, and memory stays bounded by the queue of small requests.

/** Lets at most `max` tasks run at once; the others wait in arrival order. */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  /** Runs `task` when a place is free, and frees it when the task settles. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The place passes straight to the next in line: `running` does not change.
      if (next) next();
      else this.running--;
    }
  }
}
