// The browser after `npm install` alone: CHROMIUM_PATH wins, then a system Chromium, then the one inside
// @sparticuz/chromium, which both the tests' playwright and WhatsApp's puppeteer can launch.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, clientOptions } from '../src/channels/whatsapp/client.ts';
import { findSystemChromium, resolveChromium } from '../src/core/chromium.ts';
import { QUIET_FLAGS, launchBrowser } from './support/browser.ts';

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atende-chromium-'));
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>Atende</title><h1>Olá, ação</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A folder holding one executable file `name`, standing in for an installed browser. */
function binFolder(name: string, executable = true): string {
  const bin = mkdtempSync(join(dir, 'bin-'));
  writeFileSync(join(bin, name), '#!/bin/sh\n');
  chmodSync(join(bin, name), executable ? 0o755 : 0o644);
  return bin;
}

describe('choosing the browser', () => {
  it('takes CHROMIUM_PATH first, even with a system Chromium on PATH', async () => {
    expect(await resolveChromium('/opt/chrome/chrome', binFolder('chromium'))).toEqual({ executablePath: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it('takes a system Chromium on PATH, by either of its names', async () => {
    const debian = binFolder('chromium');
    expect(await resolveChromium(undefined, `${binFolder('other')}:${debian}`)).toEqual({ executablePath: join(debian, 'chromium'), source: 'system' });
    const ubuntu = binFolder('chromium-browser');
    expect(findSystemChromium(ubuntu)).toBe(join(ubuntu, 'chromium-browser'));
  });

  it('ignores a file named chromium that cannot be run', () => {
    expect(findSystemChromium(binFolder('chromium', false))).toBeUndefined();
  });

  it('falls back to the npm Chromium when there is none, unpacked to an executable file', async () => {
    const choice = await resolveChromium(undefined, binFolder('other'));
    expect(choice.source).toBe('npm');
    // A second caller (the lock released) gets the same, already unpacked browser.
    expect(await resolveChromium(undefined, binFolder('other'))).toEqual(choice);
  });
});

describe('the npm Chromium', () => {
  it('renders a local page for the tests, with no way out to the network', async () => {
    // Whatever CHROMIUM_PATH says, this machine's fallback is what a fresh machine gets.
    const { executablePath } = await resolveChromium(undefined, binFolder('other'));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: [...QUIET_FLAGS] });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      expect(await page.textContent('h1')).toBe('Olá, ação');
      // The resolver answers nothing but 127.0.0.1: an outside address fails at once, offline or not.
      await expect(page.goto('http://example.com/', { timeout: 15_000 })).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    } finally {
      await browser.close();
    }
  });

  it('is what the shared test launcher gives when the machine has no Chromium', async () => {
    const { browser, chromium } = await launchBrowser();
    try {
      const expected = process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : findSystemChromium() ? 'system' : 'npm';
      expect(chromium.source).toBe(expected);
      const page = await browser.newPage();
      await page.goto(url);
      expect(await page.title()).toBe('Atende');
    } finally {
      await browser.close();
    }
  });

  it('starts under the puppeteer of whatsapp-web.js with the WhatsApp channel’s options', async () => {
    const { executablePath } = await resolveChromium(undefined, binFolder('other'));
    // The puppeteer whatsapp-web.js itself depends on (not a dependency of ours): the one `serve` would drive.
    const fromWwebjs = createRequire(createRequire(import.meta.url).resolve('whatsapp-web.js'));
    const puppeteer = fromWwebjs('puppeteer') as { launch(options: object): Promise<{ newPage(): Promise<{ goto(u: string): Promise<unknown>; title(): Promise<string> }>; close(): Promise<void> }> };
    const options = clientOptions({ authDir: join(dir, 'auth'), cacheDir: join(dir, 'cache'), chromiumPath: executablePath });
    expect(options.puppeteer?.args).toEqual([...CHROMIUM_ARGS]);
    const browser = await puppeteer.launch({ ...options.puppeteer, userDataDir: join(dir, 'profile') });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      expect(await page.title()).toBe('Atende');
    } finally {
      await browser.close();
    }
  });
});
