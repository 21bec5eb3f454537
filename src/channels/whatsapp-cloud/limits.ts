// Meta's limits for the messages Atende sends, in one place. Meta's docs say "characters" without saying how
// they are counted; every limit here is measured in UTF-16 code units (String.length), which is never less
// than the count of code points or of user-perceived characters, so a text that fits here fits however Meta
// counts. An emoji such as "📂" is 2 units, "▶️" is 2, a flag is 4.

/** Text message body (`text.body`). */
export const TEXT_MAX = 4096;
/** Body of an interactive message (`interactive.body.text`). */
export const BODY_MAX = 1024;
/** Reply buttons in one message. */
export const BUTTONS_MAX = 3;
/** Title of a reply button. */
export const BUTTON_TITLE_MAX = 20;
/** Id of a reply button (it comes back in the webhook). */
export const BUTTON_ID_MAX = 256;
/** Rows of a list message, all sections together. */
export const ROWS_MAX = 10;
/** Title of a list row. */
export const ROW_TITLE_MAX = 24;
/** Description of a list row. */
export const ROW_DESCRIPTION_MAX = 72;
/** Id of a list row. */
export const ROW_ID_MAX = 200;

/** How long a text is for Meta's limits: UTF-16 code units, the strictest reading (see above). */
export function measure(text: string): number {
  return text.length;
}
