// One WhatsApp session folder, one Atende. Two browsers on one Chromium profile corrupt the saved session, and a
// second process used to retry for ever on Chromium's refusal. Chromium's own lock (SingletonLock in the profile,
// a symlink to "<host>-<pid>") is not taken by every browser: the npm one (@sparticuz/chromium, a headless
// shell) takes none. So Atende keeps a lock of the same shape in the auth folder, and reads Chromium's too.
import { lstatSync, lutimesSync, readlinkSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AtendeError } from '../../core/errors.ts';

/** Atende's lock, in the auth folder. */
const LOCK_FILE = 'atende.lock';

/** LocalAuth's Chromium profile inside the auth folder (LocalAuth.js: `session`, as there is no clientId). */
const PROFILE_DIR = 'session';

/** How often the holder touches its lock, so that a lock from another machine can be told stale. */
const HEARTBEAT_MS = 30_000;

/** A lock from another machine untouched for this long belongs to a process that is gone. */
const STALE_MS = 4 * HEARTBEAT_MS;

/** Locks this process holds: a second channel on the same folder is as wrong as a second process. */
const held = new Set<string>();

/** Who a lock names, and how long ago it was last touched. */
interface Holder {
  host: string;
  pid: number;
  ageMs: number;
}

function holderOf(path: string): Holder | undefined {
  let target: string;
  let mtimeMs: number;
  try {
    target = readlinkSync(path);
    mtimeMs = lstatSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  const dash = target.lastIndexOf('-');
  const pid = Number(target.slice(dash + 1));
  if (dash <= 0 || !Number.isInteger(pid) || pid <= 0) return undefined;
  return { host: target.slice(0, dash), pid, ageMs: Date.now() - mtimeMs };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists, it belongs to another user.
    return err instanceof Error && 'code' in err && err.code === 'EPERM';
  }
}

/**
 * Fails, with what to do, when Chromium's lock says a browser holds the profile: a live process on this machine,
 * or any process on another one (Chromium refuses those too; after a container was recreated, the lock is stale).
 */
export function checkChromiumLock(authDir: string): void {
  const path = join(authDir, PROFILE_DIR, 'SingletonLock');
  const holder = holderOf(path);
  if (!holder) return;
  const here = holder.host === hostname();
  if (here && !isAlive(holder.pid)) return;
  throw new AtendeError(
    'WHATSAPP_PROFILE_LOCKED',
    `A browser (pid ${holder.pid} on ${holder.host}) holds the WhatsApp session folder ${authDir}, according to Chromium's lock ${path}. ` +
      `Stop it (another Atende, or a Chromium started by hand) before starting this one. ` +
      (here ? '' : `If no browser on ${holder.host} uses this folder any more (e.g. the container was recreated), delete ${path} and start again.`),
  );
}

/** The lock of one auth folder, held by this process until `release()`. */
export interface AuthLock {
  release(): void;
}

/**
 * Takes Atende's lock of `authDir`, or fails with what to do when another Atende holds it. A lock is stale, and
 * taken over, when its process is gone (this machine) or it was not touched for a few minutes (another machine).
 * Two processes taking over the same stale lock at the same instant are not told apart.
 */
export function lockAuthDir(authDir: string): AuthLock {
  const path = join(authDir, LOCK_FILE);
  const mine = `${hostname()}-${process.pid}`;
  if (held.has(path)) throw lockedError(authDir, path, { host: hostname(), pid: process.pid });
  if (!link(mine, path)) {
    const holder = holderOf(path);
    if (holder && !isStale(holder)) throw lockedError(authDir, path, holder);
    rmSync(path, { force: true });
    if (!link(mine, path)) throw lockedError(authDir, path, holderOf(path));
  }
  held.add(path);
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      lutimesSync(path, now, now);
    } catch {
      // The folder was removed under us; the next start will tell.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    release() {
      clearInterval(heartbeat);
      if (!held.delete(path)) return;
      try {
        if (readlinkSync(path) === mine) unlinkSync(path);
      } catch {
        // Already gone.
      }
    },
  };
}

/** Creates the lock; false when one is there already. */
function link(target: string, path: string): boolean {
  try {
    symlinkSync(target, path);
    return true;
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'EEXIST') return false;
    throw err;
  }
}

function lockedError(authDir: string, path: string, holder: Pick<Holder, 'host' | 'pid'> | undefined): AtendeError {
  return new AtendeError(
    'WHATSAPP_AUTH_LOCKED',
    `The WhatsApp session folder ${authDir} is in use by another Atende (pid ${holder?.pid ?? '?'} on ${holder?.host ?? '?'}). ` +
      'Two browsers on one session corrupt it: stop the other one, or give this one its own WHATSAPP_AUTH_DIR (and pair it with its own number). ' +
      `If no other Atende runs (it was killed on another machine or container), delete ${path} and start again.`,
  );
}

function isStale(holder: Holder): boolean {
  if (holder.host === hostname()) return holder.pid === process.pid || !isAlive(holder.pid);
  return holder.ageMs > STALE_MS;
}

/**
 * Is this puppeteer's refusal to launch on a profile another browser holds? puppeteer-core's BrowserLauncher turns
 * Chromium's "Failed to create a ProcessSingleton for your profile directory" into "The browser is already
 * running for <userDataDir>". Starting again would only fail again.
 */
export function isProfileInUse(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /The browser is already running for|Failed to create a ProcessSingleton/.test(message);
}
