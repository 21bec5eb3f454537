// The report as a readable pt-BR text table (the `stats` command's default output).
import { type Report, type PeriodStats } from './report.ts';
import { NONE, formatChannel, formatComparison, formatDay, formatDecimal, formatInt, formatPct, formatPeriod } from './format.ts';
import { granularityLabel } from './options.ts';

type Align = 'l' | 'r';

/** Lays out rows under headers with padded columns (numbers right-aligned). */
export function layout(headers: string[], rows: string[][], align: Align[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => ((align[i] ?? 'l') === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

const countWithPct = (n: number, f: number | null): string => (f === null ? formatInt(n) : `${formatInt(n)} (${formatPct(f)})`);

function usageRow(s: PeriodStats, by: Report['by']): string[] {
  return [
    formatChannel(s.channel),
    formatPeriod(s.period, by),
    formatInt(s.sessions),
    s.users === null ? NONE : formatInt(s.users),
    formatDecimal(s.messagesPerSession),
    formatComparison(s.previous?.sessions ?? null, s.sessions, s.growth),
  ];
}

function funnelRow(s: PeriodStats, by: Report['by']): string[] {
  const fb = s.feedback.yes + s.feedback.no;
  return [
    formatChannel(s.channel),
    formatPeriod(s.period, by),
    formatInt(s.funnel.searched),
    countWithPct(s.funnel.viewedAfterSearch, s.funnel.viewRate),
    countWithPct(s.funnel.completedAfterSearch, s.funnel.completionRate),
    `${formatPct(s.handoffRate)} (${formatInt(s.handoff)})`,
    fb === 0 ? NONE : `${formatPct(s.feedback.helpfulShare)} (${formatInt(s.feedback.yes)} de ${formatInt(fb)})`,
  ];
}

/** The whole report as text, in Brazilian Portuguese. */
export function renderReportTable(r: Report): string {
  const out: string[] = [];
  const channels = r.channels.length === 0 ? 'nenhum com dados' : r.channels.map(formatChannel).join(', ');
  out.push('Atende — estatísticas de uso por canal');
  out.push(`Período: ${formatDay(r.from)} a ${formatDay(r.to)} · agrupado por ${granularityLabel[r.by]} · canais: ${channels}`);
  out.push('');
  if (r.channels.length === 0) {
    out.push('Nenhuma sessão encerrada no período.');
    out.push('');
  } else {
    const withTotals = r.rows.length > r.totals.length;
    const usage = [...r.rows, ...(withTotals ? r.totals : [])];
    out.push('USO');
    out.push(
      layout(
        ['Canal', 'Período', 'Sessões', 'Usuários únicos', 'Mensagens/sessão', 'Sessões: ano anterior → agora'],
        usage.map((s) => usageRow(s, r.by)),
        ['l', 'l', 'r', 'r', 'r', 'l'],
      ),
    );
    if (usage.some((s) => s.users === null)) out.push(`${NONE} em "Usuários únicos": o período não é um dia, semana, mês ou ano inteiro.`);
    out.push('');
    out.push('FUNIL E SATISFAÇÃO (sessões)');
    out.push(
      layout(
        ['Canal', 'Período', 'Com busca', '→ viram serviço', '→ concluíram ou pediram', 'Atendimento humano', 'Ajudou'],
        usage.map((s) => funnelRow(s, r.by)),
        ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push('Funil: sessões com busca → dessas, as que abriram um serviço → dessas, as que concluíram o passo a passo ou enviaram um pedido.');
    out.push('');
  }
  out.push(`SERVIÇOS MAIS VISTOS (${formatDay(r.from)} a ${formatDay(r.to)})`);
  for (const list of r.topServices) {
    out.push(`${formatChannel(list.channel)}:`);
    if (list.items.length === 0) out.push('  nenhum serviço visto');
    list.items.forEach((s, i) => out.push(`  ${String(i + 1).padStart(2)}. ${s.title} (${s.serviceId}) — ${formatInt(s.views)} ${s.views === 1 ? 'visualização' : 'visualizações'}`));
  }
  out.push('');
  out.push('BUSCAS SEM RESULTADO — lacunas para a equipe preencher no catálogo');
  for (const list of r.failedSearches) {
    out.push(`${formatChannel(list.channel)}:`);
    if (list.items.length === 0) out.push('  nenhuma');
    list.items.forEach((s, i) => out.push(`  ${String(i + 1).padStart(2)}. "${s.query}" — ${formatInt(s.count)}`));
  }
  out.push('');
  out.push('PERGUNTAS MAIS FREQUENTES POR SERVIÇO — seções do cartão que os cidadãos mais perguntam');
  if (r.followUps.length === 0) out.push('  nenhuma pergunta respondida no período');
  r.followUps.forEach((s, i) => {
    out.push(`  ${String(i + 1).padStart(2)}. ${s.title} (${s.serviceId}) — ${formatInt(s.total)} ${s.total === 1 ? 'pergunta' : 'perguntas'}`);
    out.push(`      ${s.questions.map((k) => `${k.label}: ${formatInt(k.count)}`).join(' · ')}`);
  });
  out.push('');
  const itd = r.itd;
  out.push(`ÍNDICE DE TRANSFORMAÇÃO DIGITAL (catálogo atual: ${formatInt(itd.services)} serviços)`);
  out.push(`  ITD: ${formatPct(itd.itd)} — ${formatInt(itd.online)} de ${formatInt(itd.services)} serviços totalmente online`);
  out.push(`  Parcialmente online: ${formatPct(itd.partlyOnlineShare)} (${formatInt(itd.partlyOnline)} serviços)`);
  out.push('  ITD = serviços com entrega totalmente online ÷ total de serviços do catálogo × 100');
  return `${out.join('\n')}\n`;
}
