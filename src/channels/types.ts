// The one shape every channel adapter has: started with the app, stopped on shutdown.
import type { App } from '../app.ts';

/** A running channel (Telegram, WhatsApp, dashboard server...). */
export interface RunningChannel {
  name: string;
  /** Stops taking new messages and waits for in-flight ones to finish. */
  stop(): Promise<void>;
}

/** Starts a channel on the shared app. */
export type ChannelStarter = (app: App) => Promise<RunningChannel>;
