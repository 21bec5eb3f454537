// Shared helper: runs the real CLI (`node --import tsx src/cli.ts ...`) as a child process.
// Tests run the sources, not dist/: what is tested is what is on disk, with no build step in between.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../src/config.ts';

/**
 * Where the CLI under test runs: a folder with no `.env`, so that the developer's own `.env` (read from the
 * working directory, normally the project root) never configures a process under test.
 */
export const cliCwd = join(projectRoot, 'test');

// tsx's loader by absolute URL: `--import tsx` would be looked up from the working directory.
const tsxLoader = pathToFileURL(createRequire(join(projectRoot, 'package.json')).resolve('tsx')).href;

/** Node arguments that run the CLI from its TypeScript sources in one process (tsx's loader, no tsx CLI in between). */
export const cliArgs: readonly string[] = ['--import', tsxLoader, join(projectRoot, 'src', 'cli.ts')];

/** Output and exit code of one CLI run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `atende <args>` with the given stdin and environment (added to a clean copy of process.env). */
export function runCli(args: string[], opts: { stdin?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cliArgs, ...args], {
      cwd: cliCwd,
      env: { ...process.env, LOG_LEVEL: 'warn', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}
