// The dashboard page: pure rendering of a report into one self-contained pt-BR HTML document
// (inline CSS and SVG, no script, nothing fetched from outside). All dynamic text is escaped.
import type { Granularity } from '../calendar.ts';
import { NONE, formatAxisLabel, formatChannel, formatComparison, formatDay, formatDecimal, formatGrowth, formatInt, formatPct, formatPeriod } from '../format.ts';
import { granularityLabel } from '../options.ts';
import type { PeriodStats, Report } from '../report.ts';
import { ALL_CHANNELS } from '../rollup.ts';
import { barChart, escapeXml, lineChart } from './svg.ts';

/** The filter values as the analyst typed them (kept in the form and in the export links). */
export interface DashboardFilters {
  from?: string | undefined;
  to?: string | undefined;
  by?: string | undefined;
  channel?: string | undefined;
}

const channelColors: Record<string, string> = { telegram: '#229ed9', whatsapp: '#1d9b50', terminal: '#6b4fbb', web: '#c2410c' };
const palette = ['#d9822b', '#c23b5b', '#3b7dd8', '#7a8f1a', '#8c564b', '#17becf'];

/** A stable colour per channel. */
export function channelColor(channel: string, index: number): string {
  return channelColors[channel] ?? palette[index % palette.length] ?? '#555';
}

const css = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2530;background:#f5f6f8}
header{background:#0b3d5c;color:#fff;padding:16px 24px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;opacity:.85}
main{max-width:1100px;margin:0 auto;padding:16px 24px}
section{background:#fff;border-radius:8px;padding:16px 20px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h2{font-size:18px;margin:0 0 12px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{padding:6px 8px;border-bottom:1px solid #e3e6ea;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
form{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end}label{display:flex;flex-direction:column;font-size:13px;gap:4px}
input,select,button{font:inherit;padding:4px 6px}
.cartoes{display:flex;flex-wrap:wrap;gap:12px}.cartao{flex:1 1 200px;background:#eef4f8;border-radius:6px;padding:10px 14px}
.cartao strong{display:block;font-size:24px}.nota{font-size:13px;color:#555}.erro{color:#a01818}
`;

const num = (s: string): string => `<td class="n">${escapeXml(s)}</td>`;
const txt = (s: string): string => `<td>${escapeXml(s)}</td>`;

function table(id: string, headers: { label: string; numeric?: boolean }[], rows: string[]): string {
  const head = headers.map((h) => `<th${h.numeric ? ' class="n"' : ''}>${escapeXml(h.label)}</th>`).join('');
  const body = rows.length > 0 ? rows.join('') : `<tr><td colspan="${headers.length}">Nenhum dado no período.</td></tr>`;
  return `<table id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function filtersForm(f: DashboardFilters, report: Report | undefined, channelChoices: readonly string[]): string {
  const by = f.by ?? report?.by ?? 'month';
  const byOptions = (['day', 'week', 'month', 'year'] as const).map((g) => `<option value="${g}"${g === by ? ' selected' : ''}>${escapeXml(granularityLabel[g])}</option>`).join('');
  const chOptions = [`<option value="">todos</option>`, ...channelChoices.map((c) => `<option value="${escapeXml(c)}"${c === f.channel ? ' selected' : ''}>${escapeXml(formatChannel(c))}</option>`)].join('');
  return `<form method="get" action="/">
<label>De<input type="date" name="from" value="${escapeXml(f.from ?? report?.from ?? '')}"></label>
<label>Até<input type="date" name="to" value="${escapeXml(f.to ?? report?.to ?? '')}"></label>
<label>Agrupar por<select name="by">${byOptions}</select></label>
<label>Canal<select name="channel">${chOptions}</select></label>
<button type="submit">Atualizar</button></form>`;
}

function query(f: DashboardFilters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function comparisonRows(rows: PeriodStats[], by: Granularity): string[] {
  return rows.map(
    (s) =>
      `<tr data-canal="${escapeXml(s.channel)}" data-periodo="${escapeXml(s.period)}">${txt(formatChannel(s.channel))}${txt(formatPeriod(s.period, by))}${num(formatInt(s.sessions))}${num(
        s.users === null ? NONE : formatInt(s.users),
      )}${num(formatDecimal(s.messagesPerSession))}${num(!s.previous || s.previous.sessions === 0 ? NONE : formatInt(s.previous.sessions))}${num(formatGrowth(s.growth))}${txt(formatComparison(s.previous?.sessions ?? null, s.sessions, s.growth))}</tr>`,
  );
}

function funnelRows(rows: PeriodStats[]): string[] {
  return rows.map((s) => {
    const fb = s.feedback.yes + s.feedback.no;
    return `<tr data-canal="${escapeXml(s.channel)}">${txt(formatChannel(s.channel))}${num(formatInt(s.sessions))}${num(formatInt(s.funnel.searched))}${num(
      `${formatInt(s.funnel.viewedAfterSearch)} (${formatPct(s.funnel.viewRate)})`,
    )}${num(`${formatInt(s.funnel.completedAfterSearch)} (${formatPct(s.funnel.completionRate)})`)}${num(formatPct(s.handoffRate))}${num(fb === 0 ? NONE : `${formatPct(s.feedback.helpfulShare)} de ${formatInt(fb)}`)}</tr>`;
  });
}

/** The whole dashboard page for a report (or only the form and the errors when the filters are invalid). */
export function renderDashboard(o: { report?: Report; filters: DashboardFilters; errors?: string[]; channelChoices: readonly string[] }): string {
  const r = o.report;
  const body: string[] = [];
  body.push(`<section aria-label="Filtros">${filtersForm(o.filters, r, o.channelChoices)}${(o.errors ?? []).map((e) => `<p class="erro">${escapeXml(e)}</p>`).join('')}</section>`);
  if (r) {
    const scope = r.totals.find((t) => t.channel === ALL_CHANNELS) ?? r.totals[0];
    const itd = r.itd;
    body.push(`<section aria-label="Resumo"><div class="cartoes">
<div class="cartao" id="cartao-sessoes"><span>Sessões</span><strong>${escapeXml(formatInt(scope?.sessions ?? 0))}</strong><span class="nota">${escapeXml(scope ? formatComparison(scope.previous?.sessions ?? null, scope.sessions, scope.growth) : NONE)}</span></div>
<div class="cartao" id="cartao-usuarios"><span>Usuários únicos</span><strong>${escapeXml(scope?.users == null ? NONE : formatInt(scope.users))}</strong><span class="nota">${scope?.users == null ? 'só para dia, semana, mês ou ano inteiros' : 'contados por canal'}</span></div>
<div class="cartao" id="cartao-itd"><span>Índice de Transformação Digital</span><strong>${escapeXml(formatPct(itd.itd))}</strong><span class="nota">${escapeXml(`${formatInt(itd.online)} de ${formatInt(itd.services)} serviços totalmente online; parcialmente online: ${formatPct(itd.partlyOnlineShare)} (${formatInt(itd.partlyOnline)})`)}</span></div>
</div></section>`);
    const keys = [...new Set(r.rows.map((s) => s.period))];
    const series = r.channels.map((ch, i) => ({
      id: ch,
      label: formatChannel(ch),
      color: channelColor(ch, i),
      values: keys.map((k) => r.rows.find((s) => s.channel === ch && s.period === k)?.sessions ?? 0),
    }));
    body.push(
      `<section aria-labelledby="t-sessoes"><h2 id="t-sessoes">Sessões por canal, por ${escapeXml(granularityLabel[r.by])}</h2>${lineChart({
        id: 'grafico-sessoes',
        title: `Sessões por canal de ${formatDay(r.from)} a ${formatDay(r.to)}`,
        labels: keys.map((k) => formatAxisLabel(k, r.by)),
        series,
      })}</section>`,
    );
    const withTotals = r.rows.length > r.totals.length ? [...r.rows, ...r.totals] : r.rows;
    body.push(
      `<section aria-labelledby="t-comparacao"><h2 id="t-comparacao">Comparação com o mesmo período do ano anterior</h2>${table(
        'tabela-comparacao',
        [{ label: 'Canal' }, { label: 'Período' }, { label: 'Sessões', numeric: true }, { label: 'Usuários únicos', numeric: true }, { label: 'Mensagens por sessão', numeric: true }, { label: 'Ano anterior', numeric: true }, { label: 'Variação', numeric: true }, { label: 'Resumo' }],
        comparisonRows(withTotals, r.by),
      )}</section>`,
    );
    if (scope) {
      body.push(
        `<section aria-labelledby="t-funil"><h2 id="t-funil">Funil: busca → serviço visto → passo a passo concluído ou pedido enviado</h2>${barChart({
          id: 'grafico-funil',
          title: 'Funil de sessões no período',
          bars: [
            { label: 'Sessões', value: scope.sessions },
            { label: 'Com busca', value: scope.funnel.searched },
            { label: '→ viram um serviço', value: scope.funnel.viewedAfterSearch, note: `(${formatPct(scope.funnel.viewRate)})` },
            { label: '→ concluíram ou pediram', value: scope.funnel.completedAfterSearch, note: `(${formatPct(scope.funnel.completionRate)})` },
          ],
        })}${table(
          'tabela-funil',
          [{ label: 'Canal' }, { label: 'Sessões', numeric: true }, { label: 'Com busca', numeric: true }, { label: 'Viram serviço', numeric: true }, { label: 'Concluíram ou pediram', numeric: true }, { label: 'Atendimento humano', numeric: true }, { label: 'Ajudou', numeric: true }],
          funnelRows(r.totals),
        )}</section>`,
      );
    }
    const services = r.topServices.find((l) => l.channel === ALL_CHANNELS) ?? r.topServices[0];
    body.push(
      `<section aria-labelledby="t-servicos"><h2 id="t-servicos">Serviços mais vistos${services && services.channel !== ALL_CHANNELS ? ` — ${escapeXml(formatChannel(services.channel))}` : ''}</h2>${table(
        'tabela-servicos',
        [{ label: '#', numeric: true }, { label: 'Serviço' }, { label: 'Visualizações', numeric: true }],
        (services?.items ?? []).map((s, i) => `<tr data-servico="${escapeXml(s.serviceId)}">${num(String(i + 1))}${txt(s.title)}${num(formatInt(s.views))}</tr>`),
      )}</section>`,
    );
    const failed = r.failedSearches.find((l) => l.channel === ALL_CHANNELS) ?? r.failedSearches[0];
    body.push(
      `<section aria-labelledby="t-buscas"><h2 id="t-buscas">Buscas sem resultado — lacunas do catálogo</h2>${table(
        'tabela-buscas',
        [{ label: '#', numeric: true }, { label: 'Busca (dados pessoais removidos)' }, { label: 'Vezes', numeric: true }],
        (failed?.items ?? []).map((s, i) => `<tr>${num(String(i + 1))}${txt(s.query)}${num(formatInt(s.count))}</tr>`),
      )}</section>`,
    );
    body.push(
      `<section aria-labelledby="t-perguntas"><h2 id="t-perguntas">Perguntas mais frequentes por serviço</h2><p>Perguntas respondidas sobre cada serviço: mostram quais seções do cartão melhorar.</p>${table(
        'tabela-perguntas',
        [{ label: '#', numeric: true }, { label: 'Serviço' }, { label: 'Perguntas', numeric: true }, { label: 'Mais perguntado' }],
        r.followUps.map(
          (s, i) =>
            `<tr data-servico="${escapeXml(s.serviceId)}">${num(String(i + 1))}${txt(s.title)}${num(formatInt(s.total))}${txt(s.questions.map((k) => `${k.label}: ${formatInt(k.count)}`).join(' · '))}</tr>`,
        ),
      )}</section>`,
    );
    body.push(
      `<section aria-labelledby="t-itd"><h2 id="t-itd">Índice de Transformação Digital (catálogo atual)</h2><p>ITD = serviços com entrega totalmente online ÷ total de serviços do catálogo × 100 = ${escapeXml(
        `${formatInt(itd.online)} ÷ ${formatInt(itd.services)} = ${formatPct(itd.itd)}`,
      )}. Parcialmente online: ${escapeXml(`${formatInt(itd.partlyOnline)} ÷ ${formatInt(itd.services)} = ${formatPct(itd.partlyOnlineShare)}`)}.</p></section>`,
    );
    body.push(
      `<p class="nota">Período: ${escapeXml(`${formatDay(r.from)} a ${formatDay(r.to)}`)} · somente leitura · exportar: <a href="/relatorio.json${escapeXml(query(o.filters))}">JSON</a> · <a href="/relatorio.csv${escapeXml(
        query(o.filters),
      )}">CSV</a></p>`,
    );
  }
  return `<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Atende — painel de estatísticas</title><style>${css}</style></head>
<body><header><h1>Atende — painel de estatísticas</h1><p>Uso dos canais pelos cidadãos de Minas Gerais</p></header><main>${body.join('\n')}</main></body></html>
`;
}
