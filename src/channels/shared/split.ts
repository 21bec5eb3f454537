// Splits a long text into messages that fit a channel's limit. Pure. One splitter for every channel: each
// passes how it measures a part (Telegram measures the HTML it will send, WhatsApp the characters).

/** How long a part is once sent (its length, or the length of its rendered form). */
export type Measure = (text: string) => number;

// Cut at the largest unit that fits: paragraphs, then lines, then words, then characters. Emphasis never spans
// a line in our texts, so a cut at a paragraph or a line never breaks *negrito* or _itálico_.
const SEPARATORS = ['\n\n', '\n', ' '] as const;

const length: Measure = (text) => text.length;

/**
 * Splits `text` into parts whose measure is at most `limit`, cutting at paragraph, line, word or (for one huge
 * word) grapheme boundaries, never inside an emoji, a flag or an accented letter. Words keep their trailing space, so parts cut inside a line
 * joined back give the line again; blank lines at the edges of a part and empty parts are dropped.
 */
export function splitText(text: string, limit: number, measure: Measure = length): string[] {
  return splitAt(text, 0, limit, measure)
    .map(trimBlankLines)
    .filter((part) => part.trim() !== '');
}

function splitAt(text: string, level: number, limit: number, measure: Measure): string[] {
  if (measure(text) <= limit) return [text];
  const sep = SEPARATORS[level];
  if (sep === undefined) return hardCut(text, limit, measure);
  const words = sep === ' ';
  const glue = words ? '' : sep;
  const out: string[] = [];
  let current: string | undefined;
  for (const part of words ? text.split(/(?<= )/) : text.split(sep)) {
    for (const piece of splitAt(part, level + 1, limit, measure)) {
      if (current === undefined) current = piece;
      else if (measure(current + glue + piece) <= limit) current += glue + piece;
      else {
        out.push(current);
        current = piece;
      }
    }
  }
  if (current !== undefined) out.push(current);
  return out;
}

/** What a reader sees as one character: a flag, an emoji joined by ZWJ, a letter with its accents (Unicode UAX #29). */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts by graphemes, so a flag (two regional indicators), a family emoji (joined by ZWJ) or a letter with a
 * combining accent is never cut in half. Only a single grapheme longer than the limit (a pathological pile of
 * combining marks) is cut by code points, so that no part exceeds the limit.
 */
function hardCut(text: string, limit: number, measure: Measure): string[] {
  const out: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(text)) {
    const pieces = measure(segment) > limit ? [...segment] : [segment];
    for (const piece of pieces) {
      if (current !== '' && measure(current + piece) > limit) {
        out.push(current);
        current = '';
      }
      current += piece;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

function trimBlankLines(part: string): string {
  return part.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}
