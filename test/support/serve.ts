// Shared test helper: the real CLI (`node --import tsx src/cli.ts <command>`) as a child process with a clean
// environment, so that tests can send it signals (SIGTERM, SIGKILL) and read its exit code and stderr; plus
// `serve` started against the fake Bot API, and what each citizen saw there.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { cliArgs, cliCwd } from './cli.ts';
import { type ApiCall, FakeTelegramApi, type SentMessage } from '../fakes/telegram-api.ts';

/** How a child process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running CLI process under test. */
export interface CliProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Everything written to stderr so far (pino's JSON lines for `serve`). */
  readonly stderr: string;
  /** Everything written to stdout so far. */
  readonly stdout: string;
  /** Resolves when the process has exited (at once if it already has). */
  exited(): Promise<Exit>;
  /** True until the process has exited. */
  readonly running: boolean;
  /** Sends a signal to the process itself (not to npm or a shell: there is none in between). */
  signal(signal: NodeJS.Signals): void;
  /** The stderr lines that are JSON log records (pino), parsed. */
  logs(): Record<string, unknown>[];
}

// node with tsx's loader (cliArgs), so that the process under test is the one we signal: npm exec, and tsx's
// own CLI (which runs the program in a second node process), would stand in between. SIGTERM is relayed by
// them, but SIGKILL cannot be, and would leave the real server running as an orphan.

const started = new Set<CliProcess>();

/** Only what the CLI needs: nothing from the developer's own environment (tokens, ports) leaks in. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
  const env: NodeJS.ProcessEnv = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, ...extra };
}

/** Starts `atende <args>` with a clean environment plus `env` (in `cwd`, default: a folder with no `.env`); stdin is closed at once. */
export function spawnCli(args: string[], env: Record<string, string>, cwd: string = cliCwd): CliProcess {
  return spawnNode([...cliArgs, ...args], env, cwd);
}

/** Starts `node <nodeArgs>` (the CLI some other way, e.g. bin/atende.js) like spawnCli. */
export function spawnNode(nodeArgs: string[], env: Record<string, string>, cwd: string = cliCwd): CliProcess {
  const child = spawn(process.execPath, nodeArgs, { cwd, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.end();
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const exit = new Promise<Exit>((resolve) => {
    // 'close' rather than 'exit': by then stdout and stderr have been read to the end.
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  if (child.pid === undefined) throw new Error(`could not start the CLI (${nodeArgs.join(' ')})`);
  const pid = child.pid;
  const proc: CliProcess = {
    child,
    pid,
    get stderr() {
      return stderr;
    },
    get stdout() {
      return stdout;
    },
    get running() {
      return child.exitCode === null && child.signalCode === null;
    },
    exited: () => exit,
    signal(signal) {
      if (proc.running) process.kill(pid, signal);
    },
    logs() {
      const records: Record<string, unknown>[] = [];
      for (const line of stderr.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          records.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          // A line cut short by SIGKILL: not a record.
        }
      }
      return records;
    },
  };
  started.add(proc);
  void exit.then(() => started.delete(proc));
  return proc;
}

/** Resolves once `proc` has written a log record whose msg contains `msg` (polls stderr). */
export async function waitForLog(proc: CliProcess, msg: string, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = proc.logs().find((r) => typeof r.msg === 'string' && r.msg.includes(msg));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no log "${msg}" within ${timeoutMs} ms\n--- stderr ---\n${proc.stderr.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Starts `atende serve` with the given environment (a clean one: add TELEGRAM_*, DATABASE_PATH...). */
export function spawnServe(env: Record<string, string>): CliProcess {
  return spawnCli(['serve'], env);
}

/**
 * Starts `atende serve` with the Telegram channel pointed at `fake`, and resolves once it polls for updates.
 * `env` adds to (or overrides) a test set-up: token, API root, no catalogue watcher, info logs.
 */
export async function startTelegramServe(fake: FakeTelegramApi, env: Record<string, string>, timeoutMs = 60_000): Promise<CliProcess> {
  const mark = fake.mark();
  const proc = spawnServe({ TELEGRAM_BOT_TOKEN: '123:ABC', TELEGRAM_API_ROOT: fake.url, CATALOGUE_WATCH: 'false', LOG_LEVEL: 'info', ...env });
  const polling = fake.waitFor((c) => c.method === 'getUpdates', timeoutMs, mark);
  const died = proc.exited().then((exit) => {
    throw new Error(`serve exited (${JSON.stringify(exit)}) before it polled for updates`);
  });
  try {
    await Promise.race([polling, died]);
  } catch (err) {
    proc.signal('SIGKILL');
    throw new Error(`${String(err)}\n--- serve stderr ---\n${proc.stderr}`);
  } finally {
    // Whichever lost the race must not surface later as an unhandled rejection.
    polling.catch(() => undefined);
    died.catch(() => undefined);
  }
  return proc;
}

function chatOf(call: ApiCall): number | undefined {
  const id = call.payload.chat_id;
  if (typeof id === 'number') return id;
  return typeof id === 'string' && /^-?\d+$/.test(id) ? Number(id) : undefined;
}

/** A message the citizen saw: a new message (sendMessage) or a message the bot rewrote (editMessageText). */
export function isShown(call: ApiCall, chatId: number): call is ApiCall & { sent: SentMessage } {
  return (call.method === 'sendMessage' || call.method === 'editMessageText') && call.status === 'ok' && call.sent !== undefined && chatOf(call) === chatId;
}

/** What the citizen saw after call number `after`, in order (texts as shown, edits included). */
export function shownTo(fake: FakeTelegramApi, chatId: number, after = 0): SentMessage[] {
  return fake.calls.filter((c) => c.seq > after && isShown(c, chatId)).map((c) => c.sent as SentMessage);
}

/** Waits for the first message sent or edited for `chatId` after call number `after` whose text matches. */
export async function waitShown(fake: FakeTelegramApi, chatId: number, match: string | RegExp, after: number, timeoutMs = 30_000): Promise<SentMessage> {
  const test = (text: string): boolean => (typeof match === 'string' ? text.includes(match) : match.test(text));
  const call = await fake.waitFor((c) => c.seq > after && isShown(c, chatId) && test(c.sent.text), timeoutMs, after);
  return call.sent as SentMessage;
}

/** Runs a CLI command to its end (killed after `timeoutMs`) and returns its exit, stdout and stderr. */
export async function runToEnd(args: string[], env: Record<string, string>, timeoutMs = 60_000, cwd: string = cliCwd): Promise<Exit & { stdout: string; stderr: string }> {
  const proc = spawnCli(args, env, cwd);
  const timer = setTimeout(() => proc.signal('SIGKILL'), timeoutMs);
  try {
    const exit = await proc.exited();
    return { ...exit, stdout: proc.stdout, stderr: proc.stderr };
  } finally {
    clearTimeout(timer);
  }
}

/** Kills (SIGKILL) every process started by this helper that is still running, and waits for them. Use in afterEach. */
export async function killAll(): Promise<void> {
  const left = [...started];
  for (const p of left) p.signal('SIGKILL');
  await Promise.all(left.map((p) => p.exited()));
}

/** A started fake Bot API and a temporary folder for one `serve` test. */
export interface ServeSandbox {
  fake: FakeTelegramApi;
  url: string;
  dir: string;
  databasePath: string;
}

/**
 * Registers, for the calling test file, the clean-up every `serve` test needs (children killed, fake stopped,
 * folder removed, even when the test fails), and returns the function that sets up one sandbox.
 */
export function useServeSandbox(prefix: string): () => Promise<ServeSandbox> {
  let fake: FakeTelegramApi | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await killAll();
    await fake?.stop();
    fake = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return async () => {
    fake = new FakeTelegramApi();
    const { url } = await fake.start();
    dir = mkdtempSync(join(tmpdir(), prefix));
    return { fake, url, dir, databasePath: join(dir, 'atende.sqlite') };
  };
}
