// Query analysis: the citizen's text as units the index can score. Unknown words are corrected
// towards the catalogue's vocabulary first, so a typo still meets its synonym phrase.
import type { Catalogue } from '../catalogue/load.ts';
import { CHILDREN, FAMILY } from '../core/people.ts';
import { fold, isStopword, stem, stopwords, words } from './normalize.ts';
import { keptWordsOf, toUnits, unitKey, type PhraseTable, type Unit } from './synonyms.ts';
import { correctionTrust, TypoCorrector } from './typo.ts';

/**
 * The infinitive's stem of a first-person verb the stemmer leaves whole ("abro" → "abrir", "vendi" →
 * "vender", "tranquei" → "trancar"), when the catalogue knows it; otherwise undefined.
 */
function verbForm(w: string, known: { has(stem: string): boolean }): string | undefined {
  if (w.length < 4 || /\d/.test(w)) return undefined;
  const candidates = w.endsWith('ei') ? [`${w.slice(0, -2)}ar`] : w.endsWith('o') ? ['ar', 'er', 'ir'].map((e) => w.slice(0, -1) + e) : w.endsWith('i') ? ['er', 'ir'].map((e) => w.slice(0, -1) + e) : [];
  // "transfiro" → "transferir", "prefiro" → "preferir", "sirvo" → "servir": -ir verbs whose e turns i in the first person.
  const ei = w.endsWith('o') ? w.slice(0, -1).lastIndexOf('i') : -1;
  if (ei > 0) candidates.push(`${w.slice(0, ei)}e${w.slice(ei + 1, -1)}ir`);
  for (const c of candidates) {
    const st = stem(c);
    if (known.has(st)) return st;
  }
  return undefined;
}

/**
 * The stem of the word a diminutive is made of ("lojinha" → "loja", "carrinho" → "carro", "papelzinho" → "papel",
 * "pouquinho" → "pouco"), when the catalogue knows it and not the diminutive itself; otherwise undefined. Words that only
 * end like one ("vizinho", "caminho", "cozinha") have no known base and stay whole.
 */
function diminutiveOf(w: string, known: (word: string) => boolean): string | undefined {
  const m = /^(.{2,}?)(z?)inh([oa])s?$/.exec(w);
  if (m === null) return undefined;
  const root = (m[1] as string).replace(/qu$/, 'c').replace(/gu$/, 'g');
  const candidates = m[2] === 'z' ? [root] : [`${root}${m[3] as string}`, `${root}${m[3] === 'a' ? 'o' : 'a'}`];
  // The base must be a word the catalogue writes, not only share a stem with one: "carterinha" (a typo of
  // "carteirinha") is no diminutive of a "cartera" whose stem is "cart".
  const base = candidates.find((c) => c.length >= 3 && known(c));
  return base === undefined ? undefined : stem(base);
}

/**
 * Words of the citizen's story around a request, saying when or what they did, not which service: "vi no site",
 * "o bo que fiz semana passada", or why ("a escola de agora é muito *longe*"). They still match a service that has them, but weigh little in how much of the
 * query a service must explain (`T.lightMass`). Who it is for ("meu tio", "minha irmã") is not among them: those words
 * keep a story that names no service from finding one ("meu tio precisa de dados"). Folded words, before stemming
 * ("passada" and "passe" share a stem).
 * The months say when, not which service ("preciso do meu contracheque de outubro"); "ninguém" says who did not
 * help ("ninguém me ajuda com a minha cnh"), not the missing person nobody knows the whereabouts of.
 */
const LIGHT_WORDS: ReadonlySet<string> = new Set(
  `
  semana passada passado anteontem
  vi viu vimos fiz fez fizemos fui deu dei disse disseram falou falaram mandou mandaram achei acho
  tava tavam estavam ficou fiquei aconteceu tentei tentando
  longe perto
  janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro
  ninguem
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * The chat spellings of "estar" in the third person that make a progressive with a gerund ("q tava dirigindo", "ela tá
 * fazendo", "tão desmatando": before a gerund "tão" is "estão", not "so"). Not the first person ("tô precisando de
 * emprego"): left in, it keeps a need the citizen tells of from
 * being read as the services that speak of needing.
 */
const PROGRESSIVE: ReadonlySet<string> = new Set(['ta', 'tava', 'tavam', 'tao']);
/** A gerund ("dirigindo", "fazendo", "indo"). */
const GERUND = /^[a-z]+(ando|endo|indo|ondo)$/;

/**
 * What the citizen has finished ("*terminei* o ensino médio na Bolívia", "ja *conclui* o curso"): the past of finishing
 * tells what is done, not a wish to finish ("terminar o ensino médio" is the EJA's popular name). Such a word is kept
 * as typed (it meets no phrase of finishing) and light. Not when denied ("nem terminei", "não concluí"): then it is
 * the wish.
 */
const FINISHED_WORDS: ReadonlySet<string> = new Set(['terminei', 'terminou', 'terminamos', 'conclui', 'concluiu', 'concluimos', 'completei', 'completou', 'formei', 'formou']);
/** Words that deny the finishing said right after them. */
const NOT_FINISHED: ReadonlySet<string> = new Set(['nao', 'nem', 'nunca', 'n', 'num']);

/** The finishing words of a query not denied (see FINISHED_WORDS). */
function finishedSaid(query: string): ReadonlySet<string> {
  const typed = fold(query).split(/[^a-z0-9]+/);
  return new Set(typed.filter((w, i) => FINISHED_WORDS.has(w) && !NOT_FINISHED.has(typed[i - 1] ?? '') && !NOT_FINISHED.has(typed[i - 2] ?? '')));
}

/**
 * Who a request is for, as the object between a verb and the rest of its phrase: "mudar meu filho de escola",
 * "transferir a minha filha de escola", "trocar o aluno de turma". Stems are taken when the analyzer is made. Its own
 * words: pupils, whom a school's phrases are about.
 */
const GAP_WORDS: readonly string[] = [...FAMILY, ...CHILDREN, 'aluno', 'aluna', 'alunos', 'alunas'];

/** Possessives between "do/da" and a kin word ("do *meu* pai", "da *minha* mãe"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'seus', 'suas', 'nosso', 'nossa', 'nossos', 'nossas']);
/** Contractions of "de" with an article: the genitive that says whose ("do pai", "da minha mãe"). */
const OF_THE: ReadonlySet<string> = new Set(['do', 'da', 'dos', 'das', 'de']);

/** Forms of "estar" between a subject and what it is ("meu tio *tá* sumido"), and a "não" before its verb. */
const BEFORE_PREDICATE: ReadonlySet<string> = new Set(['ta', 'tava', 'esta', 'estava', 'anda', 'nao']);

/**
 * The stems of the kin words said only as owners ("a herança *do meu pai*", "o sítio *da minha mãe*"): after
 * "do/da/de", with or without a possessive; or as the subject of what a synonym of the catalogue names, right before
 * it ("meu pai *sumiu*", "minha irmã *não voltou pra casa*": `named` holds the stems of those synonyms' words).
 * A kin word also said otherwise ("meu pai quer … do meu pai") is left out.
 */
function ownersIn(query: string, kin: ReadonlySet<string>, named: ReadonlySet<string>): ReadonlySet<string> {
  const typed = fold(query).split(/[^a-z0-9]+/);
  const owners = new Set<string>();
  const others = new Set<string>();
  for (const [i, w] of typed.entries()) {
    const st = stem(w);
    if (!kin.has(st)) continue;
    const before = typed[i - 1] ?? '';
    const next = BEFORE_PREDICATE.has(typed[i + 1] ?? '') && !named.has(stem(typed[i + 1] ?? '')) ? (typed[i + 2] ?? '') : (typed[i + 1] ?? '');
    const subject = POSSESSIVES.has(before) && named.has(stem(next));
    const owner = subject || OF_THE.has(before) || (POSSESSIVES.has(before) && OF_THE.has(typed[i - 2] ?? ''));
    (owner ? owners : others).add(st);
  }
  for (const st of others) owners.delete(st);
  return owners;
}

/** Turns a query into distinct units, corrected words carrying less than full trust. */
export type QueryAnalyzer = (query: string) => Unit[];

/** Builds the query analyzer of one index: `indexedTerms` and `vocabulary` (made when first called) come from its term index. */
export function createQueryAnalyzer(
  synonyms: Catalogue['synonyms'],
  indexedTerms: { has(term: string): boolean },
  vocabulary: () => ReadonlyMap<string, number>,
  phrases: PhraseTable,
): QueryAnalyzer {
  // Words known to search: catalogue words and synonym words. Stopwords join the typo vocabulary
  // so that a misspelt filler ("qeria") is recognised and dropped instead of "corrected" into a term.
  const synonymStems = new Set<string>();
  const synonymWords: string[] = [];
  for (const entry of synonyms) {
    for (const text of [entry.term, ...entry.alternatives]) {
      for (const w of keptWordsOf(text)) {
        synonymStems.add(w.stem);
        synonymWords.push(w.lower);
      }
    }
  }
  const gapStems: ReadonlySet<string> = new Set(GAP_WORDS.map(stem));
  const familyStems: ReadonlySet<string> = new Set(FAMILY.map(stem));
  const knownStems = { has: (st: string): boolean => indexedTerms.has(st) || synonymStems.has(st) };
  // Words the catalogue or a synonym writes, as written (for a diminutive's base): made when first asked.
  let written: ReadonlySet<string> | undefined;
  const knownWord = (word: string): boolean => (written ??= new Set([...vocabulary().keys(), ...synonymWords])).has(word);
  // The typo vocabulary and its corrector are made when a query first has a word to correct: many starts
  // (a command, a test) never correct anything.
  let corrector: TypoCorrector | undefined;
  const correct = (w: string): ReturnType<TypoCorrector['correct']> => {
    if (corrector === undefined) {
      const typoVocabulary = new Map(vocabulary());
      for (const sw of synonymWords) if (!typoVocabulary.has(sw)) typoVocabulary.set(sw, 1);
      for (const sw of stopwords()) if (sw.length >= 4 && !typoVocabulary.has(sw)) typoVocabulary.set(sw, 0);
      corrector = new TypoCorrector(typoVocabulary);
    }
    return corrector.correct(w);
  };

  // Only unknown words of 4+ letters without digits are corrected: short words and numbers have too many neighbours.
  return function queryUnits(query: string): Unit[] {
    const stems: string[] = [];
    const trust: number[] = [];
    // Stems typed only as light words (a stem also typed as another word is not light).
    let light: Set<string> | undefined;
    let heavy: Set<string> | undefined;
    const finished = finishedSaid(query);
    const said = words(query);
    for (const [i, w] of said.entries()) {
      // "meu genro q tava dirigindo": the progressive's "tá/tava" before a gerund says when, as its "está/estava" (stopwords)
      // do; left out, the person and the gerund meet as one phrase ("genro dirigindo").
      if (PROGRESSIVE.has(w) && GERUND.test(said[i + 1] ?? '')) continue;
      if (finished.has(w)) {
        stems.push(w);
        trust.push(1);
        (light ??= new Set()).add(w);
        continue;
      }
      if (LIGHT_WORDS.has(w)) {
        const st = stem(w);
        stems.push(st);
        trust.push(1);
        (light ??= new Set()).add(st);
        continue;
      }
      const st = knownStems.has(stem(w)) ? stem(w) : (verbForm(w, knownStems) ?? diminutiveOf(w, knownWord) ?? stem(w));
      // Kin is never a typo ("da minha *neta*" is no "nota", "enteada" no "entrada"): whose the request is, not what.
      const fixed = knownStems.has(st) || familyStems.has(st) || w.length < 4 || /\d/.test(w) ? undefined : correct(w);
      if (fixed === undefined) {
        stems.push(st);
        trust.push(1);
        (heavy ??= new Set()).add(st);
      } else if (!isStopword(fixed.word)) {
        stems.push(stem(fixed.word));
        trust.push(correctionTrust(w, fixed.edits));
        (heavy ??= new Set()).add(stem(fixed.word));
      }
    }
    const seen = new Set<string>();
    const units = toUnits(stems, trust, phrases, gapStems);
    // Whose it is ("a herança do meu pai", "o imposto da herança da minha mãe") weighs little once a synonym of the
    // catalogue names the subject: the kin after "do/da" says whose thing it is, not which service. Kin said otherwise
    // ("minha mãe pode ir no meu lugar", "levar minha mãe no médico", "é para o meu irmão") and kin with words no
    // synonym holds ("meu tio precisa de dados") keep their full weight.
    const named = units.some((u) => u.concepts.length > 0) ? ownersIn(query, familyStems, new Set(units.flatMap((u) => (u.concepts.length > 0 ? u.terms : [])))) : undefined;
    return units.filter((u) => {
      const key = unitKey(u);
      if (seen.has(key)) return false;
      seen.add(key);
      const only = u.terms[0] as string;
      if (named?.has(only) === true && u.terms.length === 1 && u.concepts.length === 0) u.light = true;
      if (light !== undefined && u.terms.length === 1 && u.concepts.length === 0 && light.has(only) && heavy?.has(only) !== true) u.light = true;
      return true;
    });
  };
}
