// `npm start -- stats [--from AAAA-MM-DD] [--to AAAA-MM-DD] [--by day|week|month|year] [--channel telegram,...] [--json | --csv [--section usage|services|searches|questions]]`
// The channel report for analysts: a pt-BR table by default, plain numbers in JSON and CSV.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { dayOf } from '../core/time.ts';
import { type CsvSection, renderReportCsv } from '../stats/csv.ts';
import { parseReportOptions } from '../stats/options.ts';
import { ReportTooLargeError, buildReport } from '../stats/report.ts';
import { renderReportTable } from '../stats/table.ts';
import { openStatsInputs } from './stats-inputs.ts';
import type { CliIO, Command } from './types.ts';

const usage = `Uso: npm start -- stats [opções]

  --from AAAA-MM-DD     primeiro dia (padrão: início dos dados)
  --to AAAA-MM-DD       último dia (padrão: fim dos dados)
  --by day|week|month|year   agrupamento (padrão: month)
  --channel NOME        só estes canais, separados por vírgula (telegram, whatsapp, terminal…)
  --top N               tamanho das listas de serviços e buscas (padrão: 10)
  --json                relatório completo em JSON
  --csv                 tabela em CSV; --section usage|services|searches|questions escolhe a seção (padrão: usage)
`;

const sections: readonly CsvSection[] = ['usage', 'services', 'searches', 'questions'];

export const command: Command = {
  async run(args: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        allowPositionals: false,
        options: {
          from: { type: 'string' },
          to: { type: 'string' },
          by: { type: 'string' },
          channel: { type: 'string' },
          top: { type: 'string' },
          json: { type: 'boolean', default: false },
          csv: { type: 'boolean', default: false },
          section: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      }));
    } catch (err) {
      io.stderr.write(`Opção inválida: ${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
      return 2;
    }
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    const parsed = parseReportOptions(values);
    const problems = parsed.ok ? [] : parsed.errors;
    if (values.json && values.csv) problems.push('use --json ou --csv, não os dois');
    const section = values.section ?? 'usage';
    if (!sections.includes(section as CsvSection)) problems.push(`--section: use ${sections.join(', ')}`);
    if (!parsed.ok || problems.length > 0) {
      io.stderr.write(`${problems.map((p) => `Erro: ${p}`).join('\n')}\n\n${usage}`);
      return 2;
    }
    const config = loadConfig(io.env);
    const inputs = await openStatsInputs(config);
    try {
      if (inputs.catalogueErrors > 0) io.stderr.write(`Aviso: o catálogo em ${config.catalogueDir} tem ${inputs.catalogueErrors} erro(s); o ITD e os títulos dos serviços ficam de fora. Rode "npm start -- catalogue check".\n`);
      let report;
      try {
        report = await buildReport({ stats: inputs.stats, services: inputs.services, today: dayOf(Date.now()) }, parsed.options);
      } catch (err) {
        if (!(err instanceof ReportTooLargeError)) throw err;
        io.stderr.write(`Erro: ${err.message}\n`);
        return 2;
      }
      if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else if (values.csv) io.stdout.write(renderReportCsv(report, section as CsvSection));
      else io.stdout.write(renderReportTable(report));
      return 0;
    } finally {
      await inputs.close();
    }
  },
};
