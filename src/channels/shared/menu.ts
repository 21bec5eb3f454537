// Options as a numbered menu, for channels without buttons (WhatsApp Web, the terminal): the citizen types
// the number, and the engine maps it back to the option. Pure.
import type { Link, Option } from '../../conversation/types.ts';

/** The menu lines for a list of options: "1. label" (with an optional indent). */
export function menuLines(options: readonly Option[], indent = ''): string[] {
  return options.map((o, i) => `${indent}${i + 1}. ${o.label}`);
}

/** "Digite 1.", "Digite 1 ou 2.", "Digite 1, 2 ou 3." and, for long menus, "Digite um número de 1 a 12." */
export function optionsPrompt(count: number): string {
  if (count <= 1) return 'Digite 1.';
  if (count > 5) return `Digite um número de 1 a ${count}.`;
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  return `Digite ${numbers.slice(0, -1).join(', ')} ou ${numbers[numbers.length - 1]}.`;
}

/** A link written out in full, for channels (or links) that cannot be a button: "🔗 label: url". */
export function linkLine(link: Link): string {
  return `🔗 ${link.label}: ${link.url}`;
}
