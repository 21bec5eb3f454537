// usage: npx tsx bench/tmp/u.mts 'start:svc' 'msg' ... : prints the intent each text gets in the state reached so far
import { understand, step, type EngineContext } from '../../src/conversation/engine.ts';
import { initialState, type Incoming } from '../../src/conversation/types.ts';
import { loadBundled } from '../../test/dialogues/run.ts';
const { ctx: base } = await loadBundled();
const ctx: EngineContext = { ...base, newProtocol: () => 'ATD-20261125-000001', findRequest: () => undefined };
let state = initialState();
for (const a of process.argv.slice(2)) {
  const input: Incoming = a.startsWith('start:') ? { kind: 'start', payload: a.slice(6) } : a.startsWith('option:') ? { kind: 'option', id: a.slice(7) } : { kind: 'text', text: a };
  if (input.kind === 'text') console.log(`${a}  ->  ${understand(state, input.text, ctx)}`);
  state = step(state, input, ctx).state;
}
