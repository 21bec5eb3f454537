// The citizen introducing themselves, with a greeting or where they are from ("Muito prazer. Sou Dona Geralda, de
// Serro.", "prazer, sou o joão, de contagem", "boa tarde, me chamo Rita, sou de Juiz de Fora"): a greeting back, never
// a search for the name or the town (round 4725). Read by kind: an introduction (a name after "sou", "me chamo", "meu
// nome é", "aqui é") or a home town, and around them only greetings and courtesy.
import { stem } from '../search/normalize.ts';
import { isAsked } from './commands.ts';
import { findMunicipality } from './places.ts';
import { isGlue, type Reading } from './reading.ts';
import type { TurnBuilder } from './turn.ts';

/** Titles before a name ("sou *dona* Geralda", "*seu* Zé"). */
const TITLES: ReadonlySet<string> = new Set(['o', 'a', 'dona', 'seu', 'sr', 'sra', 'senhor', 'senhora', 'dr', 'dra', 'doutor', 'doutora', 'professor', 'professora']);
/** Words of greeting and courtesy around an introduction. */
const COURTESY: ReadonlySet<string> = new Set(['oi', 'ola', 'oie', 'bom', 'boa', 'dia', 'tarde', 'noite', 'muito', 'prazer', 'tudo', 'bem', 'opa', 'salve', 'e', 'ai', 'eai', 'aqui', 'pessoal', 'gente', 'a', 'todos', 'benca', 'em', 'conhecer', 'lo', 'la', 'te',
  // Those addressed, as a letter opens ("Senhores, bom dia. Sou…"), round 6143.
  'senhores', 'senhoras', 'prezados', 'prezadas']);
/**
 * A trade said after the name, in a clause of its own ("Sou a Dra. Helena Prado, *advogada*."): who the citizen is, as a
 * formal letter signs (round 6143). Only alone after the name's pause, to the end or another pause.
 */
const TRADES: ReadonlySet<string> = new Set(['advogado', 'advogada', 'contador', 'contadora', 'engenheiro', 'engenheira', 'medico', 'medica', 'enfermeiro', 'enfermeira',
  'professor', 'professora', 'estudante', 'aposentado', 'aposentada', 'servidor', 'servidora', 'comerciante', 'empresario', 'empresaria', 'despachante', 'sindico', 'sindica']);
/** Words before where the citizen is from ("*de* Serro", "*sou de* Contagem", "*moro em* Betim"). */
const FROM: ReadonlySet<string> = new Set(['de', 'do', 'da', 'em', 'no', 'na']);

/** A word of a person's name: one the catalogue never uses, nor a form of one ("servidora" is a trade, not a name). */
function isNameWord(t: TurnBuilder, w: string): boolean {
  return w.length >= 2 && !/\d/.test(w) && !isGlue(w) && !COURTESY.has(w) && !t.ctx.search.knows(w) && t.ctx.search.share(stem(w)) === 0;
}

/** The end (exclusive) of a town named from `at` (up to four words), or undefined. */
function townEnd(tokens: readonly string[], at: number): number | undefined {
  for (let n = 4; n >= 1; n--) if (at + n <= tokens.length && findMunicipality(tokens.slice(at, at + n).join(' ')) !== undefined) return at + n;
  return undefined;
}

/**
 * The tokens of a message that only introduces the citizen (a name, a home town) among greetings; undefined otherwise.
 * A name is one to three words the catalogue does not use, to a pause; a town is one of Minas after "de", "em"…
 */
export function introduced(t: TurnBuilder, m: Reading): number[] | undefined {
  const { tokens } = m;
  // A number with it is data given ("sou o Anderson Luiz Ramos, cpf 542…" in a form's first field), not an introduction.
  if (isAsked(m.text) || tokens.length > 14 || /\d/.test(t.said ?? m.text)) return undefined;
  const used = new Set<number>();
  let told = false;
  let named = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] ?? '';
    // "me chamo Rita", "meu nome é Rita", "sou Dona Geralda", "aqui é a Maria".
    const lead = w === 'chamo' && tokens[i - 1] === 'me' ? 1 : w === 'nome' && tokens[i - 1] === 'meu' && tokens[i + 1] === 'e' ? 2 : w === 'sou' ? 1 : w === 'e' && tokens[i - 1] === 'aqui' ? 1 : 0;
    if (lead > 0) {
      let at = i + lead;
      // "sou de Serro": a town, not a name.
      if (w === 'sou' && FROM.has(tokens[at] ?? '')) {
        const end = townEnd(tokens, at + 1);
        if (end === undefined) return undefined;
        for (let k = i; k < end; k++) used.add(k);
        i = end - 1;
        told = true;
        continue;
      }
      while (TITLES.has(tokens[at] ?? '')) at++;
      let end = at;
      while (end < tokens.length && end - at < 3 && isNameWord(t, tokens[end] ?? '')) {
        end++;
        if (m.pauses?.has(end - 1)) break;
      }
      if (end === at) return undefined;
      // ", advogada": the trade after the name's pause, alone in its clause.
      if (m.pauses?.has(end - 1) && TRADES.has(tokens[end] ?? '') && (end + 1 === tokens.length || (m.pauses?.has(end) ?? false))) end++;
      for (let k = i - (w === 'chamo' ? 1 : w === 'nome' ? 1 : w === 'e' ? 1 : 0); k < end; k++) used.add(k);
      i = end - 1;
      told = true;
      named = true;
      continue;
    }
    // ", de Serro", "moro em Betim".
    if (FROM.has(w)) {
      const end = townEnd(tokens, i + 1);
      if (end !== undefined) {
        for (let k = i; k < end; k++) used.add(k);
        if (tokens[i - 1] === 'moro' || tokens[i - 1] === 'venho') used.add(i - 1);
        i = end - 1;
        told = true;
      }
    }
  }
  // On a card, a town alone may say where the citizen would be served ("sou de betim"): the card reads it.
  if (!told || (!named && t.state.focus !== undefined)) return undefined;
  return tokens.every((w, i) => used.has(i) || COURTESY.has(w)) ? tokens.map((_, i) => i) : undefined;
}
