// Plays the dialogues through the pure engine, from a fresh state each, against the real bundled catalogue.
import { join } from 'node:path';
import { loadCatalogue, type Catalogue } from '../../src/catalogue/load.ts';
import { step, type EngineContext } from '../../src/conversation/engine.ts';
import { initialState, type Incoming, type RequestStatus } from '../../src/conversation/types.ts';
import { buildSearchIndex } from '../../src/search/index.ts';
import { describe, runChecks, type CheckFailure } from './checks.ts';
import { loadDialogues, type LoadedDialogue } from './load.ts';
import { fold } from './match.ts';
import { observe, type Observation } from './observe.ts';
import type { TurnSpec } from './schema.ts';

/** The fixed "now" of every dialogue: dates typed in the dialogues are relative to it. */
export const NOW = new Date('2026-11-25T12:00:00-03:00');

/** One played turn: the input, what was observed, and the failed checks. */
export interface PlayedTurn {
  index: number;
  input: string;
  obs?: Observation;
  failures: CheckFailure[];
}

/** The result of one dialogue: passed when every turn passed; `failed` is the first failing turn. */
export interface DialogueResult {
  dialogue: LoadedDialogue;
  passed: boolean;
  turns: PlayedTurn[];
  failed?: PlayedTurn;
}

/** The bundled catalogue, loaded and indexed as the bot does. */
export async function loadBundled(dir = join(import.meta.dirname, '..', '..', 'data')): Promise<{ catalogue: Catalogue; ctx: Omit<EngineContext, 'newProtocol' | 'findRequest'> }> {
  const r = await loadCatalogue(dir);
  if (!r.catalogue) throw new Error(`the bundled catalogue does not load: ${r.errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('; ')}`);
  const index = buildSearchIndex(r.catalogue);
  return { catalogue: r.catalogue, ctx: { catalogue: r.catalogue, search: index, now: NOW } };
}

function inputLabel(t: TurnSpec): string {
  if ('say' in t) return `say "${t.say}"`;
  if ('press' in t) return `press "${t.press}"`;
  return `start "${t.start}"`;
}

/** The button a citizen means by `wanted`: same id, same label, or the label that contains the words. */
export function findOption(options: readonly { id: string; label: string }[], wanted: string): { id: string; label: string } | undefined {
  const w = fold(wanted);
  return (
    options.find((o) => o.id === wanted) ??
    options.find((o) => fold(o.label) === w) ??
    options.find((o) => fold(o.label).startsWith(w)) ??
    options.find((o) => fold(o.label).length > 0 && w.includes(fold(o.label)))
  );
}

/** Plays one dialogue from a fresh state; stops at the first failing turn. */
export function playDialogue(d: LoadedDialogue, base: Omit<EngineContext, 'newProtocol' | 'findRequest'>): DialogueResult {
  const requests: RequestStatus[] = [];
  let serial = 0;
  const day = '20261125';
  const ctx: EngineContext = {
    ...base,
    newProtocol: () => `ATD-${day}-${String(++serial).padStart(6, '0')}`,
    findRequest: (protocol) => requests.find((r) => r.protocol === protocol.trim().toUpperCase()),
  };
  let state = initialState();
  let prev: Observation | undefined;
  const turns: PlayedTurn[] = [];
  for (const [i, t] of d.turns.entries()) {
    const played: PlayedTurn = { index: i + 1, input: inputLabel(t), failures: [] };
    turns.push(played);
    let input: Incoming;
    if ('say' in t) input = { kind: 'text', text: t.say };
    else if ('start' in t) input = t.start === '' ? { kind: 'start' } : { kind: 'start', payload: t.start };
    else {
      const option = findOption(prev?.options ?? [], t.press);
      if (option === undefined) {
        played.failures.push({ check: 'press', reason: `no button "${t.press}" to press; buttons were [${(prev?.options ?? []).map((o) => o.label).join(' | ')}]` });
        return { dialogue: d, passed: false, turns, failed: played };
      }
      input = { kind: 'option', id: option.id };
    }
    const before = state;
    const turn = step(state, input, ctx);
    if (turn.request) {
      const service = base.catalogue.byId.get(turn.request.serviceId);
      requests.push({ protocol: turn.request.protocol, serviceId: turn.request.serviceId, serviceTitle: service?.title ?? turn.request.serviceId, status: 'Recebida', createdAt: NOW.getTime() });
    }
    state = turn.state;
    const obs = observe(before, turn, base.catalogue);
    played.obs = obs;
    played.failures = runChecks({ expect: t.expect ?? {}, obs, prev, catalogue: base.catalogue, about: d.about[i] });
    if (played.failures.length > 0) return { dialogue: d, passed: false, turns, failed: played };
    prev = obs;
  }
  return { dialogue: d, passed: true, turns };
}

/** Loads the catalogue and the dialogues of `dir` (the main set by default), and plays them all (or only the given ids). */
export async function runDialogues(only?: readonly string[], dir?: string): Promise<DialogueResult[]> {
  const { catalogue, ctx } = await loadBundled();
  const dialogues = await loadDialogues(catalogue, dir);
  const wanted = only === undefined ? dialogues : dialogues.filter((d) => only.includes(d.id));
  return wanted.map((d) => playDialogue(d, ctx));
}

/** One readable paragraph about a failed dialogue: its first failing turn, the checks and what was observed. */
export function explainFailure(r: DialogueResult): string {
  const f = r.failed;
  if (f === undefined) return `${r.dialogue.id}: passed`;
  const lines = [`${r.dialogue.id} (${r.dialogue.category}${r.dialogue.informal ? ', informal' : ''}) turn ${f.index}: ${f.input}`];
  for (const x of f.failures) lines.push(`    ✗ ${x.check}: ${x.reason}`);
  if (f.obs) lines.push(`    observed: ${describe(f.obs)}`);
  return lines.join('\n');
}
