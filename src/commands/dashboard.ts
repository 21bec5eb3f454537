// `npm start -- dashboard [--port N] [--host H]`: the read-only statistics dashboard on its own,
// reading the bot's database through a read-only handle (it never closes the bot's open sessions).
import { parseArgs } from 'node:util';
import type { App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { AtendeError } from '../core/errors.ts';
import { createLogger } from '../log.ts';
import { type DashboardOptions, createDashboardServer } from '../stats/dashboard/server.ts';
import { openStatsInputs } from './stats-inputs.ts';
import type { CliIO, Command } from './types.ts';

/** The port used when neither --port nor DASHBOARD_PORT is given. */
export const DEFAULT_DASHBOARD_PORT = 8080;

const usage = `Uso: npm start -- dashboard [--port N] [--host ENDEREÇO]

  --port N          porta (padrão: DASHBOARD_PORT ou ${DEFAULT_DASHBOARD_PORT}; 0 escolhe uma livre)
  --host ENDEREÇO   endereço (padrão: DASHBOARD_HOST ou 127.0.0.1); fora de 127.0.0.1 exige DASHBOARD_TOKEN
`;

export const command: Command = {
  async run(args: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({ args, allowPositionals: false, options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } }));
    } catch (err) {
      io.stderr.write(`Opção inválida: ${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
      return 2;
    }
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    // Reuse the config's validation of the port and host: --port/--host stand in for DASHBOARD_PORT/DASHBOARD_HOST.
    const env: NodeJS.ProcessEnv = { ...io.env, DASHBOARD_PORT: values.port ?? (io.env.DASHBOARD_PORT || String(DEFAULT_DASHBOARD_PORT)) };
    if (values.host !== undefined) env.DASHBOARD_HOST = values.host;
    const config = loadConfig(env);
    const dash = config.dashboard;
    if (!dash) throw new Error('unreachable: DASHBOARD_PORT is always set here');
    const logger = createLogger(config.logLevel);
    const inputs = await openStatsInputs(config);
    let server;
    try {
      server = await createDashboardServer({ stats: inputs.stats, services: () => inputs.services, host: dash.host, port: dash.port, token: dash.token, logger });
    } catch (err) {
      await inputs.close();
      throw err;
    }
    io.stdout.write(`Painel de estatísticas em ${server.url}${dash.token ? ' (abra com ?token=SEU_TOKEN)' : ''} — Ctrl+C para sair.\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await server.close();
    await inputs.close();
    return 0;
  },
};

/** A running dashboard inside `serve`: its address, and how to stop it. */
export interface RunningDashboard {
  name: 'dashboard';
  url: string;
  stop(): Promise<void>;
}

/** Starts the read-only dashboard on the configured host and port, on the running app's statistics and catalogue. */
export async function startDashboard(app: App, routes?: DashboardOptions['routes']): Promise<RunningDashboard> {
  const cfg = app.config.dashboard;
  if (!cfg) throw new AtendeError('DASHBOARD_NOT_CONFIGURED', 'Defina DASHBOARD_PORT para iniciar o painel.');
  const server = await createDashboardServer({
    stats: app.stats,
    services: () => app.catalogue.current().catalogue.services,
    host: cfg.host,
    port: cfg.port,
    token: cfg.token,
    logger: app.logger,
    ...(routes ? { routes } : {}),
  });
  return { name: 'dashboard', url: server.url, stop: () => server.close() };
}
