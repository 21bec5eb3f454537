// What `/healthz` checks in a running `serve`: the database takes writes, the catalogue is loaded, each started
// channel is up, and the process is not shutting down (so a load balancer stops sending before it goes).
import type { App } from '../app.ts';
import type { HealthCheck } from '../channels/shared/health.ts';
import type { ChannelAdapter } from '../channels/types.ts';

/** The checks of one running `serve`. `stopping` turns true once a shutdown signal arrived. */
export function serveChecks(app: App, channels: readonly ChannelAdapter[], stopping: () => boolean): HealthCheck[] {
  return [
    { name: 'process', check: () => (stopping() ? { ok: false, reason: 'O Atende está parando (sinal de desligamento recebido).' } : { ok: true }) },
    { name: 'database', check: () => app.store.health() },
    {
      name: 'catalogue',
      check: () => (app.catalogue.current().catalogue.services.length > 0 ? { ok: true } : { ok: false, reason: 'O catálogo de serviços não foi carregado.' }),
    },
    ...channels.map((c): HealthCheck => ({ name: c.name, check: () => c.health?.() ?? { ok: true } })),
  ];
}
