// Numbers that identify a person (CPF, CNPJ, RG, CNH, RENAVAM, título de eleitor, phones, cards, CEP, dates),
// however they are written: digit groups and digits spelled out in words ("cinco dois nove"), joined by any short
// run of separators ("529·982_247/25", "529 ponto 982") or by nothing. A run of six digits or more is redacted;
// a shorter one only right after a word that says what it is ("cvv 123", "validade 12/29", "zona 123").
import { isValidCnpj } from '@brazilian-utils/brazilian-utils/is-valid-cnpj';
import { isValidCpf } from '@brazilian-utils/brazilian-utils/is-valid-cpf';
import type { FoldedText, Span, Token } from './text.ts';

const NUMBER_WORDS = new Map(Object.entries({
  zero: '0', um: '1', uma: '1', dois: '2', duas: '2', tres: '3', quatro: '4', cinco: '5', seis: '6', meia: '6', sete: '7', oito: '8', nove: '9',
}));
/** Words that stand for a separator between digit groups when read out or dictated. */
const JOINER_WORDS = new Set(['ponto', 'traco', 'hifen', 'barra', 'virgula', 'espaco']);
/** Longest run of separator characters still read as one number ("529 - 982"). */
const MAX_GAP = 4;

/** What a word before a number says about it: the tag, the fewest digits worth hiding, and whether a lone year stays. */
interface Context {
  tag: string;
  min: number;
  yearsStay: boolean;
}
const doc = (tag: string): Context => ({ tag, min: 4, yearsStay: true });
const CONTEXTS = new Map<string, Context>(Object.entries({
  cpf: doc('[cpf]'),
  cnpj: doc('[cnpj]'),
  rg: doc('[rg]'),
  identidade: doc('[rg]'),
  cin: doc('[rg]'),
  cnh: doc('[cnh]'),
  habilitacao: doc('[cnh]'),
  renavam: doc('[renavam]'),
  cep: doc('[cep]'),
  telefone: doc('[telefone]'),
  celular: doc('[telefone]'),
  cel: doc('[telefone]'),
  fone: doc('[telefone]'),
  tel: doc('[telefone]'),
  whats: doc('[telefone]'),
  whatsapp: doc('[telefone]'),
  zap: doc('[telefone]'),
  wpp: doc('[telefone]'),
  cartao: doc('[cartao]'),
  pis: doc('[numero]'),
  pasep: doc('[numero]'),
  nis: doc('[numero]'),
  nit: doc('[numero]'),
  cns: doc('[numero]'),
  sus: doc('[numero]'),
  conta: doc('[numero]'),
  agencia: doc('[numero]'),
  matricula: doc('[numero]'),
  titulo: { tag: '[titulo]', min: 3, yearsStay: true },
  eleitor: { tag: '[titulo]', min: 3, yearsStay: true },
  inscricao: { tag: '[titulo]', min: 3, yearsStay: true },
  zona: { tag: '[titulo]', min: 3, yearsStay: true },
  secao: { tag: '[titulo]', min: 3, yearsStay: true },
  validade: { tag: '[validade]', min: 3, yearsStay: true },
  vencimento: { tag: '[validade]', min: 3, yearsStay: true },
  vence: { tag: '[validade]', min: 3, yearsStay: true },
  venc: { tag: '[validade]', min: 3, yearsStay: true },
  val: { tag: '[validade]', min: 3, yearsStay: true },
  expira: { tag: '[validade]', min: 3, yearsStay: true },
  exp: { tag: '[validade]', min: 3, yearsStay: true },
  cvv: { tag: '[cvv]', min: 3, yearsStay: false },
  cvc: { tag: '[cvv]', min: 3, yearsStay: false },
  cvv2: { tag: '[cvv]', min: 3, yearsStay: false },
  seguranca: { tag: '[cvv]', min: 3, yearsStay: false },
  verificador: { tag: '[cvv]', min: 3, yearsStay: false },
  senha: { tag: '[senha]', min: 3, yearsStay: false },
  pin: { tag: '[senha]', min: 3, yearsStay: false },
}));
/** Words that may stand between the word that names a number and the number ("cpf dele é o número 123…"). */
const FILLERS = new Set([
  'e', 'eh', 'de', 'do', 'da', 'dos', 'das', 'o', 'a', 'os', 'as', 'meu', 'minha', 'seu', 'sua', 'numero', 'num', 'nro', 'nr', 'n', 'no', 'na', 'final',
  'com', 'sao', 'codigo', 'cod', 'credito', 'debito', 'data', 'digitos', 'digito', 'ate', 'em', 'dele', 'dela', 'carteira', 'nacional', 'cartao', 'mg',
]);

/** The digit a token stands for (a digit group, or a digit word), or undefined. */
function digitsOf(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === 'digits') return t.text;
  return t.kind === 'word' ? NUMBER_WORDS.get(t.text) : undefined;
}

/** True when the token is a short run of separators that can sit inside one number. */
function isGap(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'sep' && t.text.length <= MAX_GAP && !t.text.includes('@');
}

/** One number as written: tokens `first`..`last`, its digits, and the word before it that says what it is. */
interface NumberRun {
  first: number;
  last: number;
  digits: string;
  context?: Context;
}

/** Finds the numbers: maximal runs of digit tokens joined by short separators, separator words or nothing. */
function numberRuns(tokens: Token[]): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const d = digitsOf(tokens[i]);
    if (d === undefined) {
      i++;
      continue;
    }
    const run: NumberRun = { first: i, last: i, digits: d };
    for (;;) {
      const j = run.last + 1;
      const next = digitsOf(tokens[j]);
      if (next !== undefined) {
        // Touching tokens: "529nove" (a digit group then a digit word).
        run.digits += next;
        run.last = j;
      } else if (isGap(tokens[j]) && digitsOf(tokens[j + 1]) !== undefined) {
        run.digits += digitsOf(tokens[j + 1]) ?? '';
        run.last = j + 1;
      } else if (isGap(tokens[j]) && JOINER_WORDS.has(tokens[j + 1]?.text ?? '') && isGap(tokens[j + 2]) && digitsOf(tokens[j + 3]) !== undefined) {
        run.digits += digitsOf(tokens[j + 3]) ?? '';
        run.last = j + 3;
      } else break;
    }
    runs.push(run);
    i = run.last + 1;
  }
  return runs;
}

/** Gives each run the context of a naming word before it, skipping separators and filler words. */
function attachContexts(tokens: Token[], runs: NumberRun[]): void {
  const runAt = new Map(runs.map((r) => [r.first, r]));
  for (let i = 0; i < tokens.length; i++) {
    const context = CONTEXTS.get(tokens[i]?.text ?? '');
    if (!context || tokens[i]?.kind !== 'word') continue;
    let words = 0;
    for (let j = i + 1; j < tokens.length && j <= i + 14; j++) {
      const t = tokens[j] as Token;
      const run = runAt.get(j);
      if (run) {
        run.context ??= context;
        break;
      }
      if (t.kind === 'sep') {
        if (t.text.length > MAX_GAP || /[\n.!?;]/.test(t.text.replace(/^[.]$/, ''))) break;
        continue;
      }
      if (t.kind !== 'word' || !(FILLERS.has(t.text) || CONTEXTS.has(t.text)) || ++words > 5) break;
    }
  }
}

const isYear = (t: Token): boolean => t.kind === 'digits' && /^(?:19|20)\d\d$/.test(t.text);

/** True for runs that are only years ("ipva 2025 2026", "exercício 2024/2025"): they stay for the statistics. */
function onlyYears(tokens: Token[], run: NumberRun): boolean {
  for (let k = run.first; k <= run.last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'digits' ? !isYear(t) : t.kind !== 'sep' || /^[-.]$/.test(t.text)) return false;
  }
  return true;
}

/** "05/2025": the month of a bill or a tax, not a person's number (an expiry date is caught by its word, "validade"). */
function monthAndYear(tokens: Token[], run: NumberRun): boolean {
  if (run.last - run.first !== 2) return false;
  const [m, sep, y] = [tokens[run.first], tokens[run.first + 1], tokens[run.last]] as Token[];
  return m?.kind === 'digits' && m.text.length <= 2 && Number(m.text) >= 1 && Number(m.text) <= 12 && sep?.text === '/' && y !== undefined && isYear(y);
}

/** "R$ 1.500,00": an amount of money written as one, not a person's number. */
function isMoney(f: FoldedText, run: NumberRun): boolean {
  const { tokens, folded } = f;
  if (!/\$\s*$/.test(tokens[run.first - 1]?.text ?? '') || tokens[run.first - 2]?.text !== 'r') return false;
  return /^\d{1,3}(?:\.\d{3}){0,2}(?:,\d{1,2})?$/.test(folded.slice((tokens[run.first] as Token).start, (tokens[run.last] as Token).end));
}

/** Luhn check digit, as card numbers carry. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const isPhone = (d: string): boolean =>
  (/^[1-9]{2}(?:9\d{8}|[2-5]\d{7})$/.test(d) || /^55[1-9]{2}(?:9\d{8}|[2-5]\d{7})$/.test(d) || /^(?:9\d{8}|[2-5]\d{7})$/.test(d));

/** The tag of a number from its digits and how it was written. */
function shapeTag(digits: string, written: string): string {
  const n = digits.length;
  if (n === 11 && isValidCpf(digits)) return '[cpf]';
  if (n === 14 && isValidCnpj(digits)) return '[cnpj]';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(written)) return '[data]';
  if (/^\d{1,2}\.\d{3}\.\d{3}(?:-[0-9x])?$/.test(written)) return '[rg]';
  if (n === 8 && /^\d{5}-?\d{3}$|^\d{2}\.\d{3}-?\d{3}$/.test(written)) return '[cep]';
  if (isPhone(digits)) return '[telefone]';
  if (n >= 13 && n <= 19 && luhn(digits)) return '[cartao]';
  return '[numero]';
}

/** Two-letter state codes, and the single letter of old MG identity cards ("M-1.234.567"). */
const RG_PREFIX = new Set([
  'ac', 'al', 'ap', 'am', 'ba', 'ce', 'df', 'es', 'go', 'ma', 'mt', 'ms', 'mg', 'pa', 'pb', 'pr', 'pe', 'pi', 'rj', 'rn', 'rs', 'ro', 'rr', 'sc', 'sp', 'se', 'to', 'm',
]);
/** State codes that are also Portuguese words ("tô", "se", "pá"): a prefix only after a word such as "rg". */
const WORD_LIKE_PREFIX = new Set(['es', 'ma', 'pa', 'pe', 'se', 'to']);

/** True when the word before the number is an identity card's state prefix. */
function rgPrefix(prefix: Token | undefined, join: Token | undefined, run: NumberRun): boolean {
  if (!prefix || !join || prefix.kind !== 'word' || join.kind !== 'sep' || !/^[-. ]$/.test(join.text) || !RG_PREFIX.has(prefix.text)) return false;
  if (run.digits.length < 6 || run.digits.length > 10) return false;
  return run.context?.tag === '[rg]' || !WORD_LIKE_PREFIX.has(prefix.text);
}

/** The spans of numbers that identify someone. */
export function numberSpans(f: FoldedText): Span[] {
  const { tokens, folded } = f;
  const runs = numberRuns(tokens);
  attachContexts(tokens, runs);
  const spans: Span[] = [];
  for (const run of runs) {
    const c = run.context;
    const byContext = c !== undefined && run.digits.length >= c.min && !(c.yearsStay && onlyYears(tokens, run));
    const byLength = run.digits.length >= 6 && !onlyYears(tokens, run) && !monthAndYear(tokens, run) && !isMoney(f, run);
    if (!byContext && !byLength) continue;
    let first = run.first;
    let last = run.last;
    // An identity card's state prefix and check letter go with it: "MG-12.345.678", "12.345.678-X".
    if (rgPrefix(tokens[first - 2], tokens[first - 1], run)) first -= 2;
    const after = tokens[last + 1];
    const check = tokens[last + 2];
    if (after && check && after.kind === 'sep' && after.text === '-' && check.kind === 'word' && check.text === 'x') last += 2;
    // "+55 (31) …": the opening symbols go too, so the tag reads cleanly.
    let start = (tokens[first] as Token).start;
    while (start > 0 && (folded[start - 1] === '+' || folded[start - 1] === '(')) start--;
    const end = (tokens[last] as Token).end;
    const written = folded.slice((tokens[run.first] as Token).start, end);
    const tag = first < run.first ? '[rg]' : byContext && c ? (c.tag === '[numero]' ? shapeTag(run.digits, written) : c.tag) : shapeTag(run.digits, written);
    spans.push({ start, end, tag });
  }
  return spans;
}
