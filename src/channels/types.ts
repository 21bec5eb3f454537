// The one shape every channel adapter has: started with the app, stopped on shutdown.

/** A running channel (Telegram, WhatsApp, dashboard server...). */
export interface RunningChannel {
  name: string;
  /** Stops taking new messages and waits for in-flight ones to finish. */
  stop(): Promise<void>;
}
