// Holding a lease while a channel runs: the one long-polling process of a bot token on a database. Taken at
// start (refused with what to do when another process holds it), renewed while running, given up on stop. A
// process that dies stops renewing, and its lease expires: the next start takes it over.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { AtendeError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { LeaseHolder } from '../../conversation/storage.ts';

/** The store's leases, as a channel sees them. */
export interface LeaseDesk {
  takeLease(name: string, holder: string, now: number, until: number): Promise<LeaseHolder>;
  releaseLease(name: string, holder: string): Promise<void>;
}

/** A lease this process holds; `release` stops renewing it and gives it up. */
export interface HeldLease {
  readonly holder: string;
  release(): Promise<void>;
}

/** How long a lease lasts unrenewed, and how often it is renewed. */
export interface LeaseTiming {
  ttlMs: number;
  renewMs: number;
}

const DEFAULT_TIMING: LeaseTiming = { ttlMs: 30_000, renewMs: 10_000 };

/** This process, as a lease holder: the machine, the process id, and a random part (a restarted pid differs). */
function holderName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** Leases this process holds now (a process may run several channels, each with its lease). */
const heldHere = new Set<string>();

/**
 * True when `other` names a process of this machine that is gone: a crash followed by a restart on the same
 * machine must not wait for the lease to expire. The same pid as ours (a container restarted: pid 1 again) is
 * an earlier life of this process. Another machine's holder is never judged from here.
 */
export function isDeadHere(other: string): boolean {
  const parts = other.split(':');
  parts.pop();
  const pid = Number(parts.pop());
  if (parts.join(':') !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return !heldHere.has(other);
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ESRCH';
  }
}

/**
 * Takes `name` or throws `refusal(holder)` when another process holds it. While held, it is renewed every
 * `renewMs`; when a renewal finds another holder (this process stalled past the expiry), `onLost` is called.
 */
export async function holdLease(
  desk: LeaseDesk,
  name: string,
  o: { logger: Logger; refusal: (other: LeaseHolder) => AtendeError; onLost: () => void; timing?: LeaseTiming },
): Promise<HeldLease> {
  const timing = o.timing ?? DEFAULT_TIMING;
  const holder = holderName();
  const now = Date.now();
  let got = await desk.takeLease(name, holder, now, now + timing.ttlMs);
  // Its holder died on this machine (killed, then restarted here): take it over now, as if it had expired. If
  // that holder renewed meanwhile (it was alive after all), its expiry moved and this is refused.
  if (got.holder !== holder && isDeadHere(got.holder)) got = await desk.takeLease(name, holder, got.expiresAt, now + timing.ttlMs);
  if (got.holder !== holder) throw o.refusal(got);
  heldHere.add(holder);
  let released = false;
  const timer = setInterval(() => {
    const at = Date.now();
    desk.takeLease(name, holder, at, at + timing.ttlMs).then(
      (held) => {
        if (released || held.holder === holder) return;
        o.logger.error({ lease: name }, 'lease lost to another process (this one stalled past its expiry): stopping');
        clearInterval(timer);
        heldHere.delete(holder);
        o.onLost();
      },
      // The database is down for a moment: keep running; the lease lasts ttlMs, and the next renewal may succeed.
      (err: unknown) => o.logger.warn({ err, lease: name }, 'could not renew the lease'),
    );
  }, timing.renewMs);
  timer.unref();
  return {
    holder,
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      heldHere.delete(holder);
      try {
        await desk.releaseLease(name, holder);
      } catch (err) {
        // It expires by itself after ttlMs.
        o.logger.warn({ err, lease: name }, 'could not release the lease');
      }
    },
  };
}
