// Renders channel-neutral replies as WhatsApp texts. Pure: no client, no I/O.
// WhatsApp no longer offers buttons or lists to unofficial clients, so options become a numbered menu;
// the engine already writes *negrito* and _itálico_ in WhatsApp's own syntax, so the text passes through.
import type { Option, Reply } from '../../conversation/types.ts';
import { linkLine, menuLines, optionsPrompt } from '../shared/menu.ts';
import { splitText as splitMeasured } from '../shared/split.ts';

export { menuLines, optionsPrompt } from '../shared/menu.ts';

/** Longest text sent in one message; WhatsApp accepts more, but long bubbles are hard to read on a phone. */
export const MAX_MESSAGE_LENGTH = 4000;

// The engine's form question line, "(2/5) Tipo de manifestação:": the choices it lists follow it.
const fieldQuestion = /^\(\d+\/\d+\) /;

/**
 * Removes the "1. X / 2. Y" block right under a form question when it repeats the first options (the engine
 * lists choices in the text for channels with buttons); on WhatsApp the menu below shows them, same numbers.
 * Only there: a line typed by the citizen (echoed in a summary) can never make the renderer drop text.
 */
export function withoutRepeatedOptions(text: string, options: readonly Option[]): string {
  const lines = text.split('\n');
  const wanted = menuLines(options);
  const start = lines.findIndex((line, i) => line === wanted[0] && fieldQuestion.test(lines[i - 1] ?? ''));
  if (start < 0) return text;
  let n = 0;
  while (wanted[n] !== undefined && lines[start + n] === wanted[n]) n++;
  lines.splice(start, n);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The whole text of one reply: text, full links, numbered options and the prompt to type a number. */
export function replyText(reply: Reply): string {
  const options = reply.options ?? [];
  const parts = [options.length > 0 ? withoutRepeatedOptions(reply.text, options) : reply.text];
  // Links in full: WhatsApp makes them tappable, and the citizen sees where they lead.
  if (reply.links && reply.links.length > 0) parts.push(reply.links.map(linkLine).join('\n'));
  if (options.length > 0) parts.push(`${menuLines(options).join('\n')}\n\n_${optionsPrompt(options.length)}_`);
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** Splits a text into messages of at most `max` characters, at paragraph, line or word boundaries. */
export function splitText(text: string, max: number = MAX_MESSAGE_LENGTH): string[] {
  return splitMeasured(text, max);
}

/** One reply as the WhatsApp messages to send, in order (usually one). */
export function renderReply(reply: Reply, max: number = MAX_MESSAGE_LENGTH): string[] {
  return splitText(replyText(reply), max);
}

/** All replies of one turn as WhatsApp messages, in order. */
export function renderReplies(replies: readonly Reply[], max: number = MAX_MESSAGE_LENGTH): string[] {
  return replies.flatMap((r) => renderReply(r, max));
}
