// pt-BR number and date formatting for the report table and the dashboard (12.345; 3,2; 17%; 12,5 mi).
// JSON and CSV keep plain numbers; only human-facing output goes through here.
import type { Granularity } from './calendar.ts';

const intFmt = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const compactDecimal = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 });

/** Shown where a figure does not exist (0 ÷ 0, unknown unique users). */
export const NONE = '—';

/** An integer with pt-BR thousands separators: 12345 → "12.345". */
export function formatInt(n: number): string {
  return intFmt.format(n);
}

/** One decimal with a comma: 3.25 → "3,3"; null → "—". */
export function formatDecimal(n: number | null): string {
  return n === null ? NONE : oneDecimal.format(n);
}

/** A fraction as a whole percentage: 0.168 → "17%"; null → "—". */
export function formatPct(f: number | null): string {
  return f === null ? NONE : `${intFmt.format(Math.round(f * 100))}%`;
}

/** A growth fraction with its sign: 0.168 → "+17%", −0.05 → "−5%", 0 → "0%". */
export function formatGrowth(f: number | null): string {
  if (f === null) return NONE;
  const pct = Math.round(f * 100);
  if (pct === 0) return '0%';
  return `${pct > 0 ? '+' : '−'}${intFmt.format(Math.abs(pct))}%`;
}

/** A short count as in the press: 12_500_000 → "12,5 mi", 14_600 → "14,6 mil", 950 → "950". */
export function formatCompact(n: number): string {
  const units: ReadonlyArray<readonly [number, string]> = [
    [1e9, 'bi'],
    [1e6, 'mi'],
    [1e3, 'mil'],
  ];
  const i = units.findIndex(([size]) => Math.abs(n) >= size);
  const unit = units[i];
  if (!unit) return intFmt.format(n);
  const rounded = Math.round((n / unit[0]) * 10) / 10;
  // 999.960 rounds to "1.000 mil": say "1 mi" instead.
  const bigger = units[i - 1];
  if (bigger && Math.abs(rounded) >= 1000) return `${compactDecimal.format(Math.round((n / bigger[0]) * 10) / 10)} ${bigger[1]}`;
  return `${compactDecimal.format(rounded)} ${unit[1]}`;
}

/** The article's comparison: "12,5 mi → 14,6 mi (+17%)"; "— → 14,6 mi" with no sessions before; "—" with nothing to compare. */
export function formatComparison(previous: number | null, current: number, growth: number | null): string {
  if (previous === null || (previous === 0 && current === 0)) return NONE;
  if (previous === 0) return `${NONE} → ${formatCompact(current)}`;
  return `${formatCompact(previous)} → ${formatCompact(current)} (${formatGrowth(growth)})`;
}

/** A day as dd/mm/aaaa. */
export function formatDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

const monthNames = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'];

/** A bucket key as analysts read it: "2020", "mar/2020", "sem. 11/2020", "15/03/2020". */
export function formatPeriod(key: string, by: Granularity): string {
  if (key === 'total') return 'Total';
  if (by === 'year') return key;
  if (by === 'month') return `${monthNames[Number(key.slice(5, 7)) - 1] ?? key.slice(5, 7)}/${key.slice(0, 4)}`;
  if (by === 'week') return `sem. ${key.slice(6)}/${key.slice(0, 4)}`;
  return formatDay(key);
}

/** A short axis label: "2020", "mar/20", "S11/20", "15/03". */
export function formatAxisLabel(key: string, by: Granularity): string {
  if (by === 'year') return key;
  if (by === 'month') return `${monthNames[Number(key.slice(5, 7)) - 1] ?? ''}/${key.slice(2, 4)}`;
  if (by === 'week') return `S${key.slice(6)}/${key.slice(2, 4)}`;
  return `${key.slice(8, 10)}/${key.slice(5, 7)}`;
}

/** The name of a channel as shown: "Todos os canais" for the all-channels rows, else the channel id. */
export function formatChannel(channel: string): string {
  if (channel === '*') return 'Todos os canais';
  const names: Record<string, string> = { telegram: 'Telegram', whatsapp: 'WhatsApp', terminal: 'Terminal', web: 'Chat web' };
  return names[channel] ?? channel;
}
