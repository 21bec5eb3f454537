// npm run eval:dialogues [-- --verbose] [-- --only id,id] [-- --hide blind43,blind44]: plays the main dialogue set,
// then each set of EXTRA_SETS (held-out, blind 1–…), and prints the pass rates of each apart (no set is counted in
// another set's total). `--hide` names sets still held out: their pass rates are printed, but not which dialogues
// fail nor any of their turns, so that whoever tunes the engine can run every set without reading the held-out ones.
// `--save-replies FILE` keeps a digest of every dialogue's observed replies (no text); `--changed-since FILE` then prints,
// per set, how many dialogues got any reply that differs from that digest. It works on held-out sets too, without
// naming a dialogue: whether a change of the engine reaches fresh dialogues at all, passing or not.
// An evaluation, not a test: it exits 0 whatever the pass rate, and 1 only when the dialogue data is invalid.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe } from './checks.ts';
import { changedCounts, digest } from './digest.ts';
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

/** Per set, how many dialogues' replies differ from the digests kept in `file`. */
function changedSince(file: string, sets: readonly (readonly [string, readonly DialogueResult[]])[]): void {
  const before = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  console.log(`\nReplies changed since ${file}:`);
  for (const { set, changed, of, fresh } of changedCounts(before, sets)) {
    console.log(`  ${set.padEnd(10)} ${String(changed).padStart(4)} of ${of} dialogues${fresh > 0 ? ` (${fresh} not in the digest)` : ''}`);
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

  const named: (readonly [string, readonly DialogueResult[]])[] = [['main', results], ...EXTRA_SETS.map((set, i) => [basename(set.dir), extra[i] ?? []] as const)];
  const saveAt = args.indexOf('--save-replies');
  const sinceAt = args.indexOf('--changed-since');
  report('Main dialogue set', results, verbose);
  EXTRA_SETS.forEach((set, i) => {
    console.log(`\n${'='.repeat(60)}\n`);
    report(set.title, extra[i] ?? [], verbose, hide.has(basename(set.dir)));
  });
  const since = sinceAt >= 0 ? args[sinceAt + 1] : undefined;
  if (since !== undefined) {
    // A digest that is not there is said so, not skipped in silence (a typo in its path would read as "no change").
    if (existsSync(since)) changedSince(since, named);
    else console.error(`--changed-since: no digest at ${since}`);
  }
  const save = saveAt >= 0 ? args[saveAt + 1] : undefined;
  if (save !== undefined) writeFileSync(save, JSON.stringify(Object.fromEntries(named.flatMap(([set, rs]) => rs.map((r) => digest(set, r)))), null, 0));
  return 0;
}

process.exitCode = await main();
