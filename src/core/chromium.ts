// Which Chromium to run, for WhatsApp (whatsapp-web.js drives it through puppeteer) and for the tests that need a
// browser: CHROMIUM_PATH when set; else a Chromium installed on the system; else the one that ships, compressed,
// inside the npm package @sparticuz/chromium, so that `npm install` alone is enough on a fresh machine.
import { accessSync, constants, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the browser came from. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'npm';

/** A browser to launch. */
export interface ChromiumChoice {
  executablePath: string;
  source: ChromiumSource;
}

/** Names a system Chromium goes by on PATH (Debian: chromium; Ubuntu and others: chromium-browser). */
const SYSTEM_NAMES = ['chromium', 'chromium-browser'];

/** The first Chromium on `PATH`, or undefined. */
export function findSystemChromium(path: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** Chooses the browser: `configured` (CHROMIUM_PATH) wins; else the system's; else the npm one, unpacked on first use. */
export async function resolveChromium(configured: string | undefined, path: string = process.env.PATH ?? ''): Promise<ChromiumChoice> {
  if (configured) return { executablePath: configured, source: 'CHROMIUM_PATH' };
  const system = findSystemChromium(path);
  if (system) return { executablePath: system, source: 'system' };
  return { executablePath: await npmChromium(), source: 'npm' };
}

/** How long another process may hold the unpacking lock before it is taken for dead (unpacking takes 2–10 s). */
const STALE_LOCK_MS = 120_000;

/**
 * Unpacks @sparticuz/chromium's browser (into the temp folder, once per machine) and returns its path. The
 * library writes the file in place, so two processes unpacking at once (two test files, a test and the bot)
 * could launch a half-written browser: a lock folder keeps it to one at a time.
 */
async function npmChromium(): Promise<string> {
  const lock = join(tmpdir(), 'atende-chromium.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if (!(err instanceof Error && 'code' in err && err.code === 'EEXIST')) throw err;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
