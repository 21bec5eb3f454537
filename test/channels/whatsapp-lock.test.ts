// One WhatsApp session folder, one Atende: two browsers on one Chromium profile corrupt the session, and the
// Chromium that npm brings (@sparticuz/chromium) takes no SingletonLock, so Atende keeps its own lock too.
import { type ChildProcess, spawn } from 'node:child_process';
import { lutimesSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWhatsApp, type WhatsAppChannel } from '../../src/channels/whatsapp/index.ts';
import { FakeWhatsAppClient } from '../fakes/whatsapp-client.ts';
import { type TestApp, testApp } from '../support/app.ts';

let t: TestApp;
let authDir: string;
let children: ChildProcess[];
let channels: WhatsAppChannel[];

beforeEach(async () => {
  t = await testApp({ WHATSAPP_ENABLED: 'true' });
  authDir = join(t.dir, 'whatsapp-auth');
  children = [];
  channels = [];
});

afterEach(async () => {
  for (const channel of channels) await channel.stop();
  for (const child of children) child.kill('SIGKILL');
  await t.cleanup();
});

/** A process that stays alive until the test ends: stands in for another Atende, or its Chromium. */
async function otherProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1e9)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

/** A process that has already exited, and its pid. */
async function deadProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

async function startChannel(): Promise<WhatsAppChannel> {
  const fake = new FakeWhatsAppClient();
  const channel = await startWhatsApp(t.app.channels, t.app.config, { createClient: async () => fake, showQr: () => undefined });
  channels.push(channel);
  return channel;
}

describe('two Atende on one WhatsApp session folder', () => {
  it('the second is refused at start, with what to do', async () => {
    mkdirSync(authDir, { recursive: true });
    symlinkSync(`${hostname()}-${await otherProcess()}`, join(authDir, 'atende.lock'));
    await expect(startChannel()).rejects.toThrow(/in use by another Atende.*WHATSAPP_AUTH_DIR/s);
  });

  it('two channels of one process on one folder: the second is refused', async () => {
    await startChannel();
    await expect(startChannel()).rejects.toThrow(/in use by another Atende/);
  });

  it('a lock left by a process that died is taken over', async () => {
    mkdirSync(authDir, { recursive: true });
    symlinkSync(`${hostname()}-${await deadProcess()}`, join(authDir, 'atende.lock'));
    await startChannel();
    expect(readlinkSync(join(authDir, 'atende.lock'))).toBe(`${hostname()}-${process.pid}`);
  });

  it('a lock from another machine is respected while fresh, and taken over once it is old', async () => {
    mkdirSync(authDir, { recursive: true });
    const lock = join(authDir, 'atende.lock');
    symlinkSync('other-container-1', lock);
    await expect(startChannel()).rejects.toThrow(/pid 1 on other-container/);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    lutimesSync(lock, tenMinutesAgo, tenMinutesAgo);
    await startChannel();
  });

  it('the lock is released at stop, so the next start gets it', async () => {
    const first = await startChannel();
    await first.stop();
    await startChannel();
  });
});

describe("a browser already holding the profile (Chromium's SingletonLock)", () => {
  it('is refused at start, naming the lock file', async () => {
    const profile = join(authDir, 'session');
    mkdirSync(profile, { recursive: true });
    symlinkSync(`${hostname()}-${await otherProcess()}`, join(profile, 'SingletonLock'));
    await expect(startChannel()).rejects.toThrow(/SingletonLock/);
  });

  it('is ignored when the process that held it is gone (Chromium clears such a lock itself)', async () => {
    const profile = join(authDir, 'session');
    mkdirSync(profile, { recursive: true });
    symlinkSync(`${hostname()}-${await deadProcess()}`, join(profile, 'SingletonLock'));
    await startChannel();
  });
});
