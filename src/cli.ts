// Composition root of the command line: `npm start -- <command> [args]` or `npx atende <command>`.
import type { CliIO, Command } from './commands/types.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AtendeError } from './core/errors.ts';
import { loadDotenv } from './dotenv.ts';

interface Entry {
  summary: string;
  load: () => Promise<Command>;
}

// Commands load lazily, so that `search` never pays for grammY or whatsapp-web.js.
const commands: Record<string, Entry> = {
  chat: { summary: 'conversa no terminal (padrão); --json para modo roteirizado', load: async () => (await import('./commands/chat.ts')).command },
  search: { summary: 'busca no catálogo: search "perdi meu rg" [--json]; sem consulta, lê do stdin', load: async () => (await import('./commands/search.ts')).command },
  catalogue: { summary: 'catálogo: check [DIR] | new <id> | import --from govbr FILE | export --format govbr|feed | gaps', load: async () => (await import('./commands/catalogue.ts')).command },
  serve: { summary: 'inicia os canais configurados (Telegram, WhatsApp, painel)', load: async () => (await import('./commands/serve.ts')).command },
  stats: { summary: 'relatório de uso por canal: --from --to --by day|week|month|year --channel --json|--csv', load: async () => (await import('./commands/stats.ts')).command },
  dashboard: { summary: 'painel HTML de estatísticas em 127.0.0.1', load: async () => (await import('./commands/dashboard.ts')).command },
  purge: { summary: 'apaga dados brutos antigos: purge --older-than 365d', load: async () => (await import('./commands/purge.ts')).command },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  const lines = Object.entries(commands).map(([name, e]) => `  ${name.padEnd(width)}  ${e.summary}`);
  return ['Atende — assistente de serviços públicos de Minas Gerais', '', 'Uso: npm start -- <comando> [opções]   (ou: npx atende <comando>)', '', 'Comandos:', ...lines, '', 'Sem comando, abre a conversa no terminal. Variáveis de ambiente: veja .env.example.', ''].join('\n');
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(help());
    return 0;
  }
  const name = first === undefined || first.startsWith('-') ? 'chat' : first;
  const args = first === undefined || first.startsWith('-') ? argv : rest;
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(`Comando desconhecido: ${name}\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  return command.run(args, io);
}

/**
 * Runs the CLI as a process: `.env` from the working directory first (the environment wins over it), then the
 * command; sets the exit code. `bin/atende.js` calls it after importing the compiled file.
 */
export async function runProcess(argv: string[]): Promise<void> {
  try {
    loadDotenv(join(process.cwd(), '.env'), process.env);
    const io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
    process.exitCode = await main(argv, io);
  } catch (err) {
    const msg = err instanceof AtendeError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`Erro: ${msg}\n`);
    process.exitCode = 1;
  }
}

// Run directly (`node dist/cli.js`, `tsx src/cli.ts`, `node --import tsx src/cli.ts`), not only imported.
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) await runProcess(process.argv.slice(2));
