// `npm start` / `npm start -- chat [--json] [--user ID]`: the terminal channel.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createApp } from '../app.ts';
import { renderReply } from '../channels/terminal/render.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { watchCatalogue } from '../catalogue/watch.ts';
import type { Reply } from '../conversation/types.ts';
import type { CliIO, Command } from './types.ts';

/** The terminal channel's name in sessions and statistics. */
export const TERMINAL = 'terminal';

function jsonLine(replies: Reply[]): string {
  return JSON.stringify({
    replies: replies.map((r) => ({ text: r.text, options: r.options ?? [], ...(r.links ? { links: r.links } : {}) })),
  });
}

export const command: Command = {
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, user: { type: 'string', default: 'local' } }, allowPositionals: false });
    const config = loadConfig(io.env);
    // In the interactive chat only warnings reach the screen; JSON mode keeps stdout for JSON lines.
    const logger = createLogger(values.json ? config.logLevel : io.env.LOG_LEVEL ? config.logLevel : 'warn');
    const app = await createApp(config, logger);
    const stopWatch = config.catalogueWatch ? watchCatalogue(app.catalogue, logger) : () => undefined;
    const user = values.user ?? 'local';
    const color = !values.json && 'isTTY' in io.stdout && io.stdout.isTTY === true;
    const write = (replies: Reply[]): void => {
      if (values.json) io.stdout.write(`${jsonLine(replies)}\n`);
      else io.stdout.write(`${replies.map((r) => renderReply(r, color)).join('\n\n')}\n\n`);
    };
    const send = (text: string): void => {
      try {
        write(app.runtime.handle(TERMINAL, user, { kind: 'text', text }).replies);
      } catch (err) {
        logger.error({ err }, 'terminal message failed');
        write([{ text: 'Desculpe, tive um problema para registrar sua mensagem. Tente de novo.' }]);
      }
    };
    if (!values.json) {
      io.stdout.write('Atende — terminal. Escreva sua mensagem (Ctrl+D ou "sair" para terminar).\n\n');
      write(app.runtime.handle(TERMINAL, user, { kind: 'start' }).replies);
    }
    const rl = createInterface({ input: io.stdin, terminal: false });
    if (!values.json && 'isTTY' in io.stdout && io.stdout.isTTY === true) io.stdout.write('> ');
    for await (const line of rl) {
      send(line);
      if (!values.json && 'isTTY' in io.stdout && io.stdout.isTTY === true) io.stdout.write('> ');
    }
    stopWatch();
    app.close();
    return 0;
  },
};
