// The real catalogue (data/), loaded once per test file, and a driver over it: the conversation is
// tested against the services citizens actually reach, asserting on views, hints and events rather
// than on catalogue wording (which staff edit).
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../src/catalogue/load.ts';
import { projectRoot } from '../../src/config.ts';
import { EngineDriver } from '../support/catalogue.ts';

const loaded = await loadCatalogue(join(projectRoot, 'data'));
if (!loaded.catalogue) throw new Error(`the catalogue in data/ has errors: ${loaded.errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('; ')}`);

/** The catalogue in data/. */
export const realCatalogue: Catalogue = loaded.catalogue;

/** A fresh conversation over the real catalogue, optionally after some messages. */
export function talk(...messages: string[]): EngineDriver {
  const d = new EngineDriver(realCatalogue);
  for (const m of messages) d.say(m);
  return d;
}

/** A fresh conversation opened on a service's card by a deep link (/start <id>), then some messages. */
export function talkOn(serviceId: string, ...messages: string[]): EngineDriver {
  const d = new EngineDriver(realCatalogue);
  d.send({ kind: 'start', payload: serviceId });
  for (const m of messages) d.say(m);
  return d;
}

/** A service's form opened with its button on the card, then the answers given in order. */
export function inFormOf(serviceId: string, ...answers: string[]): EngineDriver {
  const d = talkOn(serviceId);
  d.press('Fazer solicitação');
  for (const a of answers) d.say(a);
  return d;
}

/** A UAI booking filled up to its summary (the answers given in order, a made-up citizen's by default). */
export function uaiSummary(answers: readonly string[] = ['Joana Teste Souza', '123.456.789-09', 'Contagem', 'Carteira de identidade', '15/04/2027', '(31) 98800-4400']): EngineDriver {
  const d = talkOn('agendamento-uai');
  d.press('Fazer solicitação');
  for (const answer of answers) d.say(answer);
  return d;
}

/** The step on screen (1-based), or undefined off the steps. */
export function stepOf(d: EngineDriver): number | undefined {
  const v = d.state.view;
  return v.at === 'walkthrough' ? v.step + 1 : undefined;
}

/** The text of the last turn's replies, lower case and without accents (for patterns on what the bot said). */
export function said(d: EngineDriver): string {
  return (d.last?.replies ?? []).map((r) => r.text).join('\n').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The hint kinds of the last turn's replies. */
export function kinds(d: EngineDriver): string[] {
  return (d.last?.replies ?? []).map((r) => r.hint?.kind ?? '?');
}

/** The follow-up topics the last turn answered (its `follow_up` events), in order. */
export function asked(d: EngineDriver): string[] {
  return (d.last?.events ?? []).flatMap((e) => (e.type === 'follow_up' ? [e.kind] : []));
}

/** A first message answered only with who handles the subject elsewhere: no card, no list, nothing in focus. */
export function expectElsewhere(text: string): void {
  const d = talk(text);
  expect(kinds(d)).toEqual(['elsewhere']);
  expect(d.state.focus).toBeUndefined();
}
