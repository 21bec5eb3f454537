// The reply digests of `eval --save-replies` / `--changed-since`: one short hash per dialogue of everything observed
// in its turns (screen, focus, step, field, services offered, protocol, the whole reply text), keyed by set and id.
// No text is kept, so a digest of held-out sets names nothing; comparing two digests counts, per set, the dialogues
// whose replies changed: how far a change of the engine reaches, passing or not.
import { createHash } from 'node:crypto';
import { describe } from './checks.ts';
import type { DialogueResult } from './run.ts';

/** One dialogue's observed replies, as a short digest (set and id keep it apart from the others). */
export function digest(set: string, r: DialogueResult): [string, string] {
  const h = createHash('sha256');
  for (const t of r.turns) h.update(t.obs ? describe(t.obs, Number.MAX_SAFE_INTEGER) : '-').update('\u0000');
  return [`${set}/${r.dialogue.id}`, h.digest('hex').slice(0, 16)];
}

/** Per set: dialogues whose digest differs from `before`, and dialogues `before` did not hold (counted apart). */
export function changedCounts(
  before: ReadonlyMap<string, string>,
  sets: readonly (readonly [string, readonly DialogueResult[]])[],
): { set: string; changed: number; of: number; fresh: number }[] {
  return sets.map(([set, rs]) => {
    const now = rs.map((r) => digest(set, r));
    const fresh = now.filter(([k]) => !before.has(k)).length;
    const changed = now.filter(([k, v]) => before.has(k) && before.get(k) !== v).length;
    return { set, changed, of: now.length - fresh, fresh };
  });
}
