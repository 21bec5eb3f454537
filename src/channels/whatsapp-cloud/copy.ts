// What citizens read on the official WhatsApp channel that the engine does not write: the list button, the
// section title, and shorter button titles for the engine's fixed options whose labels exceed Meta's 20
// characters. Keyed by the engine's stable option ids (they travel as button data), never by its words.

/** The label of the button that opens a list message (Meta: ≤ 20). */
export const LIST_BUTTON = 'Ver opções';

/** The title of the one section of a list message (Meta: ≤ 24). */
export const LIST_SECTION = 'Opções';

/** The body of an interactive message whose reply has options but no text. */
export const CHOOSE = 'Escolha uma opção:';

/**
 * Shorter titles (≤ 20 units) for fixed options whose labels do not fit a reply button. Each keeps the label's
 * meaning in its place (the question above says the rest): "Quer continuar?" → "▶️ Continuar".
 */
export const SHORT_TITLES: Readonly<Record<string, string>> = {
  categories: '📂 Ver categorias',
  handoff: '🙋 Falar com alguém',
  'walk:leave': '🚪 Sair',
  'resume:yes': '▶️ Continuar',
  'leave:yes': '↪️ Sim, deixar',
  'leave:no': '📝 Não, continuar',
};
