// The other Brazilian states of data/outros-estados.yaml as the words a citizen names one with: the conversation
// reads them as "outro estado", and search finds them as synonyms of "outro estado" (the term of synonyms.yaml).
import { fold, words } from '../core/normalize.ts';
import type { OtherStates, SynonymEntry } from './schema.ts';

/** The search term the states are synonyms of (synonyms.yaml keeps its other phrasings: "mudei de estado"…). */
const OTHER_STATE_TERM = 'outro estado';

/**
 * Every name, two letters, capital and popular name of the other states (names only, for search: `namesOnly`), as staff
 * wrote them, once each (by their folded form), but the words staff listed under `ignorar` (everyday words such as
 * "pará" or "mt").
 */
export function otherStateWords(states: OtherStates, namesOnly = false): string[] {
  const ignored = new Set(states.ignorar.map(fold));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of states.estados) {
    for (const word of namesOnly ? [s.nome, ...s.apelidos] : [s.nome, s.capital, ...s.apelidos, s.sigla.toLowerCase()]) {
      const key = fold(word);
      if (key.length === 0 || ignored.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push(word);
    }
  }
  return out;
}

/** The synonyms with the states' words among the alternatives of "outro estado" (an entry of its own when it has none). */
export function withOtherStates(synonyms: readonly SynonymEntry[], states: OtherStates): SynonymEntry[] {
  // A name of several words that search would read as one word alone (the others dropped as stopwords) is left out:
  // that word would name a state in "oi, sou o ..." (core/normalize.ts keeps "sao paulo" whole, so it stays in).
  const names = otherStateWords(states, true).filter((w) => words(w).length !== 1 || !fold(w).includes(' '));
  if (names.length === 0) return [...synonyms];
  const at = synonyms.findIndex((e) => fold(e.term) === OTHER_STATE_TERM);
  if (at < 0) return [...synonyms, { term: OTHER_STATE_TERM, alternatives: names }];
  return synonyms.map((e, i) => {
    if (i !== at) return e;
    const had = new Set(e.alternatives.map(fold));
    return { ...e, alternatives: [...e.alternatives, ...names.filter((w) => !had.has(fold(w)))] };
  });
}
