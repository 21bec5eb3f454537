// Service names (title, popular names, acronym) as unit sequences, so that ranking can recognise a
// whole name inside a query, literally or through synonyms, and reward or pin that service.
import type { Service } from '../catalogue/schema.ts';
import { unitKey, unitMatch, type Unit } from './synonyms.ts';

/** A service name (title, popular name, acronym) as units, to recognise it inside a query. */
export interface NamePhrase {
  units: Unit[];
  doc: number;
}

/** Service names by the key of their first unit and by each of its concepts, so a query unit finds them in one lookup. */
export type NameTable = ReadonlyMap<string, readonly NamePhrase[]>;

/**
 * The service names of the services (doc number = position in `services`), from the units of each service's names
 * (title, popular names, acronym, in this order: what the index build gives); duplicate names of one service count once.
 */
export function buildNames(services: readonly Service[], nameUnits: readonly (readonly Unit[][])[]): NamePhrase[] {
  const out: NamePhrase[] = [];
  for (let doc = 0; doc < services.length; doc++) {
    const units = nameUnits[doc] as readonly Unit[][];
    // Most services have one name: nothing to deduplicate then.
    const first = out.length;
    for (let k = 0; k < units.length; k++) {
      const us = units[k] as Unit[];
      if (us.length === 0 || (k > 0 && spelt(out, first, us))) continue;
      out.push({ units: us, doc });
    }
  }
  return out;
}

/** Is a name of out[from…] spelt with the same words as `units` (each unit the same terms, as unitKey compares)? */
function spelt(out: readonly NamePhrase[], from: number, units: readonly Unit[]): boolean {
  for (let k = from; k < out.length; k++) {
    const other = (out[k] as NamePhrase).units;
    if (other.length !== units.length) continue;
    let u = 0;
    while (u < units.length && sameTerms(other[u] as Unit, units[u] as Unit)) u++;
    if (u === units.length) return true;
  }
  return false;
}

/** Do two units have the same terms (unitKey(a) === unitKey(b): terms are single words, without spaces)? */
function sameTerms(a: Unit, b: Unit): boolean {
  if (a === b) return true;
  if (a.terms.length !== b.terms.length) return false;
  for (let t = 0; t < a.terms.length; t++) if (a.terms[t] !== b.terms[t]) return false;
  return true;
}

/** The name table of service names, by the key of each name's first unit and by each of its concepts. */
export function nameTable(names: readonly NamePhrase[]): NameTable {
  const namesByKey = new Map<string, NamePhrase[]>();
  const add = (key: string, phrase: NamePhrase): void => {
    const list = namesByKey.get(key);
    if (list) list.push(phrase);
    else namesByKey.set(key, [phrase]);
  };
  for (let k = 0; k < names.length; k++) {
    const phrase = names[k] as NamePhrase;
    const first = phrase.units[0] as Unit;
    add(unitKey(first), phrase);
    for (let c = 0; c < first.concepts.length; c++) add(first.concepts[c] as string, phrase);
  }
  return namesByKey;
}

/** How well the query units from `start` spell the name: 2 word for word, 1 through synonyms, 0 not at all. */
export function nameMatchLevel(units: readonly Unit[], start: number, name: NamePhrase): number {
  let level = 2;
  for (let k = 0; k < name.units.length && level > 0; k++) level = Math.min(level, unitMatch(units[start + k] as Unit, name.units[k] as Unit));
  return level;
}

/**
 * Service names as plain data (a string table and typed arrays): v8 takes tens of thousands of small objects in
 * and out slowly, so the start-up cache and the reload worker's message carry this instead of NamePhrase objects.
 */
export interface PackedNames {
  /** The terms and concepts of every unit. */
  strings: string[];
  /** Per name: its service, and its units [unitStart[k], unitStart[k + 1]). */
  docs: Int32Array;
  unitStart: Int32Array;
  /** Per unit: its terms [termStart[u], termStart[u + 1]) and concepts (same with conceptStart), as string numbers. */
  termStart: Int32Array;
  conceptStart: Int32Array;
  terms: Int32Array;
  concepts: Int32Array;
  trust: Float64Array;
}

/** Packs service names (see PackedNames). */
export function packNames(names: readonly NamePhrase[]): PackedNames {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const id = (s: string): number => {
    let k = ids.get(s);
    if (k === undefined) {
      k = strings.length;
      ids.set(s, k);
      strings.push(s);
    }
    return k;
  };
  const unitStart = [0];
  const termStart = [0];
  const conceptStart = [0];
  const terms: number[] = [];
  const concepts: number[] = [];
  const trust: number[] = [];
  for (const name of names) {
    for (const u of name.units) {
      for (const t of u.terms) terms.push(id(t));
      for (const c of u.concepts) concepts.push(id(c));
      termStart.push(terms.length);
      conceptStart.push(concepts.length);
      trust.push(u.trust);
    }
    unitStart.push(trust.length);
  }
  return {
    strings,
    docs: Int32Array.from(names, (n) => n.doc),
    unitStart: new Int32Array(unitStart),
    termStart: new Int32Array(termStart),
    conceptStart: new Int32Array(conceptStart),
    terms: new Int32Array(terms),
    concepts: new Int32Array(concepts),
    trust: new Float64Array(trust),
  };
}

/** The service names of packed names, in the same order. */
export function unpackNames(p: PackedNames): NamePhrase[] {
  const units: Unit[] = [];
  for (let u = 0; u < p.trust.length; u++) {
    const terms: string[] = [];
    for (let j = p.termStart[u] as number; j < (p.termStart[u + 1] as number); j++) terms.push(p.strings[p.terms[j] as number] as string);
    const concepts: string[] = [];
    for (let j = p.conceptStart[u] as number; j < (p.conceptStart[u + 1] as number); j++) concepts.push(p.strings[p.concepts[j] as number] as string);
    units.push({ terms, concepts, trust: p.trust[u] as number });
  }
  const out: NamePhrase[] = [];
  for (let k = 0; k < p.docs.length; k++) out.push({ units: units.slice(p.unitStart[k] as number, p.unitStart[k + 1] as number), doc: p.docs[k] as number });
  return out;
}
