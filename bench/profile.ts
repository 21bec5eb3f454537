// npm run bench:profile — where the engine's time goes, per row of the intent table. The engine alone (no store, no
// runtime) plays the same conversations as bench:engine, twice over (the first pass warms it up, uncounted), with
// every row's recogniser and handler and the search timed around. Figures are shares of the engine's own time in the
// same run, so the machine's speed cancels out: the rows worth making cheaper come first.
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/load.ts';
import { projectRoot } from '../src/config.ts';
import { type EngineContext, step } from '../src/conversation/engine.ts';
import { INTENTS, type Intent } from '../src/conversation/intents.ts';
import { type ConversationState, type Incoming, initialState } from '../src/conversation/types.ts';
import { buildSearchIndex } from '../src/search/index.ts';
import { engineScripts } from './scripts.ts';

const USERS = 2_000;

/** Nanoseconds spent, and calls, per label. */
class Clock {
  readonly spent = new Map<string, { ns: number; calls: number; hits: number }>();
  on = false;
  add(label: string, ns: number, hit: boolean): void {
    if (!this.on) return;
    const s = this.spent.get(label) ?? { ns: 0, calls: 0, hits: 0 };
    s.ns += ns;
    s.calls += 1;
    if (hit) s.hits += 1;
    this.spent.set(label, s);
  }
}

/** Every row's recogniser and handler timed (a row's own time includes the search it calls; see `search` below). */
function timeRows(clock: Clock): void {
  for (const intent of INTENTS as Intent[]) {
    const recognise = intent.recognise;
    if (recognise) {
      intent.recognise = (t, m) => {
        const t0 = process.hrtime.bigint();
        const hit = recognise(t, m);
        clock.add(`recognise ${intent.name}`, Number(process.hrtime.bigint() - t0), hit !== undefined);
        return hit;
      };
    }
    const handle = intent.handle;
    intent.handle = (t, m, hit) => {
      const t0 = process.hrtime.bigint();
      handle(t, m, hit);
      clock.add(`handle ${intent.name}`, Number(process.hrtime.bigint() - t0), true);
    };
  }
}

const loaded = await loadCatalogue(join(projectRoot, 'data'));
if (!loaded.catalogue) throw new Error('the bundled catalogue has errors: run npm start -- catalogue check');
const index = buildSearchIndex(loaded.catalogue);
const clock = new Clock();
const search: EngineContext['search'] = {
  search: (query, limit) => {
    const t0 = process.hrtime.bigint();
    const found = index.search(query, limit);
    clock.add('search (all callers)', Number(process.hrtime.bigint() - t0), found.hits.length > 0);
    return found;
  },
  knows: (word) => index.knows(word),
  share: (s) => index.share(s),
};
const ctx: EngineContext = { catalogue: loaded.catalogue, search, now: new Date(), newProtocol: () => 'ATD-20260101-000001', findRequest: () => undefined };

const queue: { user: string; input: Incoming }[] = [];
const longest = Math.max(...engineScripts.map((s) => s.length));
for (let i = 0; i < longest; i++) {
  for (let u = 0; u < USERS; u++) {
    const input = engineScripts[u % engineScripts.length]?.[i];
    if (input) queue.push({ user: `user-${u}`, input });
  }
}

function pass(): number {
  const states = new Map<string, ConversationState>();
  const t0 = process.hrtime.bigint();
  for (const { user, input } of queue) {
    const turn = step(states.get(user) ?? initialState(), input, ctx);
    states.set(user, turn.state);
  }
  return Number(process.hrtime.bigint() - t0);
}

// Untimed first (the figure bench:engine gives), then with every row timed: the timers' own cost is the difference.
pass();
const bare = pass();
timeRows(clock);
pass();
clock.on = true;
const total = pass();
console.log(`Engine profile — ${queue.length.toLocaleString('en')} messages of bench:engine's conversations, engine alone`);
console.log(`  engine per message  ${(bare / queue.length / 1e3).toFixed(1).padStart(8)} µs   (untimed)`);
console.log(`  timed               ${(total / queue.length / 1e3).toFixed(1).padStart(8)} µs   (every row timed; the shares below are of this)`);
const rows = [...clock.spent.entries()].sort((a, b) => b[1].ns - a[1].ns);
const recognising = rows.filter(([k]) => k.startsWith('recognise ')).reduce((a, [, v]) => a + v.ns, 0);
const handling = rows.filter(([k]) => k.startsWith('handle ')).reduce((a, [, v]) => a + v.ns, 0);
console.log(`  recognisers         ${((100 * recognising) / total).toFixed(1).padStart(8)} %    (every row tried before the one that took the message)`);
console.log(`  handlers            ${((100 * handling) / total).toFixed(1).padStart(8)} %    (the row that took it, search and rendering included)`);
console.log(`  rest                ${((100 * (total - recognising - handling)) / total).toFixed(1).padStart(8)} %    (reading the message, the privacy reader, building the turn)`);
console.log('the 25 costliest (share of the engine\'s time, µs per message of the queue, calls, calls that matched)');
for (const [label, s] of rows.slice(0, 25)) {
  console.log(`  ${label.padEnd(44)} ${((100 * s.ns) / total).toFixed(1).padStart(6)} % ${(s.ns / queue.length / 1e3).toFixed(2).padStart(8)} µs ${String(s.calls).padStart(8)} ${String(s.hits).padStart(8)}`);
}
