// Pure rendering of channel-neutral replies for the web widget: structured JSON (spans, options, links) that the
// widget turns into DOM nodes with textContent only. No HTML is ever built here, so no text (the catalogue's or a
// citizen's, echoed in a summary) can inject markup, whatever it contains.
import type { Link, Reply, ReplyHint } from '../../conversation/types.ts';
import { withoutRepeatedOptions } from '../shared/choices.ts';

/** One run of text as the widget writes it: plain, bold, italic (both may hold), or a link. */
export interface Span {
  text: string;
  bold?: true;
  italic?: true;
  /** An http(s) address written in the text; the widget makes it a link that opens in a new tab. */
  href?: string;
}

/** A choice as a button: the engine's option id, its label, and the leading emoji apart (hidden from screen readers). */
export interface WebOption {
  id: string;
  label: string;
  icon?: string;
}

/** Where a walkthrough step or a form question stands, from the reply's hint: the widget draws a progress bar. */
export interface WebProgress {
  kind: 'step' | 'field';
  at: number;
  of: number;
}

/** One reply, ready for the widget. Paragraphs hold lines separated by "\n" spans. */
export interface WebReply {
  /** The reply's hint kind ("card", "step", "menu"…), or "text" when the engine gave none. */
  kind: ReplyHint['kind'] | 'text';
  paragraphs: Span[][];
  options: WebOption[];
  links: Link[];
  progress?: WebProgress;
}

const BOLD = /\*([^*\n]+)\*/g;
// The same rules as the Telegram and terminal renderers: an underscore opens italics only after a space, so
// identifiers such as foo_bar.yaml stay as they are.
const ITALIC = /(^|\s)_([^_\n]+)_(?=\s|$|[.,!?)])/g;
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
const LEADING_ICON = /^(\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)\s+(\S[\s\S]*)$/u;

/** True for an address the widget may link to: http(s) only, never javascript: or data:. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !/\s/.test(url);
  } catch {
    return false;
  }
}

function push(out: Span[], text: string, bold: boolean, italic: boolean, href?: string): void {
  if (text === '') return;
  const span: Span = { text };
  if (bold) span.bold = true;
  if (italic) span.italic = true;
  if (href !== undefined) span.href = href;
  const last = out[out.length - 1];
  if (last && href === undefined && last.href === undefined && last.bold === span.bold && last.italic === span.italic) last.text += text;
  else out.push(span);
}

function pushLinks(out: Span[], text: string, bold: boolean, italic: boolean): void {
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const url = m[0].replace(TRAILING_PUNCTUATION, '');
    push(out, text.slice(last, m.index), bold, italic);
    if (isWebUrl(url)) push(out, url, bold, italic, url);
    else push(out, url, bold, italic);
    last = m.index + url.length;
  }
  push(out, text.slice(last), bold, italic);
}

function pushItalics(out: Span[], text: string, bold: boolean): void {
  let last = 0;
  for (const m of text.matchAll(ITALIC)) {
    const start = m.index + (m[1] ?? '').length;
    pushLinks(out, text.slice(last, start), bold, false);
    pushLinks(out, m[2] ?? '', bold, true);
    last = m.index + m[0].length;
  }
  pushLinks(out, text.slice(last), bold, false);
}

/** One line of reply text as spans: *negrito* and _itálico_ become styles, addresses become links. */
export function lineSpans(line: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  for (const m of line.matchAll(BOLD)) {
    pushItalics(out, line.slice(last, m.index), false);
    pushItalics(out, m[1] ?? '', true);
    last = m.index + m[0].length;
  }
  pushItalics(out, line.slice(last), false);
  return out;
}

/** A reply text as paragraphs (split at blank lines) of spans, lines joined by "\n" spans. */
export function paragraphsOf(text: string): Span[][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const out: Span[] = [];
      p.split('\n').forEach((line, i) => {
        if (i > 0) push(out, '\n', false, false);
        for (const span of lineSpans(line)) push(out, span.text, span.bold === true, span.italic === true, span.href);
      });
      return out;
    });
}

/** An option label with its leading emoji apart: "📋 Passo a passo" → icon "📋", label "Passo a passo". */
export function optionOf(id: string, label: string): WebOption {
  const m = LEADING_ICON.exec(label);
  return m?.[1] && m[2] ? { id, label: m[2], icon: m[1] } : { id, label };
}

/** Renders one reply for the widget. */
export function renderReply(reply: Reply): WebReply {
  const out: WebReply = {
    kind: reply.hint?.kind ?? 'text',
    paragraphs: paragraphsOf(withoutRepeatedOptions(reply)),
    options: (reply.options ?? []).map((o) => optionOf(o.id, o.label)),
    links: (reply.links ?? []).filter((l) => isWebUrl(l.url)).map((l) => ({ label: l.label, url: l.url })),
  };
  const hint = reply.hint;
  if (hint?.kind === 'step') out.progress = { kind: 'step', at: hint.step, of: hint.of };
  if (hint?.kind === 'field') out.progress = { kind: 'field', at: hint.field, of: hint.of };
  // Links the widget cannot open (not http/https) stay readable as text rather than vanish.
  const odd = (reply.links ?? []).filter((l) => !isWebUrl(l.url));
  if (odd.length > 0) out.paragraphs.push(odd.flatMap((l, i): Span[] => [...(i > 0 ? [{ text: '\n' }] : []), { text: `${l.label}: ${l.url}` }]));
  return out;
}

/** Renders the replies of one turn, in order. */
export function renderReplies(replies: readonly Reply[]): WebReply[] {
  return replies.map(renderReply);
}
