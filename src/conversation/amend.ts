// Amending an earlier answer while the form asks a later field ("errei meu nome, é Fulano de Tal Moreira", "a
// cidade correta é Contagem, não Betim", "na verdade foi roubado, me enganei no motivo", "muda pra denúncia"): the
// field meant and its new value, read from the message; the form takes it, says so, and asks the current field again.
import type { Form, FormField, FieldType } from '../catalogue/schema.ts';
import { isAsked } from './commands.ts';
import { APOLOGIES, INTERJECTIONS, PAUSE_WORDS } from './cues.ts';
import { checkField, matchChoice, findMunicipality } from './fields.ts';
import { fieldsNamed, askField } from './form.ts';
import { isGlue } from './reading.ts';
import { fold, plain } from './text.ts';
import type { FormAt } from './message.ts';
import type { TurnBuilder } from './turn.ts';

/** Words that say an answer given is wrong or must change ("errei", "muda pra", "o certo é", "a cidade correta é"). */
export const AMEND_WORDS: ReadonlySet<string> = new Set([
  'errado', 'errada', 'errei', 'enganei', 'confundi', 'corrigir', 'corrige', 'corrija', 'corrigindo', 'trocar', 'troca', 'troque', 'mudar', 'muda', 'mude', 'alterar', 'altera', 'altere',
  'consertar', 'arrumar', 'arruma', 'incorreto', 'incorreta', 'correto', 'correta', 'certo', 'certa', 'verdade', 'real', 'ops',
]);

/** The everyday words for a kind of field ("a *cidade* correta é…" is the município, whatever the label says). */
export const TYPE_WORDS: Readonly<Record<FieldType, readonly string[]>> = {
  name: ['nome', 'sobrenome'],
  cpf: ['cpf'],
  date: ['data', 'dia'],
  municipality: ['cidade', 'municipio'],
  phone: ['telefone', 'celular', 'fone', 'whatsapp', 'zap'],
  email: ['email', 'e-mail'],
  text: [],
  choice: [],
};

/** Words that open the new value in a clause ("é Contagem", "muda *pra* denúncia", "o certo *seria* …"). */
const OPENERS: ReadonlySet<string> = new Set(['é', 'eh', 'seria', 'pra', 'para', 'pro']);
/** Words that deny what follows them, to the end of the clause ("*não* Betim", "o serviço *não* é rg"). */
const DENIALS: ReadonlySet<string> = new Set(['nao', 'nem', 'n']);
/** Words that join a denial to the value before it ("Contagem *e* não BH", "Maria *e* não Marta"). */
const JOINING: ReadonlySet<string> = new Set(['e', 'ou']);
/** Words that lead to a place named after them ("a uai é *de* Uberlândia", "é *em* Betim"). */
const PLACE_LEADS: ReadonlySet<string> = new Set(['de', 'em', 'pra', 'para', 'na', 'no']);
/** Articles before a typed value ("é *a* ciptea do meu filho"). */
const ARTICLE = /^(a|o|as|os|um|uma)\s+/i;

/** A new value for an earlier field: its index in the form and the value as the form stores it. */
export interface Amendment {
  index: number;
  value: string;
}

/** The clauses of a message, each as its raw words, without the part a "não" denies. */
function keptClauses(text: string): string[][] {
  return text
    // A colon before a space ends a clause too ("errei a cidade*:* é Sabará", round 3864); not the one of "10:30".
    .split(/[,;.!?]+|:(?=\s)|\s+mas\s+/i)
    .map((clause) => {
      const words = clause.split(/\s+/).filter((w) => w !== '');
      const no = words.findIndex((w) => DENIALS.has(fold(w)));
      if (no < 0) return words;
      // "quero ser atendido em contagem *e* nao bh": the "e" or "ou" joining the denial is no part of the value.
      let end = no;
      while (end > 0 && JOINING.has(fold(words[end - 1] ?? ''))) end--;
      return words.slice(0, end);
    })
    .filter((words) => words.length > 0);
}

/** Words after which a plain "e" is the verb "é" typed without its accent ("o certo e Fulano", "a correta e Contagem"). */
const RIGHT_WORDS: ReadonlySet<string> = new Set(['certo', 'certa', 'correto', 'correta', 'verdadeiro', 'verdadeira']);

/**
 * True when the word at i is a plain "e" that follows a word of being right or a word naming the field ("o certo *e*
 * Fulano de Tal", "a uai *e* de Uberlândia", "meu nome *e* …").
 */
function isVerbE(words: readonly string[], i: number, said: (w: string) => boolean): boolean {
  const before = fold(words[i - 1] ?? '');
  return i > 0 && words[i]?.toLowerCase() === 'e' && (RIGHT_WORDS.has(before) || (said(before) && !AMEND_WORDS.has(before) && before !== 'meu' && before !== 'minha'));
}

/** What follows the first word that opens a value in each clause ("a cidade correta é *Contagem*"). */
function openedValues(text: string, said: (w: string) => boolean): string[] {
  return keptClauses(text).flatMap((words) => {
    // A plain "e" opens the value only at the start of its clause ("errei meu nome, e Fulano de Tal"); inside, it is "and".
    const at = words.findIndex((w, i) => OPENERS.has(w.toLowerCase()) || w.endsWith(':') || (i === 0 && w.toLowerCase() === 'e') || isVerbE(words, i, said));
    const rest = at < 0 ? [] : words.slice(at + 1);
    return rest.length > 0 ? [rest.join(' ').replace(ARTICLE, '')] : [];
  });
}

/**
 * The texts that may hold the new value, best first: what follows the first word that opens a value in each clause
 * ("a cidade correta é *Contagem*"), then each clause that says nothing but a value ("errei o nome, *Fulano de Tal*").
 */
function candidates(text: string, said: (w: string) => boolean): string[] {
  const clauses = keptClauses(text);
  const after = openedValues(text, said);
  // A clause of nothing but a pause or an interjection ("*pera*, quero corrigir o serviço") holds no value.
  const filler = (w: string): boolean => PAUSE_WORDS.has(w) || INTERJECTIONS.has(w) || APOLOGIES.has(w);
  const alone = clauses.filter((words) => !words.some((w) => said(fold(w))) && !words.every((w) => filler(fold(w)))).map((words) => words.join(' '));
  // "contagem na verdade", "é betim aliás": a value with the amending words after it (an opener or a pause before it).
  const trailed = clauses.flatMap((words) => {
    const folded = words.map(fold);
    let end = words.length;
    while (end > 0 && (AMEND_WORDS.has(folded[end - 1] ?? '') || folded[end - 1] === 'alias' || isGlue(folded[end - 1] ?? ''))) end--;
    let start = 0;
    while (start < end && (OPENERS.has(words[start]?.toLowerCase() ?? '') || isGlue(folded[start] ?? '') || filler(folded[start] ?? ''))) start++;
    const value = folded.slice(start, end);
    return end < words.length && value.length > 0 && !value.some(said) && !value.every(filler) ? [words.slice(start, end).join(' ')] : [];
  });
  return [...after, ...alone, ...trailed];
}

/** The new value a message gives for a field, if any of its candidate texts is a valid answer. */
function valueFor(t: TurnBuilder, form: Form, index: number, text: string, said: (w: string) => boolean, named = false): string | undefined {
  const field = form.fields[index];
  if (!field) return undefined;
  const texts = candidates(text, said);
  if (field.type === 'choice') {
    // The whole message without what it denies, without the words naming the field ("me enganei no *motivo*").
    const own = new Set(fold(field.label).split(' '));
    const kept = keptClauses(text).flat().filter((w) => !own.has(fold(w))).join(' ');
    for (const candidate of [...texts, kept]) {
      const match = matchChoice(field.options ?? [], candidate, t.ctx.catalogue.synonyms);
      if (match) return match;
    }
    return undefined;
  }
  if (field.type === 'municipality') {
    // Last, when the message names the field, the end of a clause from a word that leads to a place ("digo a uai é
    // *de Uberlândia*, não de Patos"); unnamed, "a conta *de luz*" is no town.
    const places = !named ? [] : keptClauses(text).flatMap((words) => words.flatMap((w, k) => (k > 0 && PLACE_LEADS.has(fold(w)) ? [words.slice(k).join(' ')] : [])));
    for (const candidate of [...texts, ...places]) {
      const city = findMunicipality(candidate);
      if (city) return city;
    }
    return undefined;
  }
  // Numbers, dates and e-mails are found in the whole message too ("errei o cpf 123.456.789-09").
  // A free text takes only a value opened as such ("o relato é …"): any clause would do as one, and a clause on its
  // own is the reason for the change ("quero mudar o relato, esqueci de falar q e desde setembro").
  const pool = field.type === 'text' ? openedValues(text, said) : field.type === 'name' ? texts : [...texts, text];
  for (const candidate of pool) {
    const check = checkField(field, candidate, t.ctx.now, t.ctx.catalogue.synonyms);
    if (check.ok) return check.value;
  }
  return undefined;
}

/** The indexes of the fields a message names, by a word of their label or the everyday word for their kind. */
function namedFields(form: Form, text: string): number[] {
  const words = new Set(fold(text).split(/[^a-z0-9-]+/));
  const byType = form.fields.flatMap((f, i) => (TYPE_WORDS[f.type].some((w) => words.has(w)) ? [i] : []));
  return [...new Set([...fieldsNamed(form, text), ...byType])];
}

/**
 * The answered fields whose answer the message denies, word for word after a "não"/"nem" ("não é *identidade*", "nem
 * foi em *Betim*"): the citizen says which answer was wrong by quoting it.
 */
export function deniedAnswers(f: FormAt, text: string): number[] {
  const words = fold(text).split(' ');
  const denied = words.flatMap((w, i) => (DENIALS.has(w) ? [` ${words.slice(i + 1, i + 6).join(' ')} `] : []));
  if (denied.length === 0) return [];
  return f.form.fields.flatMap((field, i) => {
    const given = fold(f.answers[field.id] ?? '');
    // A choice's option is denied by a word of it too ("foi furto, não *perda*" of "Perda ou extravio").
    // A date is denied by its day and month alone too ("é 13/03 e não *12/03*" of "12/03/2027").
    const words = field.type === 'choice' ? given.split(' ').filter((w) => w.length >= 4 && !isGlue(w)) : field.type === 'date' ? [given.slice(0, 5)] : [];
    return given !== '' && denied.some((d) => d.includes(` ${given} `) || words.some((w) => d.includes(` ${w} `))) ? [i] : [];
  });
}

/** "não é sugestão é reclamação": the denied answer and the one said instead, typed without a pause between them. */
const DENIED_THEN_SAID = /\b(n[aã]o|nem)\s+(é|eh|e|foi|era)\s+([^,;.!?]+?)\s+(é|eh|foi|era)\s+/iu;

/** The message with a pause put between the answer denied and the one said instead (round 3305). */
function deniedThenSaidApart(text: string): string {
  return text.replace(DENIED_THEN_SAID, '$1 $2 $3, $4 ');
}

/** Kinds of field whose value is told apart from any other by itself: found without the field being named. */
const SELF_EVIDENT: ReadonlySet<FieldType> = new Set(['choice', 'municipality']);

/**
 * The earlier answer a message amends, with its new value: a field answered before the one asked, named by the
 * message (or, for a choice or a município, the one field whose new value the message gives), and a value that is a
 * valid answer to it. Undefined when the message names no such field or gives no value for it.
 */
export function amendment(t: TurnBuilder, f: FormAt, typed: string): Amendment | undefined {
  const text = deniedThenSaidApart(typed);
  const answered = (i: number): boolean => i < f.field && f.form.fields[i] !== undefined && f.answers[f.form.fields[i]?.id ?? ''] !== undefined;
  const byLabel = namedFields(f.form, text).filter(answered);
  // Unnamed, the field whose answer the message denies ("nao é identidade nao, é a conta gov br" on the UAI's service).
  const named = byLabel.length > 0 ? byLabel : deniedAnswers(f, text).filter(answered);
  const nameWords = new Set(named.flatMap((i) => [...fold(f.form.fields[i]?.label ?? '').split(' '), ...TYPE_WORDS[f.form.fields[i]?.type ?? 'text']]));
  // A clause with any of these words is about the amendment, not the value ("errei meu nome").
  const said = (w: string): boolean => AMEND_WORDS.has(w) || nameWords.has(w) || w === 'meu' || w === 'minha';
  if (named.length === 1) {
    const index = named[0] ?? 0;
    const value = valueFor(t, f.form, index, text, said, true);
    return value === undefined ? undefined : { index, value };
  }
  if (named.length > 1) return undefined;
  const words = new Set(fold(text).split(/[^a-z0-9-]+/));
  const found = f.form.fields.flatMap((field, index) => {
    if (!answered(index) || !SELF_EVIDENT.has(field.type)) return [];
    // A word of the label counts here even when it is filler elsewhere ("a *uai* é de Uberlândia").
    const labelled = fold(field.label).split(' ').some((w) => w.length >= 3 && words.has(w));
    const value = valueFor(t, f.form, index, text, said, labelled);
    return value !== undefined && value !== f.answers[field.id] ? [{ index, value }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Verbs that order a change ("*muda* o município pra Contagem", "*troca* a data pra 12/05"), round 6262. */
const ORDER_VERBS: ReadonlySet<string> = new Set(['muda', 'mude', 'mudar', 'troca', 'troque', 'trocar', 'corrige', 'corrija', 'corrigir', 'altera', 'altere', 'alterar']);
/** Words that may come before the order ("*então, por favor,* muda…", "*ai pode* trocar…"). */
const BEFORE_ORDER: ReadonlySet<string> = new Set(['entao', 'e', 'ai', 'pode', 'por', 'favor', 'so', 'voce', 'vc', 'me', 'faz', 'o', 'da', 'pra']);

/**
 * The amendment a clause of a longer message orders, naming the earlier field ("opa, pus a cidade velha, agora moro em
 * Coronel Fabriciano. *muda o municipio pra Coronel Fabriciano*"): in a free-text field, where a long message is
 * otherwise its answer, a clause that opens with an order to change and names a field answered before is no account
 * of the case (round 6262).
 */
export function orderedAmendment(t: TurnBuilder, f: FormAt, typed: string): Amendment | undefined {
  for (const clause of typed.split(/[.!?;\n]+/)) {
    const words = fold(clause).split(/[^a-z0-9-]+/).filter((w) => w !== '');
    const at = words.findIndex((w) => !BEFORE_ORDER.has(w) && !PAUSE_WORDS.has(w) && !INTERJECTIONS.has(w));
    if (at < 0 || !ORDER_VERBS.has(words[at] ?? '') || namedFields(f.form, clause).length !== 1) continue;
    // "…pra Betim por favor": the courtesy after the value is no part of it.
    const fix = amendment(t, f, clause.replace(/[\s,]+(por favor|pfv|pf|pfvr|obrigad[oa]|obg|valeu)\s*$/i, '').trim());
    if (fix) return fix;
  }
  return undefined;
}

/** Words around "errei a cidade" that say nothing more ("*pera*, errei *a* cidade", "o cpf *saiu* errado", "*quero* corrigir o nome"). */
const AROUND_WRONG: ReadonlySet<string> = new Set([...PAUSE_WORDS, ...INTERJECTIONS, ...APOLOGIES, 'ops', 'saiu', 'ficou', 'tava', 'estava', 'quero', 'queria', 'preciso', 'deixa', 'vou', 'acho', 'nao', 'n']);

/**
 * The one answered field a message only says is wrong, without a new value ("pera errei a cidade", "o cpf saiu
 * errado"): every word is a word of amending, a word naming that field, or filler around them. With `clauseEnd` (the
 * last token of the first clause), a first clause that does so is enough; what follows is the reason.
 */
export function fieldSaidWrong(f: FormAt, tokens: readonly string[], clauseEnd?: number): number | undefined {
  // "pera quero mudar o relato, esqueci de falar q e desde setembro": a first clause that only says so, then why.
  if (clauseEnd !== undefined && clauseEnd < tokens.length - 1) {
    const first = fieldSaidWrong(f, tokens.slice(0, clauseEnd + 1));
    if (first !== undefined) return first;
  }
  if (!tokens.some((w) => AMEND_WORDS.has(w))) return undefined;
  const answered = (i: number): boolean => i < f.field && f.answers[f.form.fields[i]?.id ?? ''] !== undefined;
  const named = namedFields(f.form, tokens.join(' ')).filter(answered);
  const index = named.length === 1 ? named[0] : undefined;
  const field = index === undefined ? undefined : f.form.fields[index];
  if (index === undefined || !field) return undefined;
  const own = new Set([...fold(field.label).split(' '), ...TYPE_WORDS[field.type]]);
  return tokens.every((w) => AMEND_WORDS.has(w) || own.has(w) || isGlue(w) || AROUND_WRONG.has(w)) ? index : undefined;
}

/** Takes the amended value, says so in a line, and asks the field that was being asked again. */
export function applyAmendment(t: TurnBuilder, f: FormAt, fix: Amendment): void {
  const field: FormField | undefined = f.form.fields[fix.index];
  if (!field) return askField(t, f.s, f.form, f.field, f.answers);
  const answers = { ...f.answers, [field.id]: fix.value };
  askField(t, f.s, f.form, f.field, answers, `Corrigido: *${field.label}* agora é *${plain(fix.value)}*.`);
}

/** Prepositions between "volta" and the field it goes back to ("volta *no* motivo", "volta *pro* nome"). */
const TOWARDS: ReadonlySet<string> = new Set(['no', 'na', 'pro', 'pra', 'ao', 'a', 'para', 'o']);

/**
 * The earlier field a message asks to go back to ("volta no motivo, na verdade foi furtado", "volta, meu nome saiu
 * errado", "escolhi o tipo errado, volta no tipo"): the answered field whose word follows "volta no/pro…" (any word
 * of its label, even one that is filler elsewhere, like "tipo"); else, outside a free-text field, the one answered
 * field the message names. In a free-text field, where "voltar" may be part of an account, only a short message.
 * `back` holds the indexes of the words of going back.
 */
export function fieldToGoBackTo(f: FormAt, tokens: readonly string[], back: readonly number[], freeText: boolean): number | undefined {
  const answered = (i: number): boolean => i < f.field && f.answers[f.form.fields[i]?.id ?? ''] !== undefined;
  const ownWords = (field: FormField): Set<string> => new Set([...fold(field.label).split(' ').filter((w) => w.length >= 3), ...TYPE_WORDS[field.type]]);
  const after = back.flatMap((i) => {
    let j = i + 1;
    while (TOWARDS.has(tokens[j] ?? '')) j++;
    return j > i + 1 && tokens[j] !== undefined ? [tokens[j] ?? ''] : [];
  });
  const towards = f.form.fields.flatMap((field, i) => (answered(i) && after.some((w) => ownWords(field).has(w)) ? [i] : []));
  if (towards.length === 1 && (!freeText || tokens.length <= 12)) return towards[0];
  if (freeText) return undefined;
  const named = namedFields(f.form, tokens.join(' ')).filter(answered);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Several answers given in one message, each introduced by its field ("meu nome é Fulano de Tal e meu CPF é
 * 123.456.789-09"): the parts that open with "meu/minha" and name one field each, with a valid value for it. Only when
 * there are two or more such parts, for different fields, and one of them answers the field being asked.
 */
export function answersGiven(t: TurnBuilder, f: FormAt, text: string): Record<string, string> | undefined {
  const parts = text.split(/(?:\s*[,;]\s*|\s+e\s+)(?=(?:o\s+|a\s+)?(?:meu|minha)\s)/i).filter((p) => p.trim() !== '');
  if (parts.length < 2) return answerThenNamed(t, f, text) ?? answerThenNext(t, f, text);
  const given: Record<string, string> = {};
  for (const part of parts) {
    if (!/^\s*((o|a)\s+)?(meu|minha)\s/i.test(part)) return undefined;
    const named = namedFields(f.form, part);
    const index = named.length === 1 ? named[0] : undefined;
    const field = index === undefined ? undefined : f.form.fields[index];
    if (index === undefined || !field || given[field.id] !== undefined) return undefined;
    const own = new Set([...fold(field.label).split(' '), ...TYPE_WORDS[field.type]]);
    const value = valueFor(t, f.form, index, part, (w) => own.has(w) || w === 'meu' || w === 'minha', true);
    if (value === undefined) return undefined;
    given[field.id] = value;
  }
  return given[f.form.fields[f.field]?.id ?? ''] === undefined ? undefined : given;
}

/**
 * The field asked answered, then another field named before its own value, without "meu/minha" ("Rita Teste Mendes
 * cpf 390.533.447-05", "Maria Souza, cpf: 123…"): the words before the first word naming a later, unanswered field are
 * a valid answer to the field asked, and what follows that word a valid value for the field it names.
 */
function answerThenNamed(t: TurnBuilder, f: FormAt, text: string): Record<string, string> | undefined {
  const asked = f.form.fields[f.field];
  if (!asked || asked.type === 'text') return undefined;
  const tokens = text.trim().split(/\s+/);
  for (let i = 1; i < tokens.length - 1; i++) {
    const named = namedFields(f.form, tokens[i] ?? '').filter((k) => k > f.field && f.answers[f.form.fields[k]?.id ?? ''] === undefined);
    const index = named.length === 1 ? named[0] : undefined;
    const field = index === undefined ? undefined : f.form.fields[index];
    if (index === undefined || !field || field.type === 'text') continue;
    const head = checkField(asked, tokens.slice(0, i).join(' ').replace(/(\s*[,;:]|\s+e)$/i, ''), t.ctx.now, t.ctx.catalogue.synonyms);
    const own = new Set([...fold(field.label).split(' '), ...TYPE_WORDS[field.type]]);
    const value = valueFor(t, f.form, index, tokens.slice(i).join(' '), (w) => own.has(w), true);
    return head.ok && value !== undefined ? { [asked.id]: head.value, [field.id]: value } : undefined;
  }
  return undefined;
}

/** A purpose opening the rest of the message ("…, *pra* tirar carteira de identidade"): what a free-text field of the service wanted takes. */
const PURPOSE = /^(?:pra|para|pro)\s+(\S+\s+\S+.*)$/i;

/**
 * The field asked answered by the head of the message, and the next field still missing by the rest, with no word
 * naming it: "Claudia Regina Souza 615.073.829-95" (a name, then a CPF), "18/01/2027, e o motivo é documento
 * danificado" (a date, then a choice), "governador valadares, pra tirar carteira de identidade" (a town, then what for).
 * The longest head that is a valid answer is taken, so a name keeps all its words. A free-text field asked takes the
 * whole message; a free-text field next takes only a purpose ("pra …"), the rest of any other message may be a story.
 */
export function answerThenNext(t: TurnBuilder, f: FormAt, text: string): Record<string, string> | undefined {
  const asked = f.form.fields[f.field];
  const index = f.form.fields.findIndex((x, i) => i > f.field && f.answers[x.id] === undefined);
  const next = f.form.fields[index];
  if (!asked || !next || asked.type === 'text' || isAsked(text)) return undefined;
  const tokens = text.trim().split(/\s+/);
  const own = new Set([...fold(next.label).split(' '), ...TYPE_WORDS[next.type]]);
  for (let i = tokens.length - 1; i >= 1; i--) {
    const head = checkField(asked, tokens.slice(0, i).join(' ').replace(/(\s*[,;:.]|\s+e)$/i, ''), t.ctx.now, t.ctx.catalogue.synonyms);
    if (!head.ok) continue;
    const rest = tokens.slice(i).join(' ').replace(/^e\s+/i, '');
    const purpose = PURPOSE.exec(rest)?.[1];
    const value = next.type === 'text' ? purpose : valueFor(t, f.form, index, rest, (w) => own.has(w), true);
    if (value !== undefined) return { [asked.id]: head.value, [next.id]: value };
  }
  return undefined;
}
