// The terminal adapter on a fake runtime: the narrow ChannelRuntime is all an adapter needs.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TERMINAL, TerminalAdapter } from '../../src/channels/terminal/adapter.ts';
import type { ChannelAdapter, ChannelRuntime } from '../../src/channels/types.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { copy } from '../../src/conversation/text.ts';
import type { Incoming } from '../../src/conversation/types.ts';

/** A runtime that echoes, remembers what it was asked, and fails on "quebra". */
function fakeRuntime(): ChannelRuntime & { seen: [string, string, Incoming][] } {
  const seen: [string, string, Incoming][] = [];
  return {
    seen,
    logger: silentLogger,
    async handle(channel, user, input) {
      seen.push([channel, user, input]);
      if (input.kind === 'text' && input.text === 'quebra') throw new Error('bug');
      return { replies: [{ text: input.kind === 'text' ? `*eco*: ${input.text}` : 'Olá!', options: [{ id: 'menu', label: 'Menu' }] }] };
    },
    userKey: () => 'pseudonym',
    markOnce: async () => true,
    leases: { takeLease: async (_name, holder, _now, until) => ({ holder, expiresAt: until }), releaseLease: async () => undefined },
    rekey: async () => ({ sessions: 0, requests: 0 }),
    staff: {
      reloadCatalogue: async () => ({ ok: true, services: 0, errors: [] }),
      onCatalogueReload: () => () => undefined,
      sessionsStarted: async () => [],
      alert: async () => undefined,
      onAlert: () => () => undefined,
    },
  };
}

async function run(lines: string[], json: boolean): Promise<{ out: string; runtime: ReturnType<typeof fakeRuntime> }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const runtime = fakeRuntime();
  const adapter: ChannelAdapter & { finished: Promise<void> } = new TerminalAdapter({ input, output, json, user: 'ana' });
  await adapter.start(runtime);
  input.end(`${lines.join('\n')}\n`);
  await adapter.finished;
  await adapter.stop();
  return { out, runtime };
}

describe('the terminal in scripted (JSON) mode', () => {
  it('answers each line with one JSON line, in order, as the terminal channel', async () => {
    const { out, runtime } = await run(['oi', 'ipva'], true);
    const replies = out.trim().split('\n').map((l) => JSON.parse(l) as { replies: { text: string; options: { id: string }[] }[] });
    expect(replies.map((r) => r.replies[0]?.text)).toEqual(['*eco*: oi', '*eco*: ipva']);
    expect(replies[0]?.replies[0]?.options).toEqual([{ id: 'menu', label: 'Menu' }]);
    expect(runtime.seen.map(([channel, user]) => `${channel}/${user}`)).toEqual([`${TERMINAL}/ana`, `${TERMINAL}/ana`]);
  });

  it('apologises for a message that fails, and goes on with the next', async () => {
    const { out } = await run(['quebra', 'oi'], true);
    const texts = out.trim().split('\n').map((l) => (JSON.parse(l) as { replies: { text: string }[] }).replies[0]?.text);
    expect(texts).toEqual([copy.apology, '*eco*: oi']);
  });
});

describe('the interactive terminal', () => {
  it('greets first, then shows plain text and a numbered menu', async () => {
    const { out, runtime } = await run(['oi'], false);
    expect(runtime.seen[0]?.[2]).toEqual({ kind: 'start' });
    expect(out).toContain('Atende — terminal.');
    expect(out).toContain('eco: oi');
    expect(out).toContain('  1. Menu');
  });
});
