// A trained fallback for follow-up questions (round 4300). Where the intent table reads no topic in a message typed with
// a service in focus, and the engine would otherwise say "Não tenho essa informação" or "Não entendi bem", the message
// is weighed against the table's own topic phrases (`cues.ts` TOPICS, strong and weak) as a nearest neighbour: each
// phrase is a bag of features (its stems, a glue word as itself, and each pair of neighbouring stems that are not glue),
// weighed by how few phrases hold them (idf); the message's best phrase by cosine gives its topic. Words the training
// never met weigh against it (a story or a thing asked that no topic phrase holds scores low), except the service in
// focus's own name words. Above a score, and ahead of every other topic by a margin, the topic is answered from the
// card as the table's answer would be (views.ts, sayGuessed); below it nothing changes. Trained when first asked, from
// the cue sets the table has already compiled (topics.ts, topicCueSets): no model file, nothing added to start-up.
import { topicCueSets } from './topics.ts';
import { compileCues, isGlue, type Cue, type Reading } from './reading.ts';
import type { Topic } from './types.ts';

/**
 * Questions of each topic in words the cue phrases do not use, written for this fallback (never taken from the dialogue
 * sets): the vocabulary of each topic, so a question in other words still meets its topic (round 4301). The table never
 * reads these; only the fallback does.
 */
const EXAMPLES: Partial<Record<Topic, readonly string[]>> = {
  cost: ['vou desembolsar quanto', 'tenho que desembolsar algo', 'quanto em dinheiro', 'gasto quanto em dinheiro', 'precisa de dinheiro', 'qual o percentual', 'quanto por cento', 'custa grana', 'sai caro ou barato'],
  time: ['qual a data', 'que dia sai', 'quantas semanas', 'quantos meses', 'dura quanto', 'comeca quando', 'sai quando o resultado', 'em quanto tempo fica pronto'],
  online: ['pelo notebook', 'pelo tablet', 'pelo computador', 'a distancia', 'remoto', 'tudo pela internet'],
  documents: ['que papel eu apresento', 'o que eu apresento', 'tenho que apresentar o que', 'que documento eu mostro', 'o que eu mostro la'],
  where: ['em que unidade', 'qual unidade', 'em qual cidade', 'em que cidade', 'qual o endereco do lugar', 'em qual predio'],
  how: ['como inicia', 'como iniciar', 'como dou entrada', 'como dar entrada', 'como comeca', 'por onde comeco', 'qual o primeiro passo', 'como eu peco'],
  requirements: ['ele consegue fazer', 'ela consegue fazer', 'qualquer parente consegue', 'quem consegue pedir', 'eu me encaixo', 'tenho perfil'],
  minors: ['adolescente faz', 'crianca consegue', 'com quantos anos', 'idade minima para fazer'],
  appointment: ['reservar horario', 'reservar um horario', 'marcar antes', 'agendar antes', 'precisa de horario marcado'],
};

/** How much a word the training never met weighs, against the rarest feature of the training. */
const UNSEEN_WEIGHT = 1.5;
/** A weak phrase (a noun that is also a topic's word: "documento", "telefone") counts for less than a question. */
const WEAK_WEIGHT = 0.7;

/** The trained model: each phrase's topic, weakness and norm; each feature's idf and the phrases holding it. */
interface Model {
  topics: Topic[];
  weak: boolean[];
  norms: Float64Array;
  idf: Map<string, number>;
  postings: Map<string, number[]>;
  unseen: number;
}

/** The features of a sequence of stems: each stem, a glue word as itself ("para" is never "pare"), and each pair of neighbouring stems that are not glue. */
function featuresOf(stems: readonly string[], tokens: readonly string[]): string[] {
  const out: string[] = [];
  const content: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const token = tokens[i] ?? '';
    const s = stems[i] ?? '';
    if (s === '') continue;
    if (isGlue(token)) out.push(`~${token}`);
    else {
      out.push(s);
      content.push(s);
    }
  }
  for (let i = 0; i + 1 < content.length; i++) out.push(`${content[i] ?? ''} ${content[i + 1] ?? ''}`);
  return out;
}

let model: Model | undefined;

/** Trains the model from the table's compiled topic cues. */
function train(): Model {
  const raw: { topic: Topic; weak: boolean; features: string[] }[] = [];
  const add = (topic: Topic, weak: boolean, cues: readonly Cue[]): void => {
    for (const cue of cues) raw.push({ topic, weak, features: [...new Set(featuresOf(cue.stems, cue.words))] });
  };
  for (const set of topicCueSets()) {
    add(set.topic, false, set.strong.cues);
    add(set.topic, false, compileCues(EXAMPLES[set.topic] ?? []));
    add(set.topic, true, set.weak.cues);
  }
  const df = new Map<string, number>();
  for (const r of raw) for (const f of r.features) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [f, n] of df) idf.set(f, Math.log(1 + raw.length / n));
  const postings = new Map<string, number[]>();
  const norms = new Float64Array(raw.length);
  raw.forEach((r, i) => {
    let sq = 0;
    for (const f of r.features) {
      const w = idf.get(f) ?? 0;
      sq += w * w;
      const list = postings.get(f);
      if (list === undefined) postings.set(f, [i]);
      else list.push(i);
    }
    norms[i] = Math.sqrt(sq);
  });
  return { topics: raw.map((r) => r.topic), weak: raw.map((r) => r.weak), norms, idf, postings, unseen: Math.log(1 + raw.length) * UNSEEN_WEIGHT };
}

/** The topic guessed for a message: the best phrase's topic and cosine, and the best cosine of any other topic. */
export interface Guess {
  topic: Topic;
  score: number;
  next: number;
}

/**
 * The topic a message most likely asks, by its nearest topic phrase. `own`: the stems of the service in focus's names,
 * which weigh nothing unless a topic phrase holds them (they say what the question is about, not what it asks).
 */
export function guessTopic(m: Reading, own: ReadonlySet<string>): Guess | undefined {
  model ??= train();
  const { idf, postings, norms, topics, weak, unseen } = model;
  const stems = m.stems.map((s) => (own.has(s) && !idf.has(s) ? '' : s));
  const weights = new Map<string, number>();
  for (const f of featuresOf(stems, m.tokens)) {
    const w = idf.get(f);
    if (w !== undefined) weights.set(f, w);
    else if (!f.startsWith('~') && !f.includes(' ')) weights.set(f, unseen);
  }
  let sq = 0;
  for (const w of weights.values()) sq += w * w;
  if (sq === 0) return undefined;
  const norm = Math.sqrt(sq);
  const dots = new Map<number, number>();
  for (const [f, w] of weights) {
    const list = postings.get(f);
    if (list === undefined) continue;
    // A phrase holds each of its features once, weighed by the feature's idf (= w).
    for (const i of list) dots.set(i, (dots.get(i) ?? 0) + w * w);
  }
  const best = new Map<Topic, number>();
  for (const [i, dot] of dots) {
    const topic = topics[i] as Topic;
    const cos = (dot / (norm * (norms[i] ?? 1))) * (weak[i] === true ? WEAK_WEIGHT : 1);
    if (cos > (best.get(topic) ?? 0)) best.set(topic, cos);
  }
  let first: Topic | undefined;
  let score = 0;
  let next = 0;
  for (const [topic, cos] of best) {
    if (cos > score) {
      next = score;
      score = cos;
      first = topic;
    } else if (cos > next) next = cos;
  }
  return first === undefined ? undefined : { topic: first, score, next };
}
