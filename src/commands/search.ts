// `atende search`: runs the service search against a catalogue directory, for staff and for scripts.
import { createInterface } from 'node:readline';
import { formatIssue, loadCatalogue } from '../catalogue/load.ts';
import { loadConfig } from '../config.ts';
import { openSearchIndex, type SearchHit, type SearchIndex } from '../search/index.ts';
import type { CliIO, Command } from './types.ts';

const USAGE = [
  'Uso: search "perdi meu rg" [--json] [--dir PASTA] [--limit N]',
  '     search --json < consultas.txt   (uma consulta por linha; uma linha JSON por consulta)',
  '',
  '  --json       imprime JSON: só resultados acima do limiar de confiança, do melhor para o pior',
  '  --dir PASTA  pasta do catálogo (padrão: CATALOGUE_DIR ou data/)',
  '  --limit N    número máximo de resultados (padrão: 5)',
  '',
].join('\n');

interface Options {
  query?: string;
  json: boolean;
  dir?: string;
  limit: number;
}

/** Parses the arguments; returns a pt-BR error message when they are wrong. */
function parseArgs(args: readonly string[]): Options | { error: string } | { help: true } {
  const words: string[] = [];
  const options: Options = { json: false, limit: 5 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--json') options.json = true;
    else if (a === '--dir' || a === '--limit') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return { error: `a opção ${a} precisa de um valor` };
      i++;
      if (a === '--dir') options.dir = value;
      else {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) return { error: `--limit espera um número inteiro positivo, recebeu "${value}"` };
        options.limit = n;
      }
    } else if (a.startsWith('--')) return { error: `opção desconhecida: ${a}` };
    else words.push(a);
  }
  if (words.length > 0) options.query = words.join(' ');
  return options;
}

const toJson = (hits: readonly SearchHit[]): { id: string; title: string; score: number }[] => hits.map(({ id, title, score }) => ({ id, title, score }));

/** The readable ranked list for one query, in pt-BR. */
function renderText(index: SearchIndex, query: string, limit: number): string {
  const { hits, clear } = index.search(query, limit);
  const lines = [`Busca: "${query}"`];
  if (hits.length === 0) {
    lines.push('  Nenhum serviço encontrado com confiança.');
    const near = index.nearest(query, 3);
    if (near.length > 0) {
      lines.push('  Mais próximos (abaixo do limiar, não seriam mostrados ao cidadão):');
      for (const h of near) lines.push(`    - ${h.title}  [${h.id}]  ${h.score.toFixed(2)}`);
    }
  } else {
    hits.forEach((h, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${h.title}  [${h.id}]  ${h.score.toFixed(2)}`));
    lines.push(clear ? '  → resposta clara: o bot abre o primeiro serviço direto.' : '  → o bot mostra as opções para o cidadão escolher.');
  }
  return `${lines.join('\n')}\n`;
}

/** Search command: one query from the arguments, or one query per line from stdin. */
export const command: Command = {
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseArgs(args);
    if ('help' in parsed) {
      io.stdout.write(USAGE);
      return 0;
    }
    if ('error' in parsed) {
      io.stderr.write(`Erro: ${parsed.error}.\n\n${USAGE}`);
      return 2;
    }
    const dir = parsed.dir ?? loadConfig(io.env).catalogueDir;
    const loaded = await loadCatalogue(dir);
    if (!loaded.catalogue) {
      io.stderr.write(`O catálogo em ${dir} tem ${loaded.errors.length} erro(s); corrija-os antes de buscar:\n`);
      for (const issue of loaded.errors) io.stderr.write(`  ${formatIssue(issue)}\n`);
      return 1;
    }
    const index = openSearchIndex(loaded.catalogue);

    if (parsed.query !== undefined) {
      if (parsed.json) io.stdout.write(`${JSON.stringify(toJson(index.search(parsed.query, parsed.limit).hits))}\n`);
      else io.stdout.write(renderText(index, parsed.query, parsed.limit));
      return 0;
    }

    // Batch mode: one query per line; blank lines are skipped.
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const query = line.trim();
      if (query === '') continue;
      if (parsed.json) io.stdout.write(`${JSON.stringify({ query, results: toJson(index.search(query, parsed.limit).hits) })}\n`);
      else io.stdout.write(`${renderText(index, query, parsed.limit)}\n`);
    }
    return 0;
  },
};
