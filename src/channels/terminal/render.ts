// Renders channel-neutral replies for a terminal: numbered options, full links, ANSI emphasis on a TTY.
import type { Reply } from '../../conversation/types.ts';

/** Turns *negrito* / _itálico_ into ANSI codes (color) or plain text (no color). */
export function emphasis(text: string, color: boolean): string {
  if (!color) return text.replace(/\*([^*\n]+)\*/g, '$1').replace(/(^|\s)_([^_\n]+)_(?=\s|$|[.,!?)])/g, '$1$2');
  return text.replace(/\*([^*\n]+)\*/g, '\x1b[1m$1\x1b[22m').replace(/(^|\s)_([^_\n]+)_(?=\s|$|[.,!?)])/g, '$1\x1b[3m$2\x1b[23m');
}

/** One reply as terminal lines: the text, then "  1. label" options, then links. */
export function renderReply(reply: Reply, color: boolean): string {
  const lines = [emphasis(reply.text, color)];
  if (reply.options && reply.options.length > 0) {
    lines.push('');
    reply.options.forEach((o, i) => lines.push(`  ${i + 1}. ${o.label}`));
  }
  if (reply.links && reply.links.length > 0) {
    lines.push('');
    for (const l of reply.links) lines.push(`  🔗 ${l.label}: ${l.url}`);
  }
  return lines.join('\n');
}
