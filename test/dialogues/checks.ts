// The checks of one turn: each compares what the citizen observed with what a citizen is right to expect.
// Pure functions of (expectation, observation, previous observation, catalogue); no engine knowledge here.
import type { Catalogue } from '../../src/catalogue/load.ts';
import { answers, type QuestionKind } from './answers.ts';
import { contentWords, coverage, haystack, mentions } from './match.ts';
import type { Observation } from './observe.ts';
import type { Expect } from './schema.ts';

/** A failed check: its name and a readable reason (what was expected, what was observed). */
export interface CheckFailure {
  check: keyof Expect | 'press';
  reason: string;
}

/** Everything a turn's checks may look at. */
export interface CheckInput {
  expect: Expect;
  obs: Observation;
  /** The observation of the previous turn (undefined on the first turn). */
  prev: Observation | undefined;
  catalogue: Catalogue;
  /** The service the dialogue is about at this turn (for `answers`). */
  about: string | undefined;
}

const PRIVACY = /\b(lgpd|lei geral de protecao|protecao (de|dos) (seus )?dados|dados pessoais|privacidade|sigil\w*)\b/;

function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function short(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

function samePlace(a: Observation, b: Observation): string | undefined {
  if (a.focus !== b.focus) return `focus moved from ${b.focus ?? 'none'} to ${a.focus ?? 'none'}`;
  if (a.screen !== b.screen) return `screen moved from ${b.screen} to ${a.screen}`;
  if (a.step !== b.step) return `step moved from ${b.step ?? '-'} to ${a.step ?? '-'}`;
  if (a.field !== b.field) return `field moved from ${b.field ?? '-'} to ${a.field ?? '-'}`;
  return undefined;
}

/** Runs every check a turn asks for, in a fixed order; returns the failures (empty when the turn passes). */
export function runChecks(input: CheckInput): CheckFailure[] {
  const { expect: e, obs, prev, catalogue } = input;
  const out: CheckFailure[] = [];
  const fail = (check: keyof Expect, reason: string) => out.push({ check, reason });
  const hay = haystack(obs.text, obs.links.map((l) => l.url));
  const confused = obs.notFound ? 'a "not found" reply' : obs.notUnderstood ? 'a "not understood" reply' : undefined;

  if (e.focus !== undefined) {
    const want = e.focus === 'none' ? null : e.focus;
    if (obs.focus !== want) fail('focus', `expected focus ${e.focus}, observed ${obs.focus ?? 'none'}`);
  }
  if (e.screen !== undefined && obs.screen !== e.screen) fail('screen', `expected screen ${e.screen}, observed ${obs.screen}`);
  for (const s of list(e.notScreen)) if (obs.screen === s) fail('notScreen', `expected not to be on screen ${s}`);
  if (e.step !== undefined && obs.step !== e.step) fail('step', `expected step ${e.step}, observed ${obs.step === undefined ? `no step (screen ${obs.screen})` : `step ${obs.step}`}`);
  if (e.field !== undefined && obs.field !== e.field) fail('field', `expected field ${e.field}, observed ${obs.field ?? `no field (screen ${obs.screen})`}`);

  const kinds: QuestionKind[] = list(e.answers);
  if (kinds.length > 0) {
    const service = input.about === undefined ? undefined : catalogue.byId.get(input.about);
    if (service === undefined) fail('answers', `no service in focus to answer about (${input.about ?? 'none'})`);
    else if (confused !== undefined) fail('answers', `expected an answer about ${service.id}, observed ${confused}`);
    else {
      for (const k of kinds) {
        const r = answers(k, service, hay, { focus: obs.focus, screen: obs.screen, ...(obs.step !== undefined ? { step: obs.step } : {}) });
        if (!r.ok) fail('answers', `${k} of ${service.id}: expected ${r.expected}`);
      }
    }
  }

  const first3 = obs.offered.slice(0, 3);
  for (const id of e.offers ?? []) {
    if (!first3.includes(id)) fail('offers', `expected ${id} among the first 3 services put forward, observed [${obs.offered.join(', ') || 'none'}]`);
  }
  if (e.top !== undefined && obs.offered[0] !== e.top) fail('top', `expected ${e.top} first, observed [${obs.offered.join(', ') || 'none'}]`);
  if (e.noService) {
    // The service already in focus and its related services are the usual options of its card (issue 11: answers
    // come "with the usual options"); only other services count as a service put forward.
    const usual = new Set(prev?.focus ? [prev.focus, ...(catalogue.byId.get(prev.focus)?.related ?? [])] : []);
    const extra = obs.offered.filter((id) => !usual.has(id));
    if (extra.length > 0) fail('noService', `expected no service put forward, observed [${extra.join(', ')}]`);
  }
  if (e.understood && confused !== undefined) fail('understood', `expected the message to be understood, observed ${confused}`);

  for (const p of e.says ?? []) if (!new RegExp(p).test(hay.folded)) fail('says', `expected /${p}/ in the reply`);
  for (const p of e.notSays ?? []) if (new RegExp(p).test(hay.folded)) fail('notSays', `expected no /${p}/ in the reply`);

  if (e.protocol && (obs.protocol === undefined || !/^ATD-\d{8}-\d{6}$/.test(obs.protocol))) fail('protocol', 'expected a protocol number ATD-YYYYMMDD-NNNNNN');

  if (e.repeats || e.rephrases) {
    const check = e.repeats ? 'repeats' : 'rephrases';
    const need = e.repeats ? 0.6 : 0.3;
    if (prev === undefined) fail(check, 'nothing said before to repeat');
    else {
      const moved = samePlace(obs, prev);
      const share = coverage(prev.text, hay);
      if (moved !== undefined) fail(check, `expected the same place as before, but ${moved}`);
      else if (confused !== undefined) fail(check, `expected the previous answer again, observed ${confused}`);
      else if (share < need) fail(check, `expected at least ${Math.round(need * 100)}% of the previous answer's words again, observed ${Math.round(share * 100)}%`);
    }
  }

  if (e.explains) {
    const service = obs.focus === null ? undefined : catalogue.byId.get(obs.focus);
    const field = service?.form?.fields.find((f) => f.id === obs.field);
    if (field === undefined) fail('explains', `expected the form field to be asked again, observed screen ${obs.screen}`);
    else {
      const purpose = 'purpose' in field && typeof field.purpose === 'string' ? field.purpose : undefined;
      const named = purpose !== undefined ? mentions(purpose, hay, 0.5, 4) : contentWords(field.label).length === 0 || mentions(field.label, hay, 1, 1);
      if (!named) fail('explains', purpose !== undefined ? `expected the field's purpose ("${purpose}")` : `expected the field ("${field.label}") and why it is asked`);
      if (!PRIVACY.test(hay.folded)) fail('explains', 'expected a privacy note (LGPD, dados pessoais, proteção de dados)');
      if (confused !== undefined) fail('explains', `expected an explanation, observed ${confused}`);
    }
  }
  return out;
}

/** One line describing an observation, for reports; the reply text is cut at `max` characters. */
export function describe(obs: Observation, max = 300): string {
  const where = [`screen ${obs.screen}`, `focus ${obs.focus ?? 'none'}`];
  if (obs.step !== undefined) where.push(`step ${obs.step}`);
  if (obs.field !== undefined) where.push(`field ${obs.field}`);
  if (obs.offered.length > 0) where.push(`offered [${obs.offered.slice(0, 5).join(', ')}]`);
  if (obs.protocol !== undefined) where.push(`protocol ${obs.protocol}`);
  return `${where.join(', ')} | "${short(obs.text, max)}"`;
}
