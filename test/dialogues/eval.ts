// npm run eval:dialogues [-- --verbose] [-- --only id,id] [-- --hide blind43,blind44]: plays the main dialogue set,
// then each set of EXTRA_SETS (held-out, blind 1–…), and prints the pass rates of each apart (no set is counted in
// another set's total). `--hide` names sets still held out: their pass rates are printed, but not which dialogues
// fail nor any of their turns, so that whoever tunes the engine can run every set without reading the held-out ones.
// An evaluation, not a test: it exits 0 whatever the pass rate, and 1 only when the dialogue data is invalid.
import { basename } from 'node:path';
import { describe } from './checks.ts';
import { DialogueDataError, EXTRA_SETS } from './load.ts';
import { explainFailure, runDialogues, type DialogueResult } from './run.ts';
import { CATEGORIES, type Category } from './schema.ts';

function rate(rs: readonly DialogueResult[]): string {
  const passed = rs.filter((r) => r.passed).length;
  const pct = rs.length === 0 ? 0 : (100 * passed) / rs.length;
  return `${String(passed).padStart(3)} of ${String(rs.length).padEnd(3)} ${pct.toFixed(1).padStart(5)}%`;
}

/** Prints one set's pass rates (per category, informal/formal, total) and its failing dialogues. */
function report(title: string, results: readonly DialogueResult[], verbose: boolean, hidden = false): void {
  console.log(`${title}: whole dialogues passed\n`);
  for (const [id, name] of Object.entries(CATEGORIES) as [Category, string][]) {
    const of = results.filter((r) => r.dialogue.category === id);
    // A set written for one category (blind 44: follow-ups only) prints no empty rows.
    if (of.length > 0) console.log(`  ${name.padEnd(24)} ${rate(of)}`);
  }
  console.log('');
  console.log(`  ${'Informal'.padEnd(24)} ${rate(results.filter((r) => r.dialogue.informal))}`);
  console.log(`  ${'Formal'.padEnd(24)} ${rate(results.filter((r) => !r.dialogue.informal))}`);
  console.log(`  ${'Total'.padEnd(24)} ${rate(results)}`);

  const failed = results.filter((r) => !r.passed);
  if (hidden) {
    console.log(`\n(held out with --hide: ${failed.length} failing dialogues, not named)`);
    return;
  }
  if (failed.length > 0) {
    console.log(`\nFailing dialogues (${failed.length}), first failing turn:\n`);
    for (const r of failed) console.log(`${explainFailure(r)}\n`);
  }
  if (verbose) {
    console.log('\nEvery turn:\n');
    for (const r of results) {
      console.log(`${r.passed ? '✓' : '✗'} ${r.dialogue.id} (${r.dialogue.category})`);
      for (const t of r.turns) {
        console.log(`  ${t.index}. ${t.input}${t.failures.length > 0 ? '  ✗' : ''}`);
        if (t.obs) console.log(`     ${describe(t.obs, 1000)}`);
        for (const f of t.failures) console.log(`     ✗ ${f.check}: ${f.reason}`);
      }
    }
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',').filter(Boolean) : undefined;
  const hideAt = args.indexOf('--hide');
  const hide = new Set(hideAt >= 0 ? (args[hideAt + 1] ?? '').split(',').filter(Boolean) : []);
  let results: DialogueResult[];
  const extra: DialogueResult[][] = [];
  try {
    results = await runDialogues(only);
    for (const set of EXTRA_SETS) extra.push(await runDialogues(only, set.dir));
  } catch (err) {
    if (err instanceof DialogueDataError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }

  report('Main dialogue set', results, verbose);
  EXTRA_SETS.forEach((set, i) => {
    console.log(`\n${'='.repeat(60)}\n`);
    report(set.title, extra[i] ?? [], verbose, hide.has(basename(set.dir)));
  });
  return 0;
}

process.exitCode = await main();
