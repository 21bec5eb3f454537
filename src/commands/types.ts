// The shape every CLI command module exports.
import type { Readable, Writable } from 'node:stream';

/** Streams and environment a command runs with (replaceable in tests). */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** A CLI command: `run` returns the process exit code. */
export interface Command {
  run(args: string[], io: CliIO): Promise<number>;
}
