// The database folder deleted while the real `serve` runs (Telegram against the fake Bot API): the citizen who
// confirms a form afterwards gets the apology and no protocol number, the fault is logged once, and SIGTERM
// still stops the process at once.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copy } from '../../src/conversation/text.ts';
import { shownTo, startTelegramServe, waitForLog, waitShown, useServeSandbox } from '../support/serve.ts';

const sandbox = useServeSandbox('atende-dbgone-');
const CITIZENS = [9301, 9302, 9303];

function futureDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

describe('serve when its database folder is deleted while it runs', () => {
  it('confirms no protocol afterwards, apologises, logs the fault once, and stops on SIGTERM', { timeout: 180_000 }, async () => {
    const { fake: f, dir } = await sandbox();
    const databasePath = join(dir, 'db', 'atende.sqlite');
    const proc = await startTelegramServe(f, { DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'dbgone-test', RATE_LIMIT_MESSAGES: '1000', STATE_DIR: join(dir, 'state') });
    const text = async (user: number, t: string, expected: string | RegExp): Promise<void> => {
      const mark = f.mark();
      f.pushText(user, t);
      await waitShown(f, user, expected, mark);
    };
    try {
      for (const user of CITIZENS) {
        await text(user, '/start agendamento-uai', 'Agendar atendimento na UAI');
        const mark = f.mark();
        f.pushUpdate(f.pressUpdate(user, '📝 Fazer solicitação'));
        await waitShown(f, user, '(1/6)', mark);
        for (const [answer, next] of [
          ['José Pereira', '(2/6)'],
          ['529.982.247-25', '(3/6)'],
          ['Uberlândia', '(4/6)'],
          ['renovar a identidade', '(5/6)'],
          [futureDate(12), '(6/6)'],
          ['(34) 98888-1234', 'Confira seus dados'],
        ] as const) {
          await text(user, answer, next);
        }
      }
    } catch (err) {
      throw new Error(`${String(err)}\n--- stderr ---\n${proc.stderr.slice(-4000)}`);
    }

    rmSync(join(dir, 'db'), { recursive: true, force: true });
    const mark = f.mark();
    for (const user of CITIZENS) f.pushUpdate(f.pressUpdate(user, '✅ Confirmar'));
    for (const user of CITIZENS) await waitShown(f, user, copy.apology, mark);
    const shown = CITIZENS.flatMap((user) => shownTo(f, user, mark).map((m) => m.text)).join('\n');
    expect(shown).not.toMatch(/ATD-\d{8}-\d{6}/);

    await waitForLog(proc, 'database file is gone or replaced');
    proc.signal('SIGTERM');
    expect(await proc.exited(), proc.stderr).toEqual({ code: 0, signal: null });
    const faults = proc.logs().filter((r) => typeof r.msg === 'string' && r.msg.includes('database file is gone or replaced'));
    expect(faults).toHaveLength(1);
    expect(proc.stderr).not.toContain('529.982');
  });
});
