// Fitting option labels into Meta's button titles and list rows without losing their meaning. Pure.
// A button has only its title; a list row has a title and a description, so a long label can be shortened in
// the title and shown whole (or continued) in the description. What cannot fit either way is not cut: the
// renderer falls back to the numbered text menu.
import type { Option } from '../../conversation/types.ts';
import { SHORT_TITLES } from './copy.ts';
import { BUTTON_ID_MAX, BUTTON_TITLE_MAX, ROW_DESCRIPTION_MAX, ROW_ID_MAX, ROW_TITLE_MAX, measure } from './limits.ts';

/** One list row: its title and, for a shortened label, a description that completes it. */
export interface RowText {
  title: string;
  description?: string;
}

const ELLIPSIS = '…';

// What a reader sees as one character: a flag (two code points) or a family joined by ZWJ is never cut apart.
const graphemes = new Intl.Segmenter('pt-BR', { granularity: 'grapheme' });

// Leading emoji and symbols followed by a space ("📂 ", "↪️ "): decoration, not meaning.
const LEADING_SYMBOLS = /^(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*\uFE0F?\s+)+/u;

/** The label without its leading emoji ("📂 Ver categorias" → "Ver categorias"); the label itself when it has none. */
export function withoutLeadingSymbols(label: string): string {
  const stripped = label.replace(LEADING_SYMBOLS, '');
  return stripped.trim() === '' ? label : stripped;
}

/** Can these ids travel as button or row ids? Non-empty, no edge spaces, within `max`, all different. */
export function idsUsable(options: readonly Option[], max: number): boolean {
  const ids = new Set(options.map((o) => o.id));
  return ids.size === options.length && options.every((o) => o.id !== '' && o.id === o.id.trim() && measure(o.id) <= max);
}

/**
 * Button titles for 1–3 options, or undefined when they cannot all fit in 20 units and stay distinct. Each
 * label is taken as it is, else the shorter title the channel keeps for that option, else without its leading
 * emoji; when one loses its emoji, all do, so the buttons look alike.
 */
export function buttonTitles(options: readonly Option[]): string[] | undefined {
  if (!idsUsable(options, BUTTON_ID_MAX)) return undefined;
  const fits = (t: string): boolean => t.trim() !== '' && measure(t) <= BUTTON_TITLE_MAX;
  let stripped = false;
  const titles: string[] = [];
  for (const o of options) {
    const short = SHORT_TITLES[o.id];
    if (fits(o.label)) titles.push(o.label);
    else if (short !== undefined && fits(short)) titles.push(short);
    else if (fits(withoutLeadingSymbols(o.label))) {
      titles.push(withoutLeadingSymbols(o.label));
      stripped = true;
    } else return undefined;
  }
  const result = stripped ? titles.map(withoutLeadingSymbols) : titles;
  // Meta refuses two buttons with the same title, and the citizen could not tell them apart either.
  return new Set(result).size === result.length ? result : undefined;
}

/**
 * The longest prefix of whole words of `text` that, with "…", fits in `max` units; for one long first word, the
 * longest prefix of whole characters (grapheme clusters).
 */
function cutAtWord(text: string, max: number): string {
  let prefix = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (measure((prefix + word).trimEnd()) + ELLIPSIS.length > max) break;
    prefix += word;
  }
  if (prefix.trim() === '') {
    prefix = '';
    for (const { segment } of graphemes.segment(text)) {
      if (measure(prefix + segment) + ELLIPSIS.length > max) break;
      prefix += segment;
    }
  }
  return prefix.trimEnd();
}

/**
 * The row of one option in a list, or undefined when its label cannot be shown whole. A label of up to 24
 * units is the title. A longer one gets a short title (the channel's own, the label without its emoji, or its
 * first words and "…") and the whole label as description; a label too long for that (over 72) is continued:
 * "Carteira de…" then "…Identificação da Pessoa com…". Beyond what title and description hold together, undefined.
 */
export function rowText(option: Option): RowText | undefined {
  const label = option.label.trim();
  if (label === '') return undefined;
  if (measure(label) <= ROW_TITLE_MAX) return { title: label };
  const fitsTitle = (t: string | undefined): t is string => t !== undefined && t.trim() !== '' && measure(t) <= ROW_TITLE_MAX;
  if (measure(label) <= ROW_DESCRIPTION_MAX) {
    const short = SHORT_TITLES[option.id];
    const bare = withoutLeadingSymbols(label);
    const title = fitsTitle(short) ? short : fitsTitle(bare) ? bare : `${cutAtWord(label, ROW_TITLE_MAX)}${ELLIPSIS}`;
    return { title, description: label };
  }
  const head = cutAtWord(label, ROW_TITLE_MAX);
  const rest = label.slice(head.length).trimStart();
  const description = `${ELLIPSIS}${rest}`;
  if (measure(description) > ROW_DESCRIPTION_MAX) return undefined;
  return { title: `${head}${ELLIPSIS}`, description };
}

/** The rows of 1–10 options, or undefined when one label cannot be shown whole or an id cannot travel. */
export function rowTexts(options: readonly Option[]): RowText[] | undefined {
  if (!idsUsable(options, ROW_ID_MAX)) return undefined;
  const rows: RowText[] = [];
  for (const o of options) {
    const row = rowText(o);
    if (!row) return undefined;
    rows.push(row);
  }
  return rows;
}
