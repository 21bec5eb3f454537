// The dashboard in headless Chromium: the charts render with one series per channel, the tables hold
// the expected numbers, and a screenshot is saved to test-results/ (git-ignored) for a human look.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load.ts';
import { projectRoot } from '../../../src/config.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { type DashboardServer, createDashboardServer } from '../../../src/stats/dashboard/server.ts';
import { launchBrowser } from '../../support/browser.ts';
import { recordArticle, recordSession, tempStore } from '../support.ts';

let t: ReturnType<typeof tempStore>;
let server: DashboardServer;
let browser: Browser;

beforeAll(async () => {
  t = tempStore();
  // The article at 1:10,000: whatsapp 1,250 → 1,460 (+17%), telegram 1,350 → 1,730 (+28%); and a third channel.
  await recordArticle(t.store, 100, 600);
  for (let i = 0; i < 30; i++) {
    await recordSession(t.store, {
      channel: 'terminal',
      user: `t${i % 7}`,
      at: `2020-0${1 + (i % 9)}-1${i % 10}T10:00`,
      events: [
        { type: 'search', query: i % 3 === 0 ? 'carteira de pescador' : 'ipva', results: i % 3 === 0 ? 0 : 2 },
        ...(i % 3 === 0 ? [] : [{ type: 'service_viewed' as const, serviceId: i % 2 === 0 ? 'ipva' : 'cnh-renovacao' }]),
        ...(i % 5 === 0 ? [{ type: 'walkthrough_finished' as const, serviceId: 'ipva' }] : []),
      ],
    });
  }
  const services = (await loadCatalogue(`${projectRoot}/data`)).catalogue?.services ?? [];
  server = await createDashboardServer({ stats: t.store.stats, services: () => services, host: '127.0.0.1', port: 0, logger: silentLogger });
  ({ browser } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t?.cleanup();
});

describe('the dashboard in a browser', () => {
  it('draws one series per channel and the year-over-year table of the article', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'pt-BR' });
    const outside: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url)) outside.push(req.url());
    });
    await page.goto(`${server.url}?from=2019-01-01&to=2020-12-31&by=year`);

    await expect.poll(() => page.locator('#grafico-sessoes path.serie').count()).toBe(3);
    const series = await page.locator('#grafico-sessoes path.serie').evaluateAll((els) => els.map((e) => e.getAttribute('data-serie')));
    expect(series).toEqual(['telegram', 'terminal', 'whatsapp']);
    // Two years: two points per line, drawn with a visible size.
    expect(await page.locator('#grafico-sessoes g.serie-grupo[data-serie="whatsapp"] circle').count()).toBe(2);
    const box = await page.locator('#grafico-sessoes').boundingBox();
    expect(box?.width).toBeGreaterThan(300);

    const cells = async (channel: string, period: string): Promise<string[]> =>
      page.locator(`#tabela-comparacao tr[data-canal="${channel}"][data-periodo="${period}"] td`).allInnerTexts();
    expect(await cells('whatsapp', '2020')).toEqual(['WhatsApp', '2020', '1.460', '600', '2,0', '1.250', '+17%', '1,3 mil → 1,5 mil (+17%)']);
    expect(await cells('telegram', '2020')).toEqual(['Telegram', '2020', '1.730', '600', '2,0', '1.350', '+28%', '1,4 mil → 1,7 mil (+28%)']);
    expect((await cells('*', '2020')).slice(0, 3)).toEqual(['Todos os canais', '2020', '3.220']);

    // The funnel: sessions, with a search, then viewed, then finished — four bars.
    expect(await page.locator('#grafico-funil g.barra').count()).toBe(4);
    const terminal = await page.locator('#tabela-funil tr[data-canal="terminal"] td').allInnerTexts();
    // 30 sessions, all searched; 20 found and viewed a service (67%); 4 of those finished (20%).
    expect(terminal.slice(0, 5)).toEqual(['Terminal', '30', '30', '20 (67%)', '4 (20%)']);

    // 10 views each: a tie, listed by service id.
    expect(await page.locator('#tabela-servicos tbody tr').allInnerTexts()).toEqual(['1\tRenovação da CNH\t10', '2\tConsultar e pagar IPVA\t10']);
    expect(await page.locator('#tabela-buscas tbody tr').allInnerTexts()).toEqual(['1\tcarteira de pescador\t10']);
    await expect.poll(() => page.locator('#cartao-itd strong').innerText()).toBe('51%');

    mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(projectRoot, 'test-results', 'stats-dashboard.png'), fullPage: true });
    expect(outside).toEqual([]);
    await page.close();
  });

  it('changes the grouping from the form', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}?from=2020-01-01&to=2020-12-31&by=year`);
    await page.selectOption('select[name="by"]', 'month');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#grafico-sessoes g.serie-grupo[data-serie="telegram"] circle').count()).toBe(12);
    expect(new URL(page.url()).searchParams.get('by')).toBe('month');
    await page.close();
  });
});
