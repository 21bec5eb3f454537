// A form question whose choices the engine lists in its text ("1. X / 2. Y", for channels without buttons): a
// channel that shows them itself (a numbered menu below, WhatsApp's list or buttons, the web widget's buttons)
// removes the block from the text, so they are not shown twice. Pure; shared by the WhatsApp and web renderers.
import type { Reply } from '../../conversation/types.ts';
import { menuLines } from './menu.ts';

/**
 * The reply's text without the "1. X / 2. Y" block of a form question's choices. Only for a reply the engine
 * marks as a form field with choices, and only the exact block of those choices, so a line typed by the
 * citizen (echoed in a summary) can never make the renderer drop text.
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
