// `npm start -- purge --older-than 365d`: LGPD retention of raw data; the daily aggregates stay.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { TIME_ZONE, parsePeriod } from '../core/time.ts';
import { locationOf, openStoreForCommand } from '../store/open.ts';
import type { CliIO, Command } from './types.ts';

export const command: Command = {
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseArgs({ args, options: { 'older-than': { type: 'string' }, json: { type: 'boolean', default: false } } });
    const period = values['older-than'] ? parsePeriod(values['older-than']) : undefined;
    if (period === undefined) {
      io.stderr.write('Informe o período com --older-than, por exemplo: purge --older-than 365d (h = horas, d = dias, m = meses, y = anos).\n');
      return 2;
    }
    const config = loadConfig(io.env);
    const store = await openStoreForCommand(locationOf(config));
    try {
      const before = Date.now() - period;
      const result = await store.purge(before);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ before: new Date(before).toISOString(), ...result })}\n`);
      } else {
        const n = (v: number): string => v.toLocaleString('pt-BR');
        io.stdout.write(
          [
            `Dados brutos anteriores a ${new Date(before).toLocaleString('pt-BR', { timeZone: TIME_ZONE })} removidos:`,
            `  sessões:                 ${n(result.sessions)}`,
            `  eventos:                 ${n(result.events)}`,
            `  solicitações:            ${n(result.requests)}`,
            `  atualizações processadas: ${n(result.processedUpdates)}`,
            `  marcas de usuários inativos há mais de um ano: ${n(result.userMarks)}`,
            'Os agregados diários (estatísticas) foram mantidos.',
            '',
          ].join('\n'),
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
