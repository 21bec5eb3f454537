// Scoring: BM25F over query units, with literal and synonym matches as alternatives, coverage of the
// query's information, a bonus for service names inside the query, and a small popularity prior.
import type { Service } from '../catalogue/schema.ts';
import type { Postings } from './bm25.ts';
import { nameMatchLevel, type NamePhrase, type NameTable } from './names.ts';
import type { QueryAnalyzer } from './query.ts';
import type { WordToken } from './normalize.ts';
import { keptWordsOf, unitKey, type Unit } from './synonyms.ts';
import { T } from './tuning.ts';

/** One scored service, with what the confidence threshold needs to judge it. */
export interface Ranked {
  doc: number;
  score: number;
  coverage: number;
  bestQuality: number;
  /** How many query units this service matches in its names, keywords or description. */
  strong: number;
  /** 2: the query is one of the service's names; 1: the same by synonyms; 0: no pin. */
  pin: number;
  /** Share of the query's information in words that name other services and that this one lacks entirely. */
  elsewhere: number;
  /** The query is one word, which this service holds only inside a longer name or keyword (see `wholeWords`). */
  partial: boolean;
}

/** Scores every service a query touches; returns them unsorted (ranking is left to `top`). */
export type Ranker = (query: string) => Ranked[];

/** Everything built from the catalogue that scoring reads. */
export interface RankerParts {
  services: readonly Service[];
  postings: Postings;
  unknownIdf: number;
  names: NameTable;
  queryUnits: QueryAnalyzer;
  /** How many services' indexed texts use a term. */
  docCount(term: string): number;
}

/** Builds the scorer of one index; per-service scratch buffers are allocated once here, not per query. */
export function createRanker({ services, postings, unknownIdf, names: namesByKey, queryUnits, docCount }: RankerParts): Ranker {
  const n = services.length;
  const prior = services.map((s) => 1 + T.popularityPrior * Math.log(s.popularity));
  // The services that have a word as a whole name or keyword ("sucata", "piracema"), by its stem: made when a query of
  // one word first asks.
  let whole: { titles: ReadonlyMap<string, ReadonlySet<number>>; names: ReadonlyMap<string, ReadonlySet<number>> } | undefined;
  const wholly = (u: Unit, doc: number): boolean => {
    whole ??= wholeWords(services);
    const term = u.terms[0] as string;
    // A word of the title, not of the citizen's story, and not one most services write: "passado" (a story word) shares
    // a stem with "Passe Livre", and "festa" is corrected to the "feitos" of a title, a word in most services' texts.
    return whole.names.get(term)?.has(doc) === true || (u.light !== true && docCount(term) <= T.titleWordShare * n && whole.titles.get(term)?.has(doc) === true);
  };

  // Scratch buffers, reused by every query: searching is synchronous, so no two queries overlap.
  const score = new Float64Array(n);
  const covered = new Float64Array(n);
  const bestQuality = new Float64Array(n);
  const strong = new Uint16Array(n);
  const pinOf = new Uint8Array(n);
  /** Bit k: query unit k matches this service in some field (first 32 units). */
  const unitMask = new Uint32Array(n);
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

  return function rank(query: string): Ranked[] {
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
      unitMask[doc] = 0;
      touched.push(doc);
    };
    // Units that name some service (a name, popular name, acronym or keyword matches them), with their mass.
    let namingUnits = 0;
    const unitMasses: number[] = [];

    for (let unitIndex = 0; unitIndex < us.length; unitIndex++) {
      const u = us[unitIndex] as Unit;
      const lit = u.terms.map((t) => postings.get(t));
      const con = u.concepts.map((c) => postings.get(c));
      let knownMass = -1;
      for (const p of [...lit, ...con]) if (p && p.idf > knownMass) knownMass = p.idf;
      // A number the catalogue does not know ("2026", a plate) carries no information about the service.
      if (knownMass < 0) knownMass = /\d/.test(unitKey(u)) ? 0 : unknownIdf;
      // A corrected word is that word only with probability `trust`; otherwise it is a word we do not know.
      const mass = (u.trust * knownMass + (1 - u.trust) * unknownIdf) * (u.light === true ? T.lightMass : 1);
      masses.push(mass);
      unitMasses.push(mass);
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
        if (unitIndex < 32) {
          unitMask[doc] = ((unitMask[doc] as number) | (1 << unitIndex)) >>> 0;
          if (q >= T.minBestQuality) namingUnits = (namingUnits | (1 << unitIndex)) >>> 0;
        }
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
          const level = nameMatchLevel(us, i, ph);
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
      let missed = 0;
      const lacking = (namingUnits & ~(unitMask[doc] as number)) >>> 0;
      for (let k = 0; k < unitMasses.length && k < 32; k++) if (lacking & (1 << k)) missed += unitMasses[k] as number;
      const elsewhere = totalMass === 0 ? 0 : missed / totalMass;
      ranked.push({ doc, score: s, coverage, bestQuality: bestQuality[doc] as number, strong: strong[doc] as number, pin: pinOf[doc] as number, elsewhere, partial: false });
    }
    // One word alone names a service only where that word is one of its names or keywords, or a synonym's whole phrase:
    // "que horas *sai* o ônibus", "continuar na *mesma* escola", "perda *total*" hold the citizen's "sai", "mesmo",
    // "total" only as one word of a longer phrase, as a description would; "sucata", "piracema", "guincho" are names.
    const lone = us.length === 1 ? (us[0] as Unit) : undefined;
    if (lone !== undefined && lone.terms.length === 1 && lone.concepts.length === 0) {
      for (const r of ranked) r.partial = r.pin === 0 && !wholly(lone, r.doc);
    }
    for (const r of ranked) {
      if (r.pin === 0) continue;
      r.score += r.pin * top;
      r.coverage = 1;
      r.bestQuality = 1;
      r.elsewhere = 0;
    }
    return ranked;
  };
}

/**
 * Stems of the words of the services' titles, and of their one-word names and keywords (popular names, acronym,
 * keywords), each with the services that have it.
 */
function wholeWords(services: readonly Service[]): { titles: ReadonlyMap<string, ReadonlySet<number>>; names: ReadonlyMap<string, ReadonlySet<number>> } {
  const titles = new Map<string, Set<number>>();
  const names = new Map<string, Set<number>>();
  const add = (to: Map<string, Set<number>>, st: string, doc: number): void => {
    const docs = to.get(st) ?? new Set<number>();
    docs.add(doc);
    to.set(st, docs);
  };
  services.forEach((s, doc) => {
    // Every word of the title: the title says what the service is ("pescador" in "Pescador profissional").
    for (const kept of keptWordsOf(s.title)) add(titles, kept.stem, doc);
    for (const text of [...s.popularNames, s.acronym ?? '', ...s.keywords]) {
      // One word as written: "ninguém sabe dele" keeps one word only, yet names the service by all three.
      const kept = keptWordsOf(text);
      if (kept.length !== 1 || text.trim().split(/\s+/).length !== 1) continue;
      add(names, (kept[0] as WordToken).stem, doc);
    }
  });
  return { titles, names };
}

/** Higher score first; ties go to the more popular service, then to catalogue order, so results are stable. */
function before(a: Ranked, b: Ranked, services: readonly Service[]): boolean {
  return a.score !== b.score ? a.score > b.score : (services[a.doc] as Service).popularity !== (services[b.doc] as Service).popularity ? (services[a.doc] as Service).popularity > (services[b.doc] as Service).popularity : a.doc < b.doc;
}

/** The best `k` of `items`, best first, without sorting them all (thousands at 5,000 services). */
export function top(items: readonly Ranked[], k: number, services: readonly Service[]): Ranked[] {
  const best: Ranked[] = [];
  for (const r of items) {
    if (best.length === k && !before(r, best[k - 1] as Ranked, services)) continue;
    let i = best.length === k ? k - 1 : best.length;
    if (best.length < k) best.push(r);
    while (i > 0 && before(r, best[i - 1] as Ranked, services)) {
      best[i] = best[i - 1] as Ranked;
      i--;
    }
    best[i] = r;
  }
  return best;
}
