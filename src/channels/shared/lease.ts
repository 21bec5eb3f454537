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
  const got = await desk.takeLease(name, holder, now, now + timing.ttlMs);
  if (got.holder !== holder) throw o.refusal(got);
  let released = false;
  const timer = setInterval(() => {
    const at = Date.now();
    desk.takeLease(name, holder, at, at + timing.ttlMs).then(
      (held) => {
        if (released || held.holder === holder) return;
        o.logger.error({ lease: name }, 'lease lost to another process (this one stalled past its expiry): stopping');
        clearInterval(timer);
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
      try {
        await desk.releaseLease(name, holder);
      } catch (err) {
        // It expires by itself after ttlMs.
        o.logger.warn({ err, lease: name }, 'could not release the lease');
      }
    },
  };
}
