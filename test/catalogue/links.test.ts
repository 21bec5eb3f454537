// The link checker (`catalogue links`) against a fake site on 127.0.0.1: real HTTP and HTTPS, no internet.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { catalogueLinks, checkLink, checkLinks, type LinkResult, type LinkTarget, problemText } from '../../src/catalogue/links.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { closedPortBase, type FakeSite, startFakeSite } from './fake-site.ts';
import { capturedIO } from './support.ts';

let site: FakeSite;
beforeAll(async () => {
  site = await startFakeSite();
});
afterAll(async () => {
  await site.close();
});

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

const target = (url: string): LinkTarget => ({ url, uses: [{ service: 'x', file: 'data/services/x.yaml', path: 'url' }] });
const check = (path: string, options = {}): Promise<LinkResult> => checkLink(target(`${site.http}${path}`), options);

/** The links fixture with its __HTTP__/__HTTPS__ tokens pointing at the given bases, in a temporary catalogue dir. */
function fixtureCatalogue(http: string, https: string, rewrite: (yaml: string) => string = (y) => y): string {
  const dir = mkdtempSync(join(tmpdir(), 'atende-links-'));
  temps.push(dir);
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'catalogue-links'), dir, { recursive: true });
  for (const name of readdirSync(join(dir, 'services'))) {
    const file = join(dir, 'services', name);
    writeFileSync(file, rewrite(readFileSync(file, 'utf8')).replaceAll('__HTTPS__', https).replaceAll('__HTTP__', http));
  }
  return dir;
}

async function run(args: string[]) {
  const io = capturedIO();
  const code = await main(['catalogue', 'links', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('checking one link', () => {
  it('calls a page that answers 200 ok, asking with HEAD only', async () => {
    const r = await check('/ok');
    expect(r).toMatchObject({ status: 'ok', httpStatus: 200, finalUrl: `${site.http}/ok` });
    expect(r.hops.map((h) => h.method)).toEqual(['HEAD']);
  });

  it('follows a 301 then 302 chain and says where it ends', async () => {
    const r = await check('/velho');
    expect(r.status).toBe('redirected');
    expect(r.finalUrl).toBe(`${site.http}/ok`);
    expect(r.hops.map((h) => h.status)).toEqual([301, 302, 200]);
    expect(r.hops[1]?.url).toBe(`${site.http}/meio`);
  });

  it('calls a 404 broken only after GET confirms it, with the reason in pt-BR', async () => {
    const r = await check('/sumiu');
    expect(r).toMatchObject({ status: 'broken', problem: 'http-error', httpStatus: 404 });
    expect(r.hops.map((h) => h.method)).toEqual(['GET']);
    expect(problemText(r)).toBe('página não encontrada (HTTP 404)');
  });

  it('calls a server error broken', async () => {
    const r = await check('/erro');
    expect(r).toMatchObject({ status: 'broken', problem: 'http-error', httpStatus: 503 });
    expect(problemText(r)).toMatch(/erro no servidor do site/);
  });

  it('gives up on a site that never answers, after the timeout', async () => {
    const r = await check('/lento', { timeoutMs: 500 });
    expect(r).toMatchObject({ status: 'broken', problem: 'timeout' });
    expect(r.ms).toBeGreaterThanOrEqual(450);
    expect(problemText(r, 500)).toMatch(/não respondeu em 0,5 s \(tempo esgotado\)/);
  });

  it('falls back to GET when HEAD is not allowed (405)', async () => {
    const r = await check('/so-get');
    expect(r).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(r.hops.map((h) => h.method)).toEqual(['GET']);
    expect(site.seen).toEqual(expect.arrayContaining(['HEAD /so-get', 'GET /so-get']));
  });

  it('falls back to GET when the server drops the connection on HEAD', async () => {
    const r = await check('/sem-head');
    expect(r).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(r.hops.map((h) => h.method)).toEqual(['GET']);
  });

  it('reports a TLS error for a certificate no one trusts', async () => {
    const r = await checkLink(target(`${site.https}/ok`));
    expect(r).toMatchObject({ status: 'broken', problem: 'tls' });
    expect(r.detail).toMatch(/CERT/);
    expect(problemText(r)).toMatch(/certificado de segurança \(HTTPS\) inválido/);
  });

  it('reports a refused connection', async () => {
    const r = await checkLink(target(`${await closedPortBase()}/ok`));
    expect(r).toMatchObject({ status: 'broken', problem: 'refused' });
  });

  it('stops on a redirect loop', async () => {
    const r = await check('/circulo');
    expect(r).toMatchObject({ status: 'broken', problem: 'redirect-loop' });
  });

  it('stops after the redirect limit', async () => {
    const r = await check('/longe/1', { maxRedirects: 3 });
    expect(r).toMatchObject({ status: 'broken', problem: 'too-many-redirects' });
    expect(r.hops).toHaveLength(4);
  });

  it('calls a redirect without a destination broken', async () => {
    const r = await check('/sem-destino');
    expect(r).toMatchObject({ status: 'broken', problem: 'redirect-without-location', httpStatus: 302 });
  });

  it('does not try an address that is not a web page', async () => {
    const r = await checkLink(target('ftp://127.0.0.1/arquivo'));
    expect(r).toMatchObject({ status: 'broken', problem: 'unsupported-protocol', hops: [] });
  });
});

describe('checking many links', () => {
  it('never has more requests under way than the concurrency allows', async () => {
    const targets = Array.from({ length: 8 }, (_, i) => target(`${site.http}/devagar?${i}`));
    const results = await checkLinks(targets, { concurrency: 2 });
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(site.maxInFlight()).toBe(2);
  });

  it('returns the results in the order of the links, and reports progress', async () => {
    const paths = ['/sumiu', '/ok', '/velho', '/so-get'];
    const progress: number[] = [];
    const results = await checkLinks(
      paths.map((p) => target(`${site.http}${p}`)),
      { concurrency: 3, onResult: (_r, done) => progress.push(done) },
    );
    expect(results.map((r) => r.url)).toEqual(paths.map((p) => `${site.http}${p}`));
    expect(results.map((r) => r.status)).toEqual(['broken', 'ok', 'redirected', 'ok']);
    expect(progress).toEqual([1, 2, 3, 4]);
  });
});

describe('the links of a catalogue', () => {
  it('lists each address once, with every service and field that uses it, and skips notes to staff', async () => {
    const dir = fixtureCatalogue(site.http, site.https);
    const loaded = await loadCatalogue(dir);
    expect(loaded.errors).toEqual([]);
    const links = catalogueLinks(loaded.catalogue!);
    const byUrl = new Map(links.map((l) => [l.url, l.uses.map((u) => `${u.service} ${u.path}`)]));
    expect(byUrl.get(`${site.http}/ok`)).toEqual(['links-exemplo url', 'outro-exemplo url', 'outro-exemplo steps.1.channels.0.url']);
    expect(byUrl.get(`${site.http}/sumiu`)).toEqual(['links-exemplo steps.0.description']);
    expect(byUrl.get(`${site.https}/seguro`)).toEqual(['links-exemplo steps.1.channels.1.url']);
    expect([...byUrl.keys()].some((u) => u.includes('/nota'))).toBe(false);
    expect(links).toHaveLength(6);
  });
});

describe('npm start -- catalogue links', () => {
  it('lists broken and redirected links in pt-BR with service file and field, and exits 1', async () => {
    const dir = fixtureCatalogue(site.http, site.https);
    const r = await run([dir, '--timeout', '3']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/6 endereços em 2 serviços/);
    expect(r.out).toMatch(/QUEBRADOS \(3\)/);
    expect(r.out).toContain(`✗ ${site.http}/sumiu\n    página não encontrada (HTTP 404)\n    usado em:\n      `);
    expect(r.out).toMatch(/links-exemplo\.yaml › steps\.0\.description/);
    expect(r.out).toMatch(/não respondeu em 3 s \(tempo esgotado\)[\s\S]*outro-exemplo\.yaml › steps\.0\.channels\.0\.url/);
    expect(r.out).toMatch(/certificado de segurança \(HTTPS\) inválido[\s\S]*links-exemplo\.yaml › steps\.1\.channels\.1\.url/);
    expect(r.out).toContain(`REDIRECIONADOS (1)`);
    expect(r.out).toContain(`→ ${site.http}/velho\n    termina em ${site.http}/ok (HTTP 200, 2 redirecionamentos)`);
    expect(r.out).toMatch(/\(3 quebrados, 1 redirecionado, 2 funcionando\)/);
    expect(r.out).not.toContain(`${site.http}/ok\n`);
  });

  it('gives the same for machines with --json', async () => {
    const dir = fixtureCatalogue(site.http, site.https);
    const r = await run([dir, '--json', '--timeout', '3']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { ok: boolean; summary: Record<string, number>; links: { url: string; status: string; problem?: string; message?: string; finalUrl: string; redirects: unknown[]; uses: { service: string; path: string }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.summary).toMatchObject({ links: 6, broken: 3, redirected: 1, ok: 2, responded: 4 });
    const sumiu = json.links.find((l) => l.url === `${site.http}/sumiu`);
    expect(sumiu).toMatchObject({ status: 'broken', problem: 'http-error', message: 'página não encontrada (HTTP 404)', uses: [{ service: 'links-exemplo', path: 'steps.0.description' }] });
    const velho = json.links.find((l) => l.url === `${site.http}/velho`);
    expect(velho).toMatchObject({ status: 'redirected', finalUrl: `${site.http}/ok`, redirects: [{ status: 301 }, { status: 302 }] });
  });

  it('exits 0 and says so when no link is broken', async () => {
    const dir = fixtureCatalogue(site.http, site.https, (y) => y.replace(/__HTTPS?__\/[\w-]+/g, '__HTTP__/ok'));
    const r = await run([dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Nenhum link quebrado\. \(0 quebrados, 0 redirecionados, 1 funcionando\)/);
  });

  it('warns that the machine looks offline when no site answers at all', async () => {
    const base = await closedPortBase();
    const dir = fixtureCatalogue(base, base);
    const r = await run([dir, '--concurrency', '2']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/nenhum site respondeu\. Esta máquina parece estar sem internet/);
  });

  it('rejects a concurrency or timeout out of range with exit 2', async () => {
    expect((await run(['--concurrency', '0'])).code).toBe(2);
    const r = await run(['--timeout', 'abc']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--timeout/);
  });
});
