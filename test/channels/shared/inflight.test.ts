// Work in flight, and the error boundary: what every channel uses to shut down cleanly and to fail politely.
import { describe, expect, it } from 'vitest';
import { withBoundary } from '../../../src/channels/shared/boundary.ts';
import { InFlight } from '../../../src/channels/shared/inflight.ts';
import type { LogFields, Logger } from '../../../src/core/logger.ts';

function recording(): { logger: Logger; lines: { level: string; fields: LogFields; msg?: string }[] } {
  const lines: { level: string; fields: LogFields; msg?: string }[] = [];
  const at = (level: string) => (fields: LogFields, msg?: string) => void lines.push({ level, fields, ...(msg === undefined ? {} : { msg }) });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return { logger, lines };
}

const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('work in flight', () => {
  it('is waited for by idle(), tasks started meanwhile included', async () => {
    const work = new InFlight();
    const done: string[] = [];
    void work.track(later(10).then(() => done.push('a')));
    void work.track(later(5).then(() => void work.track(later(10).then(() => done.push('b')))));
    await work.idle();
    expect(done.sort()).toEqual(['a', 'b']);
    expect(work.size).toBe(0);
  });

  it('finishes within the grace period without being aborted', async () => {
    const work = new InFlight();
    void work.track(later(5));
    expect(await work.drain(1_000)).toBe(0);
    expect(work.signal.aborted).toBe(false);
  });

  it('is aborted after the grace period, told how many were left, and waited for as it unwinds', async () => {
    const work = new InFlight();
    const stuck = new Promise<void>((resolve) => work.signal.addEventListener('abort', () => resolve()));
    void work.track(stuck);
    const givenUp: number[] = [];
    expect(await work.drain(20, { onGiveUp: (n) => givenUp.push(n) })).toBe(1);
    expect(givenUp).toEqual([1]);
    expect(work.signal.aborted).toBe(true);
    expect(work.size).toBe(0);
  });
});

describe('the error boundary', () => {
  it('logs a failure with its context and apologises', async () => {
    const { logger, lines } = recording();
    const apologies: string[] = [];
    await withBoundary(
      async () => {
        throw new Error('boom');
      },
      { log: logger, context: { user: 'pseudonym' }, message: 'message failed', apologise: async () => void apologies.push('desculpe') },
    );
    expect(lines).toMatchObject([{ level: 'error', fields: { user: 'pseudonym' }, msg: 'message failed' }]);
    expect(apologies).toEqual(['desculpe']);
  });

  it('logs an expected failure at info, without apologising', async () => {
    const { logger, lines } = recording();
    let apologised = false;
    await withBoundary(
      async () => {
        throw new Error('blocked');
      },
      { log: logger, context: {}, message: 'failed', expected: () => 'citizen cannot be reached', apologise: async () => void (apologised = true) },
    );
    expect(lines).toMatchObject([{ level: 'info', msg: 'citizen cannot be reached' }]);
    expect(apologised).toBe(false);
  });

  it('never rejects, even when the apology fails too, and logs only what `describe` allows', async () => {
    const { logger, lines } = recording();
    await expect(
      withBoundary(
        async () => {
          throw new Error('texto do cidadão: 529.982.247-25');
        },
        {
          log: logger,
          context: { updateId: 7 },
          message: 'failed',
          describe: () => ({ error: 'summary' }),
          apologise: async () => {
            throw new Error('network down');
          },
        },
      ),
    ).resolves.toBeUndefined();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['error', 'failed'],
      ['warn', 'apology could not be sent'],
    ]);
    expect(JSON.stringify(lines)).not.toContain('529.982');
  });
});
