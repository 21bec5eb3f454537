// End to end: personal data typed in chat, in disguise, through the real runtime into a real SQLite file.
// No table (events, sessions, the failed-search aggregates that stats, the dashboard and `catalogue gaps` read)
// may keep it, and the failed searches keep their service words.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { memoryRuntime } from '../support/runtime.ts';
import { folded, introducedName, recoverDigits, writtenCpf, writtenEmail, writtenPhone } from './disguise.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Every text value of every table. */
function everyText(store: SqliteStore): string[] {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (store.db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).flatMap((row) => Object.values(row).filter((v): v is string => typeof v === 'string')),
  );
}

describe('personal data typed in failed searches', () => {
  it('reaches no table, and the service words stay for the staff', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atende-leaks-'));
    const store = new SqliteStore(join(dir, 'atende.sqlite'));
    const { runtime, clock } = memoryRuntime({ store });
    const seed = 1414;
    const cpfs = fc.sample(writtenCpf, { seed, numRuns: 15 });
    const phones = fc.sample(writtenPhone, { seed, numRuns: 15 });
    const emails = fc.sample(writtenEmail, { seed, numRuns: 15 });
    const names = fc.sample(introducedName, { seed, numRuns: 15 });
    const messages = [
      ...cpfs.map((s) => `receita de bolo, meu cpf é ${s.text}`),
      ...phones.map((s) => `receita de bolo, me liga ${s.text}`),
      ...emails.map((s) => `receita de bolo, email ${s.text}`),
      ...names.map((s) => `${s.text}, receita de bolo`),
    ];
    for (const [i, text] of messages.entries()) await runtime.handle('telegram', `citizen-${i}`, { kind: 'text', text });
    clock.now += 31 * 60_000;
    await runtime.sweep();

    const texts = everyText(store);
    const digits = texts.map(recoverDigits);
    for (const s of [...cpfs, ...phones]) expect(digits.filter((d) => d.includes(s.digits))).toEqual([]);
    const words = new Set(texts.flatMap((t) => folded(t).split(/[^a-z0-9]+/)));
    for (const s of emails) for (const seg of s.segments) expect(words.has(seg)).toBe(false);
    for (const s of names) for (const w of s.words) expect(words.has(folded(w))).toBe(false);

    const { rows: gaps } = await store.stats.failedSearches({ from: '2026-11-01', to: '2026-11-30', limit: 100 });
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.query.includes('receita de bolo'))).toBe(true);
    await store.close();
  });
});
