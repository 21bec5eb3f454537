// Listening with a clear refusal, and stopping gracefully: what every HTTP surface of a channel does the same
// way (the Telegram webhook, the WhatsApp Cloud API webhook, the web chat).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from '../../core/logger.ts';

/** A listening server: its real address (port 0 picks one) and how to stop it. */
export interface Listening {
  readonly host: string;
  readonly port: number;
  /** Stops accepting connections and closes idle keep-alive ones; resolves when every connection is gone. */
  close(): Promise<void>;
  /** Closes the connections still open (after the work in flight is done or given up). */
  destroy(): void;
  /** Still listening? */
  readonly listening: boolean;
}

/**
 * Listens on host:port. Rejects with `refusal(err)` (which names the settings to change) when it cannot; later
 * server errors are logged under `what`.
 */
export async function listen(server: Server, o: { host: string; port: number; logger: Logger; what: string; refusal: (err: NodeJS.ErrnoException) => Error }): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => reject(o.refusal(err));
    server.once('error', onError);
    server.listen(o.port, o.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  server.on('error', (err) => o.logger.error({ err }, `${o.what} error`));
  const address = server.address() as AddressInfo;
  return {
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
    destroy: () => server.closeAllConnections(),
    get listening() {
      return server.listening;
    },
  };
}
