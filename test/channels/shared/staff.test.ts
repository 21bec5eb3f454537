// Staff commands, channel-neutral: what they ask of the bot and the pt-BR reports they answer with.
import { describe, expect, it } from 'vitest';
import { STAFF_COMMANDS, isStaff, runStaffCommand } from '../../../src/channels/shared/staff.ts';
import type { StaffDesk } from '../../../src/channels/types.ts';
import type { ReloadResult } from '../../../src/search/live.ts';

function desk(result: ReloadResult): StaffDesk & { asked: [number, number][]; reloads: number } {
  const d = {
    asked: [] as [number, number][],
    reloads: 0,
    reloadCatalogue: async () => {
      d.reloads++;
      return result;
    },
    onCatalogueReload: () => () => undefined,
    alert: async () => undefined,
    onAlert: () => () => undefined,
    sessionsStarted: async (from: number, to: number) => {
      d.asked.push([from, to]);
      return [
        { channel: 'telegram', sessions: 3 },
        { channel: 'webchat', sessions: 1 },
      ];
    },
  };
  return d;
}

describe('/estatisticas', () => {
  it('counts the sessions started since midnight in Minas Gerais, per channel, with a total', async () => {
    const d = desk({ ok: true, services: 74, errors: [] });
    const now = Date.parse('2026-11-25T01:30:00-03:00');
    const { report, reload } = await runStaffCommand('estatisticas', d, now);
    expect(d.asked).toEqual([[Date.parse('2026-11-25T00:00:00-03:00'), Date.parse('2026-11-26T00:00:00-03:00')]]);
    expect(reload).toBeUndefined();
    expect(report.title).toBe('📊 Sessões de hoje (25/11/2026)');
    expect(report.lines).toEqual(['• Telegram: 3', '• WhatsApp: 0', '• Terminal: 0', '• Chat web: 0', '• webchat: 1', 'Total: 4']);
  });
});

describe('/recarregar', () => {
  it('reloads the catalogue and reports what is in force', async () => {
    const d = desk({ ok: true, services: 74, errors: [] });
    const { report, reload } = await runStaffCommand('recarregar', d);
    expect(d.reloads).toBe(1);
    expect(reload?.ok).toBe(true);
    expect(report).toEqual({ title: '✅ Catálogo recarregado', lines: ['74 serviços em vigor.'] });
  });

  it('lists what to fix when the new catalogue is rejected', async () => {
    const d = desk({ ok: false, services: 74, errors: [{ file: 'data/services/ipva.yaml', path: 'free', message: 'use true ou false' }] });
    const { report } = await runStaffCommand('recarregar', d);
    expect(report.title).toBe('❌ O catálogo tem erros e não foi recarregado');
    expect(report.lines.join('\n')).toContain('ipva.yaml');
  });
});

describe('who may run them', () => {
  it('are the configured staff ids only, for the known commands only', async () => {
    expect(isStaff(['111', '222'], 222)).toBe(true);
    expect(isStaff(['111'], '111')).toBe(true);
    expect(isStaff(['111'], 333)).toBe(false);
    expect(isStaff(['111'], undefined)).toBe(false);
    expect([...STAFF_COMMANDS].sort()).toEqual(['estatisticas', 'recarregar']);
    await expect(runStaffCommand('apagar', desk({ ok: true, services: 1, errors: [] }))).rejects.toThrow('unknown staff command');
  });
});
