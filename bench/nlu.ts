// `npx tsx bench/nlu.ts`: the intent table against an NLU library trained from example utterances
// (nlp.js with @nlpjs/lang-pt), on held-out utterances typed in context. nlp.js is trained on the very
// phrases of the table's cues, one intent per label; both answer in the same place of the conversation,
// and nlp.js is given the table's own knowledge of where each intent applies (its best-scoring intent
// among those allowed there), so the comparison is about understanding words, not about context.
//
// The held-out utterances below were written for this bench, after the cues, in citizens' words (slang,
// typos, no accents); they are not in the cue lists. The blind dialogue set (npm run eval:dialogues) is
// the final judge; this is a quick, repeatable check of the same question.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { loadCatalogue } from '../src/catalogue/load.ts';
import { projectRoot } from '../src/config.ts';
import { step, understand, type EngineContext } from '../src/conversation/engine.ts';
import * as cues from '../src/conversation/cues.ts';
import { INTENTS } from '../src/conversation/intents.ts';
import { initialState, type ConversationState, type Topic } from '../src/conversation/types.ts';
import { buildSearchIndex } from '../src/search/index.ts';

interface NlpResult {
  intent: string;
  score: number;
  classifications?: { intent: string; score: number }[];
}
interface Nlp {
  settings: { autoSave: boolean };
  addLanguage(lang: string): void;
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<NlpResult>;
}
// nlp.js is CommonJS without types: load it through require and type what is used.
const require = createRequire(import.meta.url);
const { containerBootstrap } = require('@nlpjs/core') as {
  containerBootstrap: () => Promise<{ use(x: unknown): void; get(name: string): Nlp; registerConfiguration(name: string, settings: object, overwrite: boolean): void }>;
};
const { Nlp: NlpPlugin } = require('@nlpjs/nlp') as { Nlp: unknown };
const { LangPt } = require('@nlpjs/lang-pt') as { LangPt: unknown };

/** Training phrases by label: the table's cue lists. */
const training: Record<string, readonly string[]> = {
  cancel_form: cues.CANCEL_FORM,
  menu: cues.MENU,
  help: cues.HELP,
  handoff: [...cues.HANDOFF, ...cues.HANDOFF_WORD],
  quit: cues.QUIT,
  rephrase: cues.REPHRASE,
  back: cues.BACK,
  field_question: cues.FIELD_QUESTION,
  yes: cues.YES,
  no: cues.NO,
  step_next: cues.NEXT,
  step_repeat: cues.REPEAT,
  step_finish: cues.FINISH,
  categories: cues.CATEGORIES,
  start_form: [...cues.START_FORM, ...cues.START_FORM_WORD],
  correction: cues.CORRECTION,
  small_talk: Object.values(cues.SOCIAL).flat(),
  ...Object.fromEntries((Object.keys(cues.TOPICS) as Topic[]).map((t) => [`follow_up:${t}`, [...cues.TOPICS[t].strong, ...cues.TOPICS[t].weak]])),
};

/** Held-out utterances: where they are said (messages before them), what they mean. */
const places = {
  card: ['perdi meu rg'],
  walk: ['perdi meu rg', 'passo a passo'],
  form: ['segunda via do rg', 'fazer solicitação', 'Maria da Silva'],
  confirm: ['segunda via do rg', 'fazer solicitação', 'Maria da Silva', '529.982.247-25', 'bh', '15/12/2026', 'furto', '(31) 99999-1234'],
  feedback: ['perdi meu rg', 'passo a passo', 'próxima', 'próxima', 'próxima', 'próxima'],
  start: [] as string[],
};
const heldOut: [place: keyof typeof places, text: string, label: string][] = [
  ['card', 'quanto que fica pra tirar?', 'follow_up:cost'],
  ['card', 'vou ter q pagar alguma coisa', 'follow_up:cost'],
  ['card', 'preciso levar que papel?', 'follow_up:documents'],
  ['card', 'quais os docs q eu levo', 'follow_up:documents'],
  ['card', 'onde eu vou pra fazer isso', 'follow_up:where'],
  ['card', 'fica aonde?', 'follow_up:where'],
  ['card', 'demora quantos dias?', 'follow_up:time'],
  ['card', 'fica pronto quando', 'follow_up:time'],
  ['card', 'da pra resolver pelo site?', 'follow_up:online'],
  ['card', 'preciso ir la pessoalmente', 'follow_up:online'],
  ['card', 'quem pode pedir isso?', 'follow_up:requirements'],
  ['card', 'eu tenho direito?', 'follow_up:requirements'],
  ['card', 'tem que marcar antes?', 'follow_up:appointment'],
  ['card', 'precisa de agendamento?', 'follow_up:appointment'],
  ['card', 'e pra menor de idade como fica', 'follow_up:minors'],
  ['card', 'meu filho de 10 anos pode fazer?', 'follow_up:minors'],
  ['card', 'me passa o site oficial', 'follow_up:link'],
  ['card', 'tem algum link?', 'follow_up:link'],
  ['card', 'como eu faço isso?', 'follow_up:how'],
  ['card', 'qual o procedimento pra tirar', 'follow_up:how'],
  ['card', 'qual numero eu ligo?', 'follow_up:contact'],
  ['card', 'tem telefone pra ligar?', 'follow_up:contact'],
  ['card', 'valeu demais', 'small_talk'],
  ['card', 'blz entendi', 'small_talk'],
  ['card', 'vc é uma pessoa de verdade?', 'small_talk'],
  ['card', 'muito obrigada moço', 'small_talk'],
  ['card', 'que bot inutil', 'small_talk'],
  ['card', 'oq?', 'rephrase'],
  ['card', 'nao entendi foi nada', 'rephrase'],
  ['card', 'quero falar com um humano', 'handoff'],
  ['card', 'pode agendar pra mim por favor', 'start_form'],
  ['card', 'na real era a cnh', 'correction'],
  ['card', 'segunda via da conta de luz', 'search'],
  ['card', 'comprar um celular', 'search'],
  ['card', 'menu principal', 'menu'],
  ['card', 'tchau obrigado', 'quit'],
  ['walk', 'próximo passo por favor', 'step_next'],
  ['walk', 'e agora?', 'step_next'],
  ['walk', 'ok feito', 'step_next'],
  ['walk', 'mostra de novo', 'step_repeat'],
  ['walk', 'volta pra anterior', 'back'],
  ['walk', 'já terminei tudo', 'step_finish'],
  ['walk', 'quanto custa essa taxa?', 'follow_up:cost'],
  ['form', 'pra que vcs querem meu cpf', 'field_question'],
  ['form', 'isso é seguro mesmo?', 'field_question'],
  ['form', 'desisto', 'cancel_form'],
  ['form', 'esquece, não quero mais', 'cancel_form'],
  ['form', 'obrigada', 'small_talk'],
  ['confirm', 'isso mesmo pode mandar', 'yes'],
  ['confirm', 'tá errado', 'no'],
  ['feedback', 'ajudou sim', 'yes'],
  ['feedback', 'não ajudou em nada', 'no'],
  ['start', 'bom dia tudo bem?', 'small_talk'],
  ['start', 'quais serviços vocês tem?', 'categories'],
  ['start', 'como funciona isso aqui', 'help'],
  ['start', 'quero renovar minha cnh', 'search'],
];

/** A second list, written after the table was tuned on the first and never used to tune it. */
const fresh: [place: keyof typeof places, text: string, label: string][] = [
  ['card', 'e o valor?', 'follow_up:cost'],
  ['card', 'sai de graça?', 'follow_up:cost'],
  ['card', 'tem q levar alguma coisa?', 'follow_up:documents'],
  ['card', 'documentação necessária', 'follow_up:documents'],
  ['card', 'em que lugar eu faço', 'follow_up:where'],
  ['card', 'vai demorar muito?', 'follow_up:time'],
  ['card', 'consigo fazer online msm?', 'follow_up:online'],
  ['card', 'qualquer um pode pedir?', 'follow_up:requirements'],
  ['card', 'precisa marcar horario antes', 'follow_up:appointment'],
  ['card', 'e se eu tiver 16 anos', 'follow_up:minors'],
  ['card', 'manda o link ai', 'follow_up:link'],
  ['card', 'me explica como faz', 'follow_up:how'],
  ['card', 'tem um telefone?', 'follow_up:contact'],
  ['card', 'brigadao', 'small_talk'],
  ['card', 'show de bola', 'small_talk'],
  ['card', 'isso é um robo?', 'small_talk'],
  ['card', 'como assim', 'rephrase'],
  ['card', 'quero atendimento com uma pessoa', 'handoff'],
  ['card', 'vc consegue marcar pra mim?', 'start_form'],
  ['card', 'opa, errei, queria a cnh', 'correction'],
  ['card', 'tchau', 'quit'],
  ['card', 'volta pro inicio', 'menu'],
  ['walk', 'bora pra proxima', 'step_next'],
  ['walk', 'repete essa etapa', 'step_repeat'],
  ['walk', 'volta uma etapa', 'back'],
  ['form', 'por que precisa disso?', 'field_question'],
  ['form', 'deixa quieto', 'cancel_form'],
  ['confirm', 'ta tudo certo sim', 'yes'],
  ['confirm', 'não, tem erro', 'no'],
  ['feedback', 'ajudou muito sim', 'yes'],
  ['start', 'o que vc sabe fazer?', 'help'],
  ['start', 'pagar ipva atrasado', 'search'],
];

async function main(): Promise<void> {
  const loaded = await loadCatalogue(join(projectRoot, 'data'));
  if (!loaded.catalogue) throw new Error('the catalogue in data/ has errors: run npm start -- catalogue check');
  const catalogue = loaded.catalogue;
  const ctx: EngineContext = { catalogue, search: buildSearchIndex(catalogue), now: new Date(), newProtocol: () => 'ATD-20260101-000001', findRequest: () => undefined };
  const stateAt = (messages: readonly string[]): ConversationState => messages.reduce((s, text) => step(s, { kind: 'text', text }, ctx).state, initialState());
  const states = Object.fromEntries(Object.entries(places).map(([k, v]) => [k, stateAt(v)])) as Record<keyof typeof places, ConversationState>;
  if (states.feedback.view.at !== 'feedback' || states.confirm.view.at !== 'confirm' || states.form.view.at !== 'form') throw new Error('a place of the bench is not where it should be: check the messages that lead to it');

  const container = await containerBootstrap();
  container.use(NlpPlugin);
  container.use(LangPt);
  // nlp.js's own spelling correction on (one edit), as the table forgives one typo; no training log.
  container.registerConfiguration('nlu-??', { keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2, spellCheck: true, spellCheckDistance: 1, filterZeros: true, log: false }, true);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.addLanguage('pt');
  for (const [label, phrases] of Object.entries(training)) for (const p of phrases) nlp.addDocument('pt', p, label);
  const t0 = performance.now();
  await nlp.train();
  const trainMs = performance.now() - t0;

  /** Where each label applies, from the table ("follow_up:cost" applies where follow_up does). */
  const where = (label: string): readonly string[] | 'anywhere' => INTENTS.find((i) => i.name === label.split(':')[0])?.where ?? 'anywhere';
  const tableLabel = (name: string): string => (name.startsWith('follow_up:') ? (name.split('+')[0] ?? name) : ['search', 'handoff_word'].includes(name) ? (name === 'handoff_word' ? 'handoff' : 'search') : name);

  /** Accuracy of both on a list of held-out utterances, with the misses of either. */
  const evaluate = async (items: typeof heldOut): Promise<{ table: number; nlp: number; tableMs: number; nlpMs: number; misses: string[] }> => {
    let tableOk = 0;
    let nlpOk = 0;
    const tableMs: number[] = [];
    const nlpMs: number[] = [];
    const misses: string[] = [];
    for (const [place, text, label] of items) {
      const state = states[place];
      let t = performance.now();
      const byTable = tableLabel(understand(state, text, ctx));
      tableMs.push(performance.now() - t);
      t = performance.now();
      const result = await nlp.process('pt', text);
      nlpMs.push(performance.now() - t);
      const allowed = (result.classifications ?? []).filter((c) => {
        const w = where(c.intent);
        return w === 'anywhere' || w.includes(state.view.at);
      });
      const best = allowed[0];
      const byNlp = best && best.score >= 0.5 ? best.intent : 'search';
      if (byTable === label) tableOk++;
      if (byNlp === label) nlpOk++;
      if (byTable !== label || byNlp !== label) misses.push(`  ${place.padEnd(9)} "${text}" → ${label}: tabela ${byTable === label ? 'ok' : byTable}, nlp.js ${byNlp === label ? 'ok' : `${byNlp} (${best?.score.toFixed(2) ?? '—'})`}`);
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { table: tableOk, nlp: nlpOk, tableMs: mean(tableMs), nlpMs: mean(nlpMs), misses };
  };

  console.log(`\nIntenções: tabela de frases × nlp.js (${Object.values(training).flat().length} frases de treino, ${Object.keys(training).length} rótulos; treino do nlp.js ${trainMs.toFixed(0)} ms)\n`);
  for (const [name, items] of [['lista 1 (a tabela foi ajustada com ela)', heldOut], ['lista 2 (nunca usada para ajustar)', fresh]] as const) {
    const r = await evaluate(items);
    const n = items.length;
    console.log(`${name}: ${n} frases em contexto`);
    console.log(`  tabela de intenções   ${((r.table / n) * 100).toFixed(1).padStart(5)}%   (${r.table}/${n})   ${r.tableMs.toFixed(3)} ms por frase`);
    console.log(`  nlp.js (lang-pt)      ${((r.nlp / n) * 100).toFixed(1).padStart(5)}%   (${r.nlp}/${n})   ${r.nlpMs.toFixed(3)} ms por frase`);
    console.log(r.misses.length > 0 ? `  erros de um ou de outro:\n${r.misses.join('\n')}\n` : '');
  }
}

await main();
