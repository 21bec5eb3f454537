// The search index's parts by their plain definition: every text read through `analyze` and `words` (the full
// reading that queries use), synonym phrases grouped by `toUnits`, BM25F written out term by term with no memo, no
// chunk table and no typed-array pool. The index build takes shortcuts for speed; the tests compare it to this.
import type { Service } from '../../src/catalogue/schema.ts';
import { analyze, words } from '../../src/search/normalize.ts';
import { type PhraseTable, toUnits, unitKey, type Unit } from '../../src/search/synonyms.ts';
import { FIELD_NAMES, FIELDS, T, type FieldName } from '../../src/search/tuning.ts';

/** The texts of one field of a service, in the order the index reads them. */
function fieldTexts(s: Service, field: FieldName): string[] {
  switch (field) {
    case 'title':
      return [s.title];
    case 'popular':
      return s.popularNames;
    case 'acronym':
      return s.acronym ? [s.acronym] : [];
    case 'keywords':
      return s.keywords;
    case 'description':
      return [s.description];
    case 'meta':
      return [s.category, s.agency.acronym, s.agency.name];
    case 'steps':
      return s.steps.flatMap((st) => [st.title, st.description, ...st.documents]);
  }
}

/** One term's posting, as the tests compare them. */
export interface ReferencePosting {
  term: string;
  idf: number;
  docs: number[];
  weights: number[];
  qualities: number[];
}

/** Postings sorted by term, the vocabulary in order of first appearance with its service counts, and unknownIdf. */
export interface ReferenceTerms {
  postings: ReferencePosting[];
  words: string[];
  wordDocs: number[];
  unknownIdf: number;
}

/** The postings and vocabulary of the services, by the BM25F definition. */
export function referenceTerms(services: readonly Service[], phrases: PhraseTable): ReferenceTerms {
  const n = services.length;
  // Per service and field: each term's count (stems, and the concepts of synonym phrases) and the words kept.
  const counts: Map<string, number>[][] = [];
  const lengths: number[][] = [];
  const wordDocs = new Map<string, number>();
  for (const s of services) {
    const perField: Map<string, number>[] = [];
    const fieldLengths: number[] = [];
    const seen = new Set<string>();
    for (const f of FIELD_NAMES) {
      const c = new Map<string, number>();
      let length = 0;
      for (const text of fieldTexts(s, f)) {
        const stems = analyze(text);
        length += stems.length;
        for (const u of toUnits(stems, [], phrases)) for (const t of [...u.terms, ...u.concepts]) c.set(t, (c.get(t) ?? 0) + 1);
        for (const w of words(text)) seen.add(w);
      }
      perField.push(c);
      fieldLengths.push(length);
    }
    for (const w of seen) wordDocs.set(w, (wordDocs.get(w) ?? 0) + 1);
    counts.push(perField);
    lengths.push(fieldLengths);
  }
  const avg = FIELD_NAMES.map((_, f) => (n === 0 ? 1 : Math.max(1, lengths.reduce((sum, l) => sum + (l[f] as number), 0) / n)));
  // Per term: its services in order, with the combined frequency, best quality and whether a main field has it.
  const byTerm = new Map<string, { docs: number[]; tf: number[]; qualities: number[]; main: boolean[] }>();
  for (let d = 0; d < n; d++) {
    const tf = new Map<string, { tf: number; quality: number; main: boolean }>();
    FIELD_NAMES.forEach((f, k) => {
      const spec = FIELDS[f];
      const norm = 1 - spec.b + (spec.b * (lengths[d]?.[k] as number)) / (avg[k] as number);
      for (const [t, c] of counts[d]?.[k] ?? []) {
        const e = tf.get(t) ?? { tf: 0, quality: 0, main: false };
        e.tf += (spec.boost * c) / norm;
        e.quality = Math.max(e.quality, spec.quality);
        e.main ||= spec.main;
        tf.set(t, e);
      }
    });
    for (const [t, e] of tf) {
      const p = byTerm.get(t) ?? { docs: [], tf: [], qualities: [], main: [] };
      p.docs.push(d);
      p.tf.push(e.tf);
      p.qualities.push(e.quality);
      p.main.push(e.main);
      byTerm.set(t, p);
    }
  }
  const postings = [...byTerm]
    .map(([term, p]): ReferencePosting => {
      const dfw = p.main.reduce((sum, m) => sum + (m ? 1 : T.minorDf), 0);
      const idf = Math.log(1 + (n - dfw + 0.5) / (dfw + 0.5));
      return { term, idf, docs: p.docs, weights: p.tf.map((v) => (idf * v * (T.k1 + 1)) / (v + T.k1)), qualities: p.qualities };
    })
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return { postings, words: [...wordDocs.keys()], wordDocs: [...wordDocs.values()], unknownIdf: Math.log(1 + (n - 0.5) / 1.5) };
}

/** The service names (title, popular names, acronym) as units, each distinct name of a service once. */
export function referenceNames(services: readonly Service[], phrases: PhraseTable): { units: Unit[]; doc: number }[] {
  const out: { units: Unit[]; doc: number }[] = [];
  services.forEach((s, doc) => {
    const seen = new Set<string>();
    for (const name of [s.title, ...s.popularNames, ...(s.acronym ? [s.acronym] : [])]) {
      const units = toUnits(analyze(name), [], phrases);
      const key = units.map(unitKey).join('|');
      if (units.length === 0 || seen.has(key)) continue;
      seen.add(key);
      out.push({ units, doc });
    }
  });
  return out;
}
