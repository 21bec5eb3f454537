// `npm start -- serve`: starts every configured channel, and shuts down gracefully on SIGINT/SIGTERM.
import { createApp } from '../app.ts';
import { watchCatalogue } from '../catalogue/watch.ts';
import { HEALTH_PATH, healthHandler } from '../channels/shared/health.ts';
import type { ChannelAdapter } from '../channels/types.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { startDashboard } from './dashboard.ts';
import { serveChecks } from './health.ts';
import type { CliIO, Command } from './types.ts';

/** Something running that shutdown stops: a channel adapter or the dashboard. */
interface Running {
  name: string;
  stop(): Promise<void>;
}

export const command: Command = {
  async run(_args: string[], io: CliIO): Promise<number> {
    const config = loadConfig(io.env);
    const logger = createLogger(config.logLevel);
    // A library's forgotten promise (whatsapp-web.js has some) would otherwise end the process: log it, serve on.
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection (a library bug?): logged, still serving'));
    const app = await createApp(config, logger);
    const stopWatch = config.catalogueWatch ? watchCatalogue(app.catalogue, logger) : () => undefined;
    const adapters: ChannelAdapter[] = [];
    // GET /healthz on every HTTP surface: ready only while the database takes writes, the catalogue is loaded
    // and every configured channel is up.
    let stopping = false;
    const healthz = healthHandler(() => serveChecks(app, adapters, () => stopping));
    /** Mounts /healthz on a channel whose server exists only once started (WhatsApp Cloud). */
    const afterStart: (() => void)[] = [];
    // Each channel's library (grammY, whatsapp-web.js) loads only when that channel is configured.
    if (config.telegram) {
      // A chat may hold as many update slots as the rate limit answers, plus its notice (see telegram/polling.ts).
      const telegram = new (await import('../channels/telegram/index.ts')).TelegramAdapter(config.telegram, { chatQueueCap: config.rateLimit.messages + 1 });
      telegram.mount(HEALTH_PATH, healthz);
      adapters.push(telegram);
    }
    if (config.whatsapp) adapters.push(new (await import('../channels/whatsapp/index.ts')).WhatsAppChannel(config));
    if (config.whatsappCloud) {
      const cloud = new (await import('../channels/whatsapp-cloud/index.ts')).WhatsAppCloudAdapter(config.whatsappCloud);
      afterStart.push(() => cloud.mount(HEALTH_PATH, healthz));
      adapters.push(cloud);
    }
    if (config.webchat) {
      const web = new (await import('../channels/web/index.ts')).WebChatAdapter(config.webchat);
      web.addRoute({ path: HEALTH_PATH, methods: ['GET'], handle: healthz });
      adapters.push(web);
    }
    const running: Running[] = [];
    try {
      for (const adapter of adapters) {
        await adapter.start(app.channels);
        running.push(adapter);
      }
      for (const mount of afterStart) mount();
      if (config.dashboard) running.push(await startDashboard(app, new Map([[HEALTH_PATH, healthz]])));
    } catch (err) {
      logger.error({ err }, 'a channel failed to start');
      await Promise.allSettled(running.map((c) => c.stop()));
      stopWatch();
      await app.close();
      throw err;
    }
    if (running.length === 0) {
      io.stderr.write('Nenhum canal configurado. Defina TELEGRAM_BOT_TOKEN, WHATSAPP_ENABLED=true, as variáveis WHATSAPP_CLOUD_*, WEBCHAT_PORT ou DASHBOARD_PORT (veja .env.example), ou use "npm start" para conversar no terminal.\n');
      stopWatch();
      await app.close();
      return 2;
    }
    // Staff alerts (WhatsApp asks to pair again) reach staff through Telegram's staff ids (app.channels.staff);
    // without them an alert is only logged, so say so at start-up rather than on the day it matters.
    if (config.whatsapp && !config.telegram?.staffIds.length) {
      logger.warn({}, 'staff alerts (WhatsApp asks to pair again) will only be logged: set TELEGRAM_BOT_TOKEN and STAFF_TELEGRAM_IDS to have staff told on Telegram');
    }
    logger.info({ channels: running.map((c) => c.name) }, 'atende serving');
    await new Promise<void>((resolve) => {
      const stop = (signal: string): void => {
        stopping = true;
        logger.info({ signal }, 'shutting down');
        resolve();
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    // Stop taking messages, let in-flight ones finish, then close open sessions and the database.
    await Promise.allSettled(running.map((c) => c.stop()));
    stopWatch();
    await app.close();
    logger.info({}, 'stopped');
    return 0;
  },
};
