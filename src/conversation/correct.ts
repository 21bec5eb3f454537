// Corrections: "na verdade é da moto", "não, a primeira via", "errei, é CNH e não RG". The filler and the
// part said "no" to are dropped; what is left is searched, and the services related to the one in focus
// come first (the citizen is correcting that one, so its neighbours are the likely answer).
import { words as searchWords } from '../search/normalize.ts';
import { APOLOGIES } from './cues.ts';
import { explainField, offerLeave, askField } from './form.ts';
import { clean, type Reading } from './reading.ts';
import { fold } from './text.ts';
import { answerAbout, findTopics, focusOf, namingWords } from './topics.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import { loggedQuery, runSearch, showService } from './views.ts';

/** Words that end the part said "no" to ("não RG, é CNH": the comma and "é" end it). */
const ENDS_NEGATION = new Set(['e', 'mas', 'sim', 'era', 'quero', 'queria', 'seria', 'eh']);

/**
 * The words the citizen meant, from the tokens the cue left: a leading standalone "não," is dropped,
 * and so is each "não X" stretch (up to "e", "mas", "é"…, once it has named something).
 */
export function correctionWords(m: Reading, used: readonly number[]): string[] {
  const skip = new Set(used);
  // A "não" just before the cue ("não, pera…", "nao pera, é a da cnh") answers the bot; it negates nothing.
  m.tokens.forEach((w, i) => {
    if ((w === 'nao' || w === 'nn') && skip.has(i + 1)) skip.add(i);
  });
  // Apologies around the correction ("desculpa, na verdade…") say nothing about what was meant. A pause after
  // something named ends the part said "no" to ("não foi furto, foi golpe no pix"): marked by an empty token.
  const tokens = m.tokens.flatMap((w, i) => (skip.has(i) || APOLOGIES.has(w) ? [] : m.pauses?.has(i) ? [w, ''] : [w]));
  // "não, a primeira via": a "não" followed by a pause answers the bot; it does not negate what follows.
  if (/^\s*(n[aã]o|nn|n)\s*[,.!;:-]/i.test(clean(m.text)) && (tokens[0] === 'nao' || tokens[0] === 'nn' || tokens[0] === 'n')) tokens.shift();
  const kept: string[] = [];
  let negated = false;
  let namedSince = false;
  for (const tok of tokens) {
    if (tok === 'nao' || tok === 'nem') {
      // "não perdi não": the second "não" closes the same denial, it does not open a new one.
      if (!(negated && namedSince)) namedSince = false;
      negated = true;
      continue;
    }
    if (tok === '') {
      if (negated && namedSince) negated = false;
      continue;
    }
    if (negated) {
      if (ENDS_NEGATION.has(tok) && namedSince) negated = false;
      else if (searchWords(tok).length > 0) namedSince = true;
      continue;
    }
    kept.push(tok);
  }
  return searchWords(kept.filter((w) => w !== '').join(' '));
}

/** Prepositions that open a qualifier ("da moto", "pro meu filho"), not a service's name. */
const QUALIFIERS = new Set(['de', 'da', 'do', 'das', 'dos', 'pra', 'pro', 'pras', 'pros', 'para', 'no', 'na', 'nos', 'nas', 'com', 'sem']);
/** Words that may come between the correction cue and what it says ("na verdade é da moto"). */
const COPULA = new Set(['e', 'eh', 'era', 'foi', 'seria', 'sim']);

/** The correction qualifies what was asked: its first word after the cue (and "é") is a preposition. */
function isDetail(m: Reading, used: readonly number[]): boolean {
  const skip = new Set(used);
  const rest = m.tokens.filter((_, i) => !skip.has(i));
  const first = rest.find((w) => !COPULA.has(w));
  return first !== undefined && QUALIFIERS.has(first);
}

/** Handles a correction: in a form, the field or service meant; elsewhere, a search of what was meant. */
export function correct(t: TurnBuilder, m: Reading, used: readonly number[]): void {
  const meant = correctionWords(m, used);
  const view = t.state.view;
  if (view.at === 'form') {
    const s = serviceOf(t.ctx, view.serviceId);
    const form = s?.form;
    if (!s || !form) return;
    // "errei o CPF": ask that field again; "na verdade quero a CNH": offer to leave; "errei": the previous field.
    const folded = new Set(fold(m.text).split(' '));
    const field = form.fields.findIndex((f) => fold(f.label).split(' ').some((w) => w.length >= 3 && folded.has(w)));
    if (field >= 0 && field <= view.field) return askField(t, s, form, field, view.answers, 'Tudo bem, vamos corrigir.');
    if (meant.length > 0) {
      // "pera, onde vejo as multas do meu carro?": a question about another service; its naming words are searched.
      const topics = findTopics(m, false);
      const naming = topics ? namingWords(m, [...used, ...topics.used]) : [];
      for (const query of naming.length > 0 ? [naming.join(' '), meant.join(' ')] : [meant.join(' ')]) {
        const result = t.ctx.search.search(query, 3);
        const target = serviceOf(t.ctx, result.hits[0]?.id ?? '');
        if (target && target.id !== s.id && (result.clear || result.hits.length === 1)) {
          // "pera, qual o valor do ipva?": the question is answered, then leaving is offered.
          if (topics && naming.length > 0) answerAbout(t, target, topics.topics, true, false);
          return offerLeave(t, s, view.field, view.answers, target);
        }
      }
    }
    if (view.field > 0) return askField(t, s, form, view.field - 1, view.answers, 'Tudo bem, vamos corrigir a resposta anterior.');
    return explainField(t, s, form, view.field, view.answers, m.text);
  }
  if (meant.length === 0) {
    t.say('Sem problemas! Escreva o nome do serviço que você procura, por exemplo "renovar CNH".', t.state.options.length > 0 ? t.state.options : undefined, undefined, { kind: 'notice' });
    return;
  }
  const focus = focusOf(t);
  const query = meant.join(' ');
  const result = t.ctx.search.search(query, 8);
  const ids = result.hits.map((h) => h.id);
  const at = focus ? ids.indexOf(focus.id) : -1;
  const open = (id: string | undefined): void => {
    const s = serviceOf(t.ctx, id ?? '');
    if (!s) return runSearch(t, query, { said: m.text });
    t.events.push({ type: 'search', query: loggedQuery(query, m.text), results: ids.length, topId: s.id });
    showService(t, s);
  };
  // A detail of the same service ("na verdade é da moto", on the vehicle licence): the words that follow start
  // with "de/pra/no…", so they qualify what was asked rather than name something else; when the service in
  // focus still fits them, it stays first.
  if (focus && at >= 0 && isDetail(m, used)) return open(focus.id);
  // Clearly another service ("ops, na verdade é a conta de água").
  if (result.clear && ids[0] !== focus?.id) return open(ids[0]);
  // The same kind of service for another thing ("queria a da cnh" on the RG's 2nd copy): the correction read with
  // the focus's title, when that names one other service clearly.
  if (focus && !result.clear && (at < 0 || !isDetail(m, used))) {
    const withTitle = t.ctx.search.search(`${query} ${focus.title}`, 3);
    const other = withTitle.hits[0]?.id;
    if (withTitle.clear && other !== undefined && other !== focus.id && ids.includes(other)) return open(other);
  }
  // A neighbour of the service in focus that fits the correction better than the focus itself ("não, a primeira via").
  const neighbour = focus ? ids.find((id, i) => focus.related.includes(id) && (at < 0 || i < at)) : undefined;
  if (neighbour) return open(neighbour);
  // A detail of the same service ("na verdade é da moto", on IPVA): the same service, again.
  if (focus && at >= 0) return open(focus.id);
  // The correction alone names nothing: read it with the service being corrected.
  if (ids.length === 0 && focus) return runSearch(t, `${focus.title} ${query}`, { prefer: [focus.id, ...focus.related], said: m.text });
  // Otherwise the neighbours first: the related services, then those of the same category ("carteira" on a CNH card is the driving licence).
  const sameCategory = focus ? ids.filter((id) => id !== focus.id && serviceOf(t.ctx, id)?.category === focus.category) : [];
  runSearch(t, query, { prefer: [...(focus?.related ?? []), ...sameCategory], said: m.text });
}
