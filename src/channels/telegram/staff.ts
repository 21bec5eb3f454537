// Staff reports (pt-BR): catalogue reloads and today's sessions. Pure: the bot sends what these return.
import type { ReloadResult } from '../../catalogue/live.ts';
import { formatIssue } from '../../catalogue/load.ts';
import type { ChannelCount } from '../../store/port.ts';
import { channelLabel } from './copy.ts';

/** A report for staff: a bold title and lines shown verbatim (file names are not emphasis). */
export interface StaffReport {
  title: string;
  lines: string[];
}

/** Commands that only staff ids may run; anyone else's "/recarregar" is ordinary text. */
export const STAFF_COMMANDS = new Set(['recarregar', 'estatisticas']);

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
  const day = new Date(now).toLocaleDateString('pt-BR', { timeZone: 'America/Sao_Paulo' });
  const byChannel = new Map(counts.map((c) => [c.channel, c.sessions]));
  const channels = [...new Set([...Object.keys(channelLabel), ...byChannel.keys()])];
  const total = counts.reduce((sum, c) => sum + c.sessions, 0);
  return {
    title: `📊 Sessões de hoje (${day})`,
    lines: [...channels.map((ch) => `• ${channelLabel[ch] ?? ch}: ${byChannel.get(ch) ?? 0}`), `Total: ${total}`],
  };
}

/** Is this Telegram user id one of the staff ids (STAFF_TELEGRAM_IDS)? */
export function isStaff(staffIds: readonly string[], userId: number | undefined): boolean {
  return userId !== undefined && staffIds.includes(String(userId));
}
