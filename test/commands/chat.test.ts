// The terminal channel in scripted mode (`chat --json`), end to end on a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

interface JsonReply {
  text: string;
  options: { id: string; label: string }[];
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atende-chat-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function lines(stdout: string): { replies: JsonReply[] }[] {
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as { replies: JsonReply[] });
}

describe('chat --json', () => {
  it('drives a whole conversation from "oi" to a protocol number, recorded as a terminal session', async () => {
    const db = join(dir, 'atende.sqlite');
    const soon = new Date(Date.now() + 20 * 86_400_000);
    const date = `${String(soon.getDate()).padStart(2, '0')}/${String(soon.getMonth() + 1).padStart(2, '0')}/${soon.getFullYear()}`;
    const script = ['oi', 'quero agendar atendimento na uai', 'Fazer solicitação', 'José Pereira', '529.982.247-25', 'Montes Claros', 'Renovar a CNH', date, '(38) 99876-5432', 'sim', 'sim'];
    const run = await runCli(['chat', '--json'], { stdin: `${script.join('\n')}\n`, env: { DATABASE_PATH: db, PSEUDONYM_SECRET: 's', CATALOGUE_WATCH: 'false' } });
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(script.length);
    expect(out[0]?.replies[0]?.options.map((o) => o.id)).toEqual(['categories', 'search', 'handoff']);
    expect(out[1]?.replies[0]?.text).toContain('Agendar atendimento na UAI');
    const all = out.flatMap((o) => o.replies.map((r) => r.text)).join('\n');
    const protocol = /protocolo é \*(ATD-\d{8}-\d{6})\*/.exec(all)?.[1];
    expect(protocol).toBeDefined();

    const sqlite = new Database(db, { readonly: true });
    try {
      const sessions = sqlite.prepare('SELECT channel, user_key, messages_in, ended_at, outcome FROM sessions').all() as { channel: string; user_key: string; messages_in: number; ended_at: number | null; outcome: string }[];
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ channel: 'terminal', messages_in: script.length, outcome: 'request_submitted' });
      expect(sessions[0]?.ended_at).not.toBeNull();
      expect(sessions[0]?.user_key).not.toBe('local');
      const types = (sqlite.prepare('SELECT type FROM events ORDER BY id').all() as { type: string }[]).map((r) => r.type);
      expect(types).toEqual(['search', 'service_viewed', 'form_started', 'form_submitted', 'feedback']);
      const request = sqlite.prepare('SELECT protocol, service_id, channel FROM requests').get();
      expect(request).toEqual({ protocol, service_id: 'agendamento-uai', channel: 'terminal' });
      const daily = sqlite.prepare('SELECT sessions, requested FROM daily_channel WHERE channel = ?').get('terminal');
      expect(daily).toEqual({ sessions: 1, requested: 1 });
    } finally {
      sqlite.close();
    }
  });

  it('continues a half-done conversation in a second process on the same database, at the same step', async () => {
    const env = { DATABASE_PATH: join(dir, 'atende.sqlite'), PSEUDONYM_SECRET: 's', CATALOGUE_WATCH: 'false' };
    const first = await runCli(['chat', '--json'], { stdin: 'perdi meu rg\npasso a passo\npróxima\n', env });
    expect(first.code).toBe(0);
    expect(lines(first.stdout)[2]?.replies[0]?.text).toContain('Etapa 2 de 4');
    const second = await runCli(['chat', '--json'], { stdin: 'próxima\n', env });
    expect(second.code).toBe(0);
    expect(lines(second.stdout)[0]?.replies[0]?.text).toContain('Etapa 3 de 4');
  });
});
