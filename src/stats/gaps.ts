// `catalogue gaps`: the searches that found nothing, most frequent first, each with the services that
// come closest, so staff can add the missing words. The store's StatsReader reads the aggregates; this file
// adds what search says about each query today, and writes the report. Pure.
import type { SearchHit, SearchIndex } from '../search/index.ts';
import type { FailedSearch, FailedTotal, GapsQuery } from './reader.ts';

export type { FailedSearch, FailedTotal, GapsQuery } from './reader.ts';

/** A failed search with what the catalogue offers for it today. */
export interface Gap extends FailedSearch {
  /** Closest services whatever the confidence (SearchIndex.nearest), best first. */
  nearest: SearchHit[];
  /** Services the same query finds now: the gap was closed after the searches happened. */
  nowFound: SearchHit[];
}

/** Adds to each failed search the nearest services and whether it is found now. Pure. */
export function withNearest(rows: readonly FailedSearch[], index: SearchIndex, nearest = 3): Gap[] {
  return rows.map((r) => ({ ...r, nearest: index.nearest(r.query, nearest), nowFound: index.search(r.query, nearest).hits }));
}

/** The report in pt-BR. */
export function formatGaps(gaps: readonly Gap[], q: GapsQuery, total: FailedTotal): string {
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
