// Shared test double: a ConversationRuntime on the in-memory store, with a clock the test controls.
import { silentLogger, type Logger } from '../../src/core/logger.ts';
import { ConversationRuntime } from '../../src/conversation/runtime.ts';
import { pseudonymizer } from '../../src/privacy/pseudonym.ts';
import { buildSearchIndex } from '../../src/search/index.ts';
import type { Store } from '../../src/conversation/storage.ts';
import { MemoryStore } from '../../src/store/memory/store.ts';
import { fixtureCatalogue } from './catalogue.ts';

/** A runtime, its store and a settable clock (ms). */
export function memoryRuntime(opts: { store?: Store; rateLimit?: { messages: number; windowMs: number }; idleMinutes?: number; logger?: Logger } = {}) {
  const store = opts.store ?? new MemoryStore();
  const catalogue = fixtureCatalogue();
  const live = { catalogue, search: buildSearchIndex(catalogue) };
  const clock = { now: Date.parse('2026-11-25T12:00:00-03:00') };
  const runtime = new ConversationRuntime({
    store,
    live: () => live,
    pseudonym: pseudonymizer('test-secret'),
    logger: opts.logger ?? silentLogger,
    idleMinutes: opts.idleMinutes ?? 30,
    ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}),
    now: () => clock.now,
  });
  return { runtime, store, clock };
}
