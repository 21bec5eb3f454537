// Abandoned forms leave nothing behind: a form left half-way (for an attendant, a new search, a cancel) or never
// finished (the session closed idle, or closed by a shutdown and never carried on) keeps none of the citizen's
// answers in any table of a real SQLite database, once the session is closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/conversation/types.ts';
import { ANSWER_VIEWS } from '../../src/conversation/state.ts';
import { SCRUB_WHERE, SqliteStore } from '../../src/store/sqlite/store.ts';
import { memoryRuntime } from '../support/runtime.ts';

const NAME = 'Gumercindo Tavares';
const CPF = '529.982.247-25';
const CITY = 'Uberlândia';
const DATE = '15/12/2026';
const EMAIL = 'gumercindo.tavares@example.com';

let dir: string | undefined;
let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Every text of every row of every table, one string per row. */
function everyRow(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return tables.flatMap(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all().map((row) => `${name}: ${JSON.stringify(row)}`));
  } finally {
    db.close();
  }
}

/** The personal data of the citizen found in `row` (in any spelling: digits without separators, folded accents). */
function personalIn(row: string): string[] {
  const digits = row.replace(/[.\-/\s]/g, '');
  const folded = row.normalize('NFD').replace(/\p{M}/gu, '').replace(/\\u[0-9a-f]{4}/gi, '');
  const found: string[] = [];
  if (folded.includes('Gumercindo') || folded.includes('Tavares')) found.push('name');
  if (digits.includes('52998224725')) found.push('cpf');
  if (folded.includes('Uberlandia') || row.includes('Uberl')) found.push('city');
  if (digits.includes('15122026') || row.includes('2026-12-15')) found.push('date');
  if (folded.includes('gumercindo.tavares')) found.push('email');
  return found;
}

describe('forms abandoned half-way', () => {
  it('leave no answer in any table once their sessions are closed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atende-abandoned-'));
    const path = join(dir, 'atende.sqlite');
    store = new SqliteStore(path);
    const { runtime, clock } = memoryRuntime({ store, idleMinutes: 30 });
    const send = async (user: string, input: Incoming | string): Promise<string> => {
      clock.now += 1_000;
      const handled = await runtime.handle('telegram', user, typeof input === 'string' ? { kind: 'text', text: input } : input);
      return handled.replies.map((r) => r.text).join('\n');
    };
    /** Opens the form and answers its first `n` fields. */
    const fill = async (user: string, n: number): Promise<string> => {
      await send(user, { kind: 'start', payload: 'agendamento-uai' });
      let last = await send(user, { kind: 'option', id: 'card:form' });
      const answers = [NAME, CPF, CITY, DATE, 'Identidade', EMAIL];
      for (const a of answers.slice(0, n)) last = await send(user, a);
      return last;
    };

    // For an attendant, mid-form and at the confirmation.
    expect(await fill('atendente-mid', 3)).toContain('(4/6)');
    await send('atendente-mid', 'quero falar com um atendente');
    expect(await fill('atendente-confirm', 6)).toContain('Confira seus dados');
    await send('atendente-confirm', 'atendente');
    // A new search at the confirmation, and mid-form (offered to leave, then left alone).
    expect(await fill('search-confirm', 6)).toContain('Confira seus dados');
    await send('search-confirm', 'quanto custa o ipva');
    expect(await fill('search-mid', 4)).toContain('(5/6)');
    await send('search-mid', 'quanto custa o ipva');
    // Cancelled.
    expect(await fill('cancel', 6)).toContain('Confira seus dados');
    await send('cancel', { kind: 'option', id: 'form:cancel' });
    // Never finished: closed by the idle sweep, and closed by a shutdown and never carried on.
    expect(await fill('idle', 5)).toContain('(6/6)');
    expect(await fill('shutdown', 4)).toContain('(5/6)');
    await store.closeAllOpen();

    clock.now += 2 * 3_600_000;
    await runtime.sweep();

    const rows = everyRow(path);
    expect(rows.some((r) => r.startsWith('sessions:'))).toBe(true);
    const leaks = rows.map((r) => ({ row: r.replace(/^.*"state":/, "state:").slice(0, 400), found: personalIn(r) })).filter((r) => r.found.length > 0);
    expect(leaks).toEqual([]);
  });
});

describe('the sweep that scrubs sessions closed with answers', () => {
  it('looks for exactly the views that hold answers, through its partial index', () => {
    for (const view of ANSWER_VIEWS) expect(SCRUB_WHERE).toContain(`'${view}'`);
    expect(SCRUB_WHERE.match(/'[a-z]+'/g)).toHaveLength(ANSWER_VIEWS.length);
    dir = mkdtempSync(join(tmpdir(), 'atende-abandoned-'));
    store = new SqliteStore(join(dir, 'atende.sqlite'));
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM sessions WHERE ${SCRUB_WHERE} AND last_at < ?`).all(0) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('sessions_answers');
  });
});
