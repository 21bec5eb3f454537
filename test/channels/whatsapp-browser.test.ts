// The real whatsapp-web.js Client and puppeteer, launching the real Chromium with Atende's options, kept off the
// network: WhatsApp Web cannot load, so initialize() fails after the browser has started, which is all we need.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import wwebjs from 'whatsapp-web.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientOptions } from '../../src/channels/whatsapp/client.ts';
import { resolveChromium } from '../../src/core/chromium.ts';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let dir: string;
let clients: wwebjs.Client[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atende-wa-browser-'));
  clients = [];
});

afterEach(async () => {
  for (const client of clients) await client.destroy().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** The real client with Atende's options, its browser unable to resolve any host name. */
async function offlineClient(): Promise<wwebjs.Client> {
  const { executablePath } = await resolveChromium(process.env.CHROMIUM_PATH || undefined);
  const options = clientOptions({ authDir: join(dir, 'auth'), cacheDir: join(dir, 'cache'), chromiumPath: executablePath });
  const puppeteer = { ...options.puppeteer, args: [...(options.puppeteer?.args ?? []), '--host-resolver-rules=MAP * ~NOTFOUND'] };
  const client = new wwebjs.Client({ ...options, puppeteer, authStrategy: new wwebjs.LocalAuth({ dataPath: join(dir, 'auth') }) });
  clients.push(client);
  return client;
}

describe('the browser whatsapp-web.js launches', () => {
  it('leaves SIGINT, SIGTERM and SIGHUP to Atende: puppeteer adds no handler of its own', async () => {
    const before = SIGNALS.map((s) => process.listenerCount(s));
    const client = await offlineClient();
    await expect(client.initialize()).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    // The browser is up (the library leaves it running after a failed start), and no signal handler came with it.
    expect(Reflect.get(client, 'pupBrowser')).not.toBeNull();
    expect(SIGNALS.map((s) => process.listenerCount(s))).toEqual(before);
  });
});
