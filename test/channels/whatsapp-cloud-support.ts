// Shared set-up of the Cloud API channel tests: the fake Graph API, a real App on a temporary SQLite database,
// the adapter started against them on 127.0.0.1, and Meta's webhook side that posts signed notifications.
import type { App } from '../../src/app.ts';
import { WhatsAppCloudAdapter, type WhatsAppCloudOptions, type WhatsAppCloudSettings } from '../../src/channels/whatsapp-cloud/index.ts';
import { type LogLine, recordingLogger } from '../catalogue/support.ts';
import { FakeGraphApi, MetaWebhook, type SentMessage } from '../fakes/graph-api.ts';
import { testApp } from '../support/app.ts';

export const APP_SECRET = 'segredo-do-app-de-teste';
export const VERIFY_TOKEN = 'token-de-verificacao-123';
export const MARIA = { phone: '5531988887777', bsuid: 'BR.1502576394655843', name: 'Maria da Silva' };

/** A running Cloud API channel under test. */
export interface CloudUnderTest {
  graph: FakeGraphApi;
  meta: MetaWebhook;
  app: App;
  adapter: WhatsAppCloudAdapter;
  settings: WhatsAppCloudSettings;
  logs: LogLine[];
  /** The webhook's URL (http://127.0.0.1:<port>/whatsapp/webhook). */
  url: string;
  /** Posts a signed notification, expects 200, waits until every reply is sent, and returns what was accepted meanwhile for `to`. */
  play(body: Record<string, unknown>, to?: string): Promise<SentMessage[]>;
  cleanup(): Promise<void>;
}

/** Starts the channel against a fresh fake; `env` adds configuration (rate limits...), `options` adapter bounds. */
export async function startCloud(o: { env?: Record<string, string>; options?: WhatsAppCloudOptions; settings?: Partial<WhatsAppCloudSettings> } = {}): Promise<CloudUnderTest> {
  const graph = new FakeGraphApi();
  await graph.start();
  const t = await testApp(o.env ?? {});
  const logger = recordingLogger();
  const settings: WhatsAppCloudSettings = {
    accessToken: graph.token,
    phoneNumberId: graph.phoneNumberId,
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    apiRoot: graph.url,
    apiVersion: graph.version,
    webhook: { host: '127.0.0.1', port: 0 },
    ...o.settings,
  };
  const adapter = new WhatsAppCloudAdapter(settings, { logger, retry: { baseMs: 5, pairMs: 20, maxMs: 50 }, stopTimeoutMs: 2_000, ...o.options });
  try {
    await adapter.start(t.app.channels);
  } catch (err) {
    await t.cleanup();
    await graph.stop();
    throw err;
  }
  const url = `http://127.0.0.1:${adapter.webhook?.port ?? 0}/whatsapp/webhook`;
  const meta = new MetaWebhook({ url, appSecret: APP_SECRET, graph });
  return {
    graph,
    meta,
    app: t.app,
    adapter,
    settings,
    logs: logger.lines,
    url,
    async play(body, to = MARIA.phone) {
      const mark = graph.mark();
      const res = await meta.post(body);
      if (res.status !== 200) throw new Error(`the webhook answered ${res.status}`);
      await adapter.idle();
      return graph.sentTo(to, mark);
    },
    async cleanup() {
      await adapter.stop();
      await t.cleanup();
      await graph.stop();
    },
  };
}

/** What a citizen reads in a sent message: the body, then its buttons or rows. */
export function shown(m: SentMessage): string {
  return [m.body, ...m.choices].join('\n');
}
