// How the Graph client classifies failures and spaces its retries. Pure.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, GraphError, failureKind, retryDelay } from '../../src/channels/whatsapp-cloud/graph.ts';

const error = (kind: GraphError['kind'], retryAfterMs?: number): GraphError => new GraphError(kind, 429, 130429, undefined, undefined, retryAfterMs);

describe('a failed answer', () => {
  it('is a throughput limit for 429, 130429, 80007 and 4; a per-citizen limit for 131056', () => {
    expect(failureKind(429, undefined)).toBe('throttled');
    expect(failureKind(400, 130429)).toBe('throttled');
    expect(failureKind(400, 80007)).toBe('throttled');
    expect(failureKind(400, 4)).toBe('throttled');
    expect(failureKind(400, 131056)).toBe('pair');
  });

  it('is a server failure for 5xx and Meta’s temporary codes, and final for any other 4xx', () => {
    expect(failureKind(500, 131000)).toBe('server');
    expect(failureKind(503, undefined)).toBe('server');
    expect(failureKind(400, 2)).toBe('server');
    expect(failureKind(400, 131026)).toBe('client');
    expect(failureKind(400, 131047)).toBe('client');
    expect(failureKind(401, 190)).toBe('client');
  });
});

describe('the delay before a retry', () => {
  it('doubles, stays between half and all of its ceiling (jitter), and never passes the cap', () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const ceiling = Math.min(DEFAULT_RETRY.maxMs, DEFAULT_RETRY.baseMs * 2 ** attempt);
      expect(retryDelay(DEFAULT_RETRY, attempt, error('server'), () => 0)).toBe(ceiling / 2);
      expect(retryDelay(DEFAULT_RETRY, attempt, error('server'), () => 0.999_999)).toBeCloseTo(ceiling, 0);
    }
  });

  it('starts from 6 s after the per-citizen limit', () => {
    expect(retryDelay(DEFAULT_RETRY, 0, error('pair'), () => 0)).toBe(3_000);
    expect(retryDelay(DEFAULT_RETRY, 1, error('pair'), () => 1)).toBe(12_000);
  });

  it('is never shorter than Meta’s Retry-After', () => {
    expect(retryDelay(DEFAULT_RETRY, 0, error('throttled', 7_000), () => 0)).toBe(7_000);
  });
});
