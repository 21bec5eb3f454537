// Text matching for the dialogue checks: folding, content words and "does this reply mention that fact".
// Independent of the engine's own normaliser on purpose: the yardstick must not share code with what it measures.

/**
 * Lower case, accents stripped, everything but letters and digits turned into single spaces. An ordinal or degree
 * sign after a digit is a word of its own ("90º dia" -> "90 o dia"), so a check for the number 90 finds it.
 */
export function fold(text: string): string {
  return text
    .replace(/(\d)([º°ª])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words that carry no fact: a reply need not repeat them for a catalogue phrase to count as mentioned.
const STOP = new Set(
  (
    'a ao aos as com como da das de do dos e em entre esta este estes foi ha isso la mais mas na nas no nos o os ou ' +
    'para pela pelas pelo pelos por quando que se sem ser seu sua seus suas so um uma umas uns voce ja ate tem ter ' +
    'sao sobre tambem pode podem quem qual quais onde caso conforme cada outro outra outros outras mesmo mesma vez'
  ).split(' '),
);

/** The folded words of a text that carry meaning (stop words and one-letter words removed). */
export function contentWords(text: string): string[] {
  const seen = new Set<string>();
  for (const w of fold(text).split(' ')) {
    if (w.length < 2 || STOP.has(w)) continue;
    seen.add(w);
  }
  return [...seen];
}

/** True when `word` (from a catalogue phrase) appears among `tokens`, forgiving plural and gender endings. */
function wordIn(word: string, tokens: ReadonlySet<string>, prefixes: ReadonlySet<string>): boolean {
  if (tokens.has(word)) return true;
  if (word.length >= 5) return prefixes.has(word.slice(0, 5));
  return tokens.has(`${word}s`) || tokens.has(`${word}es`);
}

/** A reply prepared once for many phrase lookups. */
export interface Haystack {
  /** Folded text, for regular expressions. */
  folded: string;
  tokens: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
  /** Raw text and link URLs, lower case, for URL and phone lookups. */
  raw: string;
}

/** Prepares text (and link URLs) for matching. */
export function haystack(text: string, urls: readonly string[] = []): Haystack {
  const folded = fold(text);
  const tokens = new Set(folded.split(' ').filter(Boolean));
  const prefixes = new Set([...tokens].filter((t) => t.length >= 5).map((t) => t.slice(0, 5)));
  return { folded, tokens, prefixes, raw: `${text}\n${urls.join('\n')}`.toLowerCase() };
}

/** Share (0..1) of the phrase's content words found in the reply; 1 for a phrase with no content words. */
export function coverage(phrase: string, hay: Haystack): number {
  const words = contentWords(phrase);
  if (words.length === 0) return 1;
  return words.filter((w) => wordIn(w, hay.tokens, hay.prefixes)).length / words.length;
}

/**
 * True when the reply has enough of the phrase's content words: `share` of them, but never more than `cap`
 * (a long catalogue sentence is mentioned when its key words are, not only when it is copied).
 */
export function mentions(phrase: string, hay: Haystack, share: number, cap = Number.POSITIVE_INFINITY): boolean {
  const words = contentWords(phrase);
  if (words.length === 0) return true;
  const found = words.filter((w) => wordIn(w, hay.tokens, hay.prefixes)).length;
  return found >= Math.min(Math.ceil(share * words.length - 1e-9), cap);
}

/**
 * The part of a catalogue phrase before its first qualifier: "CPF (original)" -> "CPF". When that leaves a
 * single word of a longer phrase ("Opcional: documentos..."), the phrase up to its first parenthesis is kept.
 */
export function head(phrase: string): string {
  const cut = (phrase.split(/\s*[(,;:]\s*|\s+[—–-]\s+/)[0] ?? phrase).trim();
  const upToParen = (phrase.split('(')[0] ?? phrase).trim();
  if (contentWords(cut).length < 2 && contentWords(upToParen).length >= 2) return upToParen;
  return cut.length >= 2 ? cut : phrase;
}

/** The first sentence of a text. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (m?.[1] ?? text).trim();
}

/** A URL without scheme, "www." and trailing slash, lower case: how it is looked up in a reply. */
export function bareUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

/** True when the reply (text or links) contains this URL, with or without scheme, "www." or trailing slash. */
export function hasUrl(url: string, hay: Haystack): boolean {
  return hay.raw.includes(bareUrl(url));
}

/** True when the reply contains this phone number as a number of its own ("155", "0800 123"). */
export function hasPhone(phone: string, hay: Haystack): boolean {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 0) return false;
  const joined = hay.raw.replace(/(\d)[\s.-](?=\d)/g, '$1');
  return new RegExp(`(^|\\D)${digits}(\\D|$)`).test(joined);
}
