// Renders channel-neutral replies as WhatsApp texts. Pure: no client, no I/O.
// WhatsApp no longer offers buttons or lists to unofficial clients, so options become a numbered menu;
// the engine already writes *negrito* and _itálico_ in WhatsApp's own syntax, so the text passes through.
import type { Option, Reply } from '../../conversation/types.ts';
import { linkLine, menuLines, optionsPrompt } from '../shared/menu.ts';
import { splitText as splitMeasured } from '../shared/split.ts';

export { menuLines, optionsPrompt } from '../shared/menu.ts';

/** Longest text sent in one message; WhatsApp accepts more, but long bubbles are hard to read on a phone. */
export const MAX_MESSAGE_LENGTH = 4000;


/**
 * Removes the "1. X / 2. Y" block of a form question whose choices the engine lists in its text (for
 * channels with buttons): on WhatsApp the menu below shows them, with the same numbers. Only for a reply
 * the engine marks as a form field with choices, and only the exact block of those choices, so a line
 * typed by the citizen (echoed in a summary) can never make the renderer drop text.
 */
export function withoutRepeatedOptions(reply: Reply): string {
  const hint = reply.hint;
  const options = reply.options ?? [];
  if (hint?.kind !== 'field' || hint.choices === 0) return reply.text;
  const wanted = menuLines(options.slice(0, hint.choices));
  const lines = reply.text.split('\n');
  const start = lines.findIndex((_, i) => wanted.every((w, k) => lines[i + k] === w));
  if (start < 0) return reply.text;
  lines.splice(start, wanted.length);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The whole text of one reply: text, full links, numbered options and the prompt to type a number. */
export function replyText(reply: Reply): string {
  const options = reply.options ?? [];
  const parts = [withoutRepeatedOptions(reply)];
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
