// The walkthrough in the citizen's words: next, previous, repeat, "vai pra etapa 3", finish, leave.
import { stem } from '../search/normalize.ts';
import { editDistance } from '../search/typo.ts';
import { isAsked } from './commands.ts';
import { BACK_VERBS, STEP_WORDS } from './cues.ts';
import { CARDINAL_WORDS, ORDINAL_WORDS } from './numbers.ts';
import type { Reading } from './reading.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import { askFeedback, showService, showStep } from './views.ts';

// Maps and sets, not objects: a typed word such as "constructor" must never meet an object's built-ins.
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([...CARDINAL_WORDS, ...ORDINAL_WORDS]);
export const ORDINALS: ReadonlySet<string> = new Set(['primeira', 'primeiro', 'segunda', 'segundo', 'terceira', 'terceiro', 'quarta', 'quarto', 'quinta', 'quinto', 'ultima', 'ultimo', 'penultima']);
const STEP_STEMS: ReadonlySet<string> = new Set(['etapa', 'fase'].map(stem));
/**
 * The ordinal a word is when typed with one letter missing ("e o *utimo*", "a *tercera*"), or undefined. Only a missing
 * letter, and from five letters: a letter changed makes other words ("quanto" is not "quarto"), and the reader's own
 * correction may take such a word elsewhere ("utimo" is as near "otimo").
 */
function ordinalCorrected(word: string): string | undefined {
  if (word.length < 5 || ORDINALS.has(word)) return undefined;
  const near = [...ORDINALS].filter((o) => o.length === word.length + 1 && editDistance(word, o, 1) === 1);
  return near.length === 1 ? near[0] : undefined;
}
/** Verbs that take the citizen somewhere, by stem, so every form counts ("volte", "mostre", "pula", "vamos"). */
const GO_WORDS = ['vai', 'va', 'vamos', 'bora', 'simbora', 'partiu', 'pula', 'pular', 'ir', 'volta', 'voltar', 'mostra', 'mostrar', 've', 'ver', 'veja', 'quero', 'abre', 'abrir', 'manda', 'leva', 'passa', 'retorna', 'avanca', 'avancar', 'avance', 'avancem',
  // Going on to a step in formal words ("Siga para a etapa 2.", "prossiga para o passo 3", "pule pra etapa 4").
  'siga', 'sigam', 'sigamos', 'segue', 'seguir', 'prossiga', 'prossegue', 'prosseguir', 'pule', 'passe'];
const GO_STEMS: ReadonlySet<string> = new Set(GO_WORDS.map(stem));
/** Starting over ("começa tudo de novo do início"), by the exact word: the noun "começo" is where to go, not a verb. */
const START_OVER = new Set(['comeca', 'comecar', 'comece', 'recomeca', 'recomecar', 'recomece']);
/** Words that say "again" after starting over ("começa de novo", "denovo"). */
const AGAIN: ReadonlySet<string> = new Set(['novo', 'denovo']);
/** Starting over said in words ("começa de novo", "quero recomeçar denovo"): a verb of starting and "again". */
export function startsOver(m: Reading): boolean {
  return m.tokens.some((t) => START_OVER.has(t)) && m.tokens.some((t) => AGAIN.has(t));
}
const isGo = (t: string): boolean => GO_WORDS.includes(t) || START_OVER.has(t) || GO_STEMS.has(stem(t));
/** Words that introduce a description of the step asked for ("o passo 4, que é o da religação"). */
const DESCRIBING = new Set(['q', 'que', 'qual', 'eh', 'sobre', 'onde', 'fala', 'aquele', 'aquela', 'esse', 'essa', 'tal']);
/** Words that open the reason after a request for a step. */
const REASONS = new Set(['q', 'que', 'pq', 'porque', 'pois']);
/** Words of recalling something already seen ("qual *era* o primeiro *mesmo*?", "como *foi* a etapa 2?"). */
const RECALLING = ['era', 'foi', 'mesmo', 'memo', 'msm', 'ne', 'tinha'];
// Words of asking say nothing about which step: "gostaria de ver a etapa 5", "pode ir pra 3?".
const FILL = new Set(['e', 'pra', 'para', 'pro', 'a', 'o', 'ao', 'na', 'no', 'ate', 'de', 'da', 'do', 'me', 'numero', 'n', 'por', 'favor', 'gentileza', 'o', 'la', 'direto', 'diretamente', 'quero', 'queria', 'gostaria', 'pode', 'poderia', 'consegue', 'agora', 'entao', 'somente', 'so', 'apenas', 'tudo', 'novo', 'denovo', 'desde',
  // Words of recalling a step already seen say nothing about which one: "qual era o primeiro msm?", "e o passo 3 qual foi?".
  ...RECALLING,
  // Words of talk that point nowhere ("pula pro último passo *aí*", "vai pra última etapa *logo*"), round 4260.
  'ai', 'logo',
  // The steps named after the start or the end ("volta pro início *dos* passos", "vai pro fim *das* etapas"), round 4541.
  'dos', 'das',
  // The Spanish articles of portunhol ("ir *al* paso 5", "*el* paso 3"), read in a message with no Spanish-only word.
  'al', 'el']);

/**
 * The step a message asks for, 1-based ("etapa 3", "vai pra 3", "terceira etapa", "a última etapa"),
 * or undefined. `last` is the number of steps.
 */
export function stepAskedFor(m: Reading, last: number, own: (word: string) => boolean = () => false): number | undefined {
  // A misspelt step word ("etpa 3") reads as the word it was corrected to: its stem is a step word's.
  // So does an ordinal typed with a letter missing ("e o *utimo*", "vai pra *tercera*"), round 5223.
  const tokens = m.tokens.map((w, i) => (!STEP_WORDS.has(w) && STEP_STEMS.has(m.stems[i] ?? '') ? 'etapa' : ordinalCorrected(w) ?? w));
  const whole = stepInWords(tokens, last, own);
  if (whole !== undefined) return whole;
  // "etapa2", "passo3": the step word and its number typed together (round 6363).
  const unglued = tokens.flatMap((w) => {
    const g = /^([a-z]+?)(\d{1,2})$/.exec(w);
    return g && (STEP_WORDS.has(g[1] ?? '') || STEP_STEMS.has(stem(g[1] ?? ''))) ? ['etapa', g[2] ?? ''] : [w];
  });
  if (unglued.length > tokens.length) {
    const n = stepInWords(unglued, last, own);
    if (n !== undefined) return n;
  }
  // "volta na 2 q eu quero ver oq juntar": the request, then why, after "que"/"pq".
  const because = tokens.findIndex((w, i) => i > 0 && REASONS.has(w));
  const asked = because > 0 ? stepInWords(tokens.slice(0, because), last, own) : undefined;
  if (asked !== undefined || !m.pauses || m.pauses.size === 0) return asked;
  // "Já fiz as primeiras, pode ir direto para a etapa 4?": the part of the message that asks for a step.
  let from = 0;
  for (const end of [...[...m.pauses].sort((a, b) => a - b), m.tokens.length - 1]) {
    const n = stepInWords(tokens.slice(from, end + 1), last, own);
    if (n !== undefined) return n;
    from = end + 1;
  }
  return undefined;
}

/** Verbs (by stem) and words that move back in the steps ("volta", "retorne", "recua", "pra trás"). */
const BACKWARD_STEMS: ReadonlySet<string> = new Set(['volta', 'retorna', 'retrocede', 'recua', 'atras', 'tras', 'anterior', 'anteriores'].map(stem));
/** Verbs (by stem) and words that move forward ("avança", "pula", "adianta", "pra frente", "segue"). */
const FORWARD_STEMS: ReadonlySet<string> = new Set(['avanca', 'pula', 'adianta', 'frente', 'segue', 'prossegue', 'passa', 'vai'].map(stem));
/** Plural step words: a count of them is a distance ("dois passos"), never a step's number ("passo dois"). */
const STEP_PLURALS: ReadonlySet<string> = new Set(['etapas', 'passos', 'fases', 'partes']);

/**
 * "volta dois passos", "avança 2 etapas", "pula três etapas", "duas etapas pra trás": a count of steps before a plural
 * step word, with a word of going back or forward, moves that many steps from `at` (0-based); the step reached,
 * 1-based and kept between the first and the last, or undefined.
 */
export function stepsMoved(m: Reading, at: number, last: number): number | undefined {
  const w = m.tokens;
  const counts = w.flatMap((x, i) => {
    if (!STEP_PLURALS.has(w[i + 1] ?? '')) return [];
    const n = /^\d{1,2}$/.test(x) ? Number(x) : CARDINAL_WORDS.get(x);
    return n !== undefined && n >= 2 ? [n] : [];
  });
  if (counts.length !== 1) return undefined;
  // The step words themselves are no verbs ("passos" shares the stem of "passa").
  const verbs = m.stems.filter((_, i) => !STEP_WORDS.has(w[i] ?? ''));
  const back = verbs.some((x) => BACKWARD_STEMS.has(x));
  const forward = verbs.some((x) => FORWARD_STEMS.has(x));
  if (back === forward) return undefined;
  const n = counts[0] as number;
  return Math.min(last, Math.max(1, at + 1 + (back ? -n : n)));
}

/** The first and the last step by name: never a word describing a step, though a service's texts may use them ("volta pro início dos passos"), round 4541. */
const STEP_ENDS: ReadonlySet<string> = new Set(['inicio', 'comeco', 'final']);

function stepInWords(words: readonly string[], last: number, own: (word: string) => boolean): number | undefined {
  // "volte uma etapa", "avança um passo": a count of steps, not step 1 ("etapa um" is step 1).
  if (words.some((w, i) => (w === 'um' || w === 'uma') && STEP_WORDS.has(words[i + 1] ?? ''))) return undefined;
  const tokens = words.filter((t) => !FILL.has(t) && !DESCRIBING.has(t));
  const hasStepWord = tokens.some((t) => STEP_WORDS.has(t));
  const hasGoWord = tokens.some(isGo);
  // "vai pro passo 4, que é o da religação": words of the service's own steps describe the step asked for.
  const rest = tokens.filter((t) => !STEP_WORDS.has(t) && !isGo(t) && !(hasStepWord && /^[a-z]{4,}$/.test(t) && !ORDINALS.has(t) && !NUMBER_WORDS.has(t) && !STEP_ENDS.has(t) && own(t)));
  // "começa de novo", "recomeça denovo": starting over, with nothing else named, is the first step.
  if (rest.length === 0 && tokens.some((t) => START_OVER.has(t)) && words.some((w) => AGAIN.has(w))) return 1;
  if (rest.length !== 1) return undefined;
  const word = rest[0] as string;
  // Alone, only an ordinal names a step ("a última", "a terceira"); a bare number is an option.
  if (!hasStepWord && !hasGoWord && !ORDINALS.has(word)) return undefined;
  // "volta uma" is one step back, not step 1.
  if ((word === 'um' || word === 'uma') && !hasStepWord) return undefined;
  // So is "volta 1", the digit said right after the verb; "volta pro 1", "volta no passo 1" are step 1.
  if (word === '1' && !hasStepWord && BACK_VERBS.has(words[words.indexOf(word) - 1] ?? '')) return undefined;
  if (word === 'ultima' || word === 'ultimo' || word === 'final') return last;
  if (word === 'inicio' || word === 'comeco') return 1;
  // "3", "3ª", "3o": a number, with or without the ordinal sign (folded to "a" or "o").
  if (/^\d{1,2}[ao]?$/.test(word)) return Number(word.replace(/[ao]$/, ''));
  return NUMBER_WORDS.get(word);
}

/**
 * "e na etapa 2 eu preciso levar o que?": a question that names a step by its word and number ("etapa 2", "passo 3",
 * "2ª etapa", "terceira etapa"), words of the question around it; the step named, 1-based, or undefined.
 */
export function stepNamedInQuestion(m: Reading, last: number): number | undefined {
  if (!isAsked(m.text)) return undefined;
  const w = m.tokens;
  const named = w.flatMap((x, i) => {
    if (!STEP_WORDS.has(x) || x.endsWith('s')) return [];
    const after = w[i + 1] ?? '';
    const before = w[i - 1] ?? '';
    const n = /^\d{1,2}[ao]?$/.test(after) ? Number(after.replace(/[ao]$/, '')) : /^\d{1,2}[ao]$/.test(before) ? Number(before.slice(0, -1)) : ORDINALS.has(before) && before !== 'ultima' && before !== 'ultimo' && before !== 'penultima' ? NUMBER_WORDS.get(before) : undefined;
    return n !== undefined && n >= 1 && n <= last ? [n] : [];
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The service and step of the walkthrough in progress, if any. */
function current(t: TurnBuilder): { s: NonNullable<ReturnType<typeof serviceOf>>; step: number } | undefined {
  const view = t.state.view;
  if (view.at !== 'walkthrough') return undefined;
  const s = serviceOf(t.ctx, view.serviceId);
  return s ? { s, step: view.step } : undefined;
}

/** Finishes the walkthrough: the official link, the offer to make the request here, the feedback question. */
export function finishWalk(t: TurnBuilder): void {
  const w = current(t);
  if (!w) return;
  const { s } = w;
  t.events.push({ type: 'walkthrough_finished', serviceId: s.id });
  t.reach('walkthrough_finished');
  const tail = s.form ? '\nSe quiser, posso registrar a solicitação por aqui: escolha "Fazer solicitação" no cartão do serviço.' : '';
  t.say(`Pronto, você viu todas as etapas de *${s.title}*.${tail}`, undefined, [{ label: 'Página oficial do serviço', url: s.url }], { kind: 'notice' });
  askFeedback(t, s.id, 'walkthrough');
}

/** The next step; after the last one, the walkthrough is finished. */
export function nextStep(t: TurnBuilder): void {
  const w = current(t);
  if (!w) return;
  if (w.step + 1 >= w.s.steps.length) return finishWalk(t);
  showStep(t, w.s, w.step + 1);
}

/** The previous step; before the first one, the service card. */
export function previousStep(t: TurnBuilder): void {
  const w = current(t);
  if (!w) return;
  if (w.step === 0) return showService(t, w.s);
  showStep(t, w.s, w.step - 1);
}

/** The same step again. */
export function repeatStep(t: TurnBuilder): void {
  const w = current(t);
  if (w) showStep(t, w.s, w.step);
}

/** Where the citizen is in the steps and how many are left ("Você está na etapa 3 de 4: falta 1."); the step's options stay. */
export function sayProgress(t: TurnBuilder): void {
  const w = current(t);
  if (!w) return;
  const of = w.s.steps.length;
  const left = of - (w.step + 1);
  const rest = left === 0 ? 'esta é a última.' : left === 1 ? 'falta 1 etapa.' : `faltam ${left} etapas.`;
  t.say(`Você está na etapa ${w.step + 1} de ${of} de *${w.s.title}*: ${rest}`, t.state.options, undefined, { kind: 'notice' });
}

/** Goes to step `n` (1-based), or says how many steps there are. */
export function gotoStep(t: TurnBuilder, n: number): void {
  const w = current(t);
  if (!w) return;
  if (n < 1 || n > w.s.steps.length) {
    t.say(`*${w.s.title}* tem ${w.s.steps.length} etapas. Digite um número de 1 a ${w.s.steps.length}, ou *próxima*.`, t.state.options, undefined, { kind: 'notice' });
    return;
  }
  showStep(t, w.s, n - 1);
}

/** Leaves the walkthrough for the service card. */
export function leaveWalk(t: TurnBuilder): void {
  const w = current(t);
  if (w) showService(t, w.s);
}

/** "me explica o passo a passo": the first step of the service in focus. */
export function startWalk(t: TurnBuilder, step = 0): void {
  const s = t.state.focus ? serviceOf(t.ctx, t.state.focus) : undefined;
  if (s) showStep(t, s, step);
}
