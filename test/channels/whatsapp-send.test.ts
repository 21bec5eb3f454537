import { describe, expect, it } from 'vitest';
import { Sender, type SendPolicy } from '../../src/channels/whatsapp/send.ts';

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
