// Renders channel-neutral replies as WhatsApp texts. Pure: no client, no I/O.
// WhatsApp no longer offers buttons or lists to unofficial clients, so options become a numbered menu;
// the engine already writes *negrito* and _itálico_ in WhatsApp's own syntax, so the text passes through.
import type { Reply } from '../../conversation/types.ts';
import { withoutRepeatedOptions } from '../shared/choices.ts';
import { linkLine, menuLines, optionsPrompt } from '../shared/menu.ts';
import { splitText as splitMeasured } from '../shared/split.ts';

export { optionsPrompt } from '../shared/menu.ts';

/** Longest text sent in one message; WhatsApp accepts more, but long bubbles are hard to read on a phone. */
export const MAX_MESSAGE_LENGTH = 4000;


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
