// `npm start -- catalogue <check|new|import|export|gaps|links>`: the staff workflow for the Carta de Serviços.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCatalogue, checkJson, formatCheck } from '../catalogue/check.ts';
import { GOVBR_IMPORT_LIMITS, fromGovBr, govBrServiceCount, importSizeProblem, importedServiceYaml } from '../catalogue/govbr-import.ts';
import { catalogueLinks, checkLinks, formatLinks, LINK_DEFAULTS, linksJson } from '../catalogue/links.ts';
import { type CatalogueIssue, formatIssue, loadCatalogue, parseServiceFile } from '../catalogue/load.ts';
import { ServiceId } from '../catalogue/schema.ts';
import { loadConfig, projectRoot } from '../config.ts';
import { DAY_MS, dayOf, startOfDay } from '../core/time.ts';
import type { GapsQuery } from '../stats/gaps.ts';
import type { CliIO, Command } from './types.ts';

// Each subcommand loads what only it needs (search, gov.br mapping, SQLite): `check` starts with none of it.

const usage = `Uso: npm start -- catalogue <subcomando> [opções]

  check [PASTA] [--json] [--quiet]
      Confere o catálogo (padrão: data/). Erros impedem a publicação (saída 1); avisos só são listados.
  new <id> [--dir PASTA]
      Cria data/services/<id>.yaml a partir de um modelo comentado (não sobrescreve).
  import --from govbr ARQUIVO [--out PASTA] [--force] [--json]
      Converte uma exportação do Portal de Serviços gov.br (v1) em arquivos do catálogo
      (padrão: importado-govbr/services/) e diz o que não pôde ser importado.
      Limite: ${GOVBR_IMPORT_LIMITS.bytes / 1024 / 1024} MB e ${GOVBR_IMPORT_LIMITS.services.toLocaleString('pt-BR')} serviços por arquivo.
  export --format govbr|feed [--out ARQUIVO] [--dir PASTA]
      Exporta o catálogo no formato gov.br v1 ou no feed simples (id, name, description, url,
      organization, popular_names, keywords).
  gaps [--from AAAA-MM-DD] [--to AAAA-MM-DD] [--limit N] [--channel CANAL] [--json]
      Buscas sem resultado mais frequentes (padrão: últimos 30 dias), com os serviços mais próximos.
  links [PASTA] [--json] [--timeout SEGUNDOS] [--concurrency N]
      Abre cada link do catálogo pela internet (padrão: data/) e lista os quebrados e os redirecionados,
      com o serviço e o campo. Saída 1 quando há link quebrado. Rode numa máquina com internet.
`;

/** The catalogue directory: the argument (relative to where the command runs), else CATALOGUE_DIR, else data/. */
function catalogueDir(io: CliIO, arg: string | undefined): string {
  if (arg) return resolve(arg);
  return resolve(projectRoot, io.env.CATALOGUE_DIR || 'data');
}

/** A path as staff typed it: relative to where the command runs, or absolute when it is elsewhere. */
const rel = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r === '' ? '.' : r.startsWith('..') ? p : r;
};

/** A usage error: message on stderr, exit code 2. */
function misuse(io: CliIO, message: string): number {
  io.stderr.write(`${message}\n\n${usage}`);
  return 2;
}

async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length > 1) return misuse(io, 'Informe no máximo uma pasta.');
  const dir = catalogueDir(io, positionals[0]);
  if (!existsSync(dir)) {
    io.stderr.write(`A pasta ${rel(dir)} não existe.\n`);
    return 1;
  }
  const result = await checkCatalogue(dir);
  io.stdout.write(values.json ? `${JSON.stringify(checkJson(result), null, 2)}\n` : formatCheck(result, { quiet: values.quiet }));
  return result.ok ? 0 : 1;
}

async function create(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { dir: { type: 'string' } }, allowPositionals: true });
  const id = positionals[0];
  if (!id || positionals.length > 1) return misuse(io, 'Informe o id do novo serviço, por exemplo: catalogue new carteira-estudante');
  const valid = ServiceId.safeParse(id);
  if (!valid.success) {
    io.stderr.write(`Id inválido "${id}": ${valid.error.issues[0]?.message ?? 'use minúsculas, números e hífens'}.\n`);
    return 1;
  }
  const servicesDir = join(catalogueDir(io, values.dir), 'services');
  const file = join(servicesDir, `${id}.yaml`);
  if (existsSync(file) || existsSync(join(servicesDir, `${id}.yml`))) {
    io.stderr.write(`Já existe um serviço com o id "${id}" (${rel(file)}). Nada foi alterado. Edite o arquivo existente ou escolha outro id.\n`);
    return 1;
  }
  mkdirSync(servicesDir, { recursive: true });
  try {
    const { serviceTemplate } = await import('../catalogue/template.ts');
    writeFileSync(file, serviceTemplate(id), { flag: 'wx' }); // wx: never overwrite, even in a race
  } catch {
    io.stderr.write(`Não foi possível criar ${rel(file)} (o arquivo já existe ou a pasta não permite escrita).\n`);
    return 1;
  }
  io.stdout.write(
    [
      `Criado ${rel(file)}.`,
      'Troque cada "PREENCHA…" pelo conteúdo real e confira com: npm start -- catalogue check',
      'Atenção: enquanto o arquivo tiver campos por preencher, o bot rejeita as recargas e continua com o',
      'catálogo anterior (também para outras mudanças). Termine o arquivo logo, ou rascunhe em outra pasta com --dir.',
      '',
    ].join('\n'),
  );
  return 0;
}

async function importGovBr(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { from: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (values.from !== 'govbr') return misuse(io, 'Informe a origem: --from govbr');
  const source = positionals[0];
  if (!source || positionals.length > 1) return misuse(io, 'Informe o arquivo JSON exportado do gov.br.');
  let json: unknown;
  try {
    const tooBig = importSizeProblem(source, { bytes: (await stat(resolve(source))).size });
    if (tooBig) {
      io.stderr.write(`${tooBig}\n`);
      return 1;
    }
    json = JSON.parse(await readFile(resolve(source), 'utf8'));
  } catch (err) {
    io.stderr.write(`Não foi possível ler ${source} como JSON: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const tooMany = importSizeProblem(source, { services: govBrServiceCount(json) });
  if (tooMany) {
    io.stderr.write(`${tooMany}\n`);
    return 1;
  }
  const result = fromGovBr(json);
  const outDir = resolve(values.out ?? 'importado-govbr');
  const servicesDir = join(outDir, 'services');
  mkdirSync(servicesDir, { recursive: true });
  const report = result.services.map((s) => {
    const file = join(servicesDir, `${s.id}.yaml`);
    const text = importedServiceYaml(s);
    const errors: CatalogueIssue[] = parseServiceFile(rel(file), text, s.id).errors;
    const exists = existsSync(file);
    if (!exists || values.force) writeFileSync(file, text);
    return { id: s.id, title: s.service.title, file: rel(file), written: !exists || values.force, sourceId: s.sourceId, unmapped: s.unmapped, notes: s.notes, errors };
  });
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ outDir: rel(outDir), services: report, rejected: result.rejected }, null, 2)}\n`);
  } else {
    const lines = [`Importação do gov.br: ${report.length} ${report.length === 1 ? 'serviço' : 'serviços'} em ${rel(servicesDir)}/`, ''];
    for (const r of report) {
      const mark = !r.written ? '•' : r.errors.length > 0 ? '✗' : '✓';
      lines.push(`${mark} ${r.file} — ${r.title}${r.written ? '' : ' (já existia; não sobrescrito: use --force)'}`);
      for (const e of r.errors) lines.push(`    precisa de correção: ${formatIssue(e)}`);
      for (const n of r.notes) lines.push(`    atenção: ${n}`);
      if (r.unmapped.length > 0) lines.push(`    não importado (sem campo no catálogo): ${r.unmapped.join(', ')}`);
    }
    for (const r of result.rejected) lines.push(`✗ ${r.index >= 0 ? `resposta[${r.index}]` : source}: ${r.message}`);
    lines.push('', `Próximo passo: revise os arquivos, rode "npm start -- catalogue check ${rel(outDir)}" e copie os prontos para data/services/.`);
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  const failed = result.rejected.length > 0 || report.some((r) => r.errors.length > 0);
  return failed ? 1 : 0;
}

async function exportCatalogue(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' } }, allowPositionals: false });
  if (values.format !== 'govbr' && values.format !== 'feed') return misuse(io, 'Informe o formato: --format govbr ou --format feed');
  const loaded = await loadCatalogue(catalogueDir(io, values.dir));
  if (!loaded.catalogue) {
    io.stderr.write(`O catálogo tem erros; corrija antes de exportar:\n${loaded.errors.map((e) => `  ✗ ${formatIssue(e)}`).join('\n')}\n`);
    return 1;
  }
  const services = loaded.catalogue.services;
  const data = values.format === 'govbr' ? (await import('../catalogue/govbr-export.ts')).toGovBr(services) : (await import('../catalogue/feed.ts')).toFeed(services);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (values.out) {
    const out = resolve(values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    io.stdout.write(`Exportados ${services.length} serviços para ${rel(out)} (formato ${values.format}).\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

async function gaps(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string', default: '20' }, channel: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  const to = values.to ?? dayOf(Date.now());
  const from = values.from ?? dayOf(startOfDay(to) + DAY_MS / 2 - 29 * DAY_MS);
  const limit = Number(values.limit);
  if (!DAY.test(from) || !DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return misuse(io, 'Use datas no formato AAAA-MM-DD, por exemplo --from 2026-01-01.');
  if (from > to) return misuse(io, `A data inicial (${from}) é depois da final (${to}).`);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return misuse(io, 'Use --limit com um número inteiro de 1 a 1000.');
  const config = loadConfig(io.env);
  if (!config.postgres && !existsSync(config.databasePath)) {
    io.stderr.write(`Ainda não há estatísticas: o banco ${rel(config.databasePath)} não existe (o bot ainda não rodou com esta configuração).\n`);
    return 1;
  }
  const loaded = await loadCatalogue(config.catalogueDir);
  if (!loaded.catalogue) {
    io.stderr.write(`O catálogo tem erros; corrija antes (npm start -- catalogue check):\n${loaded.errors.map((e) => `  ✗ ${formatIssue(e)}`).join('\n')}\n`);
    return 1;
  }
  const query: GapsQuery = { from, to, limit, ...(values.channel ? { channel: values.channel } : {}) };
  // Read-only: the report never writes to the statistics the bot is using.
  const [{ openStatsReader, locationOf }, { formatGaps, withNearest }, { openSearchIndex }] = await Promise.all([import('../store/open.ts'), import('../stats/gaps.ts'), import('../search/index.ts')]);
  const stats = await openStatsReader(locationOf(config));
  try {
    const { rows, total } = await stats.failedSearches(query);
    const report = withNearest(rows, openSearchIndex(loaded.catalogue));
    io.stdout.write(values.json ? `${JSON.stringify({ ...query, total, gaps: report }, null, 2)}\n` : formatGaps(report, query, total));
    return 0;
  } finally {
    await stats.close();
  }
}

async function links(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, timeout: { type: 'string' }, concurrency: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) return misuse(io, 'Informe no máximo uma pasta.');
  const timeoutS = values.timeout === undefined ? LINK_DEFAULTS.timeoutMs / 1000 : Number(values.timeout);
  const concurrency = values.concurrency === undefined ? LINK_DEFAULTS.concurrency : Number(values.concurrency);
  if (!(timeoutS > 0 && timeoutS <= 120)) return misuse(io, 'Use --timeout com um número de segundos entre 0 e 120, por exemplo --timeout 15.');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) return misuse(io, 'Use --concurrency com um número inteiro de 1 a 16.');
  const dir = catalogueDir(io, positionals[0]);
  const loaded = await loadCatalogue(dir);
  if (!loaded.catalogue) {
    io.stderr.write(`O catálogo tem erros; corrija antes (npm start -- catalogue check):\n${loaded.errors.map((e) => `  ✗ ${formatIssue(e)}`).join('\n')}\n`);
    return 1;
  }
  const targets = catalogueLinks(loaded.catalogue);
  const ctx = { dir, services: loaded.catalogue.services.length, timeoutMs: Math.round(timeoutS * 1000), concurrency, maxRedirects: LINK_DEFAULTS.maxRedirects };
  if (!values.json) io.stderr.write(`Conferindo ${targets.length} links, ${concurrency} ao mesmo tempo…\n`);
  const results = await checkLinks(targets, { timeoutMs: ctx.timeoutMs, concurrency, maxRedirects: ctx.maxRedirects });
  io.stdout.write(values.json ? `${JSON.stringify(linksJson(results, ctx), null, 2)}\n` : formatLinks(results, ctx));
  return results.some((r) => r.status === 'broken') ? 1 : 0;
}

const subcommands: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  check,
  new: create,
  import: importGovBr,
  export: exportCatalogue,
  gaps,
  links,
};

export const command: Command = {
  async run(args: string[], io: CliIO): Promise<number> {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
      io.stdout.write(usage);
      return sub === undefined ? 2 : 0;
    }
    const run = subcommands[sub];
    if (!run) return misuse(io, `Subcomando desconhecido: ${sub}`);
    try {
      return await run(rest, io);
    } catch (err) {
      // parseArgs rejects unknown options with a TypeError whose code says so: show usage, not a stack.
      if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) return misuse(io, `Opção inválida: ${err.message}`);
      throw err;
    }
  },
};
