// A fake of Meta's side of the WhatsApp Cloud API on 127.0.0.1, for the Cloud API channel tests: the Graph API
// (POST /<version>/<phone number id>/messages, GET /<version>/<phone number id>) and the webhook deliveries,
// signed the way Meta signs them. It records every send, and refuses what Meta refuses, with Meta's error
// shape and codes: a malformed message (131009 / 100), a wrong token (401, 190), free text to a citizen who has
// not written in 24 hours (131047). Limits are counted in UTF-16 units, the strictest reading of Meta's
// "characters" (an emoji such as 📂 counts 2). Its rules are written here independently of src/, so that a
// renderer that breaks one is caught.
//
//   const graph = new FakeGraphApi();
//   await graph.start();                                  // WHATSAPP_CLOUD_API_ROOT=graph.url
//   const meta = new MetaWebhook({ url: webhookUrl, appSecret: 'segredo', graph });
//   await meta.post(meta.text(CITIZEN, 'oi'));            // signed, and the citizen's 24-hour window opens
//   const [reply] = await graph.waitForSends(1);
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Meta's limits, as its docs state them (in "characters", counted here as UTF-16 units). */
export const META_LIMITS = {
  text: 4096,
  body: 1024,
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  rows: 10,
  sections: 10,
  listButton: 20,
  sectionTitle: 24,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
} as const;

/** A Graph error answer: HTTP status and Meta's code. */
export interface GraphFailure {
  status: number;
  code: number;
  subcode?: number;
  message?: string;
  /** Seconds, sent as a Retry-After header. */
  retryAfter?: number;
}

/** One request the fake received. */
export interface GraphCall {
  seq: number;
  method: string;
  path: string;
  at: number;
  /** The HTTP status it answered (0 while held). */
  status: number;
  payload?: Record<string, unknown>;
  /** Meta's error code when refused. */
  code?: number;
  /** Why it was refused (the "details" Meta sends). */
  reason?: string;
}

/** A message Meta accepted, as the citizen sees it. */
export interface SentMessage {
  seq: number;
  wamid: string;
  /** The phone number it went to (`to`), or the business-scoped user id (`recipient`). */
  to: string;
  type: 'text' | 'interactive';
  /** `text` for a text message, `button` or `list` for an interactive one. */
  kind: 'text' | 'button' | 'list';
  /** The body text. */
  body: string;
  previewUrl?: boolean;
  /** Button titles or row titles, in order. */
  choices: string[];
  /** Row descriptions (list), '' where none. */
  descriptions: string[];
  /** Button or row ids, in order. */
  ids: string[];
  /** The list's button label. */
  listButton?: string;
  payload: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const units = (s: string): number => s.length;

function checkString(v: unknown, what: string, max: number, required = true): string | undefined {
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string') return `${what} is required and must be a string`;
  if (required && v.trim() === '') return `${what} must not be empty`;
  if (units(v) > max) return `${what} is ${units(v)} characters long; the maximum is ${max}`;
  return undefined;
}

function checkKeys(o: Json, allowed: readonly string[], what: string): string | undefined {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  return extra.length > 0 ? `${what} has unexpected parameters: ${extra.join(', ')}` : undefined;
}

function checkButtons(action: Json): string | undefined {
  const buttons = action.buttons;
  if (!Array.isArray(buttons) || buttons.length === 0) return 'interactive.action.buttons must have at least 1 button';
  if (buttons.length > META_LIMITS.buttons) return `interactive.action.buttons has ${buttons.length} buttons; the maximum is ${META_LIMITS.buttons}`;
  const ids = new Set<string>();
  const titles = new Set<string>();
  for (const [i, b] of buttons.entries()) {
    if (!isObject(b) || b.type !== 'reply' || !isObject(b.reply)) return `button ${i}: type must be "reply" with a reply object`;
    const problem = checkString(b.reply.id, `button ${i} id`, META_LIMITS.buttonId) ?? checkString(b.reply.title, `button ${i} title`, META_LIMITS.buttonTitle);
    if (problem) return problem;
    const id = String(b.reply.id);
    const title = String(b.reply.title);
    if (id !== id.trim()) return `button ${i} id must not have leading or trailing spaces`;
    if (ids.has(id)) return `button ids must be unique (${id})`;
    if (titles.has(title)) return `button titles must be unique (${title})`;
    ids.add(id);
    titles.add(title);
  }
  return undefined;
}

function checkList(action: Json): string | undefined {
  const problem = checkString(action.button, 'interactive.action.button', META_LIMITS.listButton);
  if (problem) return problem;
  const sections = action.sections;
  if (!Array.isArray(sections) || sections.length === 0) return 'interactive.action.sections must have at least 1 section';
  if (sections.length > META_LIMITS.sections) return `interactive.action.sections has ${sections.length} sections; the maximum is ${META_LIMITS.sections}`;
  const ids = new Set<string>();
  let rows = 0;
  for (const [s, section] of sections.entries()) {
    if (!isObject(section) || !Array.isArray(section.rows) || section.rows.length === 0) return `section ${s} must have at least 1 row`;
    const title = checkString(section.title, `section ${s} title`, META_LIMITS.sectionTitle, sections.length > 1);
    if (title) return title;
    for (const [r, row] of section.rows.entries()) {
      if (!isObject(row)) return `section ${s} row ${r} must be an object`;
      const bad =
        checkKeys(row, ['id', 'title', 'description'], `section ${s} row ${r}`) ??
        checkString(row.id, `row ${r} id`, META_LIMITS.rowId) ??
        checkString(row.title, `row ${r} title`, META_LIMITS.rowTitle) ??
        checkString(row.description, `row ${r} description`, META_LIMITS.rowDescription, false);
      if (bad) return bad;
      const id = String(row.id);
      if (ids.has(id)) return `row ids must be unique (${id})`;
      ids.add(id);
      rows++;
    }
  }
  if (rows > META_LIMITS.rows) return `the list has ${rows} rows; the maximum is ${META_LIMITS.rows} across all sections`;
  return undefined;
}

/** Why Meta would refuse this message payload (the body of POST /messages), or undefined when it is valid. */
export function checkOutgoing(payload: unknown): string | undefined {
  if (!isObject(payload)) return 'the request body must be a JSON object';
  const extra = checkKeys(payload, ['messaging_product', 'recipient_type', 'to', 'recipient', 'type', 'text', 'interactive'], 'the message');
  if (extra) return extra;
  if (payload.messaging_product !== 'whatsapp') return 'messaging_product must be "whatsapp"';
  if (payload.recipient_type !== undefined && payload.recipient_type !== 'individual') return 'recipient_type must be "individual"';
  if (typeof payload.to !== 'string' && typeof payload.recipient !== 'string') return 'either to (a phone number) or recipient (a business-scoped user id) is required';
  if (payload.type === 'text') {
    if (!isObject(payload.text)) return 'text is required for a text message';
    const keys = checkKeys(payload.text, ['body', 'preview_url'], 'text');
    if (keys) return keys;
    if (payload.text.preview_url !== undefined && typeof payload.text.preview_url !== 'boolean') return 'text.preview_url must be a boolean';
    return checkString(payload.text.body, 'text.body', META_LIMITS.text);
  }
  if (payload.type === 'interactive') {
    const i = payload.interactive;
    if (!isObject(i)) return 'interactive is required for an interactive message';
    const keys = checkKeys(i, ['type', 'body', 'action'], 'interactive');
    if (keys) return keys;
    if (!isObject(i.body)) return 'interactive.body is required';
    const body = checkString(i.body.text, 'interactive.body.text', META_LIMITS.body);
    if (body) return body;
    if (!isObject(i.action)) return 'interactive.action is required';
    if (i.type === 'button') return checkButtons(i.action);
    if (i.type === 'list') return checkList(i.action);
    return `interactive.type ${String(i.type)} is not supported here`;
  }
  return `type ${String(payload.type)} is not supported here`;
}

/** What a citizen sees of an accepted message. */
function asSeen(seq: number, wamid: string, payload: Json): SentMessage {
  const to = String(payload.to ?? payload.recipient);
  if (payload.type === 'text' && isObject(payload.text)) {
    return { seq, wamid, to, type: 'text', kind: 'text', body: String(payload.text.body), previewUrl: payload.text.preview_url === true, choices: [], descriptions: [], ids: [], payload };
  }
  const i = payload.interactive as Json;
  const body = String((i.body as Json).text);
  const action = i.action as Json;
  if (i.type === 'button') {
    const buttons = (action.buttons as Json[]).map((b) => b.reply as Json);
    return { seq, wamid, to, type: 'interactive', kind: 'button', body, choices: buttons.map((b) => String(b.title)), descriptions: [], ids: buttons.map((b) => String(b.id)), payload };
  }
  const rows = (action.sections as Json[]).flatMap((s) => s.rows as Json[]);
  return {
    seq,
    wamid,
    to,
    type: 'interactive',
    kind: 'list',
    body,
    choices: rows.map((r) => String(r.title)),
    descriptions: rows.map((r) => (typeof r.description === 'string' ? r.description : '')),
    ids: rows.map((r) => String(r.id)),
    listButton: String(action.button),
    payload,
  };
}

interface Injected {
  failure: GraphFailure | 'network';
  remaining: number;
}

/** Options of the fake. */
export interface FakeGraphOptions {
  token?: string;
  phoneNumberId?: string;
  version?: string;
  /** Refuse free text to a citizen whose last message is over 24 hours old, or unknown (131047). Default true. */
  enforceWindow?: boolean;
}

const DAY_MS = 24 * 60 * 60_000;

/** The fake Graph API server. */
export class FakeGraphApi {
  readonly token: string;
  readonly phoneNumberId: string;
  readonly version: string;
  readonly calls: GraphCall[] = [];
  readonly sent: SentMessage[] = [];
  private server: Server | undefined;
  private seq = 0;
  private readonly injected: Injected[] = [];
  private readonly lastWrote = new Map<string, number>();
  private readonly enforceWindow: boolean;
  private gate: { promise: Promise<void>; open: () => void; held: number } | undefined;
  private readonly waiters = new Set<() => void>();
  url = '';

  constructor(o: FakeGraphOptions = {}) {
    this.token = o.token ?? 'EAAtoken-de-teste';
    this.phoneNumberId = o.phoneNumberId ?? '106540352242922';
    this.version = o.version ?? 'v25.0';
    this.enforceWindow = o.enforceWindow ?? true;
  }

  /** Listens on 127.0.0.1 (a free port); `url` is the API root. */
  async start(): Promise<{ url: string }> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return { url: this.url };
  }

  async stop(): Promise<void> {
    this.gate?.open();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The number of calls so far: pass it as `after` to look only at later ones. */
  mark(): number {
    return this.seq;
  }

  /** The citizen (phone or BSUID) wrote at `at` (ms): free text may be sent to them for 24 hours. */
  citizenWrote(id: string, at: number): void {
    this.lastWrote.set(id, Math.max(this.lastWrote.get(id) ?? 0, at));
  }

  /** The next `times` sends fail with `failure` (or a dropped connection), then sends work again. */
  failNext(failure: GraphFailure | 'network', times = 1): void {
    this.injected.push({ failure, remaining: times });
  }

  /** Holds every send until the returned function is called. */
  hold(): { release: () => void; held: () => number } {
    let open: () => void = () => undefined;
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
    const gate = { promise, open, held: 0 };
    this.gate = gate;
    return {
      release: () => {
        if (this.gate === gate) this.gate = undefined;
        gate.open();
      },
      held: () => gate.held,
    };
  }

  /** Accepted messages to `to` (phone or BSUID) after call number `after`. */
  sentTo(to: string, after = 0): SentMessage[] {
    return this.sent.filter((m) => m.to === to && m.seq > after);
  }

  /** Resolves when `predicate` holds (checked after every call), or rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Graph API: no ${what} within ${timeoutMs} ms (calls: ${JSON.stringify(this.calls.map((c) => [c.path, c.status, c.code]))})`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** Waits until `count` messages have been accepted for `to` after `after`, and returns them. */
  async waitForSends(to: string, count: number, after = 0, timeoutMs = 20_000): Promise<SentMessage[]> {
    await this.waitFor(() => this.sentTo(to, after).length >= count, timeoutMs, `${count} message(s) to ${to}`);
    return this.sentTo(to, after);
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const call: GraphCall = { seq: ++this.seq, method: req.method ?? 'GET', path, at: Date.now(), status: 0 };
    this.calls.push(call);
    try {
      if (req.headers.authorization !== `Bearer ${this.token}`) {
        return this.refuse(res, call, { status: 401, code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
      }
      const [, version, node, edge, ...rest] = path.split('/');
      if (version !== this.version || rest.length > 0) return this.refuse(res, call, { status: 400, code: 100, message: `Unknown path components: ${path}` });
      if (node !== this.phoneNumberId) {
        return this.refuse(res, call, { status: 400, code: 100, subcode: 33, message: `Unsupported request - method type: ${call.method}. Object with ID '${node ?? ''}' does not exist` });
      }
      if (call.method === 'GET' && edge === undefined) return this.answer(res, call, 200, { id: this.phoneNumberId, display_phone_number: '+55 31 3915-0000', verified_name: 'Atende MG' });
      if (call.method !== 'POST' || edge !== 'messages') return this.refuse(res, call, { status: 400, code: 100, message: 'Unsupported request' });
      let payload: unknown;
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return this.refuse(res, call, { status: 400, code: 100, message: 'The request body is not JSON' });
      }
      if (isObject(payload)) call.payload = payload;
      if (this.gate) {
        this.gate.held++;
        this.notify();
        await this.gate.promise;
        // The sender gave up (or died) while the request was held: Meta never got it.
        if (res.destroyed || req.socket.destroyed) {
          call.status = -1;
          return;
        }
      }
      const injected = this.injected[0];
      if (injected) {
        injected.remaining--;
        if (injected.remaining <= 0) this.injected.shift();
        if (injected.failure === 'network') {
          call.status = -1;
          res.socket?.destroy();
          return;
        }
        return this.refuse(res, call, injected.failure);
      }
      const reason = checkOutgoing(payload);
      if (reason || !isObject(payload)) return this.refuse(res, call, { status: 400, code: 131009, message: '(#131009) Parameter value is not valid' }, reason);
      const to = String(payload.to ?? payload.recipient);
      const wrote = this.lastWrote.get(to);
      if (this.enforceWindow && (wrote === undefined || Date.now() - wrote >= DAY_MS)) {
        return this.refuse(res, call, { status: 400, code: 131047, message: '(#131047) Re-engagement message' }, 'more than 24 hours have passed since the recipient last replied');
      }
      const wamid = `wamid.${randomBytes(18).toString('base64url')}`;
      this.sent.push(asSeen(call.seq, wamid, payload));
      return this.answer(res, call, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: to, ...(typeof payload.to === 'string' ? { wa_id: to } : { user_id: to }) }],
        messages: [{ id: wamid }],
      });
    } finally {
      this.notify();
    }
  }

  private answer(res: ServerResponse, call: GraphCall, status: number, body: unknown, headers: Record<string, string> = {}): void {
    call.status = status;
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }

  private refuse(res: ServerResponse, call: GraphCall, f: GraphFailure, details?: string): void {
    call.code = f.code;
    if (details !== undefined) call.reason = details;
    const headers: Record<string, string> = f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {};
    this.answer(
      res,
      call,
      f.status,
      {
        error: {
          message: f.message ?? `(#${f.code}) error`,
          type: 'OAuthException',
          code: f.code,
          ...(f.subcode !== undefined ? { error_subcode: f.subcode } : {}),
          error_data: { messaging_product: 'whatsapp', details: details ?? f.message ?? '' },
          fbtrace_id: `A${randomBytes(8).toString('hex')}`,
        },
      },
      headers,
    );
  }
}

/** A WhatsApp user as the webhook names them: phone (wa_id) and/or business-scoped user id. */
export interface WaUser {
  phone?: string;
  bsuid?: string;
  name?: string;
}

/** What a webhook message carries besides its envelope: `type` and the object of that type. */
export type MessageContent = { type: string } & Json;

/** Meta's side of the webhook: builds payloads as Meta sends them, and POSTs them signed with the app secret. */
export class MetaWebhook {
  private n = 0;
  readonly phoneNumberId: string;

  constructor(private readonly o: { url: string; appSecret: string; graph?: FakeGraphApi; phoneNumberId?: string }) {
    this.phoneNumberId = o.phoneNumberId ?? o.graph?.phoneNumberId ?? '106540352242922';
  }

  /** A new message id, shaped like Meta's. */
  nextWamid(): string {
    this.n++;
    return `wamid.HBgNNTUzMTk4ODg4Nzc3NxUCABIYFjNFQjA${String(this.n).padStart(6, '0')}${randomBytes(4).toString('hex').toUpperCase()}AA==`;
  }

  /** A `messages` notification with one message of `user`. `timestamp` in seconds (default now). */
  message(user: WaUser, content: MessageContent, o: { id?: string; timestamp?: number } = {}): Json {
    return this.envelope([this.messageObject(user, content, o)], user);
  }

  /** One message object (to batch several in one notification with `batch`). */
  messageObject(user: WaUser, content: MessageContent, o: { id?: string; timestamp?: number } = {}): Json {
    return {
      ...(user.phone !== undefined ? { from: user.phone } : {}),
      ...(user.bsuid !== undefined ? { from_user_id: user.bsuid } : {}),
      id: o.id ?? this.nextWamid(),
      timestamp: String(o.timestamp ?? Math.floor(Date.now() / 1000)),
      ...content,
    };
  }

  /** One notification carrying several messages of one user (as Meta batches them). */
  batch(user: WaUser, messages: Json[]): Json {
    return this.envelope(messages, user);
  }

  /** A text message. */
  text(user: WaUser, body: string, o: { id?: string; timestamp?: number } = {}): Json {
    return this.message(user, { type: 'text', text: { body } }, o);
  }

  /** A tap on a reply button of a message the bot sent. */
  buttonReply(user: WaUser, id: string, title: string, context?: string): Json {
    return this.message(user, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id, title } }, ...(context ? { context: { from: this.phoneNumberId, id: context } } : {}) });
  }

  /** A choice in a list message the bot sent. */
  listReply(user: WaUser, id: string, title: string, description?: string): Json {
    return this.message(user, { type: 'interactive', interactive: { type: 'list_reply', list_reply: { id, title, ...(description !== undefined ? { description } : {}) } } });
  }

  /** A status of a message the bot sent. */
  status(wamid: string, status: 'sent' | 'delivered' | 'read' | 'failed', user: WaUser, errors?: { code: number; title: string }[]): Json {
    return {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '553139150000', phone_number_id: this.phoneNumberId },
                statuses: [
                  {
                    id: wamid,
                    status,
                    timestamp: String(Math.floor(Date.now() / 1000)),
                    ...(user.phone !== undefined ? { recipient_id: user.phone } : {}),
                    ...(user.bsuid !== undefined ? { recipient_user_id: user.bsuid } : {}),
                    ...(errors ? { errors: errors.map((e) => ({ ...e, message: e.title, error_data: { details: `Message failed to send to ${user.phone ?? ''}` } })) } : { pricing: { billable: true, pricing_model: 'PMP', category: 'service' } }),
                  },
                ],
              },
            },
          ],
        },
      ],
    };
  }

  /** The X-Hub-Signature-256 of a raw body with `secret` (the app secret unless given). */
  sign(raw: Buffer | string, secret: string = this.o.appSecret): string {
    return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
  }

  /**
   * POSTs a notification as Meta does: the JSON bytes, signed. `signature: null` sends none; a string replaces
   * it. The users' 24-hour windows open at the messages' timestamps (the fake Graph API learns them).
   */
  async post(body: Json | string, o: { signature?: string | null; path?: string } = {}): Promise<Response> {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    if (typeof body !== 'string') this.learnWindows(body);
    const signature = o.signature === undefined ? this.sign(raw) : o.signature;
    return fetch(`${this.o.url}${o.path ?? ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature !== null ? { 'x-hub-signature-256': signature } : {}) },
      body: raw,
    });
  }

  /** Meta's GET handshake with these parameters. */
  handshake(params: Record<string, string>): Promise<Response> {
    return fetch(`${this.o.url}?${new URLSearchParams(params).toString()}`);
  }

  private learnWindows(body: Json): void {
    const entries = Array.isArray(body.entry) ? (body.entry as Json[]) : [];
    for (const change of entries.flatMap((e) => (Array.isArray(e.changes) ? (e.changes as Json[]) : []))) {
      const value = isObject(change.value) ? change.value : {};
      for (const m of Array.isArray(value.messages) ? (value.messages as Json[]) : []) {
        const at = Number(m.timestamp) * 1000;
        for (const id of [m.from, m.from_user_id]) if (typeof id === 'string') this.o.graph?.citizenWrote(id, at);
      }
    }
  }

  private envelope(messages: Json[], user: WaUser): Json {
    return {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '553139150000', phone_number_id: this.phoneNumberId },
                contacts: [{ profile: { name: user.name ?? 'Maria da Silva' }, ...(user.phone !== undefined ? { wa_id: user.phone } : {}), ...(user.bsuid !== undefined ? { user_id: user.bsuid } : {}) }],
                messages,
              },
            },
          ],
        },
      ],
    };
  }
}
