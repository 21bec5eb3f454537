// `catalogue check`: schema errors plus content lint for a catalogue directory, and their pt-BR report.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Catalogue, type CatalogueIssue, buildCatalogue, formatIssue, loadCatalogue, parseServiceFile, parseYaml } from './load.ts';
import type { LintFinding, LintRule } from './lint.ts';
import { CatalogueFiles } from './read.ts';
import { checkReferenceFiles } from './reference.ts';
import { LIMITS, type Service, type SynonymEntry, SynonymsFile } from './schema.ts';
import { remembered } from './snapshot.ts';

/** Result of checking a directory. `ok` is false when anything blocks publishing. */
export interface CheckResult {
  ok: boolean;
  dir: string;
  /** Services that passed the schema. */
  services: number;
  /** Block publishing: schema errors and the blocking lint rules. */
  errors: (CatalogueIssue & { rule?: LintRule })[];
  /** Do not block publishing. */
  warnings: LintFinding[];
}

/** Every file that parses, even when others do not: so one run shows errors and warnings together. */
async function partialCatalogue(dir: string): Promise<Catalogue> {
  const services: Service[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(join(dir, 'services'))).filter((n) => /\.ya?ml$/.test(n));
  } catch {
    names = [];
  }
  // Through the same safe reader as the load, whose errors already name what cannot be read (a FIFO, a huge file).
  const files = await CatalogueFiles.at(dir, LIMITS.readTimeoutMs);
  for (const name of names.sort().slice(0, LIMITS.services)) {
    const full = join(dir, 'services', name);
    const read = await files.read(full, LIMITS.serviceFileBytes);
    if (read.kind !== 'text') continue;
    const r = parseServiceFile(relative(process.cwd(), full) || full, read.text, name.replace(/\.ya?ml$/, ''));
    if (r.service) services.push(r.service);
  }
  let synonyms: SynonymEntry[] = [];
  const read = await files.read(join(dir, 'synonyms.yaml'), LIMITS.synonymsFileBytes);
  if (read.kind === 'text') {
    const parsed = parseYaml('synonyms.yaml', read.text);
    const r = SynonymsFile.safeParse(parsed.value);
    if (r.success) synonyms = r.data.synonyms;
  }
  return buildCatalogue(dir, services, synonyms);
}

/** Validates every file of a catalogue directory and lints its content. Never throws for bad content. */
export async function checkCatalogue(dir: string): Promise<CheckResult> {
  const loaded = await loadCatalogue(dir);
  const catalogue = loaded.catalogue ?? (await partialCatalogue(dir));
  // Remembered per catalogue content (snapshot.ts); lint.ts, and the search code it uses, load on a miss only.
  const findings = await remembered('lint', catalogue, async () => (await import('./lint.ts')).lintCatalogue(catalogue));
  // The files beside the catalogue (subjects handled elsewhere, everyday chat words): read by the check only.
  const reference = await checkReferenceFiles(catalogue);
  const errors = [...loaded.errors, ...reference.errors, ...findings.filter((f) => f.severity === 'error')];
  const warnings = [...findings.filter((f) => f.severity === 'warning'), ...reference.warnings];
  return { ok: errors.length === 0, dir, services: catalogue.services.length, errors, warnings };
}

/** Staff-facing names of the lint rules (pt-BR), in report order. */
export const ruleTitles: Record<LintRule, string> = {
  'duplicate-id': 'Ids repetidos',
  placeholder: 'Campos ainda por preencher',
  'test-host': 'Links de servidores de teste ou homologação',
  'ambiguous-name': 'Nomes que deixam a busca em dúvida',
  'no-popular-names': 'Serviços sem nomes populares',
  'no-keywords': 'Serviços sem palavras-chave',
  'step-without-channel': 'Etapas sem canal',
  'online-with-desk-step': 'Serviços marcados como online com etapa só presencial',
  'malformed-link': 'Links mal escritos',
  'malformed-phone': 'Telefones mal escritos',
  'synonym-unused': 'Sinônimos que não levam a nenhum serviço',
  'synonym-loop': 'Sinônimos repetidos ou em círculo',
  'form-without-form': 'Etapas que mandam preencher formulário sem haver formulário',
  'needs-check': 'Fatos marcados para conferir (needsCheck)',
  'near-duplicate-document': 'Documentos repetidos com outra redação',
  'conversational-name': 'Nomes com palavras comuns na conversa',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The report of a check, in pt-BR. `quiet` leaves the warnings out (only their count). */
export function formatCheck(r: CheckResult, options: { quiet?: boolean } = {}): string {
  const where = relative(process.cwd(), r.dir) || '.';
  const lines: string[] = [`Catálogo em ${where}/: ${plural(r.services, 'serviço válido', 'serviços válidos')}.`, ''];
  if (r.errors.length > 0) {
    lines.push(`ERROS (${r.errors.length}) — impedem a publicação; o bot continua com o catálogo anterior até serem corrigidos:`);
    for (const e of r.errors) lines.push(`  ✗ ${formatIssue(e)}`);
    lines.push('');
  }
  if (r.warnings.length > 0 && !options.quiet) {
    lines.push(`AVISOS (${r.warnings.length}) — não impedem a publicação, mas melhore quando puder:`);
    for (const [rule, title] of Object.entries(ruleTitles) as [LintRule, string][]) {
      const group = r.warnings.filter((w) => w.rule === rule);
      if (group.length === 0) continue;
      lines.push(`  ${title} (${group.length}) [${rule}]`);
      for (const w of group) lines.push(`    ! ${formatIssue(w)}`);
    }
    lines.push('');
  }
  const verdict = r.ok
    ? 'Pode publicar: nenhum erro encontrado.'
    : 'NÃO publique ainda: corrija os erros acima e rode o check de novo.';
  lines.push(`${verdict} (${plural(r.errors.length, 'erro', 'erros')}, ${plural(r.warnings.length, 'aviso', 'avisos')})`);
  return `${lines.join('\n')}\n`;
}

/** The check in machine-readable form (for `--json`). */
export function checkJson(r: CheckResult): unknown {
  const byRule: Record<string, number> = {};
  for (const w of [...r.errors, ...r.warnings]) if (w.rule) byRule[w.rule] = (byRule[w.rule] ?? 0) + 1;
  return {
    ok: r.ok,
    dir: r.dir,
    services: r.services,
    errors: r.errors.map((e) => ({ file: e.file, path: e.path, message: e.message, ...(e.rule ? { rule: e.rule } : {}) })),
    warnings: r.warnings.map((w) => ({ file: w.file, path: w.path, message: w.message, rule: w.rule })),
    summary: { errors: r.errors.length, warnings: r.warnings.length, byRule },
  };
}
