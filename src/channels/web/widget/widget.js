/// <reference lib="dom" />
// The Atende web chat widget: one classic script any page embeds (<script src=".../webchat/widget.js"
// data-service="cnh-renovacao" defer>). Plain JavaScript, no framework, nothing loaded from elsewhere.
//
// - Strict CSP on the host page: no inline script, no inline style, no innerHTML. Styles go in a constructed
//   stylesheet adopted by a shadow root (CSP does not govern those); every text is written with textContent.
// - Identity: the server issues an anonymous id on the first answer; it is kept in localStorage and sent in the
//   JSON body. No cookie, so the API needs no credentials and a forged cross-site request carries nothing.
// - History: the transcript stays in this tab's sessionStorage (it survives a reload and is gone when the tab
//   closes: nothing typed is kept on the server to re-render it). The conversation itself lives on the server.
// Checked by tsc (checkJs, strict) as part of the project; served by src/channels/web/assets.ts.
(() => {
  'use strict';

  /**
   * @typedef {{ text: string, bold?: true, italic?: true, href?: string }} Span
   * @typedef {{ id: string, label: string, icon?: string }} WebOption
   * @typedef {{ label: string, url: string }} WebLink
   * @typedef {{ kind: 'step' | 'field', at: number, of: number }} WebProgress
   * @typedef {{ kind: string, paragraphs: Span[][], options: WebOption[], links: WebLink[], progress?: WebProgress }} WebReply
   * @typedef {{ kind: 'text', text: string } | { kind: 'option', id: string } | { kind: 'start', service?: string }} Input
   * @typedef {{ who: 'me', text: string } | { who: 'bot', reply: WebReply }} Entry
   * @typedef {{ v: 1, service?: string, entries: Entry[] }} Transcript
   */

  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || !script.src || document.querySelector('[data-atende-webchat]')) return;
  const API = new URL('api/message', script.src).href;
  const wanted = script.dataset.service || '';
  const SERVICE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) && wanted.length <= 80 ? wanted : undefined;
  const SESSION_KEY = 'atende.webchat.session';
  const TRANSCRIPT_KEY = 'atende.webchat.transcript';
  /** Entries kept in sessionStorage: enough for a long conversation, far below the browser's quota. */
  const MAX_ENTRIES = 150;
  const MAX_TEXT = 2000;
  const TIMEOUT_MS = 20000;

  const COPY = {
    launcher: 'Dúvidas? Fale com o Atende',
    title: 'Atende',
    subtitle: 'Assistente de serviços do Governo de Minas Gerais',
    restart: 'Recomeçar',
    close: 'Fechar o Atende',
    log: 'Conversa com o Atende',
    input: 'Mensagem',
    placeholder: 'Escreva sua dúvida',
    send: 'Enviar',
    options: 'Opções',
    links: 'Links',
    you: 'Você:',
    bot: 'Atende:',
    newTab: '(abre em nova aba)',
    note: 'Atendimento automático. Se precisar, ligue 155 (LigMinas).',
    failed: 'Não consegui falar com o Atende agora. Verifique sua conexão e tente de novo em instantes, ou ligue 155 (LigMinas).',
  };

  const CSS = `
:host{all:initial}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.root{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1b1b}
button,input{font:inherit}
:focus{outline:none}
:focus-visible{outline:3px solid #0c326f;outline-offset:2px;box-shadow:0 0 0 2px #fff}
.launcher{position:fixed;right:1em;bottom:1em;z-index:2147483000;display:flex;align-items:center;gap:.5em;min-height:3em;padding:.6em 1.1em;border:2px solid #fff;border-radius:2em;background:#1351b4;color:#fff;font-weight:600;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.35)}
.launcher:hover{background:#0c326f}
.panel{position:fixed;right:1em;bottom:5em;z-index:2147483001;display:flex;flex-direction:column;width:24em;max-width:calc(100vw - 2em);height:36em;max-height:calc(100vh - 6.5em);background:#fff;border:1px solid #888;border-radius:.6em;box-shadow:0 4px 24px rgba(0,0,0,.3);overflow:hidden}
.head{display:flex;align-items:center;gap:.5em;padding:.5em .6em .5em 1em;background:#1351b4;color:#fff}
.titles{flex:1;min-width:0}
h2{margin:0;font-size:1.1em;line-height:1.2}
.sub{margin:0;font-size:.8em;overflow-wrap:anywhere}
.head button{min-height:2.75em;min-width:2.75em;padding:.3em .6em;border:1px solid #fff;border-radius:.4em;background:transparent;color:#fff;cursor:pointer}
.head button:hover{background:#0c326f}
.log{flex:1;overflow-y:auto;padding:.75em;background:#f8f8f8;overscroll-behavior:contain}
.msg{max-width:92%;margin:0 0 .6em;padding:.55em .8em;border-radius:.8em;overflow-wrap:anywhere}
.bot{background:#fff;border:1px solid #ccc;border-bottom-left-radius:.2em}
.me{margin-left:auto;background:#1351b4;color:#fff;border-bottom-right-radius:.2em;white-space:pre-wrap}
.error{background:#fdecea;border:1px solid #b3261e;color:#5f1410}
.msg p{margin:0 0 .5em;white-space:pre-line}
.msg p:last-child{margin-bottom:0}
a{color:#0c326f;text-decoration:underline}
.links{list-style:none;margin:.5em 0 0;padding:0}
.links li{margin:.25em 0}
.options{display:flex;flex-wrap:wrap;gap:.4em;margin:0 0 .8em}
.options button{min-height:2.75em;padding:.4em .8em;border:2px solid #1351b4;border-radius:1.4em;background:#fff;color:#0c326f;font-weight:600;text-align:left;cursor:pointer}
.options button:hover{background:#e5eefb}
progress{display:block;width:100%;height:.4em;margin:0 0 .5em;accent-color:#1351b4}
.typing{display:flex;gap:.3em;padding:.3em 1em .5em;background:#f8f8f8}
.typing span{width:.5em;height:.5em;border-radius:50%;background:#555;animation:blink 1.2s infinite}
.typing span:nth-child(2){animation-delay:.2s}
.typing span:nth-child(3){animation-delay:.4s}
@keyframes blink{0%,80%,100%{opacity:.25}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.typing span{animation:none}}
.compose{display:flex;gap:.4em;padding:.6em;border-top:1px solid #ccc;background:#fff}
.compose input{flex:1;min-width:0;min-height:2.75em;padding:.4em .6em;border:1px solid #555;border-radius:.4em;color:#1b1b1b;background:#fff}
.compose input::placeholder{color:#595959}
.compose button{min-height:2.75em;padding:.4em .9em;border:0;border-radius:.4em;background:#1351b4;color:#fff;font-weight:600;cursor:pointer}
.compose button:hover{background:#0c326f}
.note{margin:0;padding:0 .8em .5em;font-size:.8em;color:#444;background:#fff}
@media (max-width:480px),(max-height:560px){.panel{inset:0;right:0;bottom:0;width:100%;max-width:none;height:100%;max-height:none;border:0;border-radius:0}.sub{display:none}.open .launcher{display:none}}
@media (forced-colors:active){.launcher,.options button,.compose button,.head button{border:2px solid ButtonText}}
`;

  // ---- storage (blocked storage, as in some private modes, only loses persistence) --------------------

  /** @param {Storage | undefined} store @param {string} key @returns {string | null} */
  function read(store, key) {
    try {
      return store ? store.getItem(key) : null;
    } catch {
      return null;
    }
  }

  /** @param {Storage | undefined} store @param {string} key @param {string | null} value */
  function write(store, key, value) {
    try {
      if (!store) return;
      if (value === null) store.removeItem(key);
      else store.setItem(key, value);
    } catch {
      // Quota or blocked storage: the conversation goes on, it just will not survive a reload.
    }
  }

  /** @param {() => Storage} get @returns {Storage | undefined} */
  function storage(get) {
    try {
      return get();
    } catch {
      return undefined;
    }
  }

  const local = storage(() => window.localStorage);
  const perTab = storage(() => window.sessionStorage);
  let session = read(local, SESSION_KEY) || undefined;

  /** @returns {Transcript} */
  function loadTranscript() {
    try {
      const raw = read(perTab, TRANSCRIPT_KEY);
      const parsed = raw ? JSON.parse(raw) : undefined;
      if (parsed && parsed.v === 1 && Array.isArray(parsed.entries)) return parsed;
    } catch {
      // A damaged transcript is dropped; the server still has the conversation.
    }
    return { v: 1, entries: [] };
  }

  let transcript = loadTranscript();

  function saveTranscript() {
    if (transcript.entries.length > MAX_ENTRIES) transcript.entries = transcript.entries.slice(-MAX_ENTRIES);
    write(perTab, TRANSCRIPT_KEY, JSON.stringify(transcript));
  }

  // ---- DOM helpers: elements and text only, never HTML strings ---------------------------------------

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {Record<string, string>} [attrs]
   * @param {(Node | string)[]} [children]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function h(tag, attrs = {}, children = []) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    for (const c of children) el.append(c);
    return el;
  }

  /** @param {string} text */
  const hidden = (text) => h('span', { class: 'sr' }, [text]);

  /** @param {string} url */
  function isWebUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }

  /** @param {string} url @param {(Node | string)[]} children */
  function link(url, children) {
    return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, [...children, ' ', hidden(COPY.newTab)]);
  }

  /** @param {Span} s @returns {Node} */
  function spanNode(s) {
    /** @type {Node} */
    let node = document.createTextNode(s.text);
    if (s.href && isWebUrl(s.href)) node = link(s.href, [node]);
    if (s.italic) node = h('em', {}, [node]);
    if (s.bold) node = h('strong', {}, [node]);
    return node;
  }

  // ---- the widget --------------------------------------------------------------------------------------

  const host = h('div', { 'data-atende-webchat': '' });
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    // Older browsers: an inline <style>, which a host page with a strict CSP blocks (the widget still works, unstyled).
    root.append(h('style', {}, [CSS]));
  }

  const launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'atende-panel' }, [
    h('span', { 'aria-hidden': 'true' }, ['💬']),
    h('span', {}, [COPY.launcher]),
  ]);
  const restart = h('button', { type: 'button' }, [COPY.restart]);
  const closer = h('button', { type: 'button', 'aria-label': COPY.close }, [h('span', { 'aria-hidden': 'true' }, ['✕'])]);
  const log = h('div', { class: 'log', role: 'log', 'aria-label': COPY.log, tabindex: '0' });
  const typing = h('div', { class: 'typing', 'aria-hidden': 'true', hidden: '' }, [h('span'), h('span'), h('span')]);
  const input = h('input', { id: 'atende-input', type: 'text', autocomplete: 'off', maxlength: String(MAX_TEXT), placeholder: COPY.placeholder, enterkeyhint: 'send' });
  const form = h('form', { class: 'compose' }, [h('label', { for: 'atende-input', class: 'sr' }, [COPY.input]), input, h('button', { type: 'submit' }, [COPY.send])]);
  const panel = h('section', { id: 'atende-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'atende-title', hidden: '' }, [
    h('div', { class: 'head' }, [h('div', { class: 'titles' }, [h('h2', { id: 'atende-title' }, [COPY.title]), h('p', { class: 'sub' }, [COPY.subtitle])]), restart, closer]),
    log,
    typing,
    form,
    h('p', { class: 'note' }, [COPY.note]),
  ]);
  const frame = h('div', { class: 'root' }, [launcher, panel]);
  root.append(frame);

  /** @param {Entry} entry @param {boolean} withOptions @returns {HTMLElement[]} */
  function entryNodes(entry, withOptions) {
    if (entry.who === 'me') return [h('div', { class: 'msg me' }, [hidden(COPY.you + ' '), entry.text])];
    const r = entry.reply;
    const bubble = h('div', { class: 'msg bot' }, [hidden(COPY.bot + ' ')]);
    if (r.progress && r.progress.of > 0) bubble.append(h('progress', { max: String(r.progress.of), value: String(r.progress.at), 'aria-hidden': 'true' }));
    for (const p of r.paragraphs || []) bubble.append(h('p', {}, p.map(spanNode)));
    const links = (r.links || []).filter((l) => isWebUrl(l.url));
    if (links.length > 0) bubble.append(h('ul', { class: 'links', 'aria-label': COPY.links }, links.map((l) => h('li', {}, [link(l.url, [l.label])]))));
    const nodes = [bubble];
    if (withOptions && r.options && r.options.length > 0) {
      const group = h('div', { class: 'options', role: 'group', 'aria-label': COPY.options });
      for (const o of r.options) {
        const b = h('button', { type: 'button', 'data-option': o.id }, o.icon ? [h('span', { 'aria-hidden': 'true' }, [o.icon + ' ']), o.label] : [o.label]);
        b.addEventListener('click', () => choose(o, group));
        group.append(b);
      }
      nodes.push(group);
    }
    return nodes;
  }

  /** Options are live until the next answer arrives: older ones are gone then (the engine has moved on). */
  function dropOptions() {
    for (const el of Array.from(log.querySelectorAll('.options'))) el.remove();
  }

  function renderAll() {
    log.replaceChildren();
    const lastMine = transcript.entries.map((e) => e.who).lastIndexOf('me');
    try {
      transcript.entries.forEach((e, i) => log.append(...entryNodes(e, i > lastMine)));
    } catch {
      // A transcript of another shape (an older widget, a page script): start from an empty one.
      transcript = { v: 1, entries: [] };
      saveTranscript();
      log.replaceChildren();
    }
    log.scrollTop = log.scrollHeight;
  }

  /** @param {Entry} entry @returns {HTMLElement[]} */
  function add(entry) {
    transcript.entries.push(entry);
    saveTranscript();
    const nodes = entryNodes(entry, true);
    log.append(...nodes);
    return nodes;
  }

  /**
   * Scrolls so that the answer starts at the top of the log: a long service card is read from its title, not
   * from its end. A short answer simply shows everything down to the bottom (scrollTop is clamped).
   * @param {HTMLElement | undefined} first
   */
  function reveal(first) {
    log.scrollTop = first ? first.offsetTop - log.offsetTop - 8 : log.scrollHeight;
  }

  /**
   * A message that is not part of the conversation (a network failure): shown, never stored.
   * @param {string} text
   */
  function problem(text) {
    const last = log.lastElementChild;
    if (last && last.classList.contains('error')) return;
    log.append(h('div', { class: 'msg bot error' }, [text]));
    reveal(undefined);
  }

  // ---- talking to the server: one message at a time, in order -----------------------------------------

  /** @type {Promise<void>} */
  let queue = Promise.resolve();
  let pending = 0;
  /** Where focus goes when the answer arrives: to its first option after a button press. */
  let focusAnswer = false;

  function messageId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** @param {string} body @returns {Promise<Response>} */
  async function post(body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      return await fetch(API, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, credentials: 'omit', cache: 'no-store', signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  }

  /** @param {Input} message */
  async function exchange(message) {
    const id = messageId();
    /** @type {Response | undefined} */
    let res;
    // One retry after a network failure or a server restarting (503), with the same id: the server answers a
    // message only once.
    for (let attempt = 0; attempt < 2 && (!res || res.status === 503); attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 1500));
      try {
        res = await post(JSON.stringify({ session, id, input: message }));
      } catch {
        res = undefined;
      }
    }
    if (!res || (res.status !== 200 && res.status !== 429)) return problem(COPY.failed);
    /** @type {{ session?: string, replies?: WebReply[] }} */
    const data = await res.json().catch(() => ({}));
    if (typeof data.session === 'string' && data.session !== session) {
      session = data.session;
      write(local, SESSION_KEY, session);
    }
    /** @type {HTMLElement[]} */
    const shown = [];
    const hadFocus = root.activeElement;
    if ((data.replies || []).length > 0) dropOptions();
    for (const reply of data.replies || []) {
      // A flood gets one notice: the same notice twice in a row is shown once.
      const last = transcript.entries[transcript.entries.length - 1];
      if (res.status === 429 && last && last.who === 'bot' && JSON.stringify(last.reply) === JSON.stringify(reply)) continue;
      shown.push(...add({ who: 'bot', reply }));
    }
    if (shown.length > 0) reveal(shown[0]);
    // After a button press, focus goes to the answer's first option (or the text box): the pressed button is gone.
    if (focusAnswer && pending === 1) {
      const first = shown.map((n) => n.querySelector('button')).find((b) => b);
      (first || input).focus();
    } else if (hadFocus && !hadFocus.isConnected) {
      input.focus();
    }
  }

  /** @param {Input} message */
  function send(message) {
    pending++;
    typing.hidden = false;
    queue = queue
      .then(() => exchange(message))
      .catch(() => problem(COPY.failed))
      .finally(() => {
        pending--;
        if (pending === 0) {
          typing.hidden = true;
          focusAnswer = false;
        }
      });
  }

  /** @param {WebOption} option @param {HTMLElement} group */
  function choose(option, group) {
    // One press per group: a double click must not send the choice twice.
    if (group.dataset.used) return;
    group.dataset.used = 'true';
    for (const b of Array.from(group.querySelectorAll('button'))) b.setAttribute('aria-disabled', 'true');
    focusAnswer = true;
    add({ who: 'me', text: option.label });
    reveal(undefined);
    send({ kind: 'option', id: option.id });
  }

  function start() {
    transcript.service = SERVICE;
    saveTranscript();
    send(SERVICE ? { kind: 'start', service: SERVICE } : { kind: 'start' });
  }

  // ---- opening, closing, keyboard ---------------------------------------------------------------------

  const fullScreen = window.matchMedia('(max-width:480px),(max-height:560px)');

  function open() {
    panel.hidden = false;
    frame.classList.add('open');
    launcher.setAttribute('aria-expanded', 'true');
    log.scrollTop = log.scrollHeight;
    input.focus();
    // A new conversation, or a page about another service than the one the conversation started on.
    if (transcript.entries.length === 0 || (SERVICE && transcript.service !== SERVICE)) start();
  }

  function close() {
    panel.hidden = true;
    frame.classList.remove('open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  closer.addEventListener('click', close);
  restart.addEventListener('click', () => {
    // A new anonymous id too: on a shared computer, nothing of the previous conversation stays reachable
    // (no offer to resume someone else's form). The server issues the new id with the first answer.
    session = undefined;
    write(local, SESSION_KEY, null);
    transcript = { v: 1, entries: [] };
    renderAll();
    input.focus();
    start();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') return;
    input.value = '';
    focusAnswer = false;
    add({ who: 'me', text });
    reveal(undefined);
    send({ kind: 'text', text });
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    // Full screen, the panel hides the page: Tab cycles inside it, so focus never lands on something unseen.
    if (event.key !== 'Tab' || !fullScreen.matches) return;
    const focusable = /** @type {HTMLElement[]} */ (Array.from(panel.querySelectorAll('button, input, a[href], [tabindex="0"]')));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && root.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && root.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  renderAll();
  const mount = () => document.body.append(host);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
})();
