// E-mail addresses in any disguise: "maria.silva@gmail.com", "maria @ gmail", "maria arroba gmail ponto com",
// "maria (at) gmail (dot) com", with or without a dot in the domain. Read on tokens around each "@", "arroba"
// or "at", at most an address's length to each side, so the work stays linear in the length of the message.
import type { FoldedText, Span, Token } from './text.ts';

const DOT_WORDS = new Set(['ponto', 'dot']);
const LOCAL_JOIN_WORDS = new Set(['ponto', 'dot', 'underline', 'underscore', 'traco', 'hifen']);
/** Mail providers citizens use: "maria at gmail" is an address even without a dot. */
const PROVIDERS = new Set(['gmail', 'hotmail', 'outlook', 'yahoo', 'live', 'msn', 'icloud', 'bol', 'uol', 'terra', 'ig', 'globo', 'globomail', 'protonmail', 'proton', 'yandex', 'zipmail', 'aol']);
/** Words before "arroba" that show it is the unit of weight, not an address ("o preço da arroba"). */
const NOT_LOCAL = new Set(['a', 'o', 'da', 'do', 'de', 'na', 'no', 'por', 'uma', 'cada', 'mil', 'kg', 'e', 'em', 'sem', 'com', 'que', 'meu', 'minha', 'sua', 'seu']);
/** Longest local part and domain read (RFC 5321 allows 64 and 255 characters); bounds the work per marker. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

const isPiece = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'digits');
/** Separator text that joins the parts of a local name: ".", "_", "-", "+", possibly with spaces around. */
const isLocalJoin = (t: Token | undefined): boolean => t !== undefined && t.kind === 'sep' && /^ ?[._+-]{1,2} ?$/.test(t.text);
/** Separator text that joins the parts of a domain: "." or "-", possibly with spaces around. */
const isDomainJoin = (t: Token | undefined): boolean => t !== undefined && t.kind === 'sep' && /^ ?[.-] ?$/.test(t.text);
/** Only spaces, or brackets around a spelled "at"/"dot": what may sit around a spelled marker. */
const spelledSep = (t: Token | undefined): boolean => t !== undefined && t.kind === 'sep' && /^[ ()[\]{}<>]{1,3}$/.test(t.text);

/** Index of the first token of the local part ending right before token `end` (inclusive), or undefined. */
function localStart(tokens: Token[], end: number): number | undefined {
  if (!isPiece(tokens[end])) return undefined;
  let first = end;
  const limit = (tokens[end] as Token).end - MAX_LOCAL;
  while ((tokens[first] as Token).start > limit) {
    const prev = tokens[first - 1];
    if (isPiece(prev)) first -= 1; // "maria1990": letters and digits touch
    else if (isLocalJoin(prev) && isPiece(tokens[first - 2])) first -= 2;
    else if (spelledSep(prev) && LOCAL_JOIN_WORDS.has(tokens[first - 2]?.text ?? '') && spelledSep(tokens[first - 3]) && isPiece(tokens[first - 4])) first -= 4;
    else break;
  }
  return first;
}

/** Index of the last token of the domain starting at token `start`, and how many dotted parts it has. */
function domainEnd(tokens: Token[], start: number): { last: number; parts: number } | undefined {
  if (!isPiece(tokens[start])) return undefined;
  let last = start;
  let parts = 1;
  const limit = (tokens[start] as Token).start + MAX_DOMAIN;
  while ((tokens[last] as Token).end < limit) {
    const next = tokens[last + 1];
    if (isPiece(next)) last += 1;
    else if (isDomainJoin(next) && isPiece(tokens[last + 2])) {
      last += 2;
      if (next?.text.trim() === '.') parts++;
    } else if (spelledSep(next) && DOT_WORDS.has(tokens[last + 2]?.text ?? '') && spelledSep(tokens[last + 3]) && isPiece(tokens[last + 4])) {
      last += 4;
      parts++;
    } else break;
  }
  return { last, parts };
}

/** The spans of e-mail addresses. */
export function emailSpans(f: FoldedText): Span[] {
  const { tokens } = f;
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let localEnd: number | undefined;
    let domainStart: number | undefined;
    let strong: boolean;
    if (t.kind === 'sep' && t.text.includes('@')) {
      if (!/^[ ()[\]{}<>]*@[ ()[\]{}<>]*$/.test(t.text)) continue;
      localEnd = i - 1;
      domainStart = i + 1;
      strong = true;
    } else if (t.kind === 'word' && (t.text === 'arroba' || t.text === 'at') && spelledSep(tokens[i - 1]) && spelledSep(tokens[i + 1])) {
      localEnd = i - 2;
      domainStart = i + 2;
      strong = t.text === 'arroba' || /[([{<]/.test(tokens[i - 1]?.text ?? '');
    } else continue;
    const first = localStart(tokens, localEnd);
    if (first === undefined) continue;
    const domain = domainEnd(tokens, domainStart);
    if (t.kind === 'word') {
      // Spelled markers need more evidence than "@": a local name that is not a little word, and a domain.
      if (!domain || (first === localEnd && NOT_LOCAL.has(tokens[first]?.text ?? ''))) continue;
      if (!strong && domain.parts < 2 && !PROVIDERS.has(tokens[domainStart]?.text ?? '')) continue;
    }
    const last = domain ? domain.last : i;
    spans.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, tag: '[email]' });
    i = last;
  }
  return spans;
}
