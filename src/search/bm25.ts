// The token index: BM25F postings over the service fields. A term's weight in a service does not
// depend on the query, so it is computed once here and queries only add weights up.
//
// Built for hot reload of large catalogues (5,000 services in well under a second): terms are
// interned to numbers, per-service counts go into flat arrays, and each posting list is a pair of
// typed arrays filled once, so building allocates little and leaves the garbage collector idle.
import type { Service } from '../catalogue/schema.ts';
import { wordTokens, type WordToken } from './normalize.ts';
import { concept, type Phrase, type PhraseTable } from './synonyms.ts';
import { FIELD_NAMES, FIELDS, T, type FieldName, type FieldSpec } from './tuning.ts';

/** For one term: the services that contain it, its BM25F weight there, and the best field quality. */
export interface Posting {
  docs: ArrayLike<number>;
  weights: ArrayLike<number>;
  qualities: ArrayLike<number>;
  idf: number;
}

/** The postings of a catalogue, plus what query analysis needs to know about its words. */
export interface TermIndex {
  /** Postings by term: stems and synonym concept tokens. */
  postings: ReadonlyMap<string, Posting>;
  /** How many services use each folded word: the vocabulary typo correction corrects towards. */
  vocabulary: ReadonlyMap<string, number>;
  /** The information of a word the catalogue has never seen: as rare as the rarest word. */
  unknownIdf: number;
}

/** Calls `visit` with every text of one field of a service. */
function forEachText(s: Service, field: FieldName, visit: (text: string) => void): void {
  switch (field) {
    case 'title':
      return visit(s.title);
    case 'popular':
      return s.popularNames.forEach(visit);
    case 'acronym':
      if (s.acronym) visit(s.acronym);
      return;
    case 'keywords':
      return s.keywords.forEach(visit);
    case 'description':
      return visit(s.description);
    case 'meta':
      visit(s.category);
      visit(s.agency.acronym);
      return visit(s.agency.name);
    case 'steps':
      for (const st of s.steps) {
        visit(st.title);
        visit(st.description);
        st.documents.forEach(visit);
      }
  }
}

/** A growable Int32 buffer. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(1024, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

/** A typed array twice as long, with the same first entries. */
function grow<A extends Int32Array | Uint8Array>(a: A): A {
  const bigger = new (a.constructor as new (n: number) => A)(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Numbers for strings, with a per-number "last service seen in" mark for counting each service once. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  lastDoc = new Int32Array(1024).fill(-1);
  /** How many services contain each entry. */
  docs = new Int32Array(1024);
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      if (id === this.lastDoc.length) {
        const last = new Int32Array(id * 2).fill(-1);
        last.set(this.lastDoc);
        this.lastDoc = last;
        const docs = new Int32Array(id * 2);
        docs.set(this.docs);
        this.docs = docs;
      }
    }
    return id;
  }
  /** Marks `id` as seen in `doc`; true the first time for that doc. */
  seen(id: number, doc: number): boolean {
    if (this.lastDoc[id] === doc) return false;
    this.lastDoc[id] = doc;
    this.docs[id] = (this.docs[id] as number) + 1;
    return true;
  }
}

/** Numbers the builds, so that a token's scratch slot (see WordToken) is known to belong to this one. */
let builds = 0;

/** The longest of `candidates` (phrases starting with the token at `i`, longest first) that the tokens spell from `i`. */
function longestAt(tokens: readonly WordToken[], i: number, candidates: readonly Phrase[] | undefined): Phrase | undefined {
  if (!candidates) return undefined;
  outer: for (const p of candidates) {
    if (i + p.stems.length > tokens.length) continue;
    for (let k = 0; k < p.stems.length; k++) if ((tokens[i + k] as WordToken).stem !== p.stems[k]) continue outer;
    return p;
  }
  return undefined;
}

/** Builds the BM25F postings of the services (doc number = position in `services`). */
export function buildTermIndex(services: readonly Service[], phrases: PhraseTable): TermIndex {
  const n = services.length;
  const fieldCount = FIELD_NAMES.length;
  const specs: FieldSpec[] = FIELD_NAMES.map((f) => FIELDS[f]);

  // Pass 1: each service's (term, field, count) entries, field by field, and the field lengths.
  const termIds = new Interner();
  const wordIds = new Interner();
  // About 160 distinct (term, field) pairs per service: sized once, so the lists rarely grow.
  const entryTerm = new IntList(n * 192);
  const entryField = new IntList(n * 192);
  const entryCount = new IntList(n * 192);
  const docStart = new Int32Array(n + 1);
  const lengths = new Float64Array(n * fieldCount);
  // Scratch: count of each term in the current field, and the terms touched there.
  let counts = new Int32Array(1024);
  const touched: number[] = [];
  let doc = 0;
  const count = (id: number): void => {
    if (id >= counts.length) {
      const bigger = new Int32Array(Math.max(counts.length * 2, id + 1));
      bigger.set(counts);
      counts = bigger;
    }
    if (counts[id] === 0) touched.push(id);
    counts[id] = (counts[id] as number) + 1;
    termIds.seen(id, doc);
  };
  // Each distinct word token once: its term (stem) id, word id, and the synonym phrases that start with it.
  const build = ++builds;
  let tokenCount = 0;
  let termOf = new Int32Array(1024);
  let wordOf = new Int32Array(1024);
  let tokenDoc = new Int32Array(1024).fill(-1);
  const phrasesOf: (readonly Phrase[] | undefined)[] = [];
  const localId = (w: WordToken): number => {
    if (w.mark === build) return w.slot;
    const k = tokenCount++;
    w.mark = build;
    w.slot = k;
    if (k === termOf.length) {
      termOf = grow(termOf);
      wordOf = grow(wordOf);
      const docs = new Int32Array(tokenDoc.length * 2).fill(-1);
      docs.set(tokenDoc);
      tokenDoc = docs;
    }
    termOf[k] = termIds.id(w.stem);
    wordOf[k] = wordIds.id(w.lower);
    phrasesOf.push(phrases.get(w.stem));
    return k;
  };
  const conceptIds = new Map<number, number>();
  const conceptId = (group: number): number => {
    let id = conceptIds.get(group);
    if (id === undefined) {
      id = termIds.id(concept(group));
      conceptIds.set(group, id);
    }
    return id;
  };

  // The current field's length (in words); `text` adds one text of the field.
  let len = 0;
  const ids: number[] = [];
  const text = (t: string): void => {
    const tokens = wordTokens(t);
    ids.length = 0;
    let phrase = false;
    for (const w of tokens) {
      const k = localId(w);
      ids.push(k);
      // A word counts once per service for the vocabulary.
      if (tokenDoc[k] !== doc) {
        tokenDoc[k] = doc;
        wordIds.seen(wordOf[k] as number, doc);
      }
      count(termOf[k] as number);
      if (phrasesOf[k] !== undefined) phrase = true;
    }
    len += tokens.length;
    if (!phrase) return;
    // Synonym phrases, longest first from the left (as toUnits groups them): each adds its concepts.
    for (let i = 0; i < tokens.length; ) {
      const hit = longestAt(tokens, i, phrasesOf[ids[i] as number]);
      if (!hit) {
        i++;
        continue;
      }
      for (const g of hit.groups) count(conceptId(g));
      i += hit.stems.length;
    }
  };

  for (; doc < n; doc++) {
    docStart[doc] = entryTerm.length;
    const s = services[doc] as Service;
    for (let f = 0; f < fieldCount; f++) {
      len = 0;
      forEachText(s, FIELD_NAMES[f] as FieldName, text);
      for (const id of touched) {
        entryTerm.push(id);
        entryField.push(f);
        entryCount.push(counts[id] as number);
        counts[id] = 0;
      }
      touched.length = 0;
      lengths[doc * fieldCount + f] = len;
    }
  }
  docStart[n] = entryTerm.length;

  // BM25F: fields are combined into one weighted term frequency, then saturated once. The length
  // normalisation of each field of each service is computed once, not once per term.
  const avg = specs.map((_, f) => {
    let sum = 0;
    for (let d = 0; d < n; d++) sum += lengths[d * fieldCount + f] as number;
    return n === 0 ? 1 : Math.max(1, sum / n);
  });
  const norms = new Float64Array(n * fieldCount);
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < fieldCount; f++) {
      const spec = specs[f] as FieldSpec;
      norms[d * fieldCount + f] = 1 - spec.b + (spec.b * (lengths[d * fieldCount + f] as number)) / (avg[f] as number);
    }
  }
  const boosts = Float64Array.from(specs, (x) => x.boost);
  const qualities = Float64Array.from(specs, (x) => x.quality);
  const mains = Uint8Array.from(specs, (x) => (x.main ? 1 : 0));

  // Pass 2, one service at a time: combine its fields per term, then write one entry per term into
  // flat arrays where each term owns the stretch [offset[t], offset[t + 1]) (sized by pass 1).
  const termCount = termIds.names.length;
  const offset = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offset[t + 1] = (offset[t] as number) + (termIds.docs[t] as number);
  const cursor = offset.slice(0, termCount);
  const total = offset[termCount] as number;
  const allDocs = new Int32Array(total);
  const allWeights = new Float64Array(total);
  const allQualities = new Float64Array(total);
  const allMain = new Uint8Array(total);
  const tf = new Float64Array(termCount);
  const quality = new Float64Array(termCount);
  const main = new Uint8Array(termCount);
  // -1: this term has not been met yet in the current service.
  const seenIn = new Int32Array(termCount).fill(-1);
  const eTerm = entryTerm.data;
  const eField = entryField.data;
  const eCount = entryCount.data;
  for (let d = 0; d < n; d++) {
    touched.length = 0;
    const end = docStart[d + 1] as number;
    for (let e = docStart[d] as number; e < end; e++) {
      const t = eTerm[e] as number;
      const f = eField[e] as number;
      if (seenIn[t] !== d) {
        seenIn[t] = d;
        tf[t] = 0;
        quality[t] = 0;
        main[t] = 0;
        touched.push(t);
      }
      tf[t] = (tf[t] as number) + ((boosts[f] as number) * (eCount[e] as number)) / (norms[d * fieldCount + f] as number);
      if ((qualities[f] as number) > (quality[t] as number)) quality[t] = qualities[f] as number;
      if (mains[f] === 1) main[t] = 1;
    }
    for (const t of touched) {
      const at = cursor[t] as number;
      cursor[t] = at + 1;
      allDocs[at] = d;
      allWeights[at] = tf[t] as number;
      allQualities[at] = quality[t] as number;
      allMain[at] = main[t] as number;
    }
  }

  // Saturate in place: the tf stretch of each term becomes its BM25F weights.
  const postings = new Map<string, Posting>();
  for (let t = 0; t < termCount; t++) {
    const from = offset[t] as number;
    const to = offset[t + 1] as number;
    let df = 0;
    for (let j = from; j < to; j++) df += allMain[j] === 1 ? 1 : T.minorDf;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let j = from; j < to; j++) {
      const v = allWeights[j] as number;
      allWeights[j] = (idf * v * (T.k1 + 1)) / (v + T.k1);
    }
    postings.set(termIds.names[t] as string, { docs: allDocs.subarray(from, to), weights: allWeights.subarray(from, to), qualities: allQualities.subarray(from, to), idf });
  }
  const vocabulary = new Map<string, number>();
  wordIds.names.forEach((w, i) => vocabulary.set(w, wordIds.docs[i] as number));
  const unknownIdf = Math.log(1 + (n - 0.5) / 1.5);
  return { postings, vocabulary, unknownIdf };
}
