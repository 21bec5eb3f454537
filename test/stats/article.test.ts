// The article's table, at 1:1000: the MG App grew from 12.5 to 14.6 million sessions (+17%) and
// Portal MG from 13.5 to 17.3 million (+28%). Sessions are written through the store's real paths
// (runTurn with `end`, closeAllOpen, closeIdleSessions), then read back by `npm start -- stats`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command } from '../../src/commands/stats.ts';
import { runCommand } from './cli.ts';
import { recordArticle, tempStore } from './support.ts';

let t: ReturnType<typeof tempStore>;

beforeAll(async () => {
  t = tempStore();
  await recordArticle(t.store, 1000, 5000);
  // Every session went through a real closing path: none is left open, and none was inserted by hand.
  const open = t.store.db.prepare('SELECT count(*) AS n FROM sessions WHERE ended_at IS NULL').get() as { n: number };
  expect(open.n).toBe(0);
  // Tens of thousands of real turns: on a loaded 2-core machine this took more than the default 60 s once.
}, 180_000);
afterAll(() => t.cleanup());

describe('the article’s year-over-year table (1:1000)', () => {
  it('shows +17% for the app channel and +28% for the portal channel', async () => {
    const r = await runCommand(command, ['--from', '2019-01-01', '--to', '2020-12-31', '--by', 'year'], { DATABASE_PATH: t.path });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/WhatsApp\s+2020\s+14\.600\s+5\.000\s+2,0\s+12,5 mil → 14,6 mil \(\+17%\)/);
    expect(r.stdout).toMatch(/Telegram\s+2020\s+17\.300\s+5\.000\s+2,0\s+13,5 mil → 17,3 mil \(\+28%\)/);
    expect(r.stdout).toMatch(/WhatsApp\s+2019\s+12\.500/);
    expect(r.stdout).toMatch(/Telegram\s+2019\s+13\.500/);
  });

  it('gives the same figures as plain numbers in JSON', async () => {
    const r = await runCommand(command, ['--from', '2020-01-01', '--to', '2020-12-31', '--by', 'year', '--json'], { DATABASE_PATH: t.path });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { rows: { channel: string; sessions: number; users: number; growth: number; previous: { sessions: number } }[] };
    const byChannel = new Map(report.rows.map((s) => [s.channel, s]));
    expect(byChannel.get('whatsapp')).toMatchObject({ sessions: 14600, users: 5000, previous: { sessions: 12500 } });
    expect(byChannel.get('whatsapp')?.growth).toBeCloseTo(0.168, 6);
    expect(byChannel.get('telegram')).toMatchObject({ sessions: 17300, previous: { sessions: 13500 } });
    expect(byChannel.get('telegram')?.growth).toBeCloseTo(3.8 / 13.5, 6);
  });

  it('and in CSV', async () => {
    const r = await runCommand(command, ['--from', '2020-01-01', '--to', '2020-12-31', '--by', 'year', '--csv', '--channel', 'whatsapp'], { DATABASE_PATH: t.path });
    expect(r.code).toBe(0);
    const [header, first] = r.stdout.trim().split('\r\n').map((l) => l.split(','));
    const cell = (name: string): string | undefined => first?.[header?.indexOf(name) ?? -1];
    expect(cell('channel')).toBe('whatsapp');
    expect(cell('sessions')).toBe('14600');
    expect(cell('previous_sessions')).toBe('12500');
    expect(cell('growth')).toBe('0.168');
  });
});
