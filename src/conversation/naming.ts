// Which services a message's words name: a word of a title, a whole popular name, or a synonym phrase of a
// title word. What each service's names are is read once per service (and per synonym list) of a catalogue; how
// widely a word is used comes from the search index, which has counted it already.
import type { SynonymEntry, Service } from '../catalogue/schema.ts';
import { analyze, words, stemOrSelf } from '../search/normalize.ts';
import { fold } from '../core/normalize.ts';
import type { EngineContext } from './turn.ts';

/** `compute(key)`, worked out once per key (a service, a synonym list) and kept as long as the key lives. */
export function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      kept.set(key, value);
    }
    return value;
  };
}

/** The stems of a service's title (and acronym). */
/** The stems of where a service is done (its steps' channels: "Unidade de Atendimento Integrado (UAI) ou posto…"). */
export const channelStems = memo((s: Service): ReadonlySet<string> => new Set(s.steps.flatMap((st) => st.channels.flatMap((c) => analyze(c.description)))));

export const titleStems = memo((s: Service): ReadonlySet<string> => new Set(analyze(`${s.title} ${s.acronym ?? ''}`)));

/** The stems of each step's title, in order (read by the step readers on every message in the steps). */
export const stepTitleStems = memo((s: Service): readonly (readonly string[])[] => s.steps.map((st) => analyze(st.title)));

/** The stems of each step's title and description together (what a step is about, told in full). */
export const stepTextStems = memo((s: Service): readonly (readonly string[])[] => s.steps.map((st) => analyze(`${st.title} ${st.description}`)));

/**
 * The service found has nothing to do with the card in view: neither lists the other as related, and they are of other
 * categories ("Nota Fiscal Avulsa" to the theft report, the fraud report to the power bill). Round 4900.
 */
export function foreignTo(focus: Service, found: Service): boolean {
  return found.category !== focus.category && !focus.related.includes(found.id) && !found.related.includes(focus.id);
}

/** The stems of each popular name of a service. */
const popularStems = memo((s: Service): readonly (readonly string[])[] => s.popularNames.map((n) => analyze(n)).filter((n) => n.length > 0));

/** The stems of each popular name of two words or more of a service ("imposto de herança", not "moto"). */
export const popularPhrases = memo((s: Service): readonly (readonly string[])[] => popularStems(s).filter((p) => p.length >= 2));

/**
 * The words (folded, without stopwords) of each popular name and each keyword of a service: the phrases it is known by
 * besides its title, as written ("queimada", not the "queim" that "queimou" shares).
 */
export const nameKeywordWords = memo((s: Service): readonly (readonly string[])[] => [...s.popularNames, ...s.keywords].map((n) => words(n)).filter((n) => n.length > 0));

/** Every word of the names a service is known by (its acronym, popular names and keywords), folded: "crv", "supletivo". */
export const knownByWords = memo((s: Service): ReadonlySet<string> => new Set([...words(s.acronym ?? ''), ...nameKeywordWords(s).flat()]));

/** Each synonym entry as the stems of its phrases (term first). */
export const synonymStems = memo((synonyms: readonly SynonymEntry[]): readonly (readonly (readonly string[])[])[] =>
  synonyms.map((e) => [e.term, ...e.alternatives].map((p) => analyze(p)).filter((p) => p.length > 0)),
);

/** For each stem, the synonym entries (by their place in the list) having a phrase that opens with it, and those phrases. */
const byOpeningStem = memo((synonyms: readonly SynonymEntry[]): ReadonlyMap<string, readonly { entry: number; phrase: readonly string[] }[]> => {
  const map = new Map<string, { entry: number; phrase: readonly string[] }[]>();
  synonymStems(synonyms).forEach((phrases, entry) => {
    for (const phrase of phrases) {
      const first = phrase[0] as string;
      const opened = map.get(first);
      if (opened) opened.push({ entry, phrase });
      else map.set(first, [{ entry, phrase }]);
    }
  });
  return map;
});

/**
 * `own` with every stem of the synonym entries one of whose phrases (of at least `least` words) it holds whole: the
 * documents' "habilitação" brings "cnh", the costs' "boletim de ocorrência" brings "bo". The entries are those whose
 * phrases open with a stem of `own` (one lookup per stem), added in the list's order.
 */
export function withSynonyms(synonyms: readonly SynonymEntry[], own: ReadonlySet<string>, least = 1): ReadonlySet<string> {
  const index = byOpeningStem(synonyms);
  const held: number[] = [];
  for (const x of own) {
    for (const { entry, phrase } of index.get(x) ?? []) {
      if (phrase.length >= least && phrase.every((y) => own.has(y))) held.push(entry);
    }
  }
  if (held.length === 0) return new Set(own);
  const entries = synonymStems(synonyms);
  const out = new Set(own);
  for (const entry of [...new Set(held)].sort((a, b) => a - b)) for (const phrase of entries[entry] ?? []) for (const x of phrase) out.add(x);
  return out;
}

/**
 * The places in `stems` (one stem per word, in order) of the words inside a phrase of the synonyms of two words or more
 * said whole, in a row ("comprovante de rendimentos"). One lookup per word, of the phrases opening with it.
 */
export function inSynonymPhrases(synonyms: readonly SynonymEntry[], stems: readonly (string | undefined)[]): ReadonlySet<number> {
  const index = byOpeningStem(synonyms);
  const out = new Set<number>();
  stems.forEach((first, k) => {
    for (const { phrase } of (first === undefined ? undefined : index.get(first)) ?? []) {
      if (phrase.length < 2 || k + phrase.length > stems.length) continue;
      if (phrase.every((x, j) => stems[k + j] === x)) for (let j = 0; j < phrase.length; j++) out.add(k + j);
    }
  });
  return out;
}

/** The synonym phrases of two words or more said whole, in a row, in `stems` (one stem per word): one lookup per word. */
export function phrasesSaid(synonyms: readonly SynonymEntry[], stems: readonly string[]): readonly (readonly string[])[] {
  const index = byOpeningStem(synonyms);
  return stems.flatMap((first, k) => (index.get(first) ?? []).filter(({ phrase }) => phrase.length > 1 && phrase.every((x, j) => stems[k + j] === x)).map(({ phrase }) => phrase));
}

/** The stems of a service's names: its title, acronym and popular names. */
export const nameStems = memo((s: Service): ReadonlySet<string> => new Set([...titleStems(s), ...popularStems(s).flat()]));

/** Words of denial: they deny the verb after them in a name ("*não* voltou para casa"), and put a case in the negative. */
export const DENIALS: ReadonlySet<string> = new Set(['nao', 'n', 'nunca']);

/**
 * The stems of a service's names that its names only ever say denied ("não voltou para casa", "saiu de casa e não
 * voltou" on the missing person): said without the denial ("ele *voltou* a me ameaçar"), such a word names the opposite
 * case, not the service (round 2403).
 */
export const deniedNameStems = memo((s: Service): ReadonlySet<string> => {
  const denied = new Set<string>();
  const plain = new Set<string>(titleStems(s));
  for (const name of s.popularNames) {
    const ws = fold(name).split(/[^a-z0-9]+/).filter((w) => w !== '');
    ws.forEach((w, i) => {
      for (const x of analyze(w)) (DENIALS.has(ws[i - 1] ?? '') ? denied : plain).add(x);
    });
  }
  return new Set([...denied].filter((x) => !plain.has(x)));
});

/** The stems of the message's words said without a denial before them (see deniedNameStems). */
export function undeniedStems(tokens: readonly string[]): ReadonlySet<string> {
  return new Set(tokens.flatMap((w, i) => (DENIALS.has(tokens[i - 1] ?? '') ? [] : analyze(w))));
}

/** The words of a service's title, acronym and popular names, folded as written (no stemming). */
const nameWords = memo((s: Service): ReadonlySet<string> => new Set([s.title, s.acronym ?? '', ...s.popularNames].flatMap((x) => fold(x).split(/[^a-z0-9]+/)).filter((w) => w.length >= 2)));

/**
 * Does a word name the service as written, not only by a shared stem: a word of its names, or one within three
 * letters of it ("cnh", "carteira", "ipvas"), not "médico" for "medicamentos".
 */
export function namedAsWritten(s: Service, words: readonly string[]): boolean {
  const own = nameWords(s);
  return words.some((w) => own.has(w) || [...own].some((n) => (n.startsWith(w) || w.startsWith(n)) && Math.min(n.length, w.length) >= 3 && Math.abs(n.length - w.length) <= 3));
}

/** For each stem of the services' names, the services whose names hold it. */
const byNameStem = memo((services: readonly Service[]): ReadonlyMap<string, readonly Service[]> => {
  const map = new Map<string, Service[]>();
  for (const s of services) {
    for (const x of nameStems(s)) {
      const named = map.get(x);
      if (named) named.push(s);
      else map.set(x, [s]);
    }
  }
  return map;
});

/** The services whose names (title, acronym, popular names) hold this stem. */
export function servicesNamedBy(catalogue: EngineContext['catalogue'], stem: string): readonly Service[] {
  return byNameStem(catalogue.services).get(stem) ?? [];
}

/** Share of the catalogue's services whose texts use a word, from which the word names none of them. */
const COMMON_SHARE = 1 / 3;
/** Share of the services up to which a word is rare enough to name one in a story the search is unsure of. */
const RARE_SHARE = 1 / 20;

/** The engine's view of the catalogue that naming reads: its synonyms, and how widely each stem is used. */
type Naming = Pick<EngineContext, 'catalogue' | 'search'>;

/**
 * Do these words name the service: one of them is a word of its title, or they hold a whole popular name of it, or
 * a whole synonym phrase of which one phrase is all in its title ("carteira de motorista" names the CNH services)?
 * A word inside a synonym phrase of several words belongs to that phrase: "carteira" in "carteira de motorista"
 * does not name the identity card. A word most services use ("atendimento", "emitir") names none alone, even in a
 * title; in a synonym phrase or a popular name it may ("quanto custa a identidade?"). `byPhraseOnly`: only by a
 * phrase of two words or more (a word alone, "consultar", is shared too widely).
 */
export function namesService(ctx: Naming, s: Service, words: readonly string[], byPhraseOnly = false): boolean {
  const stems = new Set(analyze(words.join(' ')));
  const title = titleStems(s);
  const has = (phrase: readonly string[]): boolean => phrase.every((x) => stems.has(x));
  const counts = (phrase: readonly string[]): boolean => has(phrase) && (!byPhraseOnly || phrase.length > 1);
  // The entries with a phrase held whole: those of the phrases opening with a stem said (one lookup per stem).
  const index = byOpeningStem(ctx.catalogue.synonyms);
  const held = new Set([...stems].flatMap((x) => (index.get(x) ?? []).filter(({ phrase }) => counts(phrase)).map(({ entry }) => entry)));
  const entries = synonymStems(ctx.catalogue.synonyms);
  const matched = [...held].map((e) => entries[e] ?? []);
  const inPhrase = new Set(matched.flatMap((entry) => entry.filter((p) => p.length > 1 && has(p)).flat()));
  if (!byPhraseOnly && [...stems].some((x) => !inPhrase.has(x) && ctx.search.share(x) <= COMMON_SHARE && title.has(x))) return true;
  if (popularStems(s).some(counts)) return true;
  return matched.some((entry) => entry.some((phrase) => phrase.every((x) => title.has(x))));
}

/** Is this word (as typed, folded) one of the words of the service's title? */
export function inTitle(s: Service, word: string): boolean {
  return titleStems(s).has(stemOrSelf(word));
}

/** How many of the words' stems (none used by most services) are in the service's names: title, acronym, popular names. */
export function namedCount(ctx: Naming, s: Service, words: readonly string[]): number {
  const names = nameStems(s);
  return new Set(analyze(words.join(' ')).filter((x) => names.has(x) && ctx.search.share(x) <= COMMON_SHARE)).size;
}

/** The words' stems used by at most one service in twenty ("preso", "visitar", not "carro"), once each. */
export function rareStems(ctx: Naming, words: readonly string[]): string[] {
  return [...new Set(analyze(words.join(' ')))].filter((x) => ctx.search.share(x) <= RARE_SHARE);
}

/**
 * The words (as given) whose stem is in some service's names and used by at most a third of the services: what a
 * story names ("tem uma amiga precisando de *sangue* no hospital"), without the words around it.
 */
export function namingWordsOf(ctx: Naming, words: readonly string[]): string[] {
  return words.filter((w) => {
    const x = analyze(w)[0];
    return x !== undefined && ctx.search.share(x) <= COMMON_SHARE && servicesNamedBy(ctx.catalogue, x).length > 0;
  });
}

/** Is this word's stem used by at most one service in twenty? */
export const isRare = (ctx: Naming, word: string): boolean => rareStems(ctx, [word]).length > 0;

const spoken = new WeakMap<Service, ReadonlySet<string>>();

/**
 * The stems of everything the card says, wider than `vocabularyOf`: its names and texts, who may ask and on what
 * conditions, each step's documents, costs and channels, and the time it takes, with every synonym of a phrase they
 * hold ("boletim de ocorrência" holds "bo"). What the card speaks of, not only what it is called.
 */
export function spokenOf(ctx: EngineContext, s: Service): ReadonlySet<string> {
  let v = spoken.get(s);
  if (!v) {
    const texts = [s.title, s.acronym ?? '', ...s.popularNames, ...s.keywords, s.description, ...s.requesters.flatMap((r) => [r.type, r.requirements]), s.estimatedTime.description ?? '',
      ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents, ...st.costs.map((c) => c.description), ...st.channels.map((c) => c.description)])];
    // The synonyms of a term the card holds whole ("boletim de ocorrência": "bo"), not those of an alternative it
    // happens to hold ("documento do veículo" on the IPVA refund is no "licenciamento").
    const own = new Set(texts.flatMap((x) => analyze(x)));
    const terms = ctx.catalogue.synonyms.filter((e) => { const term = analyze(e.term); return term.length > 0 && term.every((x) => own.has(x)); });
    v = new Set([...own, ...terms.flatMap((e) => e.alternatives.flatMap((a) => analyze(a)))]);
    spoken.set(s, v);
  }
  return v;
}

/** Does the card speak of every one of these words, each in all its stems (see spokenOf)? True for none. */
export function spokenOfAll(ctx: EngineContext, s: Service, words: readonly string[]): boolean {
  const own = spokenOf(ctx, s);
  return words.every((w) => analyze(w).every((x) => own.has(x)));
}
