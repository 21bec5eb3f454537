// The stored conversation state is versioned: an older shape is migrated, never silently reset.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationState, initialState, parseState, STATE_VERSION } from '../../src/conversation/types.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { EngineDriver } from '../support/catalogue.ts';
import { memoryRuntime } from '../support/runtime.ts';

/** A state as version 1 stored it (no version number): in a walkthrough, with a form view in the way back. */
const v1 = {
  view: { at: 'walkthrough', serviceId: 'cin-2a-via', step: 1 },
  options: [{ id: 'walk:next', label: '➡️ Próxima etapa' }],
  back: [
    { at: 'menu' },
    { at: 'form', serviceId: 'agendamento-uai', field: 2, answers: { nome: 'Maria da Silva', cpf: '529.982.247-25' } },
    { at: 'service', serviceId: 'cin-2a-via' },
  ],
  outcome: 'service_viewed',
};

describe('reading a stored state', () => {
  it('keeps a current state as it is', () => {
    const state = { ...initialState(), focus: 'ipva', topic: 'cost' as const };
    expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('writes the version number in every new state', () => {
    expect(initialState().v).toBe(STATE_VERSION);
  });

  it('migrates a version 1 state: same view and options, the service in focus, no answers in the way back', () => {
    const state = parseState(v1);
    expect(state.v).toBe(STATE_VERSION);
    expect(state.view).toEqual(v1.view);
    expect(state.options).toEqual(v1.options);
    expect(state.focus).toBe('cin-2a-via');
    expect(state.outcome).toBe('service_viewed');
    expect(state.back).toEqual([{ at: 'menu' }, { at: 'service', serviceId: 'cin-2a-via' }]);
    expect(JSON.stringify(state)).not.toContain('529.982');
    expect(ConversationState.safeParse(state).success).toBe(true);
  });

  it('marks an unreadable state as restarted instead of dropping it silently', () => {
    expect(parseState({ view: { at: 'nowhere' } })).toMatchObject({ v: STATE_VERSION, view: { at: 'menu' }, restarted: true });
    expect(parseState('garbage')).toMatchObject({ restarted: true });
    expect(parseState({ v: 99, view: { at: 'menu' }, options: [], back: [] })).toMatchObject({ restarted: true });
  });
});

describe('when the engine gets a migrated or restarted state', () => {
  it('carries on a migrated walkthrough where it was', () => {
    const d = new EngineDriver();
    d.state = parseState(v1);
    d.say('próxima');
    expect(d.state.view).toEqual({ at: 'walkthrough', serviceId: 'cin-2a-via', step: 2 });
    expect(d.last?.replies[0]?.hint).toEqual({ kind: 'step', serviceId: 'cin-2a-via', step: 3, of: 4 });
  });

  it('says that the conversation restarted, once, then answers the message', () => {
    const d = new EngineDriver();
    d.state = parseState({ broken: true });
    d.say('perdi meu rg');
    expect(d.last?.replies[0]?.text).toContain('não consegui recuperar');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
    expect(d.state.restarted).toBeUndefined();
    d.say('documentos');
    expect(d.text).not.toContain('não consegui recuperar');
  });
});

describe('the SQLite store with a version 1 row', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atende-state-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads it back migrated, and the conversation continues from it', async () => {
    const file = join(dir, 'a.sqlite');
    const first = new SqliteStore(file);
    await memoryRuntime({ store: first }).runtime.handle('terminal', 'u1', { kind: 'text', text: 'oi' });
    first.db.prepare('UPDATE sessions SET state = ?').run(JSON.stringify(v1));
    await first.close();
    // A new process on the same file: no cached session, the row is read as stored.
    const store = new SqliteStore(file);
    const { runtime } = memoryRuntime({ store });
    const replies = (await runtime.handle('terminal', 'u1', { kind: 'text', text: 'e depois?' })).replies;
    expect(replies[0]?.hint).toMatchObject({ kind: 'step', step: 3 });
    const saved = JSON.parse((store.db.prepare('SELECT state FROM sessions').get() as { state: string }).state) as { v: number };
    expect(saved.v).toBe(STATE_VERSION);
    await store.close();
  });
});
