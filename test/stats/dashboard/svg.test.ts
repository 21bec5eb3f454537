import { describe, expect, it } from 'vitest';
import { barChart, escapeXml, lineChart, niceScale } from '../../../src/stats/dashboard/svg.ts';

describe('niceScale', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(17_300)).toEqual({ top: 20_000, step: 5_000 });
    expect(niceScale(3)).toEqual({ top: 3, step: 1 });
    expect(niceScale(0)).toEqual({ top: 1, step: 1 });
    expect(niceScale(1_460)).toEqual({ top: 1_500, step: 500 });
  });
});

describe('lineChart', () => {
  it('draws one path per series with a point per period, and pt-BR axis labels', () => {
    const svg = lineChart({
      id: 'g',
      title: 'Sessões',
      labels: ['2019', '2020'],
      series: [
        { id: 'whatsapp', label: 'WhatsApp', color: '#1d9b50', values: [12_500, 14_600] },
        { id: 'telegram', label: 'Telegram', color: '#229ed9', values: [13_500, 17_300] },
      ],
    });
    expect(svg.match(/<path class="serie"/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('>20 mil</text>');
    expect(svg).toContain('<title>WhatsApp — 2020: 14.600</title>');
  });

  it('escapes every text it is given', () => {
    const svg = lineChart({ id: 'x"><script>', title: '<b>', labels: ['&'], series: [{ id: 'a', label: '<img src=x>', color: 'red"', values: [1] }] });
    expect(svg).not.toMatch(/<script|<img|<b>/);
    expect(svg).toContain('&lt;img src=x&gt;');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('barChart', () => {
  it('draws bars proportional to the largest value', () => {
    const svg = barChart({ id: 'f', title: 'Funil', bars: [{ label: 'Sessões', value: 100 }, { label: 'Com busca', value: 50, note: '(50%)' }] });
    const widths = [...svg.matchAll(/<rect x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeCloseTo((widths[0] ?? 0) / 2, 1);
    expect(svg).toContain('>50 (50%)</text>');
  });
});
