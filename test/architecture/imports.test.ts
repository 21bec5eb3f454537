// The import rules of src/ (see layers.ts): part of `npm test`, so an import that points up fails the build
// with a message naming the file, the line and the fix.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { checkImports, edgeProblem, layerOf, packageProblem } from './layers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A throw-away project with the given files under src/. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'atende-layers-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'src', path)), { recursive: true });
    writeFileSync(join(root, 'src', path), text);
  }
  return root;
}

describe('the source tree', () => {
  it('has no import that points up a layer, between sibling adapters, or to a library outside its place', () => {
    expect(checkImports(projectRoot).map((v) => v.message)).toEqual([]);
  });
});

describe('the rules', () => {
  it('place privacy with core, stats below store, and the composition root on top', () => {
    expect(layerOf('privacy/redact.ts')?.name).toBe('core');
    expect(layerOf('stats/report.ts')?.rank).toBeLessThan(layerOf('store/sqlite/store.ts')?.rank ?? -1);
    expect(layerOf('cli.ts')?.name).toBe('app');
    expect(layerOf('commands/serve.ts')?.name).toBe('app');
  });

  it('refuse an import that points up, naming both layers', () => {
    expect(edgeProblem('catalogue/live.ts', 'conversation/runtime.ts')).toMatch(/^catalogue \(layer 2\) must not depend on conversation \(layer 4\)/);
    expect(edgeProblem('store/sqlite/store.ts', 'stats/rollup.ts')).toBeUndefined();
    expect(edgeProblem('stats/report.ts', 'store/open.ts')).toMatch(/stats .* must not depend on store/);
  });

  it('keep sibling adapters and stores apart, but let them share', () => {
    expect(edgeProblem('channels/telegram/bot.ts', 'channels/whatsapp/render.ts')).toMatch(/sibling channels\/whatsapp\//);
    expect(edgeProblem('channels/telegram/bot.ts', 'channels/shared/split.ts')).toBeUndefined();
    expect(edgeProblem('store/memory/store.ts', 'store/sqlite/store.ts')).toMatch(/sibling store\/sqlite\//);
    expect(edgeProblem('store/open.ts', 'store/sqlite/store.ts')).toBeUndefined();
  });

  it('allow better-sqlite3 only inside the SQLite store', () => {
    expect(packageProblem('stats/report.ts', 'better-sqlite3')).toContain('src/store/sqlite/');
    expect(packageProblem('store/sqlite/stats.ts', 'better-sqlite3')).toBeUndefined();
  });
});

describe('a tree that breaks them', () => {
  it('is reported with the file, the line and the offending import', () => {
    const root = project({
      'core/time.ts': 'export const x = 1;\n',
      'catalogue/template.ts': "import { x } from '../core/time.ts';\nimport { y } from '../store/time.ts';\nexport const z = x + y;\n",
      'store/time.ts': 'export const y = 2;\n',
      'stats/source.ts': "// reads the file directly\nimport Database from 'better-sqlite3';\nexport const open = (p: string) => new Database(p);\n",
      'stats/lazy.ts': "export async function load() {\n  return import('../channels/types.ts');\n}\n",
      'channels/types.ts': 'export {};\n',
      'store/sqlite/worker.ts': "export const driver = 'better-sqlite3';\n",
      'stats/worker.ts': "import { createRequire } from 'node:module';\nexport const driver = createRequire(import.meta.url).resolve('better-sqlite3');\n",
      'misc/helper.ts': 'export {};\n',
    });
    const messages = checkImports(root).map((v) => v.message).sort();
    expect(messages).toEqual([
      expect.stringMatching(/^src\/catalogue\/template\.ts:2 imports '\.\.\/store\/time\.ts': catalogue \(layer 2\) must not depend on store \(layer 6\)/),
      expect.stringMatching(/^src\/misc\/helper\.ts is in no layer/),
      expect.stringMatching(/^src\/stats\/lazy\.ts:2 imports '\.\.\/channels\/types\.ts': stats .* must not depend on channels/),
      expect.stringMatching(/^src\/stats\/source\.ts:2 imports 'better-sqlite3': better-sqlite3 may only be used in src\/store\/sqlite\//),
      expect.stringMatching(/^src\/stats\/worker\.ts:2 imports 'better-sqlite3'/),
    ]);
  });
});
