// The dashboard server: routes, read-only, token and loopback rules, escaping, exports, and its commands.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.ts';
import { projectRoot } from '../../../src/config.ts';
import { loadCatalogue } from '../../../src/catalogue/load.ts';
import type { Service } from '../../../src/catalogue/schema.ts';
import { startDashboard } from '../../../src/commands/dashboard.ts';
import { type DashboardServer, createDashboardServer, isLoopback } from '../../../src/stats/dashboard/server.ts';
import { testApp } from '../../support/app.ts';
import { recordSession, tempStore } from '../support.ts';
import { http } from './http.ts';

let t: ReturnType<typeof tempStore>;
let services: readonly Service[];
let open: DashboardServer;
let locked: DashboardServer;
const TOKEN = 'segredo-de-teste-0123456789';

beforeAll(async () => {
  t = tempStore();
  services = (await loadCatalogue(`${projectRoot}/data`)).catalogue?.services ?? [];
  await recordSession(t.store, { channel: 'telegram', user: 'a', at: '2024-05-10T10:00' });
  await recordSession(t.store, { channel: 'telegram', user: 'a', at: '2025-05-10T10:00', events: [{ type: 'service_viewed', serviceId: 'ipva' }] });
  await recordSession(t.store, { channel: 'telegram', user: 'b', at: '2025-05-11T10:00', events: [{ type: 'search', query: '<script>alert("x")</script>', results: 0 }] });
  open = await createDashboardServer({ stats: t.store.stats, services: () => services, host: '127.0.0.1', port: 0, logger: silentLogger });
  locked = await createDashboardServer({ stats: t.store.stats, services: () => services, host: '127.0.0.1', port: 0, token: TOKEN, logger: silentLogger });
});
afterAll(async () => {
  await open.close();
  await locked.close();
  await t.cleanup();
});

describe('the dashboard page', () => {
  it('renders in Portuguese with server-drawn charts and no script', async () => {
    const r = await http(`${open.url}?from=2025-05-01&to=2025-05-31&by=day`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.body).toContain('<html lang="pt-BR">');
    expect(r.body).toContain('Sessões por canal, por dia');
    expect(r.body).toContain('id="grafico-sessoes"');
    expect(r.body.match(/<path class="serie"/g)).toHaveLength(1);
    expect(r.body).toContain('Consultar e pagar IPVA');
    expect(r.body).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes what citizens typed', async () => {
    const r = await http(`${open.url}?from=2025-05-01&to=2025-05-31`);
    expect(r.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(r.body).not.toContain('<script>alert');
  });

  it('shows the errors of bad filters in Portuguese', async () => {
    const r = await http(`${open.url}?from=2025-02-30&by=ano`);
    expect(r.status).toBe(400);
    expect(r.body).toContain('--from: use uma data válida no formato AAAA-MM-DD');
  });

  it('exports the report as JSON and CSV', async () => {
    const json = await http(`${open.url}relatorio.json?from=2025-05-01&to=2025-05-31&by=month`);
    expect(json.status).toBe(200);
    const report = JSON.parse(json.body) as { rows: { channel: string; sessions: number; previous: { sessions: number } }[] };
    expect(report.rows[0]).toMatchObject({ channel: 'telegram', sessions: 2, previous: { sessions: 1 } });
    const csv = await http(`${open.url}relatorio.csv?from=2025-05-01&to=2025-05-31&by=month`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="atende-usage-2025-05-01-2025-05-31.csv"');
    expect(csv.body.split('\r\n')[1]).toMatch(/^telegram,2025-05,2025-05-01,2025-05-31,true,2,2,/);
  });

  it('is read-only and answers unknown pages with 404', async () => {
    expect((await http(open.url, { method: 'POST' })).status).toBe(405);
    expect((await http(open.url, { method: 'DELETE' })).status).toBe(405);
    expect((await http(`${open.url}admin`)).status).toBe(404);
  });
});

describe('access', () => {
  it('without a token, answers only requests addressed to the loopback name (no DNS rebinding)', async () => {
    const r = await http(open.url, { headers: { Host: 'painel.exemplo.com.br' } });
    expect(r.status).toBe(403);
    expect((await http(open.url.replace('127.0.0.1', 'localhost'))).status).toBe(200);
  });

  it('with a token, asks for it, then keeps it in a cookie', async () => {
    expect((await http(locked.url)).status).toBe(401);
    expect((await http(`${locked.url}?token=errado`)).status).toBe(401);
    const entry = await http(`${locked.url}?by=year&token=${TOKEN}`);
    expect(entry.status).toBe(303);
    expect(entry.headers.location).toBe('/?by=year');
    const cookie = String(entry.headers['set-cookie']).split(';')[0] ?? '';
    expect(entry.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await http(`${locked.url}?by=year`, { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await http(`${locked.url}relatorio.json`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await http(`${locked.url}relatorio.json`, { headers: { Authorization: 'Bearer errado' } })).status).toBe(401);
  });

  it('refuses to listen beyond this machine without a token', async () => {
    await expect(createDashboardServer({ stats: t.store.stats, services: () => services, host: '0.0.0.0', port: 0, logger: silentLogger })).rejects.toThrow(
      'O painel não pode escutar em 0.0.0.0 sem DASHBOARD_TOKEN',
    );
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.0.10', 'atende.mg.gov.br'].some(isLoopback)).toBe(false);
  });
});

describe('startDashboard (serve with DASHBOARD_PORT)', () => {
  it('serves the running app’s statistics and stops', async () => {
    const ta = await testApp({ DASHBOARD_PORT: '0' });
    try {
      await ta.app.runtime.handle('whatsapp', '5531999990000', { kind: 'text', text: 'renovar cnh' });
      await ta.app.store.closeAllOpen();
      const running = await startDashboard(ta.app);
      expect(running.name).toBe('dashboard');
      const r = await http(`${running.url}relatorio.json`);
      expect((JSON.parse(r.body) as { channels: string[] }).channels).toEqual(['whatsapp']);
      await running.stop();
      await expect(http(running.url)).rejects.toThrow();
    } finally {
      await ta.cleanup();
    }
  });

  it('refuses a public address without DASHBOARD_TOKEN', async () => {
    const ta = await testApp({ DASHBOARD_PORT: '0', DASHBOARD_HOST: '0.0.0.0' });
    try {
      await expect(startDashboard(ta.app)).rejects.toThrow('sem DASHBOARD_TOKEN');
    } finally {
      await ta.cleanup();
    }
  });
});

describe('npm start -- dashboard', () => {
  it('prints its address, serves the page, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'dashboard', '--port', '0'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_PATH: t.path, LOG_LEVEL: 'silent', DASHBOARD_PORT: '', DASHBOARD_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /Painel de estatísticas em (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m?.[1]) {
            clearInterval(timer);
            resolve(m[1]);
          }
        }, 100);
        child.once('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`dashboard exited early with ${code}: ${out}`));
        });
      });
      const page = await http(url);
      expect(page.status).toBe(200);
      expect(page.body).toContain('Atende — painel de estatísticas');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
