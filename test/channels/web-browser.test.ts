// The widget in real headless Chromium (playwright-core, the browser from npm), on the demo page served by the
// web chat in front of a real App: the citizen's path with the mouse and with the keyboard alone, a reload, the
// accessibility scan (axe-core, which reads open shadow roots), small screens, and a page on another origin.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { type TestWebChat, startWebChat } from '../support/webchat.ts';

let browser: Browser;
let chat: TestWebChat;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  chat = await startWebChat();
  ({ browser } = await launchBrowser());
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await chat?.stop();
});

/** A fresh browser profile (its own localStorage and sessionStorage: a new citizen) and a page that records trouble. */
async function newPage(viewport = { width: 1024, height: 768 }, deviceScaleFactor = 1): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: 'pt-BR' });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  // Anything the CSP blocks (an inline style, a script from elsewhere) is reported here.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP blocked ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems };
}

const launcher = (page: Page) => page.getByRole('button', { name: /Fale com o Atende/ });
const textbox = (page: Page) => page.getByRole('textbox', { name: 'Mensagem' });
const log = (page: Page) => page.getByRole('log');

/** Waits until the transcript shows `text`. */
async function seen(page: Page, text: string): Promise<void> {
  await log(page).getByText(text, { exact: false }).first().waitFor({ timeout: 20_000 });
}

/** The element that has focus, looking inside shadow roots: its role-ish tag and its text or label. */
function focused(page: Page): Promise<{ tag: string; name: string; outline: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '', outline: '' };
    const style = getComputedStyle(el);
    const rootNode = el.getRootNode();
    const labelled = el.id && rootNode instanceof ShadowRoot ? rootNode.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    return { tag: el.tagName.toLowerCase(), name: (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim(), outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });
}

/** Presses `key` until the focused element's name contains `name` (at most `max` times). */
async function pressUntil(page: Page, key: string, name: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)).name.includes(name)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`"${name}" never got focus with ${key}; focus is on ${JSON.stringify(await focused(page))}`);
}

describe('the citizen\'s path on the demo page, with the mouse', () => {
  it('opens on the page\'s service, finds the CIN card, walks a step, and carries on after a reload', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${chat.base}/webchat/`);
    await launcher(page).click();
    // The demo page is about CNH renewal (data-service): the conversation opens there.
    await seen(page, 'Renovação da CNH');
    await textbox(page).fill('perdi meu rg');
    await textbox(page).press('Enter');
    await seen(page, 'Carteira de Identidade Nacional (CIN) – 2ª via');
    await page.getByRole('button', { name: 'Passo a passo' }).click();
    await seen(page, 'Etapa 1 de 4');
    await page.getByRole('button', { name: 'Próxima etapa' }).click();
    await seen(page, 'Etapa 2 de 4');

    await page.reload();
    await launcher(page).click();
    // The transcript is back, and the conversation goes on where it was.
    await seen(page, 'Carteira de Identidade Nacional (CIN) – 2ª via');
    await seen(page, 'Etapa 2 de 4');
    await page.getByRole('button', { name: 'Próxima etapa' }).click();
    await seen(page, 'Etapa 3 de 4');
    // Only the latest answer's options are live.
    expect(await page.getByRole('button', { name: 'Passo a passo', exact: true }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('opens links in a new tab without giving the new page a handle on this one', async () => {
    const { page } = await newPage();
    await page.goto(`${chat.base}/webchat/`);
    await launcher(page).click();
    await seen(page, 'Renovação da CNH');
    const official = log(page).getByRole('link', { name: /Página oficial do serviço/ });
    expect(await official.getAttribute('target')).toBe('_blank');
    expect(await official.getAttribute('rel')).toContain('noopener');
    expect(await official.getAttribute('href')).toMatch(/^https:\/\/www\.detran\.mg\.gov\.br\//);
  });

  it('shows the typing indicator while the answer is on its way', async () => {
    const { page } = await newPage();
    await page.goto(`${chat.base}/webchat/`);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/webchat/api/message', async (route) => {
      await held;
      await route.continue();
    });
    await launcher(page).click();
    const typing = page.locator('[data-atende-webchat] .typing');
    await typing.waitFor({ state: 'visible' });
    release();
    await seen(page, 'Renovação da CNH');
    await typing.waitFor({ state: 'hidden' });
  });

  it('starts over with "Recomeçar"', async () => {
    const { page } = await newPage();
    await page.goto(`${chat.base}/webchat/`);
    await launcher(page).click();
    await seen(page, 'Renovação da CNH');
    await textbox(page).fill('perdi meu rg');
    await textbox(page).press('Enter');
    await seen(page, 'Carteira de Identidade Nacional (CIN) – 2ª via');
    const before = await page.evaluate(() => localStorage.getItem('atende.webchat.session'));
    await page.getByRole('button', { name: 'Recomeçar' }).click();
    await seen(page, 'Renovação da CNH');
    expect(await log(page).getByText('Carteira de Identidade Nacional (CIN) – 2ª via').count()).toBe(0);
    expect(await log(page).getByText('perdi meu rg').count()).toBe(0);
    // A new anonymous id: on a shared computer the next person cannot reach the previous conversation.
    const after = await page.evaluate(() => localStorage.getItem('atende.webchat.session'));
    expect(before).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(after).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(after).not.toBe(before);
  });
});

describe('the same path with the keyboard alone', () => {
  it('opens, asks, walks a step, closes with Escape and reopens, with focus always placed and visible', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${chat.base}/webchat/`);
    await pressUntil(page, 'Tab', 'Fale com o Atende');
    expect((await focused(page)).outline).toMatch(/^solid [2-9]/);
    await page.keyboard.press('Enter');
    // Focus moves into the panel, on the message box.
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'Mensagem' });
    await seen(page, 'Renovação da CNH');
    await page.keyboard.type('perdi meu rg');
    await page.keyboard.press('Enter');
    await seen(page, 'Carteira de Identidade Nacional (CIN) – 2ª via');
    await pressUntil(page, 'Shift+Tab', 'Passo a passo');
    expect((await focused(page)).outline).toMatch(/^solid [2-9]/);
    await page.keyboard.press('Enter');
    await seen(page, 'Etapa 1 de 4');
    // After a button press, focus lands on the answer's first option.
    expect((await focused(page)).name).toContain('Próxima etapa');
    await page.keyboard.press('Enter');
    await seen(page, 'Etapa 2 de 4');
    await page.keyboard.press('Escape');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect((await focused(page)).name).toContain('Fale com o Atende');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'Mensagem' });
    await seen(page, 'Etapa 2 de 4');
    expect(problems).toEqual([]);
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe violation on the demo page with the panel open', async () => {
    const { page } = await newPage();
    await page.goto(`${chat.base}/webchat/`);
    await launcher(page).click();
    await seen(page, 'Renovação da CNH');
    await textbox(page).fill('perdi meu rg');
    await textbox(page).press('Enter');
    await seen(page, 'Carteira de Identidade Nacional (CIN) – 2ª via');
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: typeof axe };
      const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
    const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(grave).toEqual([]);
  });

  it('exposes the parts by role and name: launcher, dialog, log, message box', async () => {
    const { page } = await newPage();
    await page.goto(`${chat.base}/webchat/`);
    expect(await launcher(page).evaluate((b) => b.tagName)).toBe('BUTTON');
    expect(await page.getByRole('button', { name: /Atende/ }).count()).toBe(1);
    await launcher(page).click();
    expect(await page.getByRole('dialog', { name: 'Atende' }).count()).toBe(1);
    expect(await log(page).count()).toBe(1);
    expect(await textbox(page).count()).toBe(1);
  });
});

describe('small screens', () => {
  for (const [what, viewport, scale] of [
    ['320 px wide', { width: 320, height: 640 }, 1],
    ['200% zoom of a 1280×720 screen', { width: 640, height: 360 }, 2],
  ] as const) {
    it(`works at ${what}: the panel fits, nothing scrolls sideways, the message box stays in view`, async () => {
      const { page } = await newPage(viewport, scale);
      await page.goto(`${chat.base}/webchat/`);
      await launcher(page).click();
      await seen(page, 'Renovação da CNH');
      await textbox(page).fill('perdi meu rg');
      await textbox(page).press('Enter');
      await seen(page, 'Carteira de Identidade Nacional (CIN) – 2ª via');
      const fit = await page.evaluate(() => {
        const root = document.querySelector('[data-atende-webchat]')?.shadowRoot;
        const panel = root?.querySelector('.panel')?.getBoundingClientRect();
        const logEl = root?.querySelector('.log');
        const input = root?.querySelector('input')?.getBoundingClientRect();
        const send = root?.querySelector('.compose button')?.getBoundingClientRect();
        return {
          panelInside: !!panel && panel.left >= 0 && panel.top >= 0 && panel.right <= innerWidth && panel.bottom <= innerHeight,
          sideways: !!logEl && logEl.scrollWidth > logEl.clientWidth,
          inputVisible: !!input && input.bottom <= innerHeight && input.width >= 100,
          sendVisible: !!send && send.right <= innerWidth && send.bottom <= innerHeight,
        };
      });
      expect(fit).toEqual({ panelInside: true, sideways: false, inputVisible: true, sendVisible: true });
      await page.getByRole('button', { name: 'Passo a passo' }).click();
      await seen(page, 'Etapa 1 de 4');
    });
  }

  it('keeps Tab inside the panel while it covers the whole screen, and Escape still returns to the launcher', async () => {
    const { page } = await newPage({ width: 320, height: 640 });
    await page.goto(`${chat.base}/webchat/`);
    await launcher(page).click();
    await seen(page, 'Renovação da CNH');
    const inside: boolean[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      inside.push(await page.evaluate(() => !!document.querySelector('[data-atende-webchat]')?.shadowRoot?.activeElement?.closest('.panel')));
    }
    expect(inside.every(Boolean)).toBe(true);
    await page.keyboard.press('Escape');
    expect((await focused(page)).name).toContain('Fale com o Atende');
  });
});

describe('a Portal MG page on another origin', () => {
  let portal: Server;
  let portalUrl = '';
  /** The web chat the portal page embeds (each test picks one). */
  let atende = '';

  beforeAll(async () => {
    // The host page's CSP is the one docs/webchat.md asks for: the widget's origin for scripts and calls, no inline.
    portal = createServer((req, res) => {
      const service = new URL(req.url ?? '/', 'http://x').searchParams.get('servico') ?? 'ipva';
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'self'; script-src 'self' ${atende}; connect-src 'self' ${atende}; style-src 'self'; img-src 'self'`,
      });
      res.end(`<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Portal MG</title><script src="${atende}/webchat/widget.js" data-service="${service}" defer></script></head><body><main><h1>IPVA</h1></main></body></html>`);
    });
    await new Promise<void>((r) => portal.listen(0, '127.0.0.1', r));
    portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((r) => portal.close(() => r()));
  });

  it('is refused while its origin is not allowed: the widget says so politely', async () => {
    atende = chat.base;
    const { page } = await newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.url().endsWith('/webchat/api/message')) failed.push(r.failure()?.errorText ?? '');
    });
    await page.goto(`${portalUrl}/`);
    await launcher(page).click();
    await seen(page, 'Não consegui falar com o Atende agora');
    // The preflight was answered 403 without CORS headers: the browser never sent the message.
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((e) => /CORS|ERR_FAILED/i.test(e))).toBe(true);
  });

  it('is served once its origin is in the allow-list, under its strict CSP', async () => {
    const allowed = await startWebChat({ allowedOrigins: [portalUrl] });
    try {
      atende = allowed.base;
      const { page, problems } = await newPage();
      await page.goto(`${portalUrl}/?servico=ipva`);
      await launcher(page).click();
      await seen(page, 'IPVA');
      await textbox(page).fill('perdi meu rg');
      await textbox(page).press('Enter');
      await seen(page, 'Carteira de Identidade Nacional (CIN) – 2ª via');
      // The widget's styles applied although the page allows no inline style: the panel floats, in its colours.
      const looks = await page.getByRole('dialog').evaluate((d) => ({ position: getComputedStyle(d).position, header: getComputedStyle(d.firstElementChild ?? d).backgroundColor }));
      expect(looks).toEqual({ position: 'fixed', header: 'rgb(19, 81, 180)' });
      expect(problems).toEqual([]);
    } finally {
      await allowed.stop();
    }
  });
});
