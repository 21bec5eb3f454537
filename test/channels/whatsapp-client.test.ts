import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import wwebjs from 'whatsapp-web.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CHROMIUM_ARGS, type ClientSettings, type WhatsAppClient, checkChromium, createClient } from '../../src/channels/whatsapp/client.ts';
import { clientSettings, printQr, startWhatsApp } from '../../src/channels/whatsapp/index.ts';
import { loadConfig, projectRoot } from '../../src/config.ts';
import { FakeWhatsAppClient } from '../fakes/whatsapp-client.ts';
import { sqliteOf, testApp } from '../support/app.ts';

// The options whatsapp-web.js keeps on the client (not in its typings): read them through a schema.
const StoredOptions = z.object({
  authStrategy: z.instanceof(wwebjs.LocalAuth),
  puppeteer: z.object({
    executablePath: z.string(),
    headless: z.boolean(),
    args: z.array(z.string()),
    handleSIGINT: z.boolean().optional(),
    handleSIGTERM: z.boolean().optional(),
    handleSIGHUP: z.boolean().optional(),
  }),
  webVersionCache: z.object({ type: z.literal('local'), path: z.string() }),
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atende-wa-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the real whatsapp-web.js Client, built with our options (no browser launched)', () => {
  it('uses LocalAuth in the state dir, the system Chromium, headless, with the flags needed as root', async () => {
    const config = loadConfig({ WHATSAPP_ENABLED: 'true', DATABASE_PATH: join(dir, 'atende.sqlite'), CHROMIUM_PATH: '/opt/chromium/chrome' });
    const settings = clientSettings(config);
    const client = await createClient(settings);

    // Type-level proof, checked by tsc: the real Client is what the adapter accepts.
    const seenByAdapter: WhatsAppClient = client;
    expect(seenByAdapter).toBe(client);

    const options = StoredOptions.parse(Reflect.get(client, 'options'));
    expect(options.authStrategy.dataPath).toBe(join(dir, 'whatsapp-auth'));
    expect(options.puppeteer.executablePath).toBe('/opt/chromium/chrome');
    expect(options.puppeteer.headless).toBe(true);
    expect(options.puppeteer.args).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-setuid-sandbox', '--disable-dev-shm-usage']));
    expect(options.webVersionCache.path).toBe(join(dir, 'whatsapp-cache'));
    // Atende's shutdown owns the order: puppeteer would kill Chromium and exit(130) on SIGINT, close it on SIGTERM.
    expect([options.puppeteer.handleSIGINT, options.puppeteer.handleSIGTERM, options.puppeteer.handleSIGHUP]).toEqual([false, false, false]);
    // initialize() was never called: no browser.
    expect(Reflect.get(client, 'pupBrowser')).toBeNull();
    // The session folder exists and only its owner can read it (it holds the WhatsApp credentials).
    expect(statSync(settings.authDir).mode & 0o777).toBe(0o700);
  });

  it('passes the flags as a copy, so the library cannot alter the shared list', async () => {
    const settings: ClientSettings = { authDir: join(dir, 'a'), cacheDir: join(dir, 'c'), chromiumPath: '/usr/bin/chromium' };
    const client = await createClient(settings);
    const options = StoredOptions.parse(Reflect.get(client, 'options'));
    options.puppeteer.args.push('--changed');
    expect(CHROMIUM_ARGS).not.toContain('--changed');
  });
});

describe('where the session is kept', () => {
  it('defaults to var/whatsapp-auth beside the SQLite file, a git-ignored folder apart from data/', () => {
    const config = loadConfig({ WHATSAPP_ENABLED: 'true' });
    expect(config.whatsapp?.authDir).toBe(join(projectRoot, 'var', 'whatsapp-auth'));
    expect(clientSettings(config).cacheDir).toBe(join(projectRoot, 'var', 'whatsapp-cache'));
    const ignored = readFileSync(join(projectRoot, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toContain('/var/');
  });

  it('answers messages up to 5 minutes old by default; WHATSAPP_MAX_MESSAGE_AGE_SECONDS changes it', () => {
    expect(loadConfig({ WHATSAPP_ENABLED: 'true' }).whatsapp?.maxMessageAgeMs).toBe(300_000);
    expect(loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_MAX_MESSAGE_AGE_SECONDS: '' }).whatsapp?.maxMessageAgeMs).toBe(300_000);
    expect(loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_MAX_MESSAGE_AGE_SECONDS: '60' }).whatsapp?.maxMessageAgeMs).toBe(60_000);
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_MAX_MESSAGE_AGE_SECONDS: '-1' })).toThrow(/WHATSAPP_MAX_MESSAGE_AGE_SECONDS/);
  });

  it('can be moved with WHATSAPP_AUTH_DIR, but never into the catalogue', () => {
    expect(loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_AUTH_DIR: join(dir, 'sessao') }).whatsapp?.authDir).toBe(join(dir, 'sessao'));
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_AUTH_DIR: 'data/sessao' })).toThrow(/WHATSAPP_AUTH_DIR.*catálogo/);
  });
});

describe('a missing Chromium', () => {
  it('is reported with the fix before anything starts', async () => {
    expect(() => checkChromium(join(dir, 'no-chromium'))).toThrow(/CHROMIUM_PATH/);
    expect(() => checkChromium(process.execPath)).not.toThrow();
    const t = await testApp({ WHATSAPP_ENABLED: 'true', CHROMIUM_PATH: join(dir, 'no-chromium') });
    try {
      await expect(startWhatsApp(t.app.channels, t.app.config)).rejects.toThrow(/leave CHROMIUM_PATH unset/);
    } finally {
      await t.cleanup();
    }
  });
});

describe('the pairing QR code', () => {
  it('is drawn in the terminal, on stdout', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      printQr('2@pairing-ref,static-key,identity-key,secret,platform');
    } finally {
      spy.mockRestore();
    }
    const art = written.join('');
    expect(art.split('\n').length).toBeGreaterThan(10);
    expect(art).toMatch(/[▄▀█]/);
  });
});

describe('startWhatsApp', () => {
  it('runs the channel on the app, and a graceful shutdown destroys the client and closes the database', async () => {
    const t = await testApp({ WHATSAPP_ENABLED: 'true' });
    const fake = new FakeWhatsAppClient();
    fake.readyOnInitialize = true;
    let settingsSeen: ClientSettings | undefined;
    try {
      const channel = await startWhatsApp(t.app.channels, t.app.config, {
        createClient: async (settings) => {
          settingsSeen = settings;
          return fake;
        },
        showQr: () => undefined,
      });
      expect(channel.name).toBe('whatsapp');
      expect(settingsSeen?.authDir).toBe(join(t.dir, 'whatsapp-auth'));
      // The fake emits ready after initialize(), as a client with a saved session does.
      await vi.waitFor(() => expect(fake.readyCount).toBe(1));
      expect(fake.initializeCalls).toBe(1);
      fake.receive({ from: '5531999990009@c.us', body: 'oi' });
      await vi.waitFor(() => expect(fake.sent).toHaveLength(1));
      expect(fake.sent[0]?.text).toContain('_Digite 1, 2 ou 3._');
      await channel.stop();
      expect(fake.destroyCalls).toBe(1);
    } finally {
      await t.cleanup();
    }
    expect(sqliteOf(t.app).open).toBe(false);
  });

  it('takes the age limit of messages from the configuration', async () => {
    const t = await testApp({ WHATSAPP_ENABLED: 'true', WHATSAPP_MAX_MESSAGE_AGE_SECONDS: '60' });
    const fake = new FakeWhatsAppClient();
    fake.readyOnInitialize = true;
    try {
      const channel = await startWhatsApp(t.app.channels, t.app.config, { createClient: async () => fake, showQr: () => undefined });
      await vi.waitFor(() => expect(fake.readyCount).toBe(1));
      fake.receive({ from: '5531999990009@c.us', body: 'oi', timestamp: Math.floor(Date.now() / 1000) - 120 });
      fake.receive({ from: '5531999990008@c.us', body: 'oi' });
      await vi.waitFor(() => expect(fake.sent).toHaveLength(1));
      await channel.stop();
      expect(fake.sent.map((m) => m.chatId)).toEqual(['5531999990008@c.us']);
    } finally {
      await t.cleanup();
    }
  });

  it('tells staff through the runtime’s staff desk when WhatsApp asks to pair again', async () => {
    const t = await testApp({ WHATSAPP_ENABLED: 'true' });
    const fake = new FakeWhatsAppClient();
    fake.readyOnInitialize = true;
    const titles: string[] = [];
    t.app.channels.staff.onAlert((report) => void titles.push(report.title));
    try {
      const channel = await startWhatsApp(t.app.channels, t.app.config, {
        createClient: async () => fake,
        showQr: () => undefined,
      });
      await vi.waitFor(() => expect(fake.readyCount).toBe(1));
      fake.qr();
      await vi.waitFor(() => expect(titles).toHaveLength(1));
      await channel.stop();
    } finally {
      await t.cleanup();
    }
  });
});
