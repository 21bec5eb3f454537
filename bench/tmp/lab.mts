// Labelled search queries through the engine: first service put forward must be the expected one; OOS: none.
import { loadBundled } from '../../test/dialogues/run.ts';
import { observe } from '../../test/dialogues/observe.ts';
import { step, type EngineContext } from '../../src/conversation/engine.ts';
import { initialState } from '../../src/conversation/types.ts';
import { queries } from '../../test/search/queries.ts';
const { catalogue, ctx: base } = await loadBundled();
const ctx: EngineContext = { ...base, newProtocol: () => 'ATD-20261125-000001', findRequest: () => undefined };
let ok = 0, n = 0, oo = 0, on = 0;
const bad: string[] = [];
for (const q of queries) {
  const s = initialState();
  const t = step(s, { kind: 'text', text: q.query }, ctx);
  const o = observe(s, t, catalogue);
  if (q.expected === null) { on++; if (o.offered.length === 0) oo++; else bad.push(`OOS ${q.query} -> ${o.offered[0]}`); }
  else { n++; if (o.offered[0] === q.expected) ok++; else bad.push(`${q.query} -> ${o.offered[0] ?? 'none'} (want ${q.expected})`); }
}
console.log(`labelled ${ok}/${n}, OOS ${oo}/${on}`);
for (const b of bad) console.log('  ' + b);
