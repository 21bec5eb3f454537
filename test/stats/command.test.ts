// `npm start -- stats`: options, outputs and errors, on a database closed by the bot (read-only access).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command } from '../../src/commands/stats.ts';
import { runCommand } from './cli.ts';
import { recordSession, tempStore } from './support.ts';

let t: ReturnType<typeof tempStore>;

beforeAll(async () => {
  t = tempStore();
  await recordSession(t.store, { channel: 'telegram', user: 'a', at: '2025-05-02T10:00', messagesIn: 3, events: [{ type: 'service_viewed', serviceId: 'ipva' }] });
  await recordSession(t.store, { channel: 'telegram', user: 'b', at: '2025-05-02T11:00', messagesIn: 1, events: [{ type: 'search', query: '=HYPERLINK("x")', results: 0 }] });
  await recordSession(t.store, { channel: 'whatsapp', user: 'c', at: '2025-05-20T11:00', messagesIn: 2 });
  // The bot has stopped: the report opens the file on its own.
  await t.store.close();
});
afterAll(() => t.cleanup());

describe('the stats command', () => {
  it('prints the pt-BR table by default, over every day with data', async () => {
    const r = await runCommand(command, [], { DATABASE_PATH: t.path });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Período: 01/05/2025 a 31/05/2025 · agrupado por mês · canais: Telegram, WhatsApp');
    expect(r.stdout).toMatch(/Todos os canais\s+mai\/2025\s+3\s+3\s+2,0/);
    expect(r.stdout).toContain('1. Consultar e pagar IPVA (ipva) — 1 visualização');
  });

  it('does not change the database', async () => {
    const before = readFileSync(t.path);
    expect((await runCommand(command, ['--json'], { DATABASE_PATH: t.path })).code).toBe(0);
    expect(readFileSync(t.path).equals(before)).toBe(true);
  });

  it('exports the lists as CSV sections, guarding text typed by citizens against formulas', async () => {
    const services = await runCommand(command, ['--csv', '--section', 'services'], { DATABASE_PATH: t.path });
    expect(services.stdout.split('\r\n')[0]).toBe('channel,rank,service_id,title,views');
    expect(services.stdout).toMatch(/\r\ntelegram,1,ipva,[^\r\n]+,1\r\n/);
    const searches = await runCommand(command, ['--csv', '--section', 'searches', '--channel', 'telegram'], { DATABASE_PATH: t.path });
    expect(searches.stdout).toBe('channel,rank,query,count\r\ntelegram,1,"\'=hyperlink(""x"")",1\r\n');
  });

  it('refuses bad options with a message in Portuguese and exit code 2', async () => {
    const r = await runCommand(command, ['--by', 'trimestre', '--from', '2025-31-01'], { DATABASE_PATH: t.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Erro: --from: use uma data válida no formato AAAA-MM-DD');
    expect(r.stderr).toContain('Erro: --by: use day, week, month ou year');
    expect(r.stderr).toContain('Uso: npm start -- stats');
    const both = await runCommand(command, ['--json', '--csv'], { DATABASE_PATH: t.path });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('use --json ou --csv, não os dois');
    const unknown = await runCommand(command, ['--anual'], { DATABASE_PATH: t.path });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Opção inválida');
  });

  it('says where it looked when there is no database', async () => {
    await expect(runCommand(command, [], { DATABASE_PATH: join(t.dir, 'nada.sqlite') })).rejects.toThrow(/Não há banco de dados em .*nada\.sqlite\. Confira DATABASE_PATH/);
  });

  it('refuses a report with more than a thousand periods, with a hint', async () => {
    const long = tempStore();
    try {
      await recordSession(long.store, { channel: 'telegram', user: 'a', at: '2020-01-01T10:00' });
      await recordSession(long.store, { channel: 'telegram', user: 'a', at: '2023-06-01T10:00' });
      const r = await runCommand(command, ['--by', 'day'], { DATABASE_PATH: long.path });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Erro: o período tem \d+ grupos \(máximo 1000\); escolha --from\/--to mais curtos ou agrupe por semana, mês ou ano/);
      expect((await runCommand(command, ['--by', 'month'], { DATABASE_PATH: long.path })).code).toBe(0);
    } finally {
      await long.cleanup();
    }
  });
});
