// Validation of form answers, one field type at a time. Pure: the clock is passed in.
import { isValidCpf, isValidEmail, isValidPhone } from '@brazilian-utils/brazilian-utils';
import type { FormField, SynonymEntry } from '../catalogue/schema.ts';
import { FAMILY } from '../core/people.ts';
import { stem } from '../search/normalize.ts';
import { editDistance } from '../search/typo.ts';
import { positionOf } from './choose.ts';
import { DIGIT_WORDS, TEEN_WORDS, TENS_WORDS } from './numbers.ts';
import { findMunicipality, townAfterWord, townBeforeDetail, townLastClause, townMisspelt, townServedAt } from './places.ts';
import { fold } from './text.ts';

export { findMunicipality } from './places.ts';

/** The outcome of checking one answer: the normalised value, or the reason it was refused. */
export type FieldCheck = { ok: true; value: string } | { ok: false; reason: string };

/** Days from today that people write as words. */
const RELATIVE_DAYS: Readonly<Record<string, number>> = { hoje: 0, amanha: 1, 'depois de amanha': 2 };

/** Month names, folded, in calendar order; each is also written by its first three letters ("fev"). */
const MONTHS = ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];

/**
 * A date written out, as people type it: "12 de fevereiro de 2027", "dia 3 de março", "1º de abr.", "12 fev 27",
 * with or without a weekday before it; as "dd/mm[/aaaa]", or the text unchanged.
 */
function writtenOut(raw: string): string {
  const f = yearInWords(dayInWords(fold(raw).replace(/[º°ª]/g, '')));
  const m = /^(?:\s*(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[\s-]*feira)?\s*,?)?\s*(?:dia\s+)?(\d{1,2})o?\s*(?:de\s+)?([a-z]{3,9})\.?\s*(?:(?:de\s+)?(\d{4}|\d{2}))?\s*$/.exec(f);
  if (!m) return raw;
  const name = m[2] ?? '';
  const month = MONTHS.findIndex((full) => name === full || name === full.slice(0, 3));
  if (month < 0) return raw;
  return `${m[1]}/${month + 1}${m[3] === undefined ? '' : `/${m[3]}`}`;
}

/**
 * The one date written out inside a sentence of the citizen's ("Trabalho de segunda a sexta, mas no dia 5 de março de 2027
 * estou de férias. Pode ser nesse dia."), as "dd/mm[/aaaa]": a day, "de", a month's name, a year at most; only the date is
 * kept, never the sentence. Undefined when the answer holds a date in figures, none written out or two, or asks something
 * (the question is read).
 */
function writtenInside(input: string): string | undefined {
  if (input.includes('?') || /\d{1,2}[/.-]\d{1,2}/.test(input)) return undefined;
  const found = [...fold(input).replace(/[º°ª]/g, '').matchAll(/(?:^|[\s,;:(])(\d{1,2})o?\s+de\s+([a-z]{3,9})\.?(?:\s+de\s+(\d{4}))?(?=$|[\s,;:.!)])/g)].flatMap((m) => {
    const month = MONTHS.findIndex((full) => m[2] === full || m[2] === full.slice(0, 3));
    return month < 0 ? [] : [`${m[1]}/${month + 1}${m[3] === undefined ? '' : `/${m[3]}`}`];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Days said in words, 1 to 31 ("vinte e cinco de março", "primeiro de abril"). */
const UNITS = ['um', 'dois', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'];
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['primeiro', 1],
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...[...TEEN_WORDS].map(([w, n]): [string, number] => [w, Number(n)]),
  ['vinte', 20],
  ...UNITS.map((w, i): [string, number] => [`vinte e ${w}`, i + 21]),
  ['trinta', 30],
  ['trinta e um', 31],
]);

/** "vinte e cinco de março" as "25 de março"; the text unchanged when it does not start with a day in words. */
function dayInWords(f: string): string {
  const m = /^\s*(?:dia\s+)?((?:vinte|trinta) e [a-z]+|[a-z]+)\s+de\s+/.exec(f);
  const day = m ? DAY_WORDS.get(m[1] ?? '') : undefined;
  return m && day !== undefined ? `${day} de ${f.slice(m[0].length)}` : f;
}

/** A year said in words at the end of a date ("de dois mil e vinte e sete"), as dictated, in digits ("de 2027"). */
function yearInWords(f: string): string {
  const m = /\bdois mil(?: e)? (vinte|trinta)(?: e ([a-z]+))?\s*$/.exec(f);
  if (!m) return f;
  const unit = m[2] === undefined ? 0 : UNITS.indexOf(m[2]) + 1;
  if (m[2] !== undefined && unit === 0) return f;
  return `${f.slice(0, m.index)}${2000 + (m[1] === 'vinte' ? 20 : 30) + unit}`;
}

function checkDate(raw: string, now: Date): FieldCheck {
  const relative = RELATIVE_DAYS[fold(raw)];
  const spoken = relative === undefined ? spokenDay(raw, now) : undefined;
  // "2027-03-15": a date pasted from a system, year first (round 6090).
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(raw);
  const input = iso
    ? `${iso[3]}/${iso[2]}/${iso[1]}`
    : relative !== undefined ? dayMonthYear(new Date(now.getFullYear(), now.getMonth(), now.getDate() + relative)) : spoken !== undefined ? dayMonthYear(spoken) : writtenOut(raw);
  // The one date in the answer, alone or among other words ("hmm nao sei ainda... pode ser 05/05/2027").
  const dates = [...(writtenInside(input) ?? input).matchAll(/(?:^|[\s,;:(])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?=$|[\s,;:.!?)])/g)];
  const m = dates.length === 1 ? dates[0] : undefined;
  if (!m) return { ok: false, reason: 'Não reconheci a data. Escreva no formato dd/mm/aaaa, por exemplo 15/03/2027.' };
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] === undefined ? now.getFullYear() : Number(m[3]);
  if (year < 100) year += 2000;
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { ok: false, reason: 'Essa data não existe no calendário. Confira o dia e o mês (dd/mm/aaaa).' };
  }
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (m[3] === undefined && date < today) date.setFullYear(year + 1);
  if (date < today) return { ok: false, reason: 'Essa data já passou. Escolha uma data de hoje em diante.' };
  const limit = new Date(today);
  limit.setFullYear(limit.getFullYear() + 1);
  if (date > limit) return { ok: false, reason: 'Escolha uma data dentro dos próximos 12 meses.' };
  return { ok: true, value: dayMonthYear(date) };
}

/** Weekdays, folded, from Sunday (as `Date.getDay`). */
const WEEKDAYS = ['domingo', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado'];

/**
 * A day said by its weekday or by its number alone, as people answer "qual a data?": "segunda que vem", "na quinta
 * feira", "próxima terça" (the next such day after today), "dia 5" (the next 5th, this month or the next), "dia 20 do
 * mês que vem", "10 do 1" (day 10 of January). A month or a week alone ("fevereiro", "semana que vem") is no day.
 */
function spokenDay(raw: string, now: Date): Date | undefined {
  const f = fold(raw).replace(/[º°ª?!.]/g, '').replace(/\s+/g, ' ').trim();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const weekday = /^(?:(?:na|no|nesta|nessa|esta|essa|a|o|pode ser|pode ser na|pode ser no)\s+)?(?:(?:proxima|proximo)\s+)?(segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[\s-]*feira)?(?:\s+(?:que vem|agora|proxima|da semana que vem))?$/.exec(f);
  if (weekday) {
    const wanted = WEEKDAYS.indexOf(weekday[1] ?? '');
    const ahead = ((wanted - today.getDay() + 7) % 7) || 7;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() + ahead);
  }
  const numbered = /^(?:(?:no|pode ser|pode ser no)\s+)?dia (\d{1,2})(?:\s+(?:do|no) (mes que vem|proximo mes))?$/.exec(f);
  if (numbered) {
    const day = Number(numbered[1]);
    const inMonth = (ahead: number): Date | undefined => {
      const date = new Date(today.getFullYear(), today.getMonth() + ahead, day);
      return date.getDate() === day ? date : undefined;
    };
    // The next such day: this month's if it is still to come and exists ("dia 31" in November is December's).
    return numbered[2] === undefined && day >= today.getDate() ? (inMonth(0) ?? inMonth(1)) : inMonth(1);
  }
  const byNumber = /^(?:dia )?(\d{1,2}) do (\d{1,2})$/.exec(f);
  if (byNumber) {
    const [day, month] = [Number(byNumber[1]), Number(byNumber[2]) - 1];
    const date = new Date(today.getFullYear(), month, day);
    if (date.getMonth() !== month || date.getDate() !== day) return undefined;
    return date < today ? new Date(today.getFullYear() + 1, month, day) : date;
  }
  return undefined;
}

/** "dd/mm/aaaa" */
function dayMonthYear(date: Date): string {
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

/**
 * An acknowledgement before a comma that opens an answer ("ta bom, Raimundo…", "tá, Antônio…", "ah sim, Maria…",
 * "entendi, Contagem", "ok, 12/03/1980"): not part of a name, a town, a date or an e-mail.
 */
const ACK_OPENING = /^((ah|a|ahh)\s+)?(t[aá] bom|t[aá] certo|t[aá]|tah|ok|okay|blz|beleza|certo|sim|pronto|l[aá] vai|segue|tudo bem|tudo certo|entendi|entendido|perfeito|[oó]timo|show|combinado|vamos l[aá]|bora|ent[aã]o|uhum|aham|obrigad[oa]|brigad[oa]|obg|valeu|vlw|continua|continue|continuando|pode continuar|pode seguir|prossiga|prossegue)(\s*,?\s+(ent[aã]o|continua|continue|continuando|pode continuar|pode seguir|segue|seguindo|prossiga|prossegue|vamos l[aá]))?\s*[,.!:;-]+\s*/i;
const NAME_INTRO = /^((o |meu |o meu )?nome( completo)?( d[ea]la| d[ea]le)?\s*(:|\s[eé]\s|\seh\s)\s*|me chamo |eu me chamo |eu sou (o |a )?|sou (o |a )|(aqui (e|é|eh) |(aqui )?quem fala (e|é|eh) )(o |a )?((dona|seu|sr|sra|senhor|senhora) )?)/i;

/**
 * Whose name it is, said by kinship when the form is filled for someone else ("o nome é *da minha mãe* Conceição…",
 * "o nome *da minha mãe* é …"): family words only, so that a sentence ("é da minha conta") is still no name.
 */
const KIN = '(m[aã]e|pai|filh[oa]|av[oóôá]|espos[oa]|marido|mulher|irm[aã]o?|ti[oa]|sobrinh[oa]|net[oa]|sogr[oa]|madrinha|padrinho|cunhad[oa]|companheir[oa]|namorad[oa])';
const WHOSE_INTRO = new RegExp(`^((o |meu |o meu )?nome( completo)? )?((e|é|eh) )?d[ao] (minha |meu )?${KIN}(?=[\\s,:]|$)\\s*([,:]\\s*|(e|é|eh)\\s+)?`, 'i');

/**
 * Whom the request is for, said by kinship before the name ("*é pra minha mãe*, o nome dela é Conceição…", "pro meu pai:
 * José…"): up to a pause, or right before an introduction of the name.
 */
const FOR_WHOM_INTRO = new RegExp(`^((e|é|eh) )?(pra|para|pro) (a |o )?(minha |meu )?${KIN}\\s*([,.:;-]+\\s*|(?=(o |meu )?nome\\b))`, 'i');

/**
 * Fillers of speech with no pause typed, right before the name is introduced ("é então meu nome completo é…", "ah
 * bom o meu nome é…", "olha, me chamo…"), as dictated (round 4263).
 */
const SPOKEN_OPENING = /^(((é|e|eh|ah|ahn|hum|hmm|ent[aã]o|bom|olha|t[aá]|ok|pois|sim)[\s,]+){1,3})(?=(o |meu |o meu )?nome\b|me chamo\b|eu me chamo\b)/i;

/** The name itself, without what the citizen said around it ("ta bom, meu nome é Raimundo Nonato", "ok continua, meu nome é…"). */
function nameOnly(input: string): string {
  return input.replace(ACK_OPENING, '').replace(SPOKEN_OPENING, '').replace(FOR_WHOM_INTRO, '').replace(NAME_INTRO, '').replace(WHOSE_INTRO, '').trim().replace(TITLE_BEFORE_NAME, '');
}

/** Letters only, two words or more, no word a sentence has: the shape of a whole name. */
function isNameShaped(clean: string): boolean {
  return /^[\p{L}' .-]+$/u.test(clean) && !fold(clean).split(' ').some((w) => NOT_NAME.has(w)) && clean.split(' ').filter((w) => w !== '').length >= 2;
}

/** The small words inside a name ("Maria *das* Dores", "João *da* Silva *e* Souza"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['da', 'de', 'do', 'das', 'dos', 'e', "d'"]);

/** Pronouns that open the story told after a name ("…, *ela* tá de plantão hoje"), besides the words of NOT_NAME. */
const STORY_PRONOUNS: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas', 'nos']);

/**
 * A name, then the citizen's story about its bearer after a pause ("Wagner Luiz Teixeira, ele tá de plantão no hospital",
 * "é Maria Aparecida, ela tá de plantão hoje", "… e ela não pode atender"): the name alone, the story never kept beside it.
 * Only when what follows is a sentence (a pronoun or a word no name has) and no question is asked (the question is read),
 * and when the name was introduced ("o nome dele é", "é") or written as one (capitals, particles aside): "moro em Belo
 * Horizonte, quero agendar" is no name.
 */
function nameBeforeStory(clean: string, introduced: boolean): string | undefined {
  if (clean.includes('?')) return undefined;
  const m = /^([^,;.!:]+?)\s*(?:[,;.!:]+\s*|\s+e\s+(?=(?:ele|ela|eles|elas|eu)\s))(\S.*)$/iu.exec(clean);
  const head = m?.[1] ?? '';
  const name = head.replace(/^(?:[eé]|eh)\s+(?=\S+\s+\S)/iu, '').trim();
  const written = name.split(' ').every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
  if (!(introduced || name !== head.trim() || written)) return undefined;
  const story = fold(m?.[2] ?? '').split(/\s+/).filter((w) => w !== '');
  if (story.length < 2 || !story.some((w) => NOT_NAME.has(w) || STORY_PRONOUNS.has(w))) return undefined;
  return isNameShaped(name) ? name : undefined;
}

/**
 * A whole name, then the nickname it goes by after a pause ("Pedro Henrique Souza Martins, o PH", "Maria Aparecida Lima,
 * a Cida", "José Carlos Dias, vulgo Zé", "Ana Paula Reis (Paulinha)", "João Batista Rocha, mas me chamam de Batista"):
 * the name alone; the nickname is no part of it and is never kept (round 5963). The name is written as one (capitals,
 * particles aside) and the nickname is a word or two, introduced ("o", "a", "vulgo", "apelido", "me chamam de") or in
 * brackets.
 */
const NICKNAME_AFTER = /^([^,;()]+?)\s*(?:[,;]\s*(?:(?:mas|e)\s+)?(?:o|a|vulgo|apelido|conhecid[oa] como|(?:todo mundo |(?:pode(?:m)? )?(?:me )?)cham(?:a|am|ar|o)\s+(?:(?:ele|ela)\s+)?de)\s+|\(\s*)([\p{L}'.-]+(?:\s+[\p{L}'.-]+)?)\s*\)?[.!]?\s*$/iu;
function nameBeforeNickname(clean: string): string | undefined {
  const m = NICKNAME_AFTER.exec(clean);
  const name = (m?.[1] ?? '').trim();
  if (m === null || !name.split(' ').every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w))) return undefined;
  return isNameShaped(name) ? name : undefined;
}

/** A title said before a whole name ("seu Antônio Carlos da Silva", "dona Maria José Reis", "sr. João Lima"): not the name's. */
const TITLE_BEFORE_NAME = /^(?:seu|dona|sr\.?|sra\.?|senhor|senhora|dr\.?|dra\.?|doutor|doutora)\s+(?=\p{L}+\s+\p{L})/iu;

/** Words of a sentence that are never part of a person's name: pronouns, question words, verbs of asking and wanting. */
const NOT_NAME: ReadonlySet<string> = new Set([
  'eu', 'vc', 'voce', 'voces', 'meu', 'minha', 'seu', 'sua', 'que', 'q', 'pq', 'porque', 'qual', 'quais', 'como', 'onde', 'quando', 'pra', 'pro', 'para', 'nao',
  'quero', 'queria', 'preciso', 'precisa', 'precisam', 'disso', 'isso', 'esse', 'essa', 'isto', 'sai', 'sair', 'ver', 'saber', 'tenho', 'tem', 'serve', 'pode', 'posso',
  // How a name was mistyped, the reason for fixing it ("faltou uma letra", "digitei sem acento", "escrevi trocado").
  'faltou', 'faltando', 'falta', 'sobrou', 'sobrando', 'letra', 'letras', 'acento', 'digitei', 'digitado', 'digitada', 'escrevi', 'escrito', 'escrita', 'grafia', 'trocado', 'trocada', 'trocou', 'trocadas',
  // A go-ahead typed at the name ("si por favor agenda", "sim, pode marcar"): no name (r40 lead). Not "marca", "agenda":
  // they may be a surname ("Marca Silva", round 3041).
  'favor', 'sim', 'si', 'ok', 'agendar', 'agende', 'marcar', 'marque',
]);

/**
 * The e-mail address in an answer: "meu email é fulano@gmail.com", "é fulano arroba gmail.com." give the address
 * alone; an answer with no single address is checked as it is.
 */
function emailIn(input: string): string {
  // "marcos.p @ hotmail.com", "rosana.lima arroba gmail ponto com": the marks said or spaced out, joined again.
  const joined = input.replace(/\s*@\s*/gu, '@').replace(/\s+arroba\s+/giu, '@');
  // Only when nothing but words leading to an address comes before it: "carlos mendes arroba hotmail ponto com" would
  // lose "carlos" (asked again, as spokenEmail does).
  const before = joined.split(/\s+/);
  const at = before.findIndex((w) => w.includes('@'));
  const led = at >= 0 && before.slice(0, at).every((w) => EMAIL_LEAD.has(fold(w)));
  const marked = led ? joined.replace(/(\S)\s+ponto\s+(?=\S)/giu, '$1.') : joined;
  const words = marked.split(/\s+/).filter((w) => w.includes('@'));
  return words.length === 1 ? (words[0] ?? input).replace(/^[<("']+|[>)"'.,;:!?]+$/gu, '') : input;
}

/** The marks said between a number's groups ("ponto", "traço", "hífen", "barra"). */
const SAID_MARKS: ReadonlySet<string> = new Set(['ponto', 'traco', 'hifen', 'barra', 'virgula', 'espaco']);
/** Words said before a dictated number ("o cpf é", "tá bom, é", "pera que saiu errado, é"): at most this many. */
const MAX_LEAD_WORDS = 8;
/** Fewest digits a dictated run must give to be read as the number (a CPF has 11, a phone 10 or 11). */
const MIN_SPOKEN_DIGITS = 8;

const isNumberWord = (w: string): boolean => DIGIT_WORDS.has(w) || TENS_WORDS.has(w) || TEEN_WORDS.has(w) || SAID_MARKS.has(w) || /^\d+$/.test(w);

/**
 * A number dictated in words ("cinco dois nove nove oito…", "três nove zero ponto um sete dois … traço sete nove",
 * "trinta e um nove nove oito…" for a phone with its DDD), after a few words leading to it ("o cpf é", "tá bom é"), as
 * its digits; the answer as it is when no such run ends it. Speech-to-text writes a CPF or a phone this way; the check
 * digits and the summary shown before sending keep a misheard one out.
 */
function spokenDigits(input: string): string {
  const words = fold(input).split(/[\s.,;:-]+/).filter((w) => w !== '');
  // The run: the longest tail of number words ("e" only between them: "trinta e um").
  let from = words.length;
  while (from > 0 && (isNumberWord(words[from - 1] ?? '') || (words[from - 1] === 'e' && from < words.length && from > 1 && isNumberWord(words[from - 2] ?? '')))) from--;
  const run = words.slice(from);
  if (from > MAX_LEAD_WORDS || !run.some((w) => !/^\d+$/.test(w) && !SAID_MARKS.has(w))) return input;
  let digits = '';
  for (let i = 0; i < run.length; i++) {
    const w = run[i] ?? '';
    const tens = TENS_WORDS.get(w);
    if (tens !== undefined) {
      const unit = run[i + 1] === 'e' ? DIGIT_WORDS.get(run[i + 2] ?? '') : undefined;
      digits += tens + (unit !== undefined && unit !== '0' ? unit : '0');
      if (unit !== undefined && unit !== '0') i += 2;
    } else digits += DIGIT_WORDS.get(w) ?? TEEN_WORDS.get(w) ?? (/^\d+$/.test(w) ? w : '');
  }
  return digits.length >= MIN_SPOKEN_DIGITS ? digits : input;
}

/** Words said for the marks of an e-mail address ("joana ponto lima arroba gmail ponto com"). */
const SAID_EMAIL_MARKS: ReadonlyMap<string, string> = new Map(Object.entries({ arroba: '@', ponto: '.', underline: '_', underscore: '_', traco: '-', hifen: '-' }));

/**
 * An e-mail address dictated ("joana ponto lima arroba gmail ponto com") as written ("joana.lima@gmail.com"): the
 * words around "arroba", each joined to the next by a mark said in words; the answer as it is otherwise.
 */
function spokenEmail(input: string): string {
  const words = fold(input).split(/\s+/).filter((w) => w !== '');
  const at = words.indexOf('arroba');
  if (at < 1 || words.indexOf('arroba', at + 1) >= 0) return input;
  let first = at - 1;
  while (first >= 2 && SAID_EMAIL_MARKS.has(words[first - 1] ?? '') && words[first - 1] !== 'arroba' && !SAID_EMAIL_MARKS.has(words[first - 2] ?? '')) first -= 2;
  let last = at + 1;
  while (last + 2 < words.length && SAID_EMAIL_MARKS.has(words[last + 1] ?? '') && !SAID_EMAIL_MARKS.has(words[last + 2] ?? '')) last += 2;
  if (last >= words.length || SAID_EMAIL_MARKS.has(words[last] ?? '')) return input;
  // "joana lima arroba gmail ponto com": a word before the address that leads to nothing would be dropped from it
  // silently; only the words that introduce an address may come before ("o meu email é …").
  if (words.slice(0, first).some((w) => !EMAIL_LEAD.has(w))) return input;
  return words.slice(first, last + 1).map((w) => SAID_EMAIL_MARKS.get(w) ?? w).join('');
}
/** Words that may lead to a dictated e-mail address ("é", "o meu email é", "tá bom então é"). */
const EMAIL_LEAD: ReadonlySet<string> = new Set(['e', 'eh', 'o', 'a', 'meu', 'minha', 'email', 'mail', 'seria', 'ta', 'bom', 'ok', 'entao', 'pode', 'anotar', 'anota', 'ai', 'la', 'vai', 'la']);

/** Speech fillers before a town said again ("ah não, é…", "então é…") and after it ("…então", "…mesmo", "…né"). */
const TOWN_FILLERS_BEFORE = /^(((ah|a|ahn|hum|n[aã]o|n|nn|[eé]|eh|ent[aã]o|t[aá]|ok|pois|opa|ops|desculpa|foi mal|na verdade|quer dizer)[\s,.!]+)+)/i;
const TOWN_FILLERS_AFTER = /(([\s,]+(ent[aã]o|mesmo|msm|n[eé]|viu|t[aá]|uai|s[oô]|a[ií]))+)[\s.!]*$/i;
/** A CEP ("CEP 30260-000", "30260000") in an address. */
const CEP_SOURCE = String.raw`\b(?:cep\s*:?\s*)?\d{5}-?\d{3}\b`;
const CEP = new RegExp(CEP_SOURCE, 'i');
const CEPS = new RegExp(CEP_SOURCE, 'gi');
/** The state said after a town ("Belo Horizonte - MG", "Montes Claros/MG"). */
const STATE_AFTER = /^(?:mg|minas gerais|minas)\.?$/i;

/**
 * "Rua das Acácias, 120, Bairro Santa Efigênia, Belo Horizonte - MG, CEP 30260-000", "Montes Claros/MG - CEP 39400-000",
 * "UAI Praça Sete, em BH": an address pasted or written in parts; the last part that is a town (round 6090).
 */
function townOfAddress(input: string): string | undefined {
  const parts = input
    .replace(CEPS, ' ')
    .split(/[,;/\n]|\s[-–]\s/)
    .map((p) => p.trim().replace(/^(?:em|de|no|na)\s+/i, '').trim())
    .filter((p) => p !== '' && !STATE_AFTER.test(p));
  // An address, not a sentence: no question, and a CEP, the state, a number or a last part "em <town>" ("Eu moro em
  // Contagem, mas o hospital fica em Barbacena. Qual coloco?" asks which town: merge review).
  const addressed = CEP.test(input) || /\d|[-/,]\s*mg\b/i.test(input) || /(?:^|,)\s*em\s+[^,]+$/i.test(input);
  if (input.includes('?') || !addressed || (parts.length < 2 && !CEP.test(input))) return undefined;
  for (const p of parts.reverse()) {
    const town = findMunicipality(p);
    if (town !== undefined) return town;
  }
  return undefined;
}

/** "ah não é extrema então" after a town turned down: the town, between words of talk (round 4263). */
function townInFillers(input: string): string | undefined {
  // "não é Montes Claros", with no pause and nothing after, denies the town (round 783); "ah não é extrema então" says
  // it (merge review).
  const before = TOWN_FILLERS_BEFORE.exec(input)?.[0] ?? '';
  const after = TOWN_FILLERS_AFTER.exec(input)?.[0] ?? '';
  if (after === '' && /(?:^|\s)(?:n[aã]o|n|nn)\s+(?:[eé]|eh)\s*$/i.test(before)) return undefined;
  const bare = input.replace(TOWN_FILLERS_BEFORE, '').replace(TOWN_FILLERS_AFTER, '').trim();
  return bare !== '' && bare !== input.trim() ? findMunicipality(bare) : undefined;
}

/** Words that name each kind of field in a label the citizen writes before the answer ("Telefone para contato: …"). */
const TYPE_WORDS: Record<FormField['type'], readonly string[]> = {
  name: ['nome'], cpf: ['cpf'], date: ['data', 'dia'], municipality: ['municipio', 'cidade'], phone: ['telefone', 'celular', 'contato', 'fone', 'whatsapp'],
  email: ['email', 'mail'], text: [], choice: [],
};

/**
 * A label before a name made only of whose it is and fillers ("Então o meu: Fernanda Lopes", "no caso o dela: Maria
 * Souza", "fica o meu mesmo: João Lima"), after the citizen asked whose name goes there (round 5242).
 */
const WHOSE_LABEL: ReadonlySet<string> = new Set(['entao', 'o', 'a', 'meu', 'minha', 'dele', 'dela', 'e', 'eh', 'sim', 'ok', 'ta', 'bom', 'pois', 'no', 'caso', 'fica', 'vai', 'mesmo', 'msm', 'seria', 'coloca', 'poe', 'pode', 'por']);

/**
 * The answer without a label written before it with a colon, as in a letter or a filled-in sheet ("Segue o nome
 * completo da requerente: Maria das Dores Pereira", "Telefone para contato: (32) 98844-1200", "Data de preferência:
 * 15/03/2027"): the label holds a word of the field's own label or of its kind, or opens with "segue" (round 4153).
 */
/**
 * Who the request is for, as a label before their name on a filled-in sheet or an intermediary's note ("Cliente: Ronaldo
 * Batista Menezes", "Colaborador: Wellington Batista Cruz.", "Usuária: Edileuza Rocha", "Minha mãe: Maria das Dores"): a
 * role or a kin word, with the words of whose it is, or which of one's names is put (round 6260).
 */
const PERSON_LABEL: ReadonlySet<string> = new Set(['cliente', 'clientes', 'colaborador', 'colaboradora', 'funcionario', 'funcionaria', 'usuario', 'usuaria', 'assistido', 'assistida',
  'requerente', 'titular', 'interessado', 'interessada', 'paciente', 'beneficiario', 'beneficiaria', 'aluno', 'aluna', 'estudante', 'morador', 'moradora', 'idoso', 'idosa',
  // The family's words, as the rest of the engine knows them (core/people.ts), and "vó".
  ...FAMILY, 'vo', 'do', 'da', 'de', 'meu', 'minha', 'nosso', 'nossa',
  // Which of one's names is put ("Vou colocar o de casada: Juliana Ferreira Campos Silveira").
  'vou', 'colocar', 'coloco', 'botar', 'boto', 'ponho', 'escrever', 'escrevo', 'casada', 'casado', 'solteira', 'solteiro', 'social']);

function labelledValue(field: FormField, input: string): string {
  const colon = input.indexOf(':');
  if (colon < 2 || colon > 80 || /\d\s*$/.test(input.slice(0, colon))) return input;
  const label = fold(input.slice(0, colon)).split(' ').filter((w) => w !== '');
  const own = [...fold(field.label).split(' ').filter((w) => w.length >= 4), ...TYPE_WORDS[field.type]];
  if (label.length === 0 || label.length > 8 || !(label[0] === 'segue' || label.some((w) => own.includes(w)) || (field.type === 'name' && (label.every((w) => WHOSE_LABEL.has(w)) || (label.length <= 6 && label.every((w) => PERSON_LABEL.has(w) || WHOSE_LABEL.has(w))))))) return input;
  const value = input.slice(colon + 1).trim().replace(/[.;]+$/, '');
  return value === '' ? input : value;
}

/** Words no answer ends with: an article or a preposition waiting for its noun. */
const DANGLING: ReadonlySet<string> = new Set(['a', 'o', 'as', 'os', 'um', 'uma', 'de', 'da', 'do', 'das', 'dos', 'pra', 'para', 'pro', 'na', 'no', 'em', 'com', 'e', 'que', 'q']);

/** A short free-text answer that stops on an article or a preposition ("quero fazer a"), round 6263. */
function cutShort(input: string): boolean {
  const words = fold(input).split(/[^a-z0-9]+/).filter((w) => w !== '');
  return words.length >= 2 && words.length <= 6 && !/[.!?]\s*$/.test(input) && DANGLING.has(words[words.length - 1] ?? '');
}

/** Checks one answer against its field. `now` is used for dates. */
/** A CPF written whole, with its dots and dash ("553.662.771-67"). */
const CPF_WRITTEN = /(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])/g;

export function checkField(field: FormField, raw: string, now: Date, synonyms: readonly SynonymEntry[] = []): FieldCheck {
  // "tá, contagem", "ok, 12/03/1980": an acknowledgement opening a town, a date or an e-mail is no part of it (a name
  // drops it with its introduction, below; a choice or a free text keeps every word).
  const trimmed = labelledValue(field, raw.trim());
  const input = field.type === 'municipality' || field.type === 'date' || field.type === 'email' ? trimmed.replace(ACK_OPENING, '') || trimmed : trimmed;
  if (input === '') return { ok: false, reason: 'A resposta está vazia.' };
  switch (field.type) {
    case 'name': {
      const said = nameOnly(input).replace(/\s+/g, ' ');
      const clean = isNameShaped(said) ? said : (nameBeforeStory(said, said !== input.replace(/\s+/g, ' ').trim()) ?? nameBeforeNickname(said) ?? said);
      if (!/^[\p{L}' .-]+$/u.test(clean)) return { ok: false, reason: 'O nome deve ter só letras, sem números ou símbolos.' };
      // "pra q vc precisa do meu nome", "sai disso quero ver a conta de agua": words no name has are a sentence, not a name.
      if (fold(clean).split(' ').some((w) => NOT_NAME.has(w))) return { ok: false, reason: 'Não reconheci um nome. Escreva o nome completo (nome e sobrenome).' };
      if (clean.split(' ').filter((w) => w.length > 0).length < 2) return { ok: false, reason: 'Escreva o nome completo (nome e sobrenome).' };
      if (clean.length > 120) return { ok: false, reason: 'O nome está longo demais (máximo de 120 letras).' };
      return { ok: true, value: clean };
    }
    case 'cpf': {
      const all = spokenDigits(input).replace(/\D/g, '');
      // The same CPF typed twice ("046.450.130-09 046.450.130-09", pasted again to be sure) is that CPF.
      // "o certo é 553.662.771-67, o 8 era um 7 apagado": one CPF written whole among other figures is that CPF (round 6763).
      const shaped = input.match(CPF_WRITTEN) ?? [];
      const digits = all.length === 22 && all.slice(0, 11) === all.slice(11) ? all.slice(0, 11) : all.length !== 11 && shaped.length === 1 && shaped[0] !== undefined ? shaped[0].replace(/\D/g, '') : all;
      if (digits.length !== 11) return { ok: false, reason: 'O CPF tem 11 números. Pode escrever com ou sem pontos, por exemplo 123.456.789-09.' };
      if (!isValidCpf(digits)) return { ok: false, reason: 'Esse CPF não é válido: os dígitos verificadores não conferem. Confira os números.' };
      return { ok: true, value: `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}` };
    }
    case 'date':
      return checkDate(input, now);
    case 'municipality': {
      // "Montes Claros mesmo, mas é no distrito": the town, with a detail after it.
      // "nao, deixa eu terminar agora, juiz de fora": the town, after what was said to the bot.
      const city = findMunicipality(input) ?? townBeforeDetail(input) ?? townLastClause(input) ?? townAfterWord(input) ?? townServedAt(input) ?? townInFillers(input) ?? townOfAddress(input) ?? townMisspelt(input);
      if (!city) return { ok: false, reason: 'Não encontrei esse município em Minas Gerais. Confira o nome (por exemplo: Belo Horizonte, Uberlândia, Montes Claros).' };
      return { ok: true, value: city };
    }
    case 'phone': {
      const digits = spokenDigits(input).replace(/\D/g, '').replace(/^55(?=\d{10,11}$)/, '');
      if (digits.length < 10 || digits.length > 11 || !isValidPhone(digits)) {
        return { ok: false, reason: 'Informe o telefone com DDD, por exemplo (31) 99999-1234.' };
      }
      const ddd = digits.slice(0, 2);
      const rest = digits.slice(2);
      return { ok: true, value: `(${ddd}) ${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}` };
    }
    case 'email': {
      const written = emailIn(input);
      const email = isValidEmail(written) ? written : spokenEmail(input);
      if (email.length > 254 || !isValidEmail(email)) return { ok: false, reason: 'Esse e-mail não parece válido. Exemplo: nome@exemplo.com.br.' };
      return { ok: true, value: email.toLowerCase() };
    }
    case 'text': {
      const max = field.maxLength ?? 500;
      // A short answer is too short, unless it is a name the catalogue knows ("rg" for the UAI's service asked).
      if (input.length < 3 && !isKnownName(input, synonyms)) return { ok: false, reason: 'A resposta está curta demais. Escreva um pouco mais.' };
      if (input.length > max) return { ok: false, reason: `O texto tem ${input.length} caracteres; o limite é ${max}. Resuma, por favor.` };
      // "quero fazer a", "é pra tirar o": a short answer cut after an article or a preposition was sent by mistake
      // before it ended; it is asked again, never kept half (round 6263).
      if (cutShort(input)) return { ok: false, reason: 'Parece que a mensagem foi enviada pela metade. Pode escrever a resposta completa?' };
      return { ok: true, value: input };
    }
    case 'choice': {
      const options = field.options ?? [];
      const n = /^\d+$/.test(input) ? Number(input) : NaN;
      if (Number.isInteger(n) && n >= 1 && n <= options.length) return { ok: true, value: options[n - 1] ?? '' };
      const match = matchChoice(options, input, synonyms) ?? choiceInClauses(options, input, synonyms);
      if (match) return { ok: true, value: match };
      // "a segunda", "opção 2", "o último": the position in the list shown.
      const at = positionOf(fold(input).split(' '), options.length);
      if (at !== undefined && at >= 1 && at <= options.length) return { ok: true, value: options[at - 1] ?? '' };
      return { ok: false, reason: `Escolha uma das opções, de 1 a ${options.length}.` };
    }
  }
}

/** True for a term of the catalogue's synonyms, or one of its alternatives ("RG", "BO"), as typed alone. */
function isKnownName(input: string, synonyms: readonly SynonymEntry[]): boolean {
  const said = fold(input);
  return synonyms.some((e) => [e.term, ...e.alternatives].some((p) => fold(p) === said));
}

/** Words that say nothing about which choice is meant ("foi por furto" → "furto"). */
const CHOICE_FILLER = new Set(['documento', 'a', 'o', 'e', 'ou', 'de', 'do', 'da', 'por', 'pra', 'para', 'foi', 'e', 'um', 'uma', 'meu', 'minha', 'quero', 'opcao', 'isso', 'caso', 'teve', 'fui', 'sofri', 'fazer', 'faco', 'registrar', 'abrir', 'dar', 'deixar', 'mandar', 'enviar', 'gostaria', 'queria', 'preciso', 'acho', 'sobre', 'com', 'mesmo', 'seria', 'sim', 'tipo']);

/**
 * The choice told among the citizen's clauses, when the whole message points to several options ("é uma sugestão, não é
 * reclamação não", "não sei se é reclamação ou denúncia, mas acho que é denúncia mesmo, porque…"): a clause with a
 * negation or a doubt ("não", "nem") chooses nothing; the others, split at pauses and at "mas"/"porque", must point to
 * one option and the same one. Only the option is kept, never the story.
 */
function choiceInClauses(options: readonly string[], input: string, synonyms: readonly SynonymEntry[]): string | undefined {
  if (!/\S\s*[,;.!?…]+\s*\S|\s(?:mas|porque|pq|por que)\s/iu.test(input)) return undefined;
  const chosen = new Set(affirmedClauses(input).flatMap((c) => matchChoice(options, c, synonyms) ?? []));
  return chosen.size === 1 ? [...chosen][0] : undefined;
}
/** Words of negation: a clause holding one says what is not so. */
export const NEGATIONS: ReadonlySet<string> = new Set(['nao', 'n', 'nem', 'nunca']);

/** The clauses of a message, folded, split at pauses and at "mas"/"porque", without those that deny or doubt ("não"). */
function affirmedClauses(input: string): string[] {
  return input
    .split(/[,;.!?…]+/)
    .flatMap((c) => fold(c).split(/(?:^|\s+)(?:mas|porque|pq|por que)\s+/))
    .map((c) => c.trim())
    .filter((c) => c !== '' && !c.split(' ').some((w) => NEGATIONS.has(w)));
}

/** Words around an option said as the answer ("*acho que é* denúncia *mesmo*", "*olha, é* uma sugestão"). */
const STATING_WORDS: ReadonlySet<string> = new Set(['a', 'o', 'e', 'eh', 'um', 'uma', 'de', 'do', 'da', 'foi', 'seria', 'sim', 'tipo', 'isso', 'opcao', 'caso', 'acho', 'que', 'olha', 'ne', 'entao', 'msm', 'mesmo']);

/**
 * An option said as the answer, in a clause of its own that no word of a story shares ("solicitação, é um pedido
 * mesmo", "é uma sugestão, não é reclamação não", "…, mas acho que é denúncia mesmo, porque…"); not an option's word
 * inside what the citizen tells ("perdi o número do protocolo da minha reclamação").
 */
export function choiceStated(options: readonly string[], input: string): boolean {
  return affirmedClauses(input).some((c) => {
    const chosen = matchChoice(options, c);
    const words = c.split(' ').filter((w) => w.length >= 3 && !STATING_WORDS.has(w));
    return chosen !== undefined && words.length > 0 && words.every((w) => matchChoice([chosen], w) === chosen);
  });
}

/** A typed word of 6+ letters one letter off a one-word phrase ("robaram" for "roubaram"). */
function typoOfWord(typed: readonly string[], phrase: string): boolean {
  return phrase.length >= 6 && !phrase.includes(' ') && typed.some((w) => w.length >= 6 && editDistance(w, phrase, 1) <= 1);
}

/**
 * The choice a typed answer means: the option itself, or a clear part of one ("furto" → "Furto ou roubo",
 * "foi perda msm" → "Perda ou extravio", "está danificada, rasgou" → "Documento danificado"): the words typed
 * (apart from fillers) that start a word of an option, share its stem or are one typo away from it all point
 * to one option and to no other. Other words ("rasgou", "msm") are how people talk, and say nothing against it.
 */
export function matchChoice(options: readonly string[], input: string, synonyms: readonly SynonymEntry[] = []): string | undefined {
  const exact = options.find((o) => fold(o) === fold(input));
  if (exact) return exact;
  const folded = fold(input);
  const typed = folded.split(' ').filter((w) => w.length >= 3 && !CHOICE_FILLER.has(w));
  if (typed.length === 0) return undefined;
  const hits = (o: string, w: string): boolean =>
    fold(o)
      .split(' ')
      .some((ow) => ow.length >= 3 && (ow.startsWith(w) || (w.length >= 4 && editDistance(w, ow, 1) <= 1) || (w.length >= 4 && stem(w) === stem(ow))));
  const pointing = (words: readonly string[]): Set<string> => new Set(words.flatMap((w) => options.filter((o) => hits(o, w))));
  const pointed = pointing(typed);
  if (pointed.size === 1) return [...pointed][0];
  if (pointed.size > 1) return undefined;
  // The citizen's own word for an option, from the catalogue's synonyms ("molhou e estragou" is "Documento danificado").
  const said = ` ${folded} `;
  const related = synonyms
    // … typed with one letter off too ("robaram" for "roubaram"), a long word alone.
    .filter((e) => [e.term, ...e.alternatives].some((p) => said.includes(` ${fold(p)} `) || typoOfWord(typed, fold(p))))
    .flatMap((e) => [e.term, ...e.alternatives].flatMap((p) => fold(p).split(' ')))
    .filter((w) => w.length >= 4 && !CHOICE_FILLER.has(w));
  const viaSynonyms = pointing(related);
  return viaSynonyms.size === 1 ? [...viaSynonyms][0] : undefined;
}
