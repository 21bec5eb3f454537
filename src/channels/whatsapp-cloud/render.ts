// Renders channel-neutral replies as Cloud API messages. Pure: no HTTP, no clock.
//   1–3 options whose titles fit  → reply buttons
//   up to 10 options              → a list message (long labels shortened in the title, whole in the description)
//   more, or labels too long      → the numbered text menu of the other channels (type the number)
// Links are written in the text (WhatsApp makes them tappable); a text message with a link asks for its preview.
import type { Option, Reply } from '../../conversation/types.ts';
import { withoutRepeatedOptions } from '../shared/choices.ts';
import { linkLine, menuLines, optionsPrompt } from '../shared/menu.ts';
import { splitText } from '../shared/split.ts';
import { CHOOSE, LIST_BUTTON, LIST_SECTION } from './copy.ts';
import { type RowText, buttonTitles, rowTexts } from './labels.ts';
import { BODY_MAX, BUTTONS_MAX, ROWS_MAX, TEXT_MAX } from './limits.ts';

/** A text message: `preview_url` asks WhatsApp to show a preview of the first link in the body. */
export interface TextMessage {
  type: 'text';
  text: { body: string; preview_url: boolean };
}

/** Reply buttons (1–3). */
export interface ButtonsMessage {
  type: 'interactive';
  interactive: {
    type: 'button';
    body: { text: string };
    action: { buttons: { type: 'reply'; reply: { id: string; title: string } }[] };
  };
}

/** A list message (1–10 rows in one section). */
export interface ListMessage {
  type: 'interactive';
  interactive: {
    type: 'list';
    body: { text: string };
    action: { button: string; sections: { title: string; rows: ({ id: string } & RowText)[] }[] };
  };
}

/** The content of one message to send (the sender adds the recipient and `messaging_product`). */
export type OutgoingMessage = TextMessage | ButtonsMessage | ListMessage;

/**
 * One reply as messages to send in order. `fallback` stands in for the last message (the interactive one) when
 * Meta refuses it as invalid (a limit counted differently than here): its body and the options as numbered
 * text, so the citizen still gets the whole answer.
 */
export interface RenderedReply {
  messages: OutgoingMessage[];
  fallback?: OutgoingMessage[];
}

const URL_IN_TEXT = /\bhttps?:\/\/\S/i;

/** A text message; it asks for a link preview when the text has a link. */
export function textMessage(body: string): TextMessage {
  return { type: 'text', text: { body, preview_url: URL_IN_TEXT.test(body) } };
}

/** Text messages of at most 4,096 units, cut at paragraphs, lines or words by the shared splitter. */
export function textMessages(text: string): TextMessage[] {
  return splitText(text, TEXT_MAX).map(textMessage);
}

/** The reply's text followed by its links written out in full. */
function textWithLinks(reply: Reply, text: string = reply.text): string {
  const links = (reply.links ?? []).map(linkLine);
  return [text, links.join('\n')].filter((p) => p.trim() !== '').join('\n\n');
}

/** The numbered text menu (as on whatsapp-web.js and the terminal): text, links, "1. label" lines and the prompt. */
export function numberedText(reply: Reply): TextMessage[] {
  const options = reply.options ?? [];
  const parts = [textWithLinks(reply, options.length > 0 ? withoutRepeatedOptions(reply) : reply.text)];
  if (options.length > 0) parts.push(`${menuLines(options).join('\n')}\n\n_${optionsPrompt(options.length)}_`);
  const messages = textMessages(parts.filter((p) => p.trim() !== '').join('\n\n'));
  return messages.length > 0 ? messages : [textMessage(CHOOSE)];
}

/**
 * Splits a text so that its last part fits an interactive body (1,024) and the parts before it fit text
 * messages (4,096). The last part starts at a paragraph, line or word boundary, as every cut of the splitter.
 */
export function splitForBody(text: string): { before: string[]; body: string } {
  const parts = splitText(text, TEXT_MAX);
  const last = parts.pop();
  if (last === undefined) return { before: [], body: CHOOSE };
  const tail = splitText(last, BODY_MAX);
  const body = tail[tail.length - 1] ?? CHOOSE;
  const head = last.slice(0, last.lastIndexOf(body)).trim();
  return { before: head === '' ? parts : [...parts, ...splitText(head, TEXT_MAX)], body };
}

function buttons(body: string, options: readonly Option[], titles: readonly string[]): ButtonsMessage {
  return {
    type: 'interactive',
    interactive: {
      type: 'button',
      body: { text: body },
      action: { buttons: options.map((o, i) => ({ type: 'reply', reply: { id: o.id, title: titles[i] ?? o.label } })) },
    },
  };
}

function list(body: string, options: readonly Option[], rows: readonly RowText[]): ListMessage {
  return {
    type: 'interactive',
    interactive: {
      type: 'list',
      body: { text: body },
      action: {
        button: LIST_BUTTON,
        sections: [{ title: LIST_SECTION, rows: options.map((o, i) => ({ id: o.id, ...(rows[i] ?? { title: o.label }) })) }],
      },
    },
  };
}

/** One reply as Cloud API messages. */
export function renderReply(reply: Reply): RenderedReply {
  const options = reply.options ?? [];
  if (options.length === 0) {
    const messages = textMessages(textWithLinks(reply));
    return { messages };
  }
  const titles = options.length <= BUTTONS_MAX ? buttonTitles(options) : undefined;
  const rows = titles === undefined && options.length <= ROWS_MAX ? rowTexts(options) : undefined;
  if (titles === undefined && rows === undefined) return { messages: numberedText(reply) };
  const { before, body } = splitForBody(textWithLinks(reply) || CHOOSE);
  const interactive = titles !== undefined ? buttons(body, options, titles) : list(body, options, rows ?? []);
  const fallback = numberedText({ text: body, options, ...(reply.hint ? { hint: reply.hint } : {}) });
  return { messages: [...before.map(textMessage), interactive], fallback };
}

/** All replies of one turn, in order. */
export function renderReplies(replies: readonly Reply[]): RenderedReply[] {
  return replies.map(renderReply);
}
