// Service search: a BM25 token index with field boosts, synonym concepts, typo correction and a confidence threshold.
// Pure: builds from a Catalogue in memory, no I/O, so a new index can be built off to the side and swapped in.
import Fuse from 'fuse.js';
import type { Catalogue } from '../catalogue/load.ts';
import type { Service } from '../catalogue/schema.ts';
import { analyze, isStopword, stem, stopwords, words } from './normalize.ts';

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
}

/** A searchable snapshot of one catalogue. */
export interface SearchIndex {
  /** Confident matches only (none for out-of-scope questions), best first, at most `limit` (default 5). */
  search(query: string, limit?: number): SearchResult;
  /** Closest services whatever the confidence: for the staff "gaps" report. */
  nearest(query: string, limit?: number): SearchHit[];
  /** Number of services indexed. */
  readonly size: number;
}

// ---------------------------------------------------------------------------------------------
// Tuning. Fields are combined BM25F-style (weighted term frequency, then one saturation), so a word
// repeated in every field of one service does not outweigh a rarer word. `quality` says how much a
// match in that field proves the service is what the citizen means (used by the threshold); `main`
// fields decide how rare a word is (steps list generic documents such as "identidade" everywhere).

interface FieldSpec {
  boost: number;
  /** BM25 length normalisation: names are short and similar, prose varies. */
  b: number;
  quality: number;
  main: boolean;
}

const FIELDS = {
  title: { boost: 3, b: 0.3, quality: 1, main: true },
  popular: { boost: 3, b: 0.3, quality: 1, main: true },
  acronym: { boost: 2.5, b: 0, quality: 1, main: true },
  keywords: { boost: 2, b: 0.3, quality: 0.85, main: true },
  description: { boost: 1, b: 0.75, quality: 0.6, main: true },
  meta: { boost: 0.5, b: 0.5, quality: 0.5, main: false },
  steps: { boost: 0.4, b: 0.75, quality: 0.35, main: false },
} as const satisfies Record<string, FieldSpec>;
type FieldName = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Ranking and confidence settings, chosen on the maintainers' own development queries (not on the evaluation set). */
const T = {
  /** BM25 saturation: high, so that a name match counts clearly more than a mention in the description. */
  k1: 3,
  /** A service that has a word only in its steps or agency counts this much towards the word's document frequency. */
  minorDf: 0.25,
  /** Weight of a synonym concept match relative to the literal word. */
  conceptWeight: 1,
  /** Share of the weaker of the literal and synonym matches of one query unit added to the stronger one. */
  otherShare: 0.25,
  /** A corrected word is trusted 1 − correctionPenalty × edits / length: "identidadi" 0.75, "robo" → "roubo" 0.375. */
  correctionPenalty: 2.5,
  /** Score multiplier per unit of ln(popularity): a small prior, never enough to beat a better match. */
  popularityPrior: 0.06,
  /** Bonus (in idf units) when the query contains one of a service's names, word for word ... */
  phraseBonus: 1,
  /** ... or by synonyms (a share of the bonus); the bonus also grows with the share of the query the name explains. */
  conceptPhrase: 0.6,
  /** Ranking = BM25F × coverage: among similar scores, the service that explains more of the query wins. */
  rankCoverage: 1,
  /** Confident when the service matches this share of the query's information (idf mass, weighted by field quality) ... */
  minCoverage: 0.5,
  /** ... or this lower share when two separate query units match it in fields of at least `strongQuality`. */
  minCoverageTwoSignals: 0.2,
  strongQuality: 0.6,
  /** And in any case one query unit must hit a name, popular name, acronym or keyword. */
  minBestQuality: 0.8,
  /** Later hits must score at least this share of the first. */
  minRelative: 0.3,
  /** `clear` (open the service directly): a pin, or this coverage and this lead over the second hit. */
  clearCoverage: 0.75,
  clearLead: 1.5,
} as const;

const DEFAULT_LIMIT = 5;
/** Concept tokens cannot collide with words: folded words only hold [a-z0-9]. */
const CONCEPT_PREFIX = '~';

// ---------------------------------------------------------------------------------------------
// Synonym phrases: longest-leftmost matching over stemmed token sequences.

interface Phrase {
  stems: readonly string[];
  groups: readonly number[];
}

/** Phrases indexed by their first stem, longest first. */
type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

function buildPhraseTable(synonyms: Catalogue['synonyms']): PhraseTable {
  const byKey = new Map<string, { stems: string[]; groups: Set<number> }>();
  synonyms.forEach((entry, group) => {
    for (const text of [entry.term, ...entry.alternatives]) {
      const stems = analyze(text);
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

/** A stretch of tokens that matched a synonym phrase. */
interface PhraseMatch {
  start: number;
  end: number;
  groups: readonly number[];
}

function matchPhrases(stems: readonly string[], table: PhraseTable): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < stems.length; ) {
    const candidates = table.get(stems[i] as string);
    const hit = candidates?.find((p) => p.stems.every((s, k) => stems[i + k] === s));
    if (hit) {
      out.push({ start: i, end: i + hit.stems.length, groups: hit.groups });
      i += hit.stems.length;
    } else {
      i++;
    }
  }
  return out;
}

const concept = (group: number): string => `${CONCEPT_PREFIX}${group}`;

// ---------------------------------------------------------------------------------------------
// Typo correction: fuse.js shortlists words of the catalogue's own vocabulary, a bounded
// Damerau-Levenshtein distance confirms. Only for unknown words of 4+ letters.

/** Optimal string alignment distance, giving up early beyond `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const r0 = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) r0[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (rows[i - 2] as number[])[j - 2] as number + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

const ALPHABET = 36; // a-z and 0-9: folded words hold nothing else

function letterCounts(word: string, into: Uint8Array, offset: number): void {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const slot = c >= 97 ? c - 97 : c - 48 + 26;
    into[offset + slot] = (into[offset + slot] as number) + 1;
  }
}

class TypoCorrector {
  private readonly words: string[];
  /** Letter counts of every word, ALPHABET slots each: a cheap filter before fuse.js (k edits change at most 2k counts). */
  private readonly counts: Uint8Array;
  private readonly byLength = new Map<number, number[]>();

  /** `frequency`: how many services use each folded word (stopwords included, so typos of fillers vanish). */
  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    this.words = [...frequency.keys()];
    this.counts = new Uint8Array(this.words.length * ALPHABET);
    this.words.forEach((word, i) => {
      letterCounts(word, this.counts, i * ALPHABET);
      const list = this.byLength.get(word.length) ?? [];
      list.push(i);
      this.byLength.set(word.length, list);
    });
  }

  /** The best catalogue word for a misspelt word, or undefined when nothing is close enough. */
  correct(word: string): { word: string; edits: number } | undefined {
    const maxEdits = word.length >= 8 ? 2 : 1;
    const mine = new Uint8Array(ALPHABET);
    letterCounts(word, mine, 0);
    const shortlist: string[] = [];
    for (let len = word.length - maxEdits; len <= word.length + maxEdits; len++) {
      for (const i of this.byLength.get(len) ?? []) {
        let diff = 0;
        const base = i * ALPHABET;
        for (let k = 0; k < ALPHABET && diff <= 2 * maxEdits; k++) diff += Math.abs((mine[k] as number) - (this.counts[base + k] as number));
        if (diff <= 2 * maxEdits) shortlist.push(this.words[i] as string);
      }
    }
    if (shortlist.length === 0) return undefined;
    // fuse.js ranks the shortlist by Bitap closeness; the edit distance then confirms each candidate.
    const fuse = new Fuse(shortlist, { includeScore: true, isCaseSensitive: true, threshold: 0.5, distance: 8, minMatchCharLength: 2 });
    let best: Candidate | undefined;
    for (const r of fuse.search(word)) {
      const edits = editDistance(word, r.item, maxEdits);
      if (edits > maxEdits) continue;
      const cand: Candidate = { word: r.item, edits, score: r.score ?? 1, freq: this.frequency.get(r.item) ?? 0 };
      if (!best || better(cand, best, word.length)) best = cand;
    }
    return best ? { word: best.word, edits: best.edits } : undefined;
  }
}

interface Candidate {
  word: string;
  edits: number;
  score: number;
  freq: number;
}

/** Fewer edits first; then a longer word, then one of the same length (people drop letters more often than they add them); then fuse.js's score; then the more frequent word. */
function better(a: Candidate, b: Candidate, length: number): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  const la = Math.sign(a.word.length - length);
  const lb = Math.sign(b.word.length - length);
  if (la !== lb) return la > lb;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score < b.score;
  const da = Math.abs(a.word.length - length);
  const db = Math.abs(b.word.length - length);
  if (da !== db) return da < db;
  if (a.freq !== b.freq) return a.freq > b.freq;
  return a.word < b.word;
}

/** How much a corrected word is trusted: the shorter the word, the more other words are one edit away. */
function correctionTrust(word: string, edits: number): number {
  return Math.max(0, 1 - (T.correctionPenalty * edits) / word.length);
}

// ---------------------------------------------------------------------------------------------
// The index.

/** For one term: the services that contain it, its BM25F weight there, and the best field quality. */
interface Posting {
  docs: number[];
  weights: number[];
  qualities: number[];
  idf: number;
}

/** A piece of text: one stem, or a stretch that matched a synonym phrase with its concept tokens. */
interface Unit {
  terms: string[];
  concepts: string[];
  /** 1 for words typed right; less for words the index had to correct. */
  trust: number;
}

/** A service name (title, popular name, acronym) as units, to recognise it inside a query. */
interface NamePhrase {
  units: Unit[];
  doc: number;
}

interface Ranked {
  doc: number;
  score: number;
  coverage: number;
  bestQuality: number;
  /** How many query units this service matches in its names, keywords or description. */
  strong: number;
  /** 2: the query is one of the service's names; 1: the same by synonyms; 0: no pin. */
  pin: number;
}

function fieldTexts(s: Service): Record<FieldName, string[]> {
  return {
    title: [s.title],
    popular: s.popularNames,
    acronym: s.acronym ? [s.acronym] : [],
    keywords: s.keywords,
    description: [s.description],
    meta: [s.category, s.agency.acronym, s.agency.name],
    steps: s.steps.flatMap((st) => [st.title, st.description, ...st.documents]),
  };
}

/** Groups stems into units: synonym phrases become one unit carrying their concepts. */
function toUnits(stems: readonly string[], trust: readonly number[], phrases: PhraseTable): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  const single = (k: number): Unit => ({ terms: [stems[k] as string], concepts: [], trust: trust[k] ?? 1 });
  for (const m of matchPhrases(stems, phrases)) {
    for (; i < m.start; i++) out.push(single(i));
    out.push({ terms: stems.slice(m.start, m.end), concepts: m.groups.map(concept), trust: mean(stems.slice(m.start, m.end).map((_, k) => trust[m.start + k] ?? 1)) });
    i = m.end;
  }
  for (; i < stems.length; i++) out.push(single(i));
  return out;
}

const unitKey = (u: Unit): string => u.terms.join(' ');
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** 2 when two units are the same words, 1 when they share a synonym concept, 0 otherwise. */
function unitMatch(a: Unit, b: Unit): number {
  if (unitKey(a) === unitKey(b)) return 2;
  return a.concepts.some((c) => b.concepts.includes(c)) ? 1 : 0;
}

/** Builds the search index of a catalogue. Pure and synchronous; fast enough to rebuild on every catalogue change. */
export function buildSearchIndex(catalogue: Catalogue): SearchIndex {
  const services = catalogue.services;
  const n = services.length;
  const phrases = buildPhraseTable(catalogue.synonyms);
  const analyzeUnits = (text: string): Unit[] => toUnits(analyze(text), [], phrases);

  // Term frequencies per field, and field lengths.
  const tf = FIELD_NAMES.map(() => [] as Map<string, number>[]);
  const lengths = FIELD_NAMES.map(() => new Float64Array(n));
  const vocabulary = new Map<string, number>();
  const namesByKey = new Map<string, NamePhrase[]>();
  const addName = (phrase: NamePhrase): void => {
    const first = phrase.units[0] as Unit;
    for (const key of [unitKey(first), ...first.concepts]) {
      const list = namesByKey.get(key) ?? [];
      list.push(phrase);
      namesByKey.set(key, list);
    }
  };

  services.forEach((s, doc) => {
    const texts = fieldTexts(s);
    const seenWords = new Set<string>();
    FIELD_NAMES.forEach((field, f) => {
      const counts = new Map<string, number>();
      let len = 0;
      for (const text of texts[field]) {
        const ws = words(text);
        for (const w of ws) seenWords.add(w);
        for (const u of toUnits(ws.map(stem), [], phrases)) {
          for (const t of u.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
          for (const t of u.concepts) counts.set(t, (counts.get(t) ?? 0) + 1);
          len += u.terms.length;
        }
      }
      (tf[f] as Map<string, number>[]).push(counts);
      (lengths[f] as Float64Array)[doc] = len;
    });
    for (const w of seenWords) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
    const seenNames = new Set<string>();
    for (const name of [s.title, ...s.popularNames, ...(s.acronym ? [s.acronym] : [])]) {
      const us = analyzeUnits(name);
      const key = us.map(unitKey).join('|');
      if (us.length === 0 || seenNames.has(key)) continue;
      seenNames.add(key);
      addName({ units: us, doc });
    }
  });

  // BM25F: the weight of a term in a service does not depend on the query, so it is computed once.
  const avg = lengths.map((l) => (n === 0 ? 1 : Math.max(1, l.reduce((a, b) => a + b, 0) / n)));
  const perTerm = new Map<string, Map<number, { tf: number; quality: number; main: boolean }>>();
  FIELD_NAMES.forEach((field, f) => {
    const spec: FieldSpec = FIELDS[field];
    const fieldTf = tf[f] as Map<string, number>[];
    const fieldLen = lengths[f] as Float64Array;
    const avgLen = avg[f] as number;
    fieldTf.forEach((counts, doc) => {
      const norm = 1 - spec.b + (spec.b * (fieldLen[doc] as number)) / avgLen;
      for (const [term, count] of counts) {
        let byDoc = perTerm.get(term);
        if (!byDoc) {
          byDoc = new Map();
          perTerm.set(term, byDoc);
        }
        const cur = byDoc.get(doc) ?? { tf: 0, quality: 0, main: false };
        cur.tf += (spec.boost * count) / norm;
        cur.quality = Math.max(cur.quality, spec.quality);
        cur.main ||= spec.main;
        byDoc.set(doc, cur);
      }
    });
  });
  const postings = new Map<string, Posting>();
  for (const [term, byDoc] of perTerm) {
    let df = 0;
    for (const v of byDoc.values()) df += v.main ? 1 : T.minorDf;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const p: Posting = { docs: [], weights: [], qualities: [], idf };
    for (const [doc, v] of byDoc) {
      p.docs.push(doc);
      p.weights.push((idf * v.tf * (T.k1 + 1)) / (v.tf + T.k1));
      p.qualities.push(v.quality);
    }
    postings.set(term, p);
  }
  /** The information of a word the catalogue has never seen: as rare as the rarest word. */
  const unknownIdf = Math.log(1 + (n - 0.5) / 1.5);

  // Words known to search: catalogue words and synonym words. Stopwords join the typo vocabulary
  // so that a misspelt filler ("qeria") is recognised and dropped instead of "corrected" into a term.
  const knownStems = new Set<string>(postings.keys());
  const typoVocabulary = new Map(vocabulary);
  for (const entry of catalogue.synonyms) {
    for (const text of [entry.term, ...entry.alternatives]) {
      for (const w of words(text)) {
        knownStems.add(stem(w));
        if (!typoVocabulary.has(w)) typoVocabulary.set(w, 1);
      }
    }
  }
  for (const w of stopwords()) if (w.length >= 4 && !typoVocabulary.has(w)) typoVocabulary.set(w, 0);
  const corrector = new TypoCorrector(typoVocabulary);
  const prior = services.map((s) => 1 + T.popularityPrior * Math.log(s.popularity));

  function queryUnits(query: string): Unit[] {
    const stems: string[] = [];
    const trust: number[] = [];
    for (const w of words(query)) {
      const st = stem(w);
      const fixed = knownStems.has(st) || w.length < 4 || /\d/.test(w) ? undefined : corrector.correct(w);
      if (fixed === undefined) {
        stems.push(st);
        trust.push(1);
      } else if (!isStopword(fixed.word)) {
        stems.push(stem(fixed.word));
        trust.push(correctionTrust(w, fixed.edits));
      }
    }
    const seen = new Set<string>();
    return toUnits(stems, trust, phrases).filter((u) => {
      const key = unitKey(u);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  // Scratch buffers, reused by every query: searching is synchronous, so no two queries overlap.
  const score = new Float64Array(n);
  const covered = new Float64Array(n);
  const bestQuality = new Float64Array(n);
  const strong = new Uint16Array(n);
  const pinOf = new Uint8Array(n);
  const litScore = new Float64Array(n);
  const conScore = new Float64Array(n);
  const litQuality = new Float64Array(n);
  const conQuality = new Float64Array(n);
  /** How many literal words of the current unit each service has. */
  const litHits = new Uint16Array(n);
  const seenInUnit = new Uint32Array(n);
  const seenInQuery = new Uint32Array(n);
  const touched: number[] = [];
  const unitDocs: number[] = [];
  let queryStamp = 0;
  let unitStamp = 0;

  /** Scores every service the query touches; returns them unsorted (ranking is left to `top`). */
  function rank(query: string): Ranked[] {
    const us = queryUnits(query);
    if (us.length === 0) return [];
    queryStamp++;
    touched.length = 0;
    let totalMass = 0;
    const masses: number[] = [];
    const touch = (doc: number): void => {
      if (seenInQuery[doc] === queryStamp) return;
      seenInQuery[doc] = queryStamp;
      score[doc] = 0;
      covered[doc] = 0;
      bestQuality[doc] = 0;
      strong[doc] = 0;
      pinOf[doc] = 0;
      touched.push(doc);
    };

    for (const u of us) {
      const lit = u.terms.map((t) => postings.get(t));
      const con = u.concepts.map((c) => postings.get(c));
      let knownMass = -1;
      for (const p of [...lit, ...con]) if (p && p.idf > knownMass) knownMass = p.idf;
      // A number the catalogue does not know ("2026", a plate) carries no information about the service.
      if (knownMass < 0) knownMass = /\d/.test(unitKey(u)) ? 0 : unknownIdf;
      // A corrected word is that word only with probability `trust`; otherwise it is a word we do not know.
      const mass = u.trust * knownMass + (1 - u.trust) * unknownIdf;
      masses.push(mass);
      totalMass += mass;

      unitStamp++;
      unitDocs.length = 0;
      const enter = (doc: number): void => {
        if (seenInUnit[doc] === unitStamp) return;
        seenInUnit[doc] = unitStamp;
        litScore[doc] = 0;
        conScore[doc] = 0;
        litQuality[doc] = 1;
        conQuality[doc] = 0;
        litHits[doc] = 0;
        unitDocs.push(doc);
      };
      for (const p of lit) {
        if (!p) continue;
        for (let j = 0; j < p.docs.length; j++) {
          const doc = p.docs[j] as number;
          enter(doc);
          litScore[doc] = (litScore[doc] as number) + (p.weights[j] as number);
          // Literal quality: every word of the unit must be present; the weakest field counts.
          litQuality[doc] = Math.min(litQuality[doc] as number, p.qualities[j] as number);
          litHits[doc] = (litHits[doc] as number) + 1;
        }
      }
      for (const p of con) {
        if (!p) continue;
        for (let j = 0; j < p.docs.length; j++) {
          const doc = p.docs[j] as number;
          enter(doc);
          conScore[doc] = Math.max(conScore[doc] as number, T.conceptWeight * (p.weights[j] as number));
          conQuality[doc] = Math.max(conQuality[doc] as number, p.qualities[j] as number);
        }
      }
      for (const doc of unitDocs) {
        touch(doc);
        // Literal and synonym matches of one unit are alternatives: the better one counts in full, the
        // other only a little, so that a word with synonyms does not weigh twice a word without.
        const a = litScore[doc] as number;
        const b = conScore[doc] as number;
        score[doc] = (score[doc] as number) + u.trust * (Math.max(a, b) + T.otherShare * Math.min(a, b));
        const q = Math.max(litHits[doc] === u.terms.length ? (litQuality[doc] as number) : 0, conQuality[doc] as number);
        if (q === 0) continue;
        covered[doc] = (covered[doc] as number) + mass * q * u.trust;
        bestQuality[doc] = Math.max(bestQuality[doc] as number, q);
        if (q >= T.strongQuality) strong[doc] = (strong[doc] as number) + 1;
      }
    }
    // A service name inside the query earns a bonus; a name that is the whole query pins the service.
    const tried = new Set<NamePhrase>();
    us.forEach((first, i) => {
      for (const key of [unitKey(first), ...first.concepts]) {
        for (const ph of namesByKey.get(key) ?? []) {
          if (tried.has(ph) && i === 0) continue;
          if (i === 0) tried.add(ph);
          if (i + ph.units.length > us.length) continue;
          let level = 2;
          for (let k = 0; k < ph.units.length && level > 0; k++) level = Math.min(level, unitMatch(us[i + k] as Unit, ph.units[k] as Unit));
          if (level === 0) continue;
          touch(ph.doc);
          if (i === 0 && ph.units.length === us.length) pinOf[ph.doc] = Math.max(pinOf[ph.doc] as number, level);
          if (ph.units.length < 2) continue;
          let bonus = 0;
          for (let k = 0; k < ph.units.length; k++) bonus += masses[i + k] as number;
          // The bonus grows with the share of the query the name explains.
          const share = totalMass > 0 ? bonus / totalMass : 1;
          score[ph.doc] = (score[ph.doc] as number) + T.phraseBonus * (level === 2 ? 1 : T.conceptPhrase) * bonus * share;
        }
      }
    });

    const ranked: Ranked[] = [];
    let top = 0;
    for (const doc of touched) {
      const coverage = totalMass === 0 ? 0 : Math.min(1, (covered[doc] as number) / totalMass);
      const s = (score[doc] as number) * (prior[doc] as number) * coverage ** T.rankCoverage;
      if (s > top) top = s;
      ranked.push({ doc, score: s, coverage, bestQuality: bestQuality[doc] as number, strong: strong[doc] as number, pin: pinOf[doc] as number });
    }
    for (const r of ranked) {
      if (r.pin === 0) continue;
      r.score += r.pin * top;
      r.coverage = 1;
      r.bestQuality = 1;
    }
    return ranked;
  }

  const before = (a: Ranked, b: Ranked): boolean =>
    a.score !== b.score ? a.score > b.score : (services[a.doc] as Service).popularity !== (services[b.doc] as Service).popularity ? (services[a.doc] as Service).popularity > (services[b.doc] as Service).popularity : a.doc < b.doc;

  /** The best `k` of `items`, best first, without sorting them all (thousands at 5,000 services). */
  function top(items: readonly Ranked[], k: number): Ranked[] {
    const best: Ranked[] = [];
    for (const r of items) {
      if (best.length === k && !before(r, best[k - 1] as Ranked)) continue;
      let i = best.length === k ? k - 1 : best.length;
      if (best.length < k) best.push(r);
      while (i > 0 && before(r, best[i - 1] as Ranked)) {
        best[i] = best[i - 1] as Ranked;
        i--;
      }
      best[i] = r;
    }
    return best;
  }

  // Confident: the service explains most of the query, or at least two separate parts of it well.
  const isConfident = (r: Ranked): boolean =>
    r.bestQuality >= T.minBestQuality && (r.coverage >= T.minCoverage || (r.strong >= 2 && r.coverage >= T.minCoverageTwoSignals));

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
    search(query: string, limit = DEFAULT_LIMIT): SearchResult {
      const best = top(rank(query).filter(isConfident), Math.max(limit, 2));
      const first = best[0];
      if (!first) return { hits: [], clear: false };
      const hits = best.filter((r) => r.score >= T.minRelative * first.score);
      const second = hits[1];
      const clear = first.pin === 2 ? second?.pin !== 2 : first.coverage >= T.clearCoverage && (second === undefined || first.score >= T.clearLead * second.score);
      return { hits: toHits(hits.slice(0, limit)), clear };
    },
    nearest(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
      return toHits(top(rank(query), limit));
    },
  };
}
