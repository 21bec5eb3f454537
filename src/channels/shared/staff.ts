// Staff commands, channel-neutral: what /recarregar and /estatisticas do and the pt-BR reports they answer
// with. A channel only maps its own way of asking (a Telegram command from a staff id) to a command name here.
import { formatIssue } from '../../catalogue/load.ts';
import { DAY_MS, TIME_ZONE, dayOf, startOfDay } from '../../core/time.ts';
import type { ReloadResult } from '../../search/live.ts';
import type { ChannelCount } from '../../stats/reader.ts';
import type { StaffDesk } from '../types.ts';

/** Channel names as staff read them. */
export const channelLabel: Record<string, string> = { telegram: 'Telegram', whatsapp: 'WhatsApp', terminal: 'Terminal', web: 'Chat web' };

/** A report for staff: a bold title and lines shown verbatim (file names are not emphasis). */
export interface StaffReport {
  title: string;
  lines: string[];
}

/** Commands that only staff may run; anyone else's "/recarregar" is ordinary text. */
export const STAFF_COMMANDS: ReadonlySet<string> = new Set(['recarregar', 'estatisticas']);

/** Most issues listed in one report; the rest are counted (the CLI "catalogue check" lists them all). */
const MAX_ISSUES = 30;

function issueLines(result: ReloadResult): string[] {
  const shown = result.errors.slice(0, MAX_ISSUES).map((i) => `• ${formatIssue(i)}`);
  const hidden = result.errors.length - shown.length;
  if (hidden > 0) shown.push(`… e mais ${hidden} erro(s). Rode "npm start -- catalogue check" para ver todos.`);
  return shown;
}

/** The answer to /recarregar. */
export function reloadReport(result: ReloadResult): StaffReport {
  if (result.ok) return { title: '✅ Catálogo recarregado', lines: [`${result.services} serviços em vigor.`] };
  return {
    title: '❌ O catálogo tem erros e não foi recarregado',
    lines: [
      `O catálogo anterior (${result.services} serviços) continua valendo. Corrija estes pontos (arquivo › campo: problema) e mande /recarregar de novo:`,
      '',
      ...issueLines(result),
    ],
  };
}

/** The note sent to staff when an automatic reload (a file saved in data/) is rejected. */
export function rejectedReloadNote(result: ReloadResult): StaffReport {
  return {
    title: '⚠️ Uma alteração no catálogo foi rejeitada',
    lines: [
      `O catálogo anterior (${result.services} serviços) continua valendo. Corrija estes pontos (arquivo › campo: problema); ao salvar, o catálogo é recarregado sozinho:`,
      '',
      ...issueLines(result),
    ],
  };
}

/** The answer to /estatisticas: sessions started today, per channel. */
export function statsReport(counts: readonly ChannelCount[], now: number): StaffReport {
  const day = new Date(now).toLocaleDateString('pt-BR', { timeZone: TIME_ZONE });
  const byChannel = new Map(counts.map((c) => [c.channel, c.sessions]));
  const channels = [...new Set([...Object.keys(channelLabel), ...byChannel.keys()])];
  const total = counts.reduce((sum, c) => sum + c.sessions, 0);
  return {
    title: `📊 Sessões de hoje (${day})`,
    lines: [...channels.map((ch) => `• ${channelLabel[ch] ?? ch}: ${byChannel.get(ch) ?? 0}`), `Total: ${total}`],
  };
}

/** Is this platform user id one of the configured staff ids (STAFF_TELEGRAM_IDS on Telegram)? */
export function isStaff(staffIds: readonly string[], userId: number | string | undefined): boolean {
  return userId !== undefined && staffIds.includes(String(userId));
}

/** What a staff command did: the report to send back, and the reload it ran (for the channel's log). */
export interface StaffOutcome {
  report: StaffReport;
  reload?: ReloadResult;
}

/** Runs one staff command (a name from STAFF_COMMANDS). */
export async function runStaffCommand(name: string, desk: StaffDesk, now: number = Date.now()): Promise<StaffOutcome> {
  if (name === 'recarregar') {
    const reload = await desk.reloadCatalogue();
    return { report: reloadReport(reload), reload };
  }
  if (name === 'estatisticas') {
    const start = startOfDay(dayOf(now));
    return { report: statsReport(await desk.sessionsStarted(start, start + DAY_MS), now) };
  }
  throw new Error(`unknown staff command: ${name}`);
}
