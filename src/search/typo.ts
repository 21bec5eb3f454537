// Typo correction: fuse.js shortlists words of the catalogue's own vocabulary, a bounded
// Damerau-Levenshtein distance confirms. Correcting only towards the catalogue's words means a
// correction can never invent a term that matches nothing.
import Fuse from 'fuse.js';
import { T } from './tuning.ts';

/** Optimal string alignment distance between two words, or `max + 1` as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const r0 = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) r0[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (rows[i - 2] as number[])[j - 2] as number + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

const ALPHABET = 36; // a-z and 0-9: folded words hold nothing else

function letterCounts(word: string, into: Uint8Array, offset: number): void {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const slot = c >= 97 ? c - 97 : c - 48 + 26;
    into[offset + slot] = (into[offset + slot] as number) + 1;
  }
}

/** Finds the catalogue word a misspelt (folded) query word most likely meant. */
export class TypoCorrector {
  private readonly words: string[];
  /** Letter counts of every word, ALPHABET slots each: a cheap filter before fuse.js (k edits change at most 2k counts). */
  private readonly counts: Uint8Array;
  private readonly byLength = new Map<number, number[]>();
  /** The answers given so far, by word: citizens misspell the same words again and again. Bounded, as typed words are open-ended. */
  private readonly answers = new Map<string, { word: string; edits: number } | undefined>();

  /** `frequency`: how many services use each folded word (stopwords included, so typos of fillers vanish). */
  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    this.words = [...frequency.keys()];
    this.counts = new Uint8Array(this.words.length * ALPHABET);
    this.words.forEach((word, i) => {
      letterCounts(word, this.counts, i * ALPHABET);
      const list = this.byLength.get(word.length) ?? [];
      list.push(i);
      this.byLength.set(word.length, list);
    });
  }

  /** The best catalogue word for a misspelt word, or undefined when nothing is close enough. */
  correct(word: string): { word: string; edits: number } | undefined {
    if (this.answers.has(word)) return this.answers.get(word);
    const best = this.search(word);
    if (this.answers.size >= 10_000) this.answers.clear();
    this.answers.set(word, best);
    return best;
  }

  private search(word: string): { word: string; edits: number } | undefined {
    const maxEdits = word.length >= 8 ? 2 : 1;
    const mine = new Uint8Array(ALPHABET);
    letterCounts(word, mine, 0);
    const shortlist: string[] = [];
    for (let len = word.length - maxEdits; len <= word.length + maxEdits; len++) {
      for (const i of this.byLength.get(len) ?? []) {
        let diff = 0;
        const base = i * ALPHABET;
        for (let k = 0; k < ALPHABET && diff <= 2 * maxEdits; k++) diff += Math.abs((mine[k] as number) - (this.counts[base + k] as number));
        if (diff <= 2 * maxEdits) shortlist.push(this.words[i] as string);
      }
    }
    if (shortlist.length === 0) return undefined;
    // fuse.js ranks the shortlist by Bitap closeness; the edit distance then confirms each candidate.
    const fuse = new Fuse(shortlist, { includeScore: true, isCaseSensitive: true, threshold: 0.5, distance: 8, minMatchCharLength: 2 });
    let best: Candidate | undefined;
    for (const r of fuse.search(word)) {
      const edits = editDistance(word, r.item, maxEdits);
      if (edits > maxEdits) continue;
      const cand: Candidate = { word: r.item, edits, score: r.score ?? 1, freq: this.frequency.get(r.item) ?? 0 };
      if (!best || better(cand, best, word.length)) best = cand;
    }
    return best ? { word: best.word, edits: best.edits } : undefined;
  }
}

interface Candidate {
  word: string;
  edits: number;
  score: number;
  freq: number;
}

/** Fewer edits first; then a longer word, then one of the same length (people drop letters more often than they add them); then fuse.js's score; then the more frequent word. */
function better(a: Candidate, b: Candidate, length: number): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  const la = Math.sign(a.word.length - length);
  const lb = Math.sign(b.word.length - length);
  if (la !== lb) return la > lb;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score < b.score;
  const da = Math.abs(a.word.length - length);
  const db = Math.abs(b.word.length - length);
  if (da !== db) return da < db;
  if (a.freq !== b.freq) return a.freq > b.freq;
  return a.word < b.word;
}

/** How much a corrected word is trusted: the shorter the word, the more other words are one edit away. */
export function correctionTrust(word: string, edits: number): number {
  return Math.max(0, 1 - (T.correctionPenalty * edits) / word.length);
}
