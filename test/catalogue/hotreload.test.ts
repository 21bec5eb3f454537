// Hot reload on a running instance: a real App on a temporary copy of data/, with the file watcher on.
// Edits are made to the files, as staff would; every wait polls for the outcome.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReloadResult } from '../../src/search/live.ts';
import { type StopWatching, watchCatalogue } from '../../src/catalogue/watch.ts';
import { copy } from '../../src/conversation/text.ts';
import type { Reply } from '../../src/conversation/types.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { copyCatalogue, recordingLogger, type TempCatalogue, until } from './support.ts';

const CHANNEL = 'terminal';
// Words no service has, so only the edit can make them find anything, whatever the search tuning.
const NEW_NAME = 'xablau quindim';

let temp: TempCatalogue;
let t: TestApp;
let stop: StopWatching;
let results: ReloadResult[];
let logger: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  temp = copyCatalogue();
  logger = recordingLogger();
  t = await testApp({ CATALOGUE_DIR: temp.dir }, logger);
  results = [];
  t.app.catalogue.onReload((r) => void results.push(r));
  stop = watchCatalogue(t.app.catalogue, logger, 100);
  await stop.ready;
});

afterEach(async () => {
  stop();
  await t.cleanup();
  temp.remove();
});

const file = (id: string): string => join(temp.dir, 'services', `${id}.yaml`);
const edit = (id: string, change: (text: string) => string): void => writeFileSync(file(id), change(readFileSync(file(id), 'utf8')));
const say = async (user: string, text: string): Promise<Reply[]> => (await t.app.runtime.handle(CHANNEL, user, { kind: 'text', text })).replies;
/** The bot found the service: it opened its card, or offered it among the choices. */
const offers = (replies: Reply[], id: string, title: string): boolean =>
  replies.some((r) => r.text.includes(title) || (r.options ?? []).some((o) => o.id === `svc:${id}`));

describe('a valid edit while the bot runs', () => {
  it('makes a new popular name searchable without a restart', async () => {
    expect(t.app.catalogue.current().search.search(NEW_NAME).hits).toEqual([]);
    expect((await say('ana', NEW_NAME))[0]?.text).toContain('Não encontrei');

    edit('ipva', (text) => text.replace(/^popularNames:\n/m, `popularNames:\n  - ${NEW_NAME}\n`));

    await until('the new name finds IPVA', () => t.app.catalogue.current().search.search(NEW_NAME).hits[0]?.id === 'ipva');
    const title = t.app.catalogue.current().catalogue.byId.get('ipva')?.title ?? '';
    expect(offers(await say('bia', NEW_NAME), 'ipva', title)).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: true, changes: { added: [], removed: [], changed: ['ipva'] } });
  });
});

describe('an invalid edit while the bot runs', () => {
  it('is rejected and logged, and search keeps answering from the last good catalogue', async () => {
    edit('ipva', (text) => text.replace(/^popularNames:\n/m, `popularNames:\n  - ${NEW_NAME}\n`));
    await until('first reload', () => results.some((r) => r.ok));
    const good = t.app.catalogue.current();

    edit('ipva', (text) => text.replace(/^delivery: .*$/m, 'delivery: voando').replace(NEW_NAME, 'pirlimpimpim zureta'));

    const rejected = await until('the rejected reload', () => results.find((r) => !r.ok));
    expect(rejected.errors.some((e) => /services\/ipva\.yaml$/.test(e.file) && e.path === 'delivery')).toBe(true);
    expect(logger.lines.some((l) => l.level === 'warn' && l.msg?.includes('reload rejected') === true)).toBe(true);

    // The same catalogue object is still live, and the bot still answers with it.
    expect(t.app.catalogue.current()).toBe(good);
    expect(t.app.catalogue.current().search.search(NEW_NAME).hits[0]?.id).toBe('ipva');
    expect(t.app.catalogue.current().search.search('pirlimpimpim zureta').hits.map((h) => h.id)).not.toContain('ipva');
    expect(offers(await say('caio', NEW_NAME), 'ipva', good.catalogue.byId.get('ipva')?.title ?? '?')).toBe(true);

    // Fixing the file brings reloads back.
    edit('ipva', (text) => text.replace('delivery: voando', 'delivery: online'));
    await until('the reload after the fix', () => results.at(-1)?.ok === true);
    expect(t.app.catalogue.current().search.search('pirlimpimpim zureta').hits[0]?.id).toBe('ipva');
  });
});

describe('a service that leaves the catalogue in the middle of a walkthrough', () => {
  /** A service no other service lists in `related`, so removing it leaves a valid catalogue. */
  function unreferenced(): string {
    const { services } = t.app.catalogue.current().catalogue;
    const referenced = new Set(services.flatMap((s) => s.related));
    const found = services.find((s) => !referenced.has(s.id) && s.steps.length >= 3);
    if (!found) throw new Error('no unreferenced service in data/');
    return found.id;
  }

  it.each([['deleted'], ['renamed']])('gets a graceful message and the menu when it is %s', async (how) => {
    const id = unreferenced();
    const user = `user-${how}`;
    await t.app.runtime.handle(CHANNEL, user, { kind: 'start', payload: id });
    const first = (await t.app.runtime.handle(CHANNEL, user, { kind: 'option', id: 'card:steps' })).replies;
    expect(first[0]?.text).toMatch(/Etapa 1 de \d+/);

    if (how === 'deleted') {
      rmSync(file(id));
    } else {
      writeFileSync(file(`${id}-novo`), readFileSync(file(id), 'utf8').replace(new RegExp(`^id: ${id}$`, 'm'), `id: ${id}-novo`));
      rmSync(file(id));
    }
    await until(`${id} leaves the live catalogue`, () => !t.app.catalogue.current().catalogue.byId.has(id));
    expect(results.at(-1)?.ok).toBe(true);

    const replies = await say(user, 'próxima');
    expect(replies[0]?.text).toBe(copy.staleService);
    expect(replies.at(-1)?.options?.map((o) => o.id)).toEqual(['categories', 'search', 'handoff']);
    // And the conversation goes on normally from the menu.
    expect((await say(user, 'menu'))[0]?.options?.map((o) => o.id)).toEqual(['categories', 'search', 'handoff']);
  });
});
