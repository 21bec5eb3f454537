// `catalogue gaps`: the searches that found nothing, most frequent first, each with the services that
// come closest, so staff can add the missing words. Reads the daily aggregates only (never raw events).
import type Database from 'better-sqlite3';
import type { SearchHit, SearchIndex } from '../search/index.ts';

/** Filters of the report. Days are YYYY-MM-DD in Minas Gerais time, both ends included. */
export interface GapsQuery {
  from: string;
  to: string;
  limit: number;
  channel?: string;
}

/** One query that found nothing in the period. */
export interface FailedSearch {
  query: string;
  count: number;
  days: number;
  channels: string[];
}

/** A failed search with what the catalogue offers for it today. */
export interface Gap extends FailedSearch {
  /** Closest services whatever the confidence (SearchIndex.nearest), best first. */
  nearest: SearchHit[];
  /** Services the same query finds now: the gap was closed after the searches happened. */
  nowFound: SearchHit[];
}

/** The most frequent searches with no result (table daily_failed_searches). */
export function failedSearches(db: Database.Database, q: GapsQuery): FailedSearch[] {
  const rows = db
    .prepare<[string, string, string | null, string | null, number], { query: string; total: number; days: number; channels: string }>(
      `SELECT query, SUM(count) AS total, COUNT(DISTINCT day) AS days, GROUP_CONCAT(DISTINCT channel) AS channels
         FROM daily_failed_searches
        WHERE day BETWEEN ? AND ? AND (? IS NULL OR channel = ?)
        GROUP BY query
        ORDER BY total DESC, query
        LIMIT ?`,
    )
    .all(q.from, q.to, q.channel ?? null, q.channel ?? null, q.limit);
  return rows.map((r) => ({ query: r.query, count: r.total, days: r.days, channels: r.channels.split(',').sort() }));
}

/** Total failed searches in the period (all queries, not only the listed ones). */
export function failedTotal(db: Database.Database, q: GapsQuery): { searches: number; queries: number } {
  const row = db
    .prepare<[string, string, string | null, string | null], { searches: number | null; queries: number }>(
      `SELECT SUM(count) AS searches, COUNT(DISTINCT query) AS queries FROM daily_failed_searches
        WHERE day BETWEEN ? AND ? AND (? IS NULL OR channel = ?)`,
    )
    .get(q.from, q.to, q.channel ?? null, q.channel ?? null);
  return { searches: row?.searches ?? 0, queries: row?.queries ?? 0 };
}

/** Adds to each failed search the nearest services and whether it is found now. Pure. */
export function withNearest(rows: readonly FailedSearch[], index: SearchIndex, nearest = 3): Gap[] {
  return rows.map((r) => ({ ...r, nearest: index.nearest(r.query, nearest), nowFound: index.search(r.query, nearest).hits }));
}

/** The report in pt-BR. */
export function formatGaps(gaps: readonly Gap[], q: GapsQuery, total: { searches: number; queries: number }): string {
  const scope = q.channel ? `canal ${q.channel}` : 'todos os canais';
  const head = `Buscas sem resultado de ${q.from} a ${q.to} (${scope}): ${total.searches} ${total.searches === 1 ? 'busca' : 'buscas'}, ${total.queries} ${total.queries === 1 ? 'termo diferente' : 'termos diferentes'}.`;
  if (gaps.length === 0) return `${head}\nNenhuma busca ficou sem resposta no período.\n`;
  const lines = [head, `Os ${gaps.length} mais frequentes:`, ''];
  const list = (hits: readonly SearchHit[]): string => hits.map((h) => `${h.title} (${h.id})`).join('; ');
  gaps.forEach((g, i) => {
    lines.push(`${String(i + 1).padStart(2)}. "${g.query}" — ${g.count} ${g.count === 1 ? 'vez' : 'vezes'} em ${g.days} ${g.days === 1 ? 'dia' : 'dias'} (${g.channels.join(', ')})`);
    if (g.nowFound.length > 0) lines.push(`    ✓ Hoje já encontra: ${list(g.nowFound)}`);
    else if (g.nearest.length > 0) lines.push(`    Mais próximos: ${list(g.nearest)}`);
    else lines.push('    Nenhum serviço próximo: pode ser um serviço que falta no catálogo.');
  });
  lines.push(
    '',
    'Para resolver: acrescente as palavras do cidadão em popularNames ou keywords do serviço certo',
    '(data/services/<id>.yaml), ou um sinônimo em data/synonyms.yaml; depois rode "npm start -- catalogue check".',
  );
  return `${lines.join('\n')}\n`;
}
