// Pure rendering of channel-neutral replies for Telegram: HTML text, inline keyboards, 4096-character parts.
// No grammY runtime here, only its types, so every rule can be tested without a bot.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Link, Option, Reply } from '../../conversation/types.ts';
import { linkLine } from '../shared/menu.ts';
import { splitText as splitMeasured } from '../shared/split.ts';

/** Telegram's limit for one message text. */
export const MESSAGE_LIMIT = 4096;

/** Telegram's limit for callback data, in bytes (UTF-8). */
export const CALLBACK_DATA_LIMIT = 64;

/** Prefix of the callback data used when an option id is too long for a button (see optionData). */
export const INDEX_DATA_PREFIX = '#';

/** One Telegram message ready to send: HTML text and, on the last part of a reply, its keyboard. */
export interface RenderedMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Escapes the three characters that Telegram's HTML parse mode requires escaped in text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Converts one reply text to Telegram HTML: escape first (so citizen text can never inject tags),
 * then *negrito* -> <b> and _itálico_ -> <i>, with the same rules as the terminal renderer.
 * Markers never span lines, so a text cut at line breaks is converted the same way part by part.
 */
export function toHtml(text: string): string {
  return escapeHtml(text).split('\n').map(emphasizeLine).join('\n');
}

function italics(text: string): string {
  return text.replace(/(^|\s)_([^_\n]+)_(?=\s|$|[.,!?)])/g, '$1<i>$2</i>');
}

// Bold spans first, then italics inside or between them: tags always nest properly, which Telegram requires
// (a naive pair of replaces turns "*a _b* c_" into crossed tags and the whole message is refused).
function emphasizeLine(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(/\*([^*\n]+)\*/g)) {
    out += `${italics(line.slice(last, m.index))}<b>${italics(m[1] ?? '')}</b>`;
    last = m.index + m[0].length;
  }
  return out + italics(line.slice(last));
}

/** The callback data of an option: its id when it fits Telegram's 64 bytes, else "#n" (its place in the list). */
export function optionData(option: Option, index: number): string {
  if (Buffer.byteLength(option.id, 'utf8') <= CALLBACK_DATA_LIMIT && !option.id.startsWith(INDEX_DATA_PREFIX)) return option.id;
  return `${INDEX_DATA_PREFIX}${index + 1}`;
}

const SHORT_LABEL = 18;
const BUTTON_TEXT_MAX = 64;

function buttonText(label: string): string {
  const chars = [...label];
  return chars.length <= BUTTON_TEXT_MAX ? label : `${chars.slice(0, BUTTON_TEXT_MAX - 1).join('')}…`;
}

/** Links Telegram accepts as URL buttons; anything else is shown in the text instead. */
export function isButtonUrl(url: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url);
}

/**
 * The inline keyboard of a reply: URL buttons for links first, then one option per row,
 * except that two short options (like 👍 Sim / 👎 Não) share a row.
 */
export function keyboardOf(reply: Reply): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = [];
  for (const link of (reply.links ?? []).filter((l) => isButtonUrl(l.url))) {
    rows.push([{ text: buttonText(link.label), url: link.url }]);
  }
  const options = reply.options ?? [];
  for (let i = 0; i < options.length; i++) {
    const option = options[i];
    if (!option) continue;
    const button: InlineKeyboardButton = { text: buttonText(option.label), callback_data: optionData(option, i) };
    const next = options[i + 1];
    if (next && [...option.label].length <= SHORT_LABEL && [...next.label].length <= SHORT_LABEL) {
      rows.push([button, { text: buttonText(next.label), callback_data: optionData(next, i + 1) }]);
      i++;
    } else {
      rows.push([button]);
    }
  }
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/** Links that cannot be buttons, written out as lines of text so they are not lost. */
function linkLines(links: readonly Link[] | undefined): string[] {
  return (links ?? []).filter((l) => !isButtonUrl(l.url)).map(linkLine);
}

/** Turns source text into Telegram HTML (toHtml for replies, escapeHtml for verbatim text). */
export type HtmlConverter = (text: string) => string;

/**
 * Splits a source text into parts whose HTML fits in `limit` (the shared splitter, measuring the HTML that will
 * be sent). Each part is converted on its own, so no tag is ever cut in two.
 */
export function splitText(text: string, limit: number = MESSAGE_LIMIT, convert: HtmlConverter = toHtml): string[] {
  return splitMeasured(text, limit, (part) => convert(part).length);
}

/** Renders one reply as one or more messages; the keyboard goes on the last part. */
export function renderReply(reply: Reply, limit: number = MESSAGE_LIMIT): RenderedMessage[] {
  const text = [reply.text, ...linkLines(reply.links)].filter((t) => t.trim() !== '').join('\n\n');
  const keyboard = keyboardOf(reply);
  const parts = splitText(text, limit).map((part): RenderedMessage => ({ html: toHtml(part) }));
  // Telegram refuses empty messages; a reply made only of buttons still needs a line of text.
  if (parts.length === 0) parts.push({ html: escapeHtml(keyboard ? 'Escolha uma opção:' : '…') });
  const last = parts[parts.length - 1];
  if (last && keyboard) last.keyboard = keyboard;
  return parts;
}

/**
 * Renders text that must appear verbatim (staff reports naming files such as foo_bar.yaml): escaped,
 * no emphasis, the title in bold, split as needed.
 */
export function renderVerbatim(title: string, lines: readonly string[], limit: number = MESSAGE_LIMIT): RenderedMessage[] {
  const bold = `<b>${escapeHtml(title)}</b>`;
  const parts = splitText(lines.join('\n'), limit, escapeHtml).map((part): RenderedMessage => ({ html: escapeHtml(part) }));
  const first = parts[0];
  if (first && bold.length + 1 + first.html.length <= limit) first.html = `${bold}\n${first.html}`;
  else parts.unshift({ html: bold });
  return parts;
}

/** Option ids whose answer replaces the message that was pressed, instead of adding a new one. */
const EDITING_OPTIONS = new Set(['walk:next', 'walk:prev']);

/**
 * Should the answer to a button press edit the pressed message? Only when walking through steps
 * (step 2 of 4 replaces step 1 of 4, as the reply's hint says), and only when the answer is one
 * message of one part.
 */
export function shouldEdit(pressedOptionId: string, replies: readonly Reply[]): boolean {
  if (!EDITING_OPTIONS.has(pressedOptionId) || replies.length !== 1) return false;
  const only = replies[0];
  return only !== undefined && only.hint?.kind === 'step' && renderReply(only).length === 1;
}
