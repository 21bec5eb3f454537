// What a good answer to each follow-up question must contain, derived from the service's own catalogue fields.
// A rule never needs a fact the catalogue lacks: when the catalogue has no answer, the rule asks for the
// official link or LigMinas 155 instead, which is what a citizen is right to expect then.
import type { Service } from '../../src/catalogue/schema.ts';
import { contentWords, coverage, firstSentence, fold, hasPhone, hasUrl, head, mentions, type Haystack } from './match.ts';

/** The questions a citizen asks about the service in focus. `unknown`: the catalogue has no answer. */
export const QUESTION_KINDS = ['cost', 'documents', 'where', 'time', 'online', 'who', 'appointment', 'minors', 'link', 'how', 'unknown'] as const;
/** One question kind. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The result of one rule: whether the reply answers, and what a good answer contains (for the report). */
export interface RuleResult {
  ok: boolean;
  expected: string;
}

/** What a rule may look at besides the reply text: where the conversation is. */
export interface RuleView {
  focus: string | null;
  screen: string;
  step?: number;
}

const ONLINE = /\b(online|internet|web|site|aplicativo|app|celular|digital|portal)\b/;
const IN_PERSON = /\b(presencial|presencialmente|pessoalmente|comparec\w*|ir (ate|a|ao|na|no|em)|va (ate|a|ao|na|no)|unidade|posto|uai|delegacia|escola|agencia|guiche|clinica|cartorio|ciretran|farmacia)\b/;
const PHONE = /\b(telefone|ligar|ligacao|ligue|disque)\b/;
const FREE = /\b(gratuit[oa]s?|de graca|sem custo|nao (tem|ha) (custo|taxa|cobranca)|nao (se )?(paga|cobra)|nao precisa pagar|nada a pagar|isent[oa]s?)\b/;
const IMMEDIATE = /\b(na hora|imediat\w*|no mesmo dia|na mesma hora|instantane\w*)\b/;
const SCHEDULE = /\b(agend\w*|marca\w*|horario marcado)\b/;
const MINOR = /\b(menor(es)?|crianca\w*|adolescente\w*|responsave(l|is) lega(l|is)|1[0-8] anos|maior(es)? de (idade|1[0-8]))\b/;

/** Every step channel of a service. */
function channels(s: Service) {
  return s.steps.flatMap((st) => st.channels);
}

/** The official link (any URL the service lists) or LigMinas 155: the fallback when the catalogue has no answer. */
export function officialOr155(s: Service, hay: Haystack): boolean {
  if (/\b155\b/.test(hay.folded) || hasUrl(s.url, hay)) return true;
  return channels(s).some((c) => c.url !== undefined && hasUrl(c.url, hay));
}

/** Distinct documents of a service across its steps, near-duplicates merged by their head ("CPF (original)" = "CPF"). */
export function distinctDocuments(s: Service): string[] {
  const byHead = new Map<string, string>();
  for (const d of s.steps.flatMap((st) => st.documents)) {
    const key = contentWords(head(d)).join(' ');
    if (!byHead.has(key)) byHead.set(key, d);
  }
  return [...byHead.values()];
}

/** Sentences of the service's requirements, steps and documents that say something about minors or age. */
export function minorSentences(s: Service): string[] {
  const texts = [
    ...s.requesters.flatMap((r) => [`${r.type}.`, r.requirements]),
    ...s.steps.flatMap((st) => [st.description, ...st.documents]),
  ];
  return texts
    .flatMap((t) => t.split(/(?<=[.!?])\s+/))
    .filter((t) => MINOR.test(fold(t)));
}

function rule(ok: boolean, expected: string): RuleResult {
  return { ok, expected };
}

function fallback(s: Service, hay: Haystack, what: string): RuleResult {
  return rule(officialOr155(s, hay), `no ${what} in the catalogue: the official link (${s.url}) or LigMinas 155`);
}

function cost(s: Service, hay: Haystack): RuleResult {
  if (s.free) return rule(FREE.test(hay.folded), 'says it is free ("gratuito", "de graça", "sem custo")');
  const costs = s.steps.flatMap((st) => st.costs);
  if (costs.length === 0) return fallback(s, hay, 'cost');
  const amounts = costs.filter((c) => c.amount !== undefined && c.amount > 0 && !c.variable);
  const amountHit = amounts.some((c) => hay.raw.includes((c.amount ?? 0).toLocaleString('pt-BR', { minimumFractionDigits: 2 })));
  const named = costs.some((c) => coverage(head(c.description), hay) >= 0.75);
  const needsPointer = costs.some((c) => c.variable || c.amount === undefined);
  const ok = amountHit || (named && (!needsPointer || officialOr155(s, hay)));
  const heads = costs.map((c) => `"${head(c.description)}"`).join(' or ');
  return rule(ok, `names one of the costs (${heads})${needsPointer ? ', and, since the value changes, points to the official link or 155' : ''}`);
}

function documents(s: Service, hay: Haystack): RuleResult {
  const docs = distinctDocuments(s);
  if (docs.length === 0) return fallback(s, hay, 'document list');
  const missing = docs.filter((d) => coverage(head(d), hay) < 0.75);
  return rule(missing.length === 0, `every document of the service; missing: ${missing.map((d) => `"${head(d)}"`).join(', ') || 'none'}`);
}

function where(s: Service, hay: Haystack): RuleResult {
  const all = channels(s);
  if (s.delivery === 'phone') {
    const phones = all.flatMap((c) => (c.phone ? [c.phone] : []));
    return rule(phones.some((p) => hasPhone(p, hay)), `the phone number to call (${phones.join(', ')})`);
  }
  const inPerson = all.filter((c) => c.type === 'presencial');
  const placeHit = inPerson.some((c) => mentions(c.description, hay, 0.5, 4));
  if (s.delivery === 'in_person' && inPerson.length > 0) {
    return rule(placeHit, `the place where it is done (${inPerson.map((c) => `"${c.description}"`).join(' or ')})`);
  }
  const onlineHit = hasUrl(s.url, hay) || all.some((c) => c.type !== 'presencial' && ((c.url !== undefined && hasUrl(c.url, hay)) || mentions(c.description, hay, 0.6, 4)));
  return rule(placeHit || onlineHit, `a place or channel of the service (its site ${s.url}, or one of: ${all.map((c) => `"${c.description}"`).join(', ')})`);
}

function time(s: Service, hay: Haystack): RuleResult {
  const t = s.estimatedTime;
  const alts: string[] = [];
  let ok = false;
  if (t.max !== undefined) {
    alts.push(`the figure ${t.max}${t.unit ? ` ${t.unit}` : ''}`);
    ok ||= new RegExp(`\\b${t.max}\\b`).test(hay.folded);
  }
  if (t.description) {
    alts.push(`"${firstSentence(t.description)}"`);
    ok ||= mentions(firstSentence(t.description), hay, 0.5, 4);
  }
  if (t.kind === 'immediate') {
    alts.push('"na hora" / "imediato"');
    ok ||= IMMEDIATE.test(hay.folded);
  }
  if (alts.length === 0) return fallback(s, hay, 'estimated time');
  return rule(ok, `the estimated time: ${alts.join(' or ')}`);
}

function online(s: Service, hay: Haystack): RuleResult {
  const f = hay.folded;
  switch (s.delivery) {
    case 'online':
      return rule(ONLINE.test(f) && !/\b(so|somente|apenas) presencial\b/.test(f), 'says it is done online (internet, site or app)');
    case 'partly_online':
      return rule(ONLINE.test(f) && IN_PERSON.test(f), 'says part is online and part in person');
    case 'in_person':
      return rule(IN_PERSON.test(f) && !/\b(totalmente|todo|tudo|so|somente|apenas) (online|pela internet)\b/.test(f), 'says it is done in person');
    case 'phone':
      return rule(PHONE.test(f), 'says it is done by phone');
  }
}

function who(s: Service, hay: Haystack): RuleResult {
  const misses = s.requesters.filter((r) => {
    const byType = contentWords(r.type).length >= 2 && mentions(r.type, hay, 0.6);
    const byRule = r.requirements.length > 0 && mentions(firstSentence(r.requirements), hay, 0.5, 5);
    return !(byType || byRule || (r.requirements.length === 0 && mentions(r.type, hay, 0.6)));
  });
  return rule(misses.length === 0, `who can ask and the requirements; missing: ${misses.map((r) => `${r.type} ("${firstSentence(r.requirements)}")`).join('; ') || 'none'}`);
}

function appointment(s: Service, hay: Haystack): RuleResult {
  const texts = s.steps.map((st) => fold(`${st.title}. ${st.description}`));
  const scheduled = channels(s).some((c) => c.type === 'web-agendar') || texts.some((t) => /\bagend/.test(t));
  if (scheduled) {
    const mandatory = texts.some((t) => /agend\w* [^.]*obrigat|obrigat\w* [^.]*agend/.test(t));
    const denies = /\bnao (precisa|e preciso|e necessario)( de)? (agend|marc)/.test(hay.folded);
    const bookingChannel = channels(s).some((c) => c.type === 'web-agendar' && ((c.url !== undefined && hasUrl(c.url, hay)) || mentions(c.description, hay, 0.6, 4)));
    return rule((SCHEDULE.test(hay.folded) || bookingChannel) && !(mandatory && denies), 'says how to schedule (agendamento, or the booking channel)' + (mandatory ? ', which is mandatory' : ''));
  }
  if (s.delivery === 'online') {
    return rule(ONLINE.test(hay.folded) || /\b(nao precisa|sem) (de )?agend/.test(hay.folded), 'says no appointment is needed: it is done online');
  }
  return fallback(s, hay, 'appointment rule');
}

function minors(s: Service, hay: Haystack): RuleResult {
  const sentences = minorSentences(s);
  if (sentences.length === 0) return fallback(s, hay, 'rule for minors');
  return rule(sentences.some((x) => mentions(x, hay, 0.5, 4)), `what the service says about minors or age (${sentences.map((x) => `"${x}"`).join(' or ')})`);
}

function link(s: Service, hay: Haystack): RuleResult {
  return rule(hasUrl(s.url, hay), `the official link ${s.url}`);
}

function how(s: Service, hay: Haystack, view: RuleView): RuleResult {
  if (view.screen === 'step' && view.focus === s.id) return rule(true, 'the walkthrough');
  const first = s.steps[0];
  const firstHit = first !== undefined && coverage(first.title, hay) >= 0.75;
  const hits = s.steps.filter((st) => coverage(st.title, hay) >= 0.6).length;
  return rule(firstHit && hits >= Math.ceil(s.steps.length / 2), `the steps (at least the first, "${first?.title ?? ''}", and half of the ${s.steps.length} step titles) or the walkthrough`);
}

/** Checks that a reply answers `kind` about service `s` from that service's fields. */
export function answers(kind: QuestionKind, s: Service, hay: Haystack, view: RuleView): RuleResult {
  switch (kind) {
    case 'cost':
      return cost(s, hay);
    case 'documents':
      return documents(s, hay);
    case 'where':
      return where(s, hay);
    case 'time':
      return time(s, hay);
    case 'online':
      return online(s, hay);
    case 'who':
      return who(s, hay);
    case 'appointment':
      return appointment(s, hay);
    case 'minors':
      return minors(s, hay);
    case 'link':
      return link(s, hay);
    case 'how':
      return how(s, hay, view);
    case 'unknown':
      return fallback(s, hay, 'answer');
  }
}
