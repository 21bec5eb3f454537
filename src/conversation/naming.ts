// Which services a message's words name: a word of a title, a whole popular name, or a synonym phrase of a
// title word. Read once per service (and per synonym list) of a catalogue.
import type { Catalogue } from '../catalogue/load.ts';
import type { Service, SynonymEntry } from '../catalogue/schema.ts';
import { analyze } from '../search/normalize.ts';

const titleStemsOf = new WeakMap<Service, ReadonlySet<string>>();

/** The stems of a service's title (and acronym), read once per service of a catalogue. */
export function titleStems(s: Service): ReadonlySet<string> {
  let stems = titleStemsOf.get(s);
  if (!stems) {
    stems = new Set(analyze(`${s.title} ${s.acronym ?? ''}`));
    titleStemsOf.set(s, stems);
  }
  return stems;
}

const popularStemsOf = new WeakMap<Service, readonly (readonly string[])[]>();

/** The stems of each popular name of a service, read once per service of a catalogue. */
function popularStems(s: Service): readonly (readonly string[])[] {
  let names = popularStemsOf.get(s);
  if (!names) {
    names = s.popularNames.map((n) => analyze(n)).filter((n) => n.length > 0);
    popularStemsOf.set(s, names);
  }
  return names;
}

const synonymStemsOf = new WeakMap<readonly SynonymEntry[], readonly (readonly (readonly string[])[])[]>();

/** Each synonym entry as the stems of its phrases (term first), read once per catalogue. */
function synonymStems(synonyms: readonly SynonymEntry[]): readonly (readonly (readonly string[])[])[] {
  let entries = synonymStemsOf.get(synonyms);
  if (!entries) {
    entries = synonyms.map((e) => [e.term, ...e.alternatives].map((p) => analyze(p)).filter((p) => p.length > 0));
    synonymStemsOf.set(synonyms, entries);
  }
  return entries;
}

/**
 * Do these words name the service: one of them is a word of its title, or they hold a whole popular name of it,
 * or a whole synonym phrase of which one phrase is all in its title ("carteira de motorista" names the CNH
 * services); `byPhraseOnly`, only by a phrase of two words or more. A word inside a synonym phrase of several words belongs to that phrase: "carteira" in "carteira de
 * motorista" does not name the identity card.
 */
export function namesService(catalogue: Catalogue, s: Service, words: readonly string[], byPhraseOnly = false): boolean {
  const synonyms = catalogue.synonyms;
  const stems = new Set(analyze(words.join(' ')));
  const title = titleStems(s);
  // A word most services speak of ("atendimento", "emitir") names none of them alone, even in a title; in a
  // synonym phrase or a popular name it may ("quanto custa a identidade?").
  const common = commonStems(catalogue);
  const has = (phrase: readonly string[]): boolean => phrase.every((x) => stems.has(x));
  // `byPhraseOnly`: only phrases of two words or more count (a word alone, "consultar", is shared too widely).
  const counts = (phrase: readonly string[]): boolean => has(phrase) && (!byPhraseOnly || phrase.length > 1);
  const matched = synonymStems(synonyms).filter((entry) => entry.some(counts));
  const inPhrase = new Set(matched.flatMap((entry) => entry.filter((p) => p.length > 1 && has(p)).flat()));
  if (!byPhraseOnly && [...stems].some((x) => !inPhrase.has(x) && !common.has(x) && title.has(x))) return true;
  if (popularStems(s).some(counts)) return true;
  return matched.some((entry) => entry.some((phrase) => phrase.every((x) => title.has(x))));
}

const stemCountsOf = new WeakMap<Catalogue, ReadonlyMap<string, number>>();
const commonStemsOf = new WeakMap<Catalogue, ReadonlySet<string>>();

/** Share of the catalogue's services whose own texts use a word, from which the word names none of them. */
const COMMON_SHARE = 1 / 3;
/** Share of the services up to which a word is rare enough to name one in a story the search is unsure of. */
const RARE_SHARE = 1 / 20;

/** For each stem, how many services use it in their texts (title, names, description, steps, documents). */
function stemCounts(catalogue: Catalogue): ReadonlyMap<string, number> {
  let counts = stemCountsOf.get(catalogue);
  if (!counts) {
    const n = new Map<string, number>();
    for (const s of catalogue.services) {
      const texts = [s.title, s.acronym ?? '', ...s.popularNames, ...s.keywords, s.description, ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents])];
      for (const x of new Set(texts.flatMap((text) => analyze(text)))) n.set(x, (n.get(x) ?? 0) + 1);
    }
    counts = n;
    stemCountsOf.set(catalogue, counts);
  }
  return counts;
}

/** The stems used in the texts of more than a third of the services. */
function commonStems(catalogue: Catalogue): ReadonlySet<string> {
  let common = commonStemsOf.get(catalogue);
  if (!common) {
    const limit = catalogue.services.length * COMMON_SHARE;
    common = new Set([...stemCounts(catalogue)].filter(([, n]) => n > limit).map(([x]) => x));
    commonStemsOf.set(catalogue, common);
  }
  return common;
}

const nameStemsOf = new WeakMap<Service, ReadonlySet<string>>();

/** The stems of a service's names: its title, acronym and popular names. */
export function nameStems(s: Service): ReadonlySet<string> {
  let stems = nameStemsOf.get(s);
  if (!stems) {
    stems = new Set([...titleStems(s), ...popularStems(s).flat()]);
    nameStemsOf.set(s, stems);
  }
  return stems;
}


/** Is this word (as typed, folded) one of the words of the service's title? */
export function inTitle(s: Service, word: string): boolean {
  return titleStems(s).has(analyze(word)[0] ?? word);
}

/** How many of the words' stems (none of the common ones) are in the service's names: its title, acronym and popular names. */
export function namedCount(catalogue: Catalogue, s: Service, words: readonly string[]): number {
  const common = commonStems(catalogue);
  const names = nameStems(s);
  return new Set(analyze(words.join(' ')).filter((x) => !common.has(x) && names.has(x))).size;
}

/** The words' stems used by at most one service in twenty ("preso", "visitar", not "carro"), once each. */
export function rareStems(catalogue: Catalogue, words: readonly string[]): string[] {
  const counts = stemCounts(catalogue);
  const limit = catalogue.services.length * RARE_SHARE;
  return [...new Set(analyze(words.join(' ')))].filter((x) => (counts.get(x) ?? 0) <= limit);
}
