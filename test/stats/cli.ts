// Runs a CLI command in-process with captured output (shared by the statistics command tests).
import { PassThrough } from 'node:stream';
import type { Command } from '../../src/commands/types.ts';

/** Runs `command` with args and env; returns the exit code and everything written to stdout and stderr. */
export async function runCommand(command: Command, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await command.run(args, { stdin: new PassThrough(), stdout, stderr, env: { LOG_LEVEL: 'silent', ...env } });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
