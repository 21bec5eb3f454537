// Synonym phrases: longest-leftmost matching over stemmed token sequences. A matched stretch becomes
// one unit carrying concept tokens, so the index and the query meet on the concept whichever
// synonym either side used.
import type { Catalogue } from '../catalogue/load.ts';
import { keptIds, readKeptIds, tokenById, type WordToken } from './normalize.ts';

/** Concept tokens cannot collide with words: folded words only hold [a-z0-9]. */
const CONCEPT_PREFIX = '~';

/** A synonym phrase: its stems and the synonym groups it belongs to. */
export interface Phrase {
  stems: readonly string[];
  groups: readonly number[];
}

/** Synonym phrases indexed by their first stem, longest first. */
export type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

/** Builds the phrase table of the catalogue's synonym groups (a phrase in several groups carries them all). */
export function buildPhraseTable(synonyms: Catalogue['synonyms']): PhraseTable {
  const byKey = new Map<string, { stems: string[]; groups: Set<number> }>();
  synonyms.forEach((entry, group) => {
    for (const text of [entry.term, ...entry.alternatives]) {
      const stems = keptWordsOf(text).map((w) => w.stem);
      if (stems.length === 0) continue;
      const key = stems.join(' ');
      const found = byKey.get(key) ?? { stems, groups: new Set<number>() };
      found.groups.add(group);
      byKey.set(key, found);
    }
  });
  const table = new Map<string, Phrase[]>();
  for (const p of byKey.values()) {
    const first = p.stems[0] as string;
    const list = table.get(first) ?? [];
    list.push({ stems: p.stems, groups: [...p.groups] });
    table.set(first, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return table;
}

/**
 * The words search keeps from a synonym text, with their stems (what `words` and `analyze` give), read the way the
 * index reads its texts. The synonyms are the first texts a build reads (here and in the query analyzer): this warms the
 * index's own reading code instead of running, and having V8 compile, the query's (which also caches every text).
 */
export function keptWordsOf(text: string): WordToken[] {
  readKeptIds(text);
  const out: WordToken[] = [];
  for (let k = 0; k < keptIds.count; k++) out.push(tokenById(keptIds.ids[k] as number));
  return out;
}

/** The longest synonym phrase that starts at stem `i`, if any. */
function phraseAt(stems: readonly string[], i: number, table: PhraseTable): Phrase | undefined {
  const candidates = table.get(stems[i] as string);
  if (candidates === undefined) return undefined;
  outer: for (const p of candidates) {
    for (let k = 1; k < p.stems.length; k++) if (stems[i + k] !== p.stems[k]) continue outer;
    return p;
  }
  return undefined;
}

/** A synonym phrase that starts inside the stretch [start, end) (not at its start) and runs past its end, with its end. */
function overlapAt(stems: readonly string[], start: number, end: number, table: PhraseTable): { p: Phrase; end: number } | undefined {
  for (let j = start + 1; j < end; j++) {
    const p = phraseAt(stems, j, table);
    if (p !== undefined && j + p.stems.length > end) return { p, end: j + p.stems.length };
  }
  return undefined;
}

/** The concept token of a synonym group. */
export const concept = (group: number): string => `${CONCEPT_PREFIX}${group}`;

/** A piece of text: one stem, or a stretch that matched a synonym phrase with its concept tokens. */
export interface Unit {
  terms: string[];
  concepts: string[];
  /** 1 for words typed right; less for words the index had to correct. */
  trust: number;
  /** A query word of the citizen's story (who, when, what happened): it weighs little in coverage. */
  light?: true;
}

/**
 * A synonym phrase of two or more stems whose first stem (a verb: "mudar", "trocar", "transferir") is followed by up to
 * two `gap` stems (who it is for: "mudar meu filho de escola", "trocar a minha filha de escola") before the rest;
 * with the number of stems skipped. Only when no phrase starts at `i` without a gap.
 */
function gappedPhraseAt(stems: readonly string[], i: number, table: PhraseTable, gap: ReadonlySet<string>): { p: Phrase; skip: number } | undefined {
  const candidates = table.get(stems[i] as string);
  if (candidates === undefined) return undefined;
  for (let skip = 1; skip <= 2 && gap.has(stems[i + skip] as string); skip++) {
    outer: for (const p of candidates) {
      if (p.stems.length < 2) continue;
      for (let k = 1; k < p.stems.length; k++) if (stems[i + skip + k] !== p.stems[k]) continue outer;
      return { p, skip };
    }
  }
  return undefined;
}

/**
 * Groups stems into units: synonym phrases (longest first, from the left) become one unit carrying their concepts.
 * With `gap` (the query's side), a phrase may also be met with those stems between its first stem and the rest
 * (`gappedPhraseAt`); the stems skipped still make their own units, light ones (who it is for, not which service);
 * and the words past a phrase that another phrase overlapping it ends keep that phrase's concepts (`overlapAt`).
 */
export function toUnits(stems: readonly string[], trust: readonly number[], phrases: PhraseTable, gap?: ReadonlySet<string>): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < stems.length; ) {
    const hit = phraseAt(stems, i, phrases);
    const gapped = hit === undefined && gap !== undefined ? gappedPhraseAt(stems, i, phrases, gap) : undefined;
    if (gapped !== undefined) {
      const { p, skip } = gapped;
      const end = i + skip + p.stems.length;
      let sum = trust[i] ?? 1;
      for (let k = i + skip + 1; k < end; k++) sum += trust[k] ?? 1;
      out.push({ terms: [...p.stems], concepts: p.groups.map(concept), trust: sum / p.stems.length });
      for (const u of toUnits(stems.slice(i + 1, i + 1 + skip), trust.slice(i + 1, i + 1 + skip), phrases)) out.push({ ...u, light: true });
      i = end;
      continue;
    }
    if (hit === undefined) {
      out.push({ terms: [stems[i] as string], concepts: [], trust: trust[i] ?? 1 });
      i++;
      continue;
    }
    const end = i + hit.stems.length;
    // The mean trust of the stretch, summed from the left.
    let sum = 0;
    for (let k = i; k < end; k++) sum += trust[k] ?? 1;
    out.push({ terms: stems.slice(i, end), concepts: hit.groups.map(concept), trust: sum / (end - i) });
    i = end;
    // Two phrases overlapping ("pontos na *carteira* de motorista": "pontos na carteira" and "carteira de motorista"):
    // the words past the first phrase keep the concepts of the one they end, instead of standing alone ("motorista").
    // On the query's side only (with `gap`): a citizen's words run on, the catalogue's texts are read as written.
    const over = gap === undefined ? undefined : overlapAt(stems, i - hit.stems.length, end, phrases);
    if (over !== undefined) {
      let rest = 0;
      for (let k = end; k < over.end; k++) rest += trust[k] ?? 1;
      out.push({ terms: stems.slice(end, over.end), concepts: over.p.groups.map(concept), trust: rest / (over.end - end) });
      i = over.end;
    }
  }
  return out;
}

/** The literal words of a unit as one key, to compare or deduplicate units. */
export const unitKey = (u: Unit): string => u.terms.join(' ');

/** 2 when two units are the same words, 1 when they share a synonym concept, 0 otherwise. */
export function unitMatch(a: Unit, b: Unit): number {
  // Most units are one word: compared without joining (a query meets hundreds of names).
  if (a.terms.length === 1 && b.terms.length === 1 ? a.terms[0] === b.terms[0] : unitKey(a) === unitKey(b)) return 2;
  return a.concepts.some((c) => b.concepts.includes(c)) ? 1 : 0;
}
