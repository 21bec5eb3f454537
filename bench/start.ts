// `npm run bench:start [-- --runs N]`: cold start of the CLI as a user meets it (`node bin/atende.js <command>`,
// which is what `npx atende` runs), next to `node -e 0` measured in the same run, as a ratio.
//
// Each round runs every command once, in turn, so that a burst of load from another process on this shared
// machine hits all of them alike; each figure is the median of its rounds. The commands run in a temporary
// working folder (no `.env` from the project leaks in) against the bundled catalogue and a small database
// made by one `chat --json` conversation before timing starts.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' } } });
const RUNS = Number(values.runs);
/** The target: each command within 6× `node -e 0`. */
const TARGET = 6;

interface Case {
  label: string;
  args: string[];
  /** For `chat --json`: the line sent at once; the time stops at the first line of reply. */
  firstReplyTo?: string;
}

const bin = join(projectRoot, 'bin', 'atende.js');
const cases: Case[] = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'search "renovar cnh"', args: [bin, 'search', 'renovar cnh'] },
  { label: 'stats', args: [bin, 'stats'] },
  { label: 'catalogue check', args: [bin, 'catalogue', 'check'] },
  { label: 'chat --json (1st reply)', args: [bin, 'chat', '--json'], firstReplyTo: 'oi' },
];

const work = mkdtempSync(join(tmpdir(), 'atende-bench-start-'));
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: process.env.LANG,
  DATABASE_PATH: join(work, 'atende.sqlite'),
  PSEUDONYM_SECRET: 'bench',
  LOG_LEVEL: 'warn',
};

const children = new Set<ChildProcess>();
const cleanup = (): void => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  cleanup();
  process.exit(130);
});

/** Runs one case once; resolves with its wall time in ms (to exit, or to the first reply line). */
function once(c: Case, stdin = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, c.args, { cwd: work, env, stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    let firstLine: number | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (c.firstReplyTo !== undefined && firstLine === undefined && out.includes('\n')) {
        firstLine = performance.now() - t0;
        child.stdin.end();
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      const took = firstLine ?? performance.now() - t0;
      if (code !== 0) reject(new Error(`${c.label} exited with ${code}\n${err.slice(-2000)}`));
      else resolve(took);
    });
    if (c.firstReplyTo !== undefined) child.stdin.write(`${c.firstReplyTo}\n`);
    else child.stdin.end(stdin);
  });
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

try {
  // The database `stats` reads, made the way the bot makes it; also warms the disk cache for every case.
  await once({ label: 'setup', args: [bin, 'chat', '--json'] }, 'oi\nperdi meu rg\nsair\n');
  for (const c of cases) await once(c);

  const times = new Map<string, number[]>(cases.map((c) => [c.label, []]));
  for (let r = 0; r < RUNS; r++) {
    for (const c of cases) times.get(c.label)?.push(await once(c));
  }

  const base = median(times.get('node -e 0') ?? []);
  const width = Math.max(...cases.map((c) => c.label.length));
  const lines = [
    `bench:start — ${RUNS} rounds, median wall time; ${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2)} at the end`,
    '',
    `${'command'.padEnd(width)}  median ms   min ms   × node -e 0`,
  ];
  let over = 0;
  for (const c of cases) {
    const xs = times.get(c.label) ?? [];
    const m = median(xs);
    const ratio = m / base;
    const mark = c.label === 'node -e 0' ? '' : ratio <= TARGET ? '  ✓' : '  ✗';
    if (mark === '  ✗') over++;
    lines.push(`${c.label.padEnd(width)}  ${m.toFixed(0).padStart(9)}  ${Math.min(...xs).toFixed(0).padStart(7)}   ${ratio.toFixed(1).padStart(10)}×${mark}`);
  }
  lines.push('', over === 0 ? `Every command within ${TARGET}× node -e 0.` : `${over} command(s) over ${TARGET}× node -e 0.`);
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  cleanup();
}
