// The bound on the web chat's turns in flight: never more than the limit at once, the rest in arrival order.
import { describe, expect, it } from 'vitest';
import { Gate } from '../../src/channels/web/gate.ts';

describe('a gate of 2 under 6 tasks', () => {
  it('runs at most 2 at once, starts the others in arrival order, and frees places on failure too', async () => {
    const gate = new Gate(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const release: (() => void)[] = [];
    const tasks = Array.from({ length: 6 }, (_, i) =>
      gate.run(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await new Promise<void>((r) => release.push(r));
        running--;
        if (i === 1) throw new Error('boom');
        return i;
      }),
    );
    const settled = Promise.allSettled(tasks);
    for (let k = 0; k < 6; k++) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    const results = await settled;
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });
});
