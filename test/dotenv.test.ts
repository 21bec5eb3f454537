// `.env` in the working directory configures every command: checked line by line, parsed as Node parses
// `--env-file`, and never overriding a variable the environment already has.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvSchema, loadConfig, projectRoot } from '../src/config.ts';
import { ConfigError } from '../src/core/errors.ts';
import { checkDotenv, loadDotenv } from '../src/dotenv.ts';
import { runToEnd, spawnCli, useServeSandbox } from './support/serve.ts';

describe('checkDotenv', () => {
  it('accepts blank lines, comments, export, empty and quoted values', () => {
    const text = ['# comment', '', 'A=1', 'export B=two words', 'C=', "D='single'", 'E="multi', 'line"  # note', 'F=`tick`', '  G = spaced  '].join('\n');
    expect(checkDotenv(text)).toEqual([]);
  });

  it('names the line that is not NAME=value', () => {
    expect(checkDotenv('A=1\nTELEGRAM_BOT_TOKEN 123:ABC\nB=2\n')).toEqual([{ line: 2, message: expect.stringContaining('NOME=valor') }]);
  });

  it('never echoes the bad line, which may hold a secret', () => {
    const [problem] = checkDotenv('TELEGRAM_BOT_TOKEN 123:ABC\n');
    expect(problem?.message).not.toContain('123:ABC');
  });

  it('names the line of a quote that never closes', () => {
    expect(checkDotenv('A=1\nB="open\nC=3\n')).toEqual([{ line: 2, message: expect.stringContaining('aspas') }]);
  });

  it('names the line with text after the closing quote', () => {
    expect(checkDotenv('A="x"y\n')).toEqual([{ line: 1, message: expect.stringContaining('depois das aspas') }]);
  });

  it('rejects a name that starts with a digit', () => {
    expect(checkDotenv('1A=x\n')).toHaveLength(1);
  });
});

describe('.env.example', () => {
  const text = readFileSync(join(projectRoot, '.env.example'), 'utf8');

  it('is itself a valid .env, and a valid configuration as copied', () => {
    expect(checkDotenv(text)).toEqual([]);
    const env: NodeJS.ProcessEnv = {};
    loadDotenv(join(projectRoot, '.env.example'), env);
    expect(() => loadConfig(env)).not.toThrow();
  });

  it('documents exactly the variables the configuration reads', () => {
    expect(Object.keys(parseEnv(text)).sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });
});

describe('loadDotenv', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atende-dotenv-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the file’s variables, and a variable already in the environment wins', () => {
    const path = join(dir, '.env');
    writeFileSync(path, 'LOG_LEVEL=debug\nDASHBOARD_PORT=9090\nQUOTED="a b"\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    expect(loadDotenv(path, env)).toEqual(['DASHBOARD_PORT', 'QUOTED']);
    expect(env).toEqual({ LOG_LEVEL: 'warn', DASHBOARD_PORT: '9090', QUOTED: 'a b' });
  });

  it('keeps a variable set to the empty string in the environment', () => {
    const path = join(dir, '.env');
    writeFileSync(path, 'DASHBOARD_PORT=9090\n');
    const env: NodeJS.ProcessEnv = { DASHBOARD_PORT: '' };
    loadDotenv(path, env);
    expect(env.DASHBOARD_PORT).toBe('');
  });

  it('does nothing when there is no file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadDotenv(join(dir, '.env'), env)).toEqual([]);
    expect(env).toEqual({});
  });

  it('throws a ConfigError naming the file and the line of a malformed file', () => {
    const path = join(dir, '.env');
    writeFileSync(path, '# ok\nLOG_LEVEL=info\nesqueci o igual\n');
    const env: NodeJS.ProcessEnv = {};
    expect(() => loadDotenv(path, env)).toThrow(ConfigError);
    expect(() => loadDotenv(path, env)).toThrow(`${path}, linha 3`);
    expect(env).toEqual({});
  });
});

describe('the CLI in a folder with a .env', () => {
  const sandbox = useServeSandbox('atende-dotenv-serve-');

  it('serve is configured by the .env alone and answers /start', async () => {
    const { fake, url, dir, databasePath } = await sandbox();
    writeFileSync(
      join(dir, '.env'),
      [`TELEGRAM_BOT_TOKEN=123:ABC`, `TELEGRAM_API_ROOT=${url}`, `DATABASE_PATH=${databasePath}`, 'CATALOGUE_WATCH=false', 'LOG_LEVEL=info', ''].join('\n'),
    );
    // Nothing but PATH and HOME in the environment: the token and the API root come from the file.
    const proc = spawnCli(['serve'], {}, dir);
    try {
      await fake.waitFor((c) => c.method === 'getUpdates', 45_000);
      fake.pushText(4242, '/start');
      await fake.waitForMessage(4242, 'Como posso ajudar', { timeoutMs: 20_000 });
    } catch (err) {
      throw new Error(`${String(err)}\n--- serve stderr ---\n${proc.stderr}`);
    }
    proc.signal('SIGTERM');
    expect(await proc.exited()).toEqual({ code: 0, signal: null });
  });

  it('a malformed .env stops the command with the file and the line, before anything starts', async () => {
    const { dir } = await sandbox();
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=info\nTELEGRAM_BOT_TOKEN 123:ABC\n');
    const run = await runToEnd(['search', 'cnh'], {}, 30_000, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, '.env')}, linha 2`);
    expect(run.stderr).not.toContain('123:ABC');
    expect(run.stdout).toBe('');
  });
});
