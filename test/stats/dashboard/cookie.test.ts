// The dashboard's token cookie: whatever a client sends in the Cookie header, the answer is 401 or the page, never 500.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.ts';
import { type DashboardServer, createDashboardServer } from '../../../src/stats/dashboard/server.ts';
import { tempStore } from '../support.ts';
import { http } from './http.ts';

const TOKEN = 'segredo-de-teste-0123456789';
let t: ReturnType<typeof tempStore>;
let locked: DashboardServer;

beforeAll(async () => {
  t = tempStore();
  locked = await createDashboardServer({ stats: t.store.stats, services: () => [], host: '127.0.0.1', port: 0, token: TOKEN, logger: silentLogger });
});
afterAll(async () => {
  await locked.close();
  await t.cleanup();
});

const withCookie = (cookie: string) => http(`${locked.url}relatorio.json`, { headers: { Cookie: cookie } });

describe('a dashboard cookie that is not valid percent-encoding', () => {
  it.each(['atende_painel=%E0%A4%A', 'atende_painel=%', 'atende_painel=%ZZ', 'atende_painel=%C0%80', `atende_painel=${TOKEN}%`])('answers 401 to %j', async (cookie) => {
    const r = await withCookie(cookie);
    expect(r.status).toBe(401);
    expect(r.body).toContain('Acesso negado');
  });

  it('still lets the right token in when another cookie is malformed', async () => {
    expect((await withCookie(`outro=%E0%A4%A; atende_painel=${encodeURIComponent(TOKEN)}`)).status).toBe(200);
  });
});

describe('any Cookie header', () => {
  // Characters a client can put in a header value (Node refuses control characters), weighted towards encodings.
  const piece = fc.oneof(
    fc.constantFrom('atende_painel=', 'atende_painel', '=', ';', '; ', '%', '%E0', '%A4', '%A', '%FF', '%00', '%C3%A9', ' ', '"', ','),
    fc.string({ unit: fc.constantFrom(...'abcXYZ019%=;-_. "\\'.split('')), maxLength: 8 }),
    fc.string({ unit: fc.integer({ min: 0xa0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
  );

  it('never gets a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), async (cookie) => {
        const r = await withCookie(cookie);
        expect([200, 401]).toContain(r.status);
      }),
      { numRuns: 150 },
    );
  });
});
