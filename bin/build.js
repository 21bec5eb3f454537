// Keeps dist/ in step with src/: `npm run build` (and `prepare`, run by `npm install` and `npm ci`) compile
// with tsc; `bin/atende.js` asks `buildIfStale` before every run. Plain JavaScript: it must work before any build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the compiled output depends on, besides every file under src/. */
const INPUTS = ['tsconfig.json', 'tsconfig.build.json'];

/**
 * Newest modification time (ms) of src/ and the build configuration, or undefined when there is no src/
 * (an installed copy that ships dist/ only).
 * @param {string} root
 * @returns {number | undefined}
 */
export function newestSource(root) {
  const src = join(root, 'src');
  if (!existsSync(src)) return undefined;
  let newest = 0;
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  for (const f of INPUTS) if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

/**
 * True when dist/ is missing or older than its sources. dist/.built is touched after each successful
 * build; tsc's `noEmitOnError` leaves the old output in place when the sources do not compile.
 * @param {string} root
 * @returns {boolean}
 */
export function isStale(root) {
  const stamp = join(root, 'dist', '.built');
  if (!existsSync(stamp)) return true;
  const newest = newestSource(root);
  return newest !== undefined && newest > statSync(stamp).mtimeMs;
}

/**
 * Compiles src/ into dist/ with tsc (its messages go to stderr: stdout may be a --json consumer's),
 * then stamps dist/.built. Returns true on success.
 * @param {string} root
 * @returns {boolean}
 */
export function build(root) {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  // The stamp carries the time the build started: a file saved while tsc runs still counts as newer.
  const started = new Date();
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) return false;
  const stamp = join(root, 'dist', '.built');
  writeFileSync(stamp, '');
  utimesSync(stamp, started, started);
  return true;
}

/**
 * Builds when dist/ is stale; returns false (after saying why on stderr) when the build fails.
 * @param {URL | string} rootUrl
 * @returns {boolean}
 */
export function buildIfStale(rootUrl) {
  const root = typeof rootUrl === 'string' ? rootUrl : fileURLToPath(rootUrl);
  if (!isStale(root)) return true;
  process.stderr.write('atende: src/ mudou desde a última compilação; compilando (npm run build)…\n');
  if (build(root)) return true;
  process.stderr.write('atende: a compilação falhou (veja acima). Corrija o código ou rode "npm run dev" para usar src/ direto.\n');
  return false;
}

// `node bin/build.js`: the build script of package.json (`npm run build`, `prepare`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(build(fileURLToPath(new URL('..', import.meta.url))) ? 0 : 1);
}
