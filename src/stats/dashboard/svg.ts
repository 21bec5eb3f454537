// Charts drawn on the server as inline SVG: nothing is loaded from outside and no script runs in the page.
// Pure functions from numbers to markup; every text goes through `escapeXml`.
import { formatCompact, formatInt } from '../format.ts';

/** Escapes text for HTML and SVG (element content and quoted attributes). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One line of a line chart. */
export interface Series {
  /** Stable id (channel), written to data-serie. */
  id: string;
  label: string;
  color: string;
  values: number[];
}

/** "Nice" upper bound and step for an axis from 0 to `max` with about `ticks` steps (1, 2 or 5 × 10^k). */
export function niceScale(max: number, ticks = 5): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const niceStep = Math.max(1, step);
  return { top: Math.ceil(max / niceStep) * niceStep, step: niceStep };
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A line chart with one path per series, markers on each point, a y axis in pt-BR numbers and a legend. */
export function lineChart(o: { id: string; title: string; labels: string[]; series: Series[]; width?: number; height?: number }): string {
  const width = o.width ?? 760;
  const height = o.height ?? 300;
  const pad = { left: 64, right: 28, top: 16, bottom: 56 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(0, ...o.series.flatMap((s) => s.values));
  const { top, step } = niceScale(max);
  const n = o.labels.length;
  const x = (i: number): number => pad.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number): number => pad.top + plotH - (v / top) * plotH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(o.id)}" class="grafico" role="img" viewBox="0 0 ${width} ${height + 24 * Math.ceil(o.series.length / 4)}" width="100%" aria-labelledby="${escapeXml(o.id)}-titulo">`);
  parts.push(`<title id="${escapeXml(o.id)}-titulo">${escapeXml(o.title)}</title>`);
  for (let v = 0; v <= top + step / 2; v += step) {
    parts.push(`<line class="grade" x1="${pad.left}" x2="${width - pad.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#ddd"/>`);
    parts.push(`<text class="eixo-y" x="${pad.left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end" font-size="12">${escapeXml(formatCompact(v))}</text>`);
  }
  // Thin the x labels so that they never overlap (about one per 60 px).
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / 60))));
  o.labels.forEach((label, i) => {
    // Count from the last period, so that the latest one always has its label.
    if ((n - 1 - i) % every !== 0) return;
    parts.push(`<text class="eixo-x" x="${fmt(x(i))}" y="${height - pad.bottom + 18}" text-anchor="middle" font-size="12">${escapeXml(label)}</text>`);
  });
  for (const s of o.series) {
    const points = s.values.map((v, i) => `${fmt(x(i))},${fmt(y(v))}`);
    parts.push(`<g class="serie-grupo" data-serie="${escapeXml(s.id)}">`);
    parts.push(`<path class="serie" data-serie="${escapeXml(s.id)}" d="M${points.join(' L')}" fill="none" stroke="${escapeXml(s.color)}" stroke-width="2.5"/>`);
    s.values.forEach((v, i) => {
      parts.push(`<circle cx="${fmt(x(i))}" cy="${fmt(y(v))}" r="3.5" fill="${escapeXml(s.color)}"><title>${escapeXml(`${s.label} — ${o.labels[i] ?? ''}: ${formatInt(v)}`)}</title></circle>`);
    });
    parts.push('</g>');
  }
  o.series.forEach((s, i) => {
    const lx = pad.left + (i % 4) * 170;
    const ly = height - 12 + Math.floor(i / 4) * 24;
    parts.push(`<g class="legenda"><rect x="${lx}" y="${ly - 10}" width="14" height="14" fill="${escapeXml(s.color)}"/><text x="${lx + 20}" y="${ly + 2}" font-size="13">${escapeXml(s.label)}</text></g>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** One bar of a horizontal bar chart. */
export interface Bar {
  label: string;
  value: number;
  /** Shown after the value, e.g. "(67%)". */
  note?: string;
}

/** Horizontal bars (the funnel, the top services), widths proportional to the largest value. */
export function barChart(o: { id: string; title: string; bars: Bar[]; color?: string; width?: number }): string {
  const width = o.width ?? 760;
  const labelW = 260;
  const rowH = 30;
  const height = Math.max(1, o.bars.length) * rowH + 8;
  const max = Math.max(1, ...o.bars.map((b) => b.value));
  const barMax = width - labelW - 150;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(o.id)}" class="grafico barras" role="img" viewBox="0 0 ${width} ${height}" width="100%" aria-labelledby="${escapeXml(o.id)}-titulo">`);
  parts.push(`<title id="${escapeXml(o.id)}-titulo">${escapeXml(o.title)}</title>`);
  o.bars.forEach((b, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * barMax);
    parts.push(`<g class="barra" data-valor="${b.value}">`);
    parts.push(`<text x="${labelW - 8}" y="${y + 19}" text-anchor="end" font-size="13">${escapeXml(b.label)}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 4}" width="${fmt(w)}" height="${rowH - 10}" fill="${escapeXml(o.color ?? '#1f6f8b')}"/>`);
    parts.push(`<text x="${fmt(labelW + w + 6)}" y="${y + 19}" font-size="13">${escapeXml(`${formatInt(b.value)}${b.note ? ` ${b.note}` : ''}`)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
