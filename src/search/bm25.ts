// The token index: BM25F postings over the service fields. A term's weight in a service does not
// depend on the query, so it is computed once here and queries only add weights up.
import type { Service } from '../catalogue/schema.ts';
import { stem, words } from './normalize.ts';
import { toUnits, type PhraseTable } from './synonyms.ts';
import { FIELD_NAMES, FIELDS, T, type FieldName, type FieldSpec } from './tuning.ts';

/** For one term: the services that contain it, its BM25F weight there, and the best field quality. */
export interface Posting {
  docs: number[];
  weights: number[];
  qualities: number[];
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

/** Builds the BM25F postings of the services (doc number = position in `services`). */
export function buildTermIndex(services: readonly Service[], phrases: PhraseTable): TermIndex {
  const n = services.length;

  // Term frequencies per field, and field lengths.
  const tf = FIELD_NAMES.map(() => [] as Map<string, number>[]);
  const lengths = FIELD_NAMES.map(() => new Float64Array(n));
  const vocabulary = new Map<string, number>();

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
  });

  // BM25F: fields are combined into one weighted term frequency, then saturated once.
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
  const unknownIdf = Math.log(1 + (n - 0.5) / 1.5);
  return { postings, vocabulary, unknownIdf };
}
