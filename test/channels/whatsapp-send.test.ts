import { describe, expect, it } from 'vitest';
import { Pacer, Sender, type SendPolicy } from '../../src/channels/whatsapp/send.ts';

const policy: SendPolicy = { attempts: 3, backoff: { initialMs: 5, maxMs: 10 }, timeoutMs: 1000 };

/** A sendMessage that answers with the given values in turn (the last one repeats). */
function answering(...answers: unknown[]): { sendMessage: () => Promise<unknown>; calls: number } {
  const client = {
    calls: 0,
    sendMessage: async (): Promise<unknown> => answers[Math.min(client.calls++, answers.length - 1)],
  };
  return client;
}

describe('one reply', () => {
  it('is sent when every part is acknowledged by the server', async () => {
    const client = answering({ ack: 1 });
    expect(await new Sender(client, policy, new AbortController().signal).deliver('x@lid', ['a', 'b'])).toEqual({ status: 'sent', parts: 2 });
    expect(client.calls).toBe(2);
  });

  it('is not sent when the page answers with something that is not a message', async () => {
    const client = answering('ok');
    const delivery = await new Sender(client, policy, new AbortController().signal).deliver('x@lid', ['a']);
    expect(delivery).toMatchObject({ status: 'failed', reason: 'error', sent: 0 });
    expect(client.calls).toBe(3);
  });

  it('is given up after the timeout when the page never answers', async () => {
    const client = { sendMessage: () => new Promise<unknown>(() => undefined) };
    const delivery = await new Sender(client, { ...policy, attempts: 1, timeoutMs: 20 }, new AbortController().signal).deliver('x@lid', ['a']);
    expect(delivery).toMatchObject({ status: 'failed', reason: 'timeout' });
  });

  it('stops waiting between tries at shutdown', async () => {
    const shutdown = new AbortController();
    const client = answering({ ack: -1 });
    const delivering = new Sender(client, { ...policy, backoff: { initialMs: 60_000, maxMs: 60_000 } }, shutdown.signal).deliver('x@lid', ['a']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    shutdown.abort();
    expect(await delivering).toMatchObject({ status: 'failed', reason: 'shutdown', sent: 0 });
    expect(client.calls).toBe(1);
  });
});

describe('the pace of sends across chats', () => {
  it('lets one send start every interval, in the order they asked, on a fake clock', async () => {
    let clock = 1_000;
    const pacer = new Pacer(3, () => clock, async (ms) => {
      clock += ms;
    });
    const started: [number, number][] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map(async (i) => {
        await pacer.slot(new AbortController().signal);
        started.push([i, clock - 1_000]);
      }),
    );
    // 3 per second: 334 ms apart (rounded up, never faster than asked).
    expect(started).toEqual([
      [0, 0],
      [1, 334],
      [2, 668],
      [3, 1002],
      [4, 1336],
    ]);
  });

  it('gives up the waiting turns at shutdown, and lets later ones through', async () => {
    const shutdown = new AbortController();
    const pacer = new Pacer(10);
    await pacer.slot(shutdown.signal);
    const waiting = pacer.slot(shutdown.signal);
    shutdown.abort();
    await expect(waiting).rejects.toThrow();
    // A turn after the aborted one is not stuck behind it.
    await expect(pacer.slot(new AbortController().signal)).resolves.toBeUndefined();
  });

  it('does not make a send wait when the last one was long ago', async () => {
    let clock = 1_000;
    const waits: number[] = [];
    const pacer = new Pacer(3, () => clock, async (ms) => void waits.push(ms));
    await pacer.slot(new AbortController().signal);
    clock += 10_000;
    await pacer.slot(new AbortController().signal);
    expect(waits).toEqual([]);
  });
});
