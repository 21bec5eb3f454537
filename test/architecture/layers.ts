// The import rules of src/, checked by imports.test.ts: layers only point down, adapters stay apart, and a few
// libraries live in one place each. Imports are read with TypeScript's own pre-processor (static imports,
// re-exports, import() and require()), plus every string literal naming a restricted package.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The layers, lowest first. A module may import from its own layer and the layers before it. */
export const LAYERS: readonly { name: string; paths: readonly string[] }[] = [
  // privacy/ (redaction, pseudonyms) is a leaf every layer may use: it sits with core.
  { name: 'core', paths: ['core/', 'privacy/'] },
  { name: 'catalogue', paths: ['catalogue/'] },
  { name: 'search', paths: ['search/'] },
  { name: 'conversation', paths: ['conversation/'] },
  // stats defines what the figures are (the StatsReader port, the rollup arithmetic); stores implement them.
  { name: 'stats', paths: ['stats/'] },
  { name: 'store', paths: ['store/'] },
  { name: 'channels', paths: ['channels/'] },
  { name: 'app', paths: ['app.ts', 'cli.ts', 'config.ts', 'dotenv.ts', 'log.ts', 'commands/'] },
];

/** Folders whose subfolders are independent implementations: one may use `shared/` and the folder's own files, never a sibling. */
const SIBLINGS: readonly string[] = ['channels/', 'store/'];

/** Libraries allowed in one place only (a path prefix under src/). */
export const PACKAGES: readonly { name: RegExp; label: string; only: string; why: string }[] = [
  { name: /^better-sqlite3$/, label: 'better-sqlite3', only: 'store/sqlite/', why: 'SQLite stays behind the Store and StatsReader ports' },
  { name: /^postgres$/, label: 'postgres', only: 'store/postgres/', why: 'PostgreSQL stays behind the Store and StatsReader ports' },
  { name: /^pino$/, label: 'pino', only: 'log.ts', why: 'the logger is injected; pino is wired at the composition root' },
  { name: /^(grammy|@grammyjs\/.*)$/, label: 'grammY', only: 'channels/telegram/', why: 'only the Telegram adapter knows Telegram' },
  { name: /^(whatsapp-web\.js|qrcode-terminal)$/, label: 'whatsapp-web.js', only: 'channels/whatsapp/', why: 'only the WhatsApp adapter knows WhatsApp Web' },
];

/** One broken rule. */
export interface Violation {
  /** Path under the project, e.g. "src/stats/source.ts". */
  file: string;
  line: number;
  message: string;
}

const ORDER = LAYERS.map((l) => l.name).join(' → ');

/** The layer of a path relative to src/ ("stats/report.ts"), or undefined when none claims it. */
export function layerOf(path: string): { name: string; rank: number } | undefined {
  const rank = LAYERS.findIndex((l) => l.paths.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)));
  const layer = LAYERS[rank];
  return layer ? { name: layer.name, rank } : undefined;
}

/** Why `from` may not import `to` (both relative to src/), or undefined when it may. */
export function edgeProblem(from: string, to: string): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b) return undefined;
  if (b.rank > a.rank) {
    return `${a.name} (layer ${a.rank + 1}) must not depend on ${b.name} (layer ${b.rank + 1}). Layers only point down: ${ORDER}. Move what both need down a layer (core/ for shared helpers), or hand it in from above as a parameter or a port.`;
  }
  for (const parent of SIBLINGS) {
    const own = subfolder(from, parent);
    const other = subfolder(to, parent);
    if (own !== undefined && other !== undefined && own !== other && other !== 'shared') {
      return `${parent}${own}/ must not use its sibling ${parent}${other}/: implementations stay independent. Move what both need to ${parent}shared/ (or ${parent}'s own files).`;
    }
  }
  return undefined;
}

/** Why `from` (relative to src/) may not use package `name`, or undefined when it may. */
export function packageProblem(from: string, name: string): string | undefined {
  for (const p of PACKAGES) {
    if (p.name.test(name) && !(p.only.endsWith('/') ? from.startsWith(p.only) : from === p.only)) {
      return `${p.label} may only be used in src/${p.only} (${p.why}).`;
    }
  }
  return undefined;
}

function subfolder(path: string, parent: string): string | undefined {
  if (!path.startsWith(parent)) return undefined;
  const rest = path.slice(parent.length);
  const i = rest.indexOf('/');
  return i < 0 ? undefined : rest.slice(0, i);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const slash = (p: string): string => p.split(sep).join('/');

/** Every broken rule under `<root>/src`. */
export function checkImports(root: string): Violation[] {
  const src = join(root, 'src');
  const out: Violation[] = [];
  for (const file of sourceFiles(src)) {
    const from = slash(relative(src, file));
    const shown = `src/${from}`;
    if (!layerOf(from)) {
      out.push({ file: shown, line: 1, message: `${shown} is in no layer: add its folder to LAYERS in test/architecture/layers.ts, at the right height.` });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
    const seen = new Set<string>();
    const report = (pos: number, spec: string, problem: string | undefined): void => {
      const key = `${pos}:${spec}`;
      if (!problem || seen.has(key)) return;
      seen.add(key);
      out.push({ file: shown, line: lineOf(pos), message: `${shown}:${lineOf(pos)} imports '${spec}': ${problem}` });
    };
    for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
      const spec = ref.fileName;
      if (spec.startsWith('.')) {
        const target = slash(relative(src, resolve(dirname(file), spec)));
        if (target.startsWith('..')) continue;
        report(ref.pos, spec, edgeProblem(from, target));
      } else {
        report(ref.pos, spec, packageProblem(from, spec));
      }
    }
    // A package named in a string (require.resolve('better-sqlite3'), a worker's require) counts as a use too.
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) && PACKAGES.some((p) => p.name.test(node.text))) report(node.getStart(sf), node.text, packageProblem(from, node.text));
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
