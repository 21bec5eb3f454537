// A moment of the year told in a message: when, not what (declared round 6581, blind 114).
import { withoutPhrase } from './moving.ts';
import { fold } from './text.ts';

/**
 * A holiday, a season or the year's end told as when something happens ("furtaram meu celular durante a festa de Ano
 * Novo", "vou viajar de carro no reveillon, qro ver se tenho multa antes", "toda época de chuvas uma empresa despeja
 * esgoto no córrego"): when, which names no service, yet its words ("festa", "novo", "chuvas") weighed in the search and
 * made a list of what was clear without them (declared round 6581, blind 114). The moment is left out of the message as
 * read (the text as typed is kept for the replies that quote it); the text as it is when nothing else is left.
 */
export function withoutCalendar(text: string): string {
  return MOMENT_WORD.test(fold(text)) ? withoutPhrase(text, MOMENT) : text;
}
/** A quick look for a moment's word, folded, before the full pattern is run. */
const MOMENT_WORD = /\b(natal|ano novo|ano-novo|reveillon|virada do ano|carnaval|semana santa|pascoa|fim de ano|final de ano|feriad|ferias|epoca|periodo|tiradentes)\b/;
const A = '[aáàâã]';
const E = '[eéê]';
/** Words before the moment that say when ("durante a", "no", "antes do", "até o"). */
const WHEN = `(?:(?:durante|antes|depois|at${E}|desde|pra|para|pro|nest${E}|ness${E}|no|na|nos|nas|em|d${A}|do|de)(?: (?:${A}|o|${A}s|os|d${A}|do|d${A}s|dos))? )?`;
const MOMENT = new RegExp(
  [
    // "(na festa de) ano novo", "no réveillon", "antes do natal" (not "pré-natal"), "no carnaval", "na semana santa".
    `${WHEN}(?:festa (?:de|do) )?(?:ano[ -]novo|r${E}veillon|virada do ano|(?<!pr${E}[ -]?)natal|carnaval|semana santa|p${A}scoa|fim de ano|final de ano|tiradentes|feriad${A}o|feriado(?: de [\\p{L}]+)?)`,
    // "nas férias de julho", "antes das férias": only with the word that says when ("não tirei minhas férias" is work).
    `(?:nas|nessas|durante ${A}s|antes d${A}s|depois d${A}s|pras|at${E} ${A}s) f${E}rias(?: (?:de julho|de janeiro|de dezembro|de fim de ano|escolares))?`,
    // "toda época de chuvas", "no período das chuvas", "na época da colheita" (not "época da vacinação": a service's word).
    `(?:tod${A} )?${WHEN}(?:${E}poca|per[ií]odo) (?:de|d${A}|d${A}s) (?:chuvas?|colheita|seca|safra)`,
  ].map((x) => `(?<![\\p{L}\\p{N}])${x}(?![\\p{L}\\p{N}])`).join('|'),
  'giu',
);
