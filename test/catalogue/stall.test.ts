// A reload runs off the event loop: the bot keeps answering while a large catalogue is read, validated and
// linted in a worker thread. What the main thread still does is measured during the whole reload.
//
// Measured as CPU time of the main thread (Linux schedstat, in nanoseconds) between two turns of the event loop:
// the work that holds replies up. Wall-clock gaps add the time the thread waits for a CPU, which on a machine
// shared by many processes is the machine's load, not this code's doing (and is shown when the test fails).
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/catalogue/schema.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { CatalogueHolder } from '../../src/search/live.ts';
import { copyCatalogue, padCatalogue, type TempCatalogue } from './support.ts';

/** The bound: no reload blocks replies for more than this. */
const MAX_STALL_MS = 100;

/** Time the main thread of this process has spent on a CPU so far, in ms. */
function mainThreadCpuMs(): number {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/** Runs `work`, and measures the longest stretch of main-thread work between two turns of the event loop. */
async function stalls<T>(work: () => Promise<T>): Promise<{ value: T; cpuMs: number; wallMs: number }> {
  const wall = monitorEventLoopDelay({ resolution: 5 });
  let cpuMs = 0;
  let last = mainThreadCpuMs();
  const ticks = setInterval(() => {
    const now = mainThreadCpuMs();
    cpuMs = Math.max(cpuMs, now - last);
    last = now;
  }, 5);
  wall.enable();
  // The histogram records the gap between two ticks of its timer: the first tick only starts the count.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const value = await work();
  // A stall is seen when the timers fire late: let them fire once more after the work.
  await new Promise((resolve) => setTimeout(resolve, 20));
  wall.disable();
  clearInterval(ticks);
  return { value, cpuMs, wallMs: wall.max / 1e6 };
}

let temp: TempCatalogue;
let holder: CatalogueHolder | undefined;
beforeEach(() => {
  temp = copyCatalogue();
});
afterEach(async () => {
  await holder?.close();
  holder = undefined;
  temp.remove();
});

describe('a reload of a catalogue that takes seconds to read and check', () => {
  it('swaps it in without holding up the event loop', async () => {
    expect(isMainThread).toBe(true); // the CPU time read is this thread's
    holder = await CatalogueHolder.open(temp.dir, silentLogger);
    const services = holder.current().catalogue.services.length;
    // Most of the size limit of the whole catalogue, in content that is read and checked but not indexed: the
    // search index, which is built on the main thread, stays the size of today's.
    const bytes = padCatalogue(temp.dir, LIMITS.listItems);
    expect(bytes).toBeGreaterThan(LIMITS.catalogueBytes * 0.6);
    expect(bytes).toBeLessThan(LIMITS.catalogueBytes);

    const { value: r, cpuMs, wallMs } = await stalls(() => (holder as CatalogueHolder).reload());

    expect(r.errors).toEqual([]);
    expect(r.changes?.changed).toHaveLength(services);
    expect(holder.current().catalogue.byId.get('ipva')?.needsCheck).toHaveLength(LIMITS.listItems);
    expect(cpuMs, `longest wall-clock stall: ${wallMs.toFixed(0)} ms`).toBeLessThan(MAX_STALL_MS);
  });
});
