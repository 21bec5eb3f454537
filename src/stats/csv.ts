// The report as CSV (RFC 4180, comma, plain numbers with a dot): one section at a time, because each
// section has its own columns. Text typed by citizens is guarded against spreadsheet formula injection.
import type { PeriodStats, Report } from './report.ts';

/** The CSV sections: usage rows (per channel × period, then totals), top services, failed searches, questions per service. */
export type CsvSection = 'usage' | 'services' | 'searches' | 'questions';

/** Quotes a cell when needed; a text cell starting with = + - @ (or a tab/CR) gets a leading apostrophe. */
export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function lines(header: string[], rows: (string | number | boolean | null)[][]): string {
  return `${[header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n')}\r\n`;
}

const usageHeader = [
  'channel', 'period', 'start', 'end', 'complete', 'sessions', 'users', 'messages_in', 'messages_out', 'messages_per_session',
  'previous_start', 'previous_end', 'previous_sessions', 'previous_users', 'growth',
  'searched', 'viewed_after_search', 'completed_after_search', 'view_rate', 'completion_rate',
  'viewed', 'finished', 'requested', 'completed', 'handoff', 'handoff_rate', 'feedback_yes', 'feedback_no', 'helpful_share',
];

function usageCells(s: PeriodStats): (string | number | boolean | null)[] {
  return [
    s.channel, s.period, s.start, s.end, s.complete, s.sessions, s.users, s.messagesIn, s.messagesOut, s.messagesPerSession,
    s.previous?.start ?? null, s.previous?.end ?? null, s.previous?.sessions ?? null, s.previous?.users ?? null, s.growth,
    s.funnel.searched, s.funnel.viewedAfterSearch, s.funnel.completedAfterSearch, s.funnel.viewRate, s.funnel.completionRate,
    s.viewed, s.finished, s.requested, s.completed, s.handoff, s.handoffRate, s.feedback.yes, s.feedback.no, s.feedback.helpfulShare,
  ];
}

/** One section of the report as CSV text. */
export function renderReportCsv(r: Report, section: CsvSection = 'usage'): string {
  if (section === 'services') {
    return lines(['channel', 'rank', 'service_id', 'title', 'views'], r.topServices.flatMap((l) => l.items.map((s, i) => [l.channel, i + 1, s.serviceId, s.title, s.views])));
  }
  if (section === 'searches') {
    return lines(['channel', 'rank', 'query', 'count'], r.failedSearches.flatMap((l) => l.items.map((s, i) => [l.channel, i + 1, s.query, s.count])));
  }
  if (section === 'questions') {
    return lines(['rank', 'service_id', 'title', 'kind', 'label', 'count'], r.followUps.flatMap((s, i) => s.questions.map((k) => [i + 1, s.serviceId, s.title, k.kind, k.label, k.count])));
  }
  return lines(usageHeader, [...r.rows, ...r.totals].map(usageCells));
}
