// Shared test helper: launches headless Chromium with playwright-core, from npm when the machine has none
// (src/chromium.ts: CHROMIUM_PATH, else the system's, else @sparticuz/chromium), kept off the network.
import { type Browser, chromium } from 'playwright-core';
import { type ChromiumChoice, resolveChromium } from '../../src/core/chromium.ts';

/**
 * Flags that keep Chromium from reaching the network on its own (updates, sync, metrics, safe browsing,
 * field trials), plus a host resolver that answers nothing but 127.0.0.1: a page that tried to load anything
 * from the internet would fail, not leak. And the container basics: no sandbox as root, no GPU, small /dev/shm.
 */
export const QUIET_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-field-trial-config',
  '--metrics-recording-only',
  '--no-pings',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** A launched browser and where it came from. */
export interface TestBrowser {
  browser: Browser;
  chromium: ChromiumChoice;
}

/** Launches the test browser. CHROMIUM_PATH in the environment wins, as it does for the bot. */
export async function launchBrowser(): Promise<TestBrowser> {
  const choice = await resolveChromium(process.env.CHROMIUM_PATH || undefined);
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: [...QUIET_FLAGS], timeout: 60_000 });
  return { browser, chromium: choice };
}
