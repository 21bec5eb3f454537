// Probe: play messages through the engine. Args: start:svc | option:ID | text
import { loadBundled } from '../../test/dialogues/run.ts';
import { observe } from '../../test/dialogues/observe.ts';
import { step, understand, type EngineContext } from '../../src/conversation/engine.ts';
import { initialState, type Incoming } from '../../src/conversation/types.ts';
const { catalogue, ctx: base } = await loadBundled();
const ctx: EngineContext = { ...base, newProtocol: () => 'ATD-20261125-000001', findRequest: () => undefined };
let state = initialState();
for (const a of process.argv.slice(2)) {
  let input: Incoming;
  if (a.startsWith('start:')) input = { kind: 'start', payload: a.slice(6) };
  else if (a.startsWith('option:')) input = { kind: 'option', id: a.slice(7) };
  else input = { kind: 'text', text: a };
  const intent = input.kind === 'text' ? understand(state, input.text, ctx) : '-';
  const t = step(state, input, ctx);
  const o = observe(state, t, catalogue);
  state = t.state;
  console.log(`> ${a}   [intent ${intent}]`);
  console.log(`  screen=${o.screen} focus=${o.focus} step=${o.step ?? ''} field=${o.field ?? ''} offered=[${o.offered.join(', ')}]`);
  console.log(`  options=[${o.options.map((x) => x.id).join(', ')}]`);
  console.log('  ' + o.text.replace(/\n/g, '\n  ').slice(0, 1500));
}
