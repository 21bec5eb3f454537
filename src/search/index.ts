// Service search: a BM25 token index with field boosts, synonym concepts, typo correction and a confidence threshold.
// Pure: builds from a Catalogue in memory, no I/O, so a new index can be built off to the side and swapped in.
// This file only wires the parts together and keeps the public API; each part lives in its own module.
import type { Catalogue } from '../catalogue/load.ts';
import { rememberedBinary } from '../catalogue/snapshot.ts';
import type { Service } from '../catalogue/schema.ts';
import { buildTermIndex, packTermIndex, type PackedTerms, serviceKey, type TermIndex, unpackTermIndex } from './bm25.ts';
import { closeToFirst, isClear, isConfident, isContested } from './confidence.ts';
import { buildNames, type NamePhrase, nameTable, packNames, type PackedNames, unpackNames } from './names.ts';
import { createQueryAnalyzer } from './query.ts';
import { createRanker, top, type Ranked } from './rank.ts';
import { buildPhraseTable, type PhraseTable } from './synonyms.ts';
import { DEFAULT_LIMIT, T } from './tuning.ts';

/** One ranked service. `score` is for display: higher is better, between 0 and 1. */
export interface SearchHit {
  id: string;
  title: string;
  score: number;
}

/** Hits above the confidence threshold, best first; `clear` when the top hit is clearly the answer. */
export interface SearchResult {
  hits: SearchHit[];
  clear: boolean;
  /**
   * The query is one word, which the first hit holds only as a word of a longer name or keyword ("sai" in "que horas
   * sai o ônibus"), not as a name, keyword or synonym of its own ("sucata", "guincho"): a vague word, not a request.
   */
  loose?: true;
}

/** A searchable snapshot of one catalogue. */
export interface SearchIndex {
  /** Confident matches only (none for out-of-scope questions), best first, at most `limit` (default 5). */
  search(query: string, limit?: number): SearchResult;
  /** Closest services whatever the confidence: for the staff "gaps" report. */
  nearest(query: string, limit?: number): SearchHit[];
  /** Does the catalogue use this folded word? (The conversation does not "correct" such a word into a command.) */
  knows(word: string): boolean;
  /** The share of the services (0 to 1) whose indexed texts use this stem, as `analyze` gives it. */
  share(stem: string): number;
  /** Number of services indexed. */
  readonly size: number;
}

/**
 * What takes time to build in an index, as plain data (strings, plain objects and typed arrays): the postings and
 * the service names. The start-up cache keeps it, so a start with an unchanged catalogue only reads it back.
 */
export interface IndexParts {
  terms: PackedTerms;
  names: PackedNames;
}

/** The phrase table of the last synonyms seen: an unchanged table lets the term and name memos carry over a reload. */
let lastPhrases: { key: string; table: PhraseTable } | undefined;

function phraseTable(synonyms: Catalogue['synonyms']): PhraseTable {
  const key = JSON.stringify(synonyms);
  if (lastPhrases?.key !== key) lastPhrases = { key, table: buildPhraseTable(synonyms) };
  return lastPhrases.table;
}

/** Builds the parts of the index of a catalogue; only the services not met in the previous build are read. */
export function buildIndexParts(catalogue: Catalogue): IndexParts {
  const built = packTermIndex(catalogue.services, phraseTable(catalogue.synonyms));
  return { terms: built.terms, names: packNames(buildNames(catalogue.services, built.names)) };
}

/** Builds the search index of a catalogue. Pure and synchronous; fast enough to rebuild on every catalogue change. */
export function buildSearchIndex(catalogue: Catalogue): SearchIndex {
  // The names stay as they are: packing them is for parts that leave this process (the cache, a worker's message).
  // Postings are made as queries first ask for them (the packed form is for parts that leave this process too).
  const built = buildTermIndex(catalogue.services, phraseTable(catalogue.synonyms));
  return finish(indexSteps(catalogue, () => built.terms, () => buildNames(catalogue.services, built.names)));
}

/**
 * The search index of a catalogue, for a start: its parts come from the start-up cache when this code indexed the
 * same services and synonyms before (only read back), else they are built and cached.
 */
export function openSearchIndex(catalogue: Catalogue): SearchIndex {
  return searchIndexOf(catalogue, openIndexParts(catalogue));
}

/** The parts of the index of a catalogue, from the start-up cache if there, else built and cached. */
export function openIndexParts(catalogue: Catalogue): IndexParts {
  return rememberedBinary('index', indexedContent(catalogue), () => buildIndexParts(catalogue));
}

/** All the parts depend on: the synonyms, and the indexed texts of each service in order (names are among them). */
function* indexedContent(catalogue: Catalogue): Generator<string> {
  yield `${JSON.stringify(catalogue.synonyms)}\n`;
  for (const s of catalogue.services) yield serviceKey(s);
}

/** The search index of a catalogue from its parts (built by buildIndexParts for this very catalogue). */
export function searchIndexOf(catalogue: Catalogue, parts: IndexParts): SearchIndex {
  return finish(indexSteps(catalogue, () => unpackTermIndex(parts.terms), () => unpackNames(parts.names)));
}

/**
 * The confident hits, with the services that lead the first of them as a clear first leads the second, matched by a
 * name, popular name, acronym or keyword, yet covering too little of the query alone: "chegou uma notificação de
 * autuação, quero me defender" names the fines' appeal by its keyword ("notificação de autuação") far more than
 * anything, though "chegou … aqui, quero me defender" is the citizen's story; the address change, which brushes two of
 * its words ("notificações", "condutor"), must not be the one found (round 1761). Only when some service is confident:
 * a query no service explains still finds nothing.
 */
function withStronger(ranked: readonly Ranked[], sure: readonly Ranked[], k: number, services: readonly Service[]): readonly Ranked[] {
  const lead = sure[0];
  if (lead === undefined) return sure;
  const above = ranked.filter((r) => r.score >= T.clearLead * lead.score && r.bestQuality >= T.minBestQuality && !isConfident(r));
  return above.length === 0 ? sure : top([...above, ...sure], k, services);
}

/** Runs the steps of making an index in one go. */
function finish(steps: Generator<void, SearchIndex>): SearchIndex {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * As searchIndexOf, awaiting `between()` between its steps (each a few tens of ms for 5,000 services): a hot reload
 * yields to the event loop there, so that replies go out meanwhile.
 */
export async function searchIndexInSteps(catalogue: Catalogue, parts: IndexParts, between: () => Promise<void>): Promise<SearchIndex> {
  const steps = indexSteps(catalogue, () => unpackTermIndex(parts.terms), () => unpackNames(parts.names));
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await between();
  }
}

/** The making of an index from its terms and names, a step per `yield`. */
function* indexSteps(catalogue: Catalogue, termIndex: () => TermIndex, nameList: () => readonly NamePhrase[]): Generator<void, SearchIndex> {
  const services = catalogue.services;
  const n = services.length;
  const phrases = phraseTable(catalogue.synonyms);
  const { postings, vocabulary, unknownIdf, docCount } = termIndex();
  yield;
  const names = nameTable(nameList());
  yield;
  const queryUnits = createQueryAnalyzer(catalogue.synonyms, postings, vocabulary, phrases);
  const rank = createRanker({ services, postings, unknownIdf, names, queryUnits, docCount });

  // Display scores are relative to the first hit and scaled by its coverage, so a weak first hit shows as weak.
  const toHits = (ranked: readonly Ranked[]): SearchHit[] => {
    const first = ranked[0];
    if (!first) return [];
    return ranked.map((r) => {
      const s = services[r.doc] as Service;
      return { id: s.id, title: s.title, score: Math.round(first.coverage * (r.score / first.score) * 1000) / 1000 };
    });
  };

  return {
    size: n,
    knows: (word: string): boolean => vocabulary().has(word),
    share: (stem: string): number => (n === 0 ? 0 : docCount(stem) / n),
    search(query: string, limit = DEFAULT_LIMIT): SearchResult {
      // At least two, so that `clear` can compare the first hit with the second even when limit is 1.
      const ranked = rank(query);
      const best = withStronger(ranked, top(ranked.filter(isConfident), Math.max(limit, 2), services), Math.max(limit, 2), services);
      const first = best[0];
      if (!first || isContested(first, best[1])) return { hits: [], clear: false };
      const hits = closeToFirst(best, first);
      const clear = isClear(first, hits[1]);
      return first.partial ? { hits: toHits(hits.slice(0, limit)), clear, loose: true } : { hits: toHits(hits.slice(0, limit)), clear };
    },
    nearest(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
      return toHits(top(rank(query), limit, services));
    },
  };
}
