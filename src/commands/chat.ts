// `npm start` / `npm start -- chat [--json] [--user ID]`: the terminal channel on the shared app.
import { parseArgs } from 'node:util';
import { createApp } from '../app.ts';
import { watchCatalogue } from '../catalogue/watch.ts';
import { TerminalAdapter } from '../channels/terminal/adapter.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import type { CliIO, Command } from './types.ts';

export { TERMINAL } from '../channels/terminal/adapter.ts';

export const command: Command = {
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, user: { type: 'string', default: 'local' } }, allowPositionals: false });
    const config = loadConfig(io.env);
    // In the interactive chat only warnings reach the screen; JSON mode keeps stdout for JSON lines.
    const logger = createLogger(values.json ? config.logLevel : io.env.LOG_LEVEL ? config.logLevel : 'warn');
    const app = await createApp(config, logger);
    const stopWatch = config.catalogueWatch ? watchCatalogue(app.catalogue, logger) : () => undefined;
    const terminal = new TerminalAdapter({ input: io.stdin, output: io.stdout, json: values.json ?? false, user: values.user ?? 'local' });
    await terminal.start(app.channels);
    await terminal.finished;
    stopWatch();
    await app.close();
    return 0;
  },
};
