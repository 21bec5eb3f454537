// Shared helper: runs the real CLI (`tsx src/cli.ts ...`) as a child process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/config.ts';

/** Output and exit code of one CLI run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tsx = join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs `atende <args>` with the given stdin and environment (added to a clean copy of process.env). */
export function runCli(args: string[], opts: { stdin?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, join(projectRoot, 'src', 'cli.ts'), ...args], {
      cwd: projectRoot,
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
