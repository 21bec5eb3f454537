// Staff alerts, channel-neutral: a channel that needs a person (WhatsApp asking to pair again) raises one; every
// channel that reaches staff (Telegram's staff ids) delivers it. The log always has it, even with no such channel.
import type { Logger } from '../../core/logger.ts';
import type { StaffReport } from './staff.ts';

/** Delivers an alert to staff on one channel; may reject (it is logged). */
type AlertListener = (report: StaffReport) => void | Promise<void>;

/** The alert hub behind StaffDesk.alert / onAlert: one per process, built by the composition root. */
export class StaffAlerts {
  private readonly listeners = new Set<AlertListener>();

  constructor(private readonly log: Logger) {}

  /** Adds a channel that reaches staff; returns a function that removes it. */
  on(listener: AlertListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Logs the alert at error level and hands it to every listener; resolves once each has delivered or failed. Never rejects. */
  async raise(report: StaffReport): Promise<void> {
    const listeners = [...this.listeners];
    if (listeners.length === 0) {
      this.log.error({ alert: report.title }, 'staff alert; no channel reaches staff (set STAFF_TELEGRAM_IDS with TELEGRAM_BOT_TOKEN), so only this log has it');
      return;
    }
    this.log.error({ alert: report.title, channels: listeners.length }, 'staff alert; sending it to staff');
    await Promise.all(
      listeners.map(async (deliver) => {
        try {
          await deliver(report);
        } catch (err) {
          this.log.warn({ err, alert: report.title }, 'a staff channel could not deliver an alert');
        }
      }),
    );
  }
}
