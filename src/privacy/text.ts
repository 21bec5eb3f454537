// The text the redaction rules read: folded (compatibility forms, no accents, lower case, ASCII digits of
// every script, no invisible characters) and cut into tokens, with a map back to the citizen's own text so that
// only the redacted parts change. Everything here is one pass over the text: it runs on every message.

/** A run of the folded text: letters, digits, or anything else (spaces, punctuation, symbols). */
export interface Token {
  kind: 'word' | 'digits' | 'sep';
  text: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

/** The folded text, its tokens, and where each folded character came from in the original. */
export interface FoldedText {
  folded: string;
  tokens: Token[];
  /** For each folded character, the offset of the original character it came from (and one past its end). */
  from: Int32Array;
  to: Int32Array;
}

/** A part of the folded text to replace, with the tag that replaces it. */
export interface Span {
  start: number;
  end: number;
  tag: string;
}

const DECIMAL = /^\p{Nd}$/u;
const INVISIBLE = /^\p{Cf}$/u;
const MARKS = /\p{M}/gu;

/** The ASCII digit of a decimal digit of any script: Unicode encodes each script's 0–9 as a contiguous run from 0. */
function asciiDigit(cp: number): string {
  let run = 0;
  while (run < 100 && DECIMAL.test(String.fromCodePoint(cp - run - 1))) run++;
  return String(run % 10);
}

const cache = new Map<string, string>();

/** One code point as the rules read it. */
function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (INVISIBLE.test(ch)) out = ''; // zero-width spaces, soft hyphens, joiners: they only hide what they split
  else {
    out = ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
    if (out.length > 0 && DECIMAL.test(out) && !/^[0-9]$/.test(out)) out = asciiDigit(out.codePointAt(0) ?? 0);
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(ch, out);
  return out;
}

const LETTER = /\p{L}/u;

/** Token kind of one folded character; ASCII without a regular expression, since it is most of the text. */
function kindOf(code: number, c: string): Token['kind'] {
  if (code >= 48 && code <= 57) return 'digits';
  if (code >= 97 && code <= 122) return 'word';
  if (code < 128) return 'sep';
  return LETTER.test(c) ? 'word' : 'sep';
}

/** Folds the text and cuts it into tokens. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  let from: Int32Array<ArrayBuffer> = new Int32Array(text.length + 16);
  let to: Int32Array<ArrayBuffer> = new Int32Array(text.length + 16);
  let size = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let f: string;
    let width = 1;
    if (code < 128) f = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (text[i] as string);
    else {
      const cp = text.codePointAt(i) ?? code;
      width = cp > 0xffff ? 2 : 1;
      f = foldChar(String.fromCodePoint(cp));
    }
    if (size + f.length > from.length) {
      // Compatibility forms can expand ("½" is three characters): grow the maps.
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2 + f.length);
        b.set(a);
        return b;
      };
      from = grow(from);
      to = grow(to);
    }
    for (let k = 0; k < f.length; k++) {
      from[size] = i;
      to[size] = i + width;
      size++;
    }
    parts.push(f);
    i += width;
  }
  const folded = parts.join('');
  const tokens: Token[] = [];
  let start = 0;
  let kind: Token['kind'] | undefined;
  for (let k = 0; k < folded.length; k++) {
    const kk = kindOf(folded.charCodeAt(k), folded[k] as string);
    if (kk !== kind) {
      if (kind !== undefined) tokens.push({ kind, text: folded.slice(start, k), start, end: k });
      kind = kk;
      start = k;
    }
  }
  if (kind !== undefined) tokens.push({ kind, text: folded.slice(start), start, end: folded.length });
  return { folded, tokens, from: from.subarray(0, size), to: to.subarray(0, size) };
}

/** The original text with the spans (in folded offsets) replaced by their tags; overlapping spans are merged. */
export function applySpans(original: string, f: FoldedText, spans: Span[]): string {
  if (spans.length === 0) return original;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = '';
  let at = 0;
  for (const s of merged) {
    const a = f.from[s.start] ?? original.length;
    const b = f.to[s.end - 1] ?? original.length;
    out += original.slice(at, a) + s.tag;
    at = b;
  }
  return out + original.slice(at);
}
