// Service names (title, popular names, acronym) as unit sequences, so that ranking can recognise a
// whole name inside a query, literally or through synonyms, and reward or pin that service.
import type { Service } from '../catalogue/schema.ts';
import { analyze } from './normalize.ts';
import { toUnits, unitKey, unitMatch, type PhraseTable, type Unit } from './synonyms.ts';

/** A service name (title, popular name, acronym) as units, to recognise it inside a query. */
export interface NamePhrase {
  units: Unit[];
  doc: number;
}

/** Service names by the key of their first unit and by each of its concepts, so a query unit finds them in one lookup. */
export type NameTable = ReadonlyMap<string, readonly NamePhrase[]>;

/** Name units by name text, for one synonym table: a reload reads only the names staff changed. */
let nameMemo: { phrases: PhraseTable; units: Map<string, Unit[]> } | undefined;

/** The service names of the services as units (doc number = position in `services`); duplicate names of one service count once. */
export function buildNames(services: readonly Service[], phrases: PhraseTable): NamePhrase[] {
  const before = nameMemo?.phrases === phrases ? nameMemo.units : new Map<string, Unit[]>();
  const units = new Map<string, Unit[]>();
  const out: NamePhrase[] = [];
  services.forEach((s, doc) => {
    const seenNames = new Set<string>();
    for (const name of [s.title, ...s.popularNames, ...(s.acronym ? [s.acronym] : [])]) {
      let us = units.get(name) ?? before.get(name);
      if (us === undefined) us = toUnits(analyze(name), [], phrases);
      units.set(name, us);
      const key = us.map(unitKey).join('|');
      if (us.length === 0 || seenNames.has(key)) continue;
      seenNames.add(key);
      out.push({ units: us, doc });
    }
  });
  nameMemo = { phrases, units };
  return out;
}

/** The name table of service names, by the key of each name's first unit and by each of its concepts. */
export function nameTable(names: readonly NamePhrase[]): NameTable {
  const namesByKey = new Map<string, NamePhrase[]>();
  for (const phrase of names) {
    const first = phrase.units[0] as Unit;
    for (const key of [unitKey(first), ...first.concepts]) {
      const list = namesByKey.get(key);
      if (list) list.push(phrase);
      else namesByKey.set(key, [phrase]);
    }
  }
  return namesByKey;
}

/** How well the query units from `start` spell the name: 2 word for word, 1 through synonyms, 0 not at all. */
export function nameMatchLevel(units: readonly Unit[], start: number, name: NamePhrase): number {
  let level = 2;
  for (let k = 0; k < name.units.length && level > 0; k++) level = Math.min(level, unitMatch(units[start + k] as Unit, name.units[k] as Unit));
  return level;
}
