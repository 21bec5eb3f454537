// npm run eval:perturb [-- --sets blind57,blind58] [-- --show greeting,story] [-- --hide blind59,blind60]: the perturbation
// eval. Takes every dialogue that passes as written (main set, then EXTRA_SETS), and replays it with ONE
// label-preserving change applied to each of the citizen's typed turns, one kind of change per replay: a real citizen
// would be right to expect the same answers. Prints, per change and per category, how many of the dialogues the
// change touched still pass; `--show <change>` prints the first failing turn of up to 30 of them. `--hide` names
// held-out sets: they are not played at all (neither their figures nor their turns). An evaluation, not a test.
import { basename } from 'node:path';
import { DATA_DIR, EXTRA_SETS, loadDialogues, type LoadedDialogue } from './load.ts';
import { explainFailure, loadBundled, playDialogue, type DialogueResult } from './run.ts';
import { CATEGORIES, type Category } from './schema.ts';

/**
 * A question: it ends in "?" or opens with a question word (the only turns a preamble or a tail is put on). Not a bare
 * "que": "que atendimento horrível" exclaims.
 */
const QUESTION_WORD =
  /^(?:e\s+)?(?:como|quando|onde|aonde|qual|quais|quanto|quantos|quantas|quem|o\s+que|por\s*que|pq|cad[eê]|posso|preciso|pode|tem\s+como|d[aá]\s+pra|existe|h[aá]|sabe|devo|vale|serve)\b/i;
const isQuestion = (text: string): boolean => /\?\s*$/.test(text) || QUESTION_WORD.test(text.trim());

/** Puts `tail` before the closing "?" (or ".", "!") when there is one, else at the end. */
function beforeMark(text: string, tail: string): string {
  const t = text.trimEnd();
  const m = /[?.!]+$/.exec(t);
  return m === null ? `${t}${tail}` : `${t.slice(0, m.index)}${tail}${m[0]}`;
}

/** Punctuation a voice-to-text reader leaves out: marks at a word's edge; inside a token ("25/11", "gov.br", "1.500") it stays. */
const EDGE_PUNCT = /[.,;:!?¿¡…"“”'()\-–—]+(?=\s|$)|(?<=^|\s)[.,;:!?¿¡…"“”'()\-–—]+/gu;

interface Change {
  name: string;
  /** Only on turns that are questions. */
  questionsOnly: boolean;
  /**
   * Only on turns said with a service in focus: the story's "fez *isso*" points back at what is being talked about,
   * and with nothing talked about yet (a first message, the menu, a list) it points at nothing, and is no longer
   * the same message.
   */
  focusOnly?: true;
  apply: (text: string) => string;
}

const CHANGES: readonly Change[] = [
  { name: 'caps', questionsOnly: false, apply: (t) => t.toLocaleUpperCase('pt-BR') },
  { name: 'noaccent', questionsOnly: false, apply: (t) => t.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') },
  { name: 'nopunct', questionsOnly: false, apply: (t) => t.replace(EDGE_PUNCT, '').replace(/\s+/g, ' ').trim() },
  { name: 'greeting', questionsOnly: true, apply: (t) => `Bom dia! ${t}` },
  { name: 'story', questionsOnly: true, focusOnly: true, apply: (t) => `Meu vizinho fez isso e teve problema, então quero saber direito. ${t}` },
  { name: 'doubt', questionsOnly: true, apply: (t) => `tenho uma dúvida: ${t}` },
  { name: 'please', questionsOnly: true, apply: (t) => beforeMark(t, ' por favor') },
  { name: 'mineires', questionsOnly: true, apply: (t) => beforeMark(`uai, ${t}`, ' sô') },
  { name: 'thanks', questionsOnly: true, apply: (t) => `${t.trimEnd()} obrigado!` },
];

/**
 * The dialogue with `change` applied to each typed turn it may touch, or undefined when it touches none.
 * Untouched: button presses and deep links (not typed), and turns typed on a form field or its confirmation (the
 * screen before the turn, as observed in the passing run), since a field answer is data, not a way of saying.
 */
function perturbed(d: LoadedDialogue, played: DialogueResult, change: Change): LoadedDialogue | undefined {
  let touched = false;
  const turns = d.turns.map((t, i) => {
    if (!('say' in t)) return t;
    const obs = i === 0 ? undefined : played.turns[i - 1]?.obs;
    const before = obs?.screen;
    if (before === 'field' || before === 'confirm') return t;
    if (change.focusOnly && (obs?.focus ?? null) === null) return t;
    if (change.questionsOnly && !isQuestion(t.say)) return t;
    const say = change.apply(t.say);
    if (say === t.say) return t;
    touched = true;
    return { ...t, say };
  });
  return touched ? { ...d, turns } : undefined;
}

interface Tally {
  passed: number;
  of: number;
}

function arg(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const hide = new Set((arg(args, '--hide') ?? '').split(',').filter(Boolean));
  const only = arg(args, '--sets')?.split(',').filter(Boolean);
  const show = (arg(args, '--show') ?? '').split(',').filter(Boolean);
  for (const name of show) if (!CHANGES.some((c) => c.name === name)) throw new Error(`--show: no change "${name}" (${CHANGES.map((c) => c.name).join(', ')})`);
  const started = performance.now();
  const { catalogue, ctx } = await loadBundled();
  const dirs = [DATA_DIR, ...EXTRA_SETS.map((s) => s.dir)].filter((dir) => {
    const name = dir === DATA_DIR ? 'main' : basename(dir);
    return !hide.has(name) && (only === undefined || only.includes(name));
  });

  const tally = new Map<string, Map<Category, Tally>>(CHANGES.map((c) => [c.name, new Map()]));
  const shown = new Map<string, string[]>(show.map((name) => [name, []]));
  let base = 0;
  for (const dir of dirs) {
    for (const d of await loadDialogues(catalogue, dir)) {
      const played = playDialogue(d, ctx);
      if (!played.passed) continue;
      base++;
      for (const change of CHANGES) {
        const p = perturbed(d, played, change);
        if (p === undefined) continue;
        const r = playDialogue(p, ctx);
        const byCat = tally.get(change.name) ?? new Map<Category, Tally>();
        const t = byCat.get(d.category) ?? { passed: 0, of: 0 };
        t.of++;
        if (r.passed) t.passed++;
        byCat.set(d.category, t);
        const list = shown.get(change.name);
        if (!r.passed && list !== undefined && list.length < 30) list.push(`[${dir === DATA_DIR ? 'main' : basename(dir)}] ${explainFailure(r)}`);
      }
    }
  }

  const fmt = (t: Tally): string => `${t.passed.toLocaleString('en')}/${t.of.toLocaleString('en')}`.padStart(13) + `${t.of === 0 ? '' : ` ${((100 * t.passed) / t.of).toFixed(1).padStart(5)}%`}`;
  console.log(`Perturbation eval: ${base.toLocaleString('en')} dialogues pass as written (${dirs.length} sets); per change, those it touched that still pass\n`);
  let all: Tally = { passed: 0, of: 0 };
  for (const change of CHANGES) {
    const byCat = tally.get(change.name) ?? new Map<Category, Tally>();
    let sum: Tally = { passed: 0, of: 0 };
    for (const [cat] of Object.entries(CATEGORIES) as [Category, string][]) {
      const t = byCat.get(cat);
      if (t === undefined) continue;
      console.log(`  ${change.name.padEnd(9)} ${cat.padEnd(11)} ${fmt(t)}`);
      sum = { passed: sum.passed + t.passed, of: sum.of + t.of };
    }
    console.log(`  ${change.name.padEnd(9)} ${'all'.padEnd(11)} ${fmt(sum)}\n`);
    all = { passed: all.passed + sum.passed, of: all.of + sum.of };
  }
  console.log(`  ${'Total'.padEnd(21)} ${fmt(all)}`);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  for (const [name, list] of shown) {
    console.log(`\nFirst failing turn under "${name}" (${list.length} shown):\n`);
    for (const s of list) console.log(`${s}\n`);
  }
}

await main();
