// The long-polling lease: refused while another live process holds it, taken over at once when its holder was a
// process of this machine that is gone (a crash, then a restart), released on stop.
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { holdLease, isDeadHere } from '../../../src/channels/shared/lease.ts';
import { AtendeError } from '../../../src/core/errors.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { MemoryStore } from '../../../src/store/memory/store.ts';

const refusal = (other: { holder: string }): AtendeError => new AtendeError('TAKEN', `taken by ${other.holder}`);
const options = { logger: silentLogger, refusal, onLost: () => undefined };

describe('a lease held by another process', () => {
  it('is refused while that process is alive (here: our parent), on this machine or another', async () => {
    const store = new MemoryStore();
    const far = Date.now() + 60_000;
    await store.takeLease('poll', `${hostname()}:${process.ppid}:aaaa`, Date.now(), far);
    await expect(holdLease(store, 'poll', options)).rejects.toThrow(`taken by ${hostname()}:${process.ppid}:aaaa`);
    await store.takeLease('other', 'elsewhere.example:1:bbbb', Date.now(), far);
    await expect(holdLease(store, 'other', options)).rejects.toThrow('taken by elsewhere.example:1:bbbb');
  });

  it('is taken over at once when its holder was a process of this machine that is gone, and freed on release', async () => {
    const store = new MemoryStore();
    // A pid far above Linux's default pid_max (4,194,304): no such process.
    await store.takeLease('poll', `${hostname()}:99999999:cccc`, Date.now(), Date.now() + 60_000);
    const held = await holdLease(store, 'poll', options);
    expect((await store.takeLease('poll', 'someone', Date.now(), Date.now() + 1000)).holder).toBe(held.holder);
    await held.release();
    expect((await store.takeLease('poll', 'someone', Date.now(), Date.now() + 1000)).holder).toBe('someone');
  });

  it('knows an earlier life of this very process (a restarted container has the same pid)', () => {
    expect(isDeadHere(`${hostname()}:${process.pid}:dddd`)).toBe(true);
    expect(isDeadHere(`${hostname()}:${process.ppid}:dddd`)).toBe(false);
    expect(isDeadHere('not a holder')).toBe(false);
  });
});
