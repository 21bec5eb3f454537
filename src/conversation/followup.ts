// Answers to follow-up questions about one service ("quanto custa?", "precisa agendar?"), each taken
// only from that service's own catalogue fields. Where the catalogue says nothing, the answer says so
// and points to the official page or LigMinas 155: a fee, an address or a deadline is never invented.
import { inPersonSteps } from '../catalogue/delivery.ts';
import type { Catalogue } from '../catalogue/load.ts';
import type { Channel, NearSynonyms, OtherStates, Service } from '../catalogue/schema.ts';
import { otherStateWords } from '../catalogue/states.ts';
import { analyze, stem } from '../search/normalize.ts';
import { confirmTagged, isAsked } from './commands.ts';
import { BARE_EXPIRES, GENERIC_WORDS, TOPICS } from './cues.ts';
import { memo, nameStems, stepTitleStems, titleStems } from './naming.ts';
import { serviceDocuments } from './documents.ts';
import { spelledOut } from './reading.ts';
import { deliveryText, fold, freeOpening, money, timeLabel } from './text.ts';
import type { Topic } from './types.ts';

/** An answer: its lines and the links that go with it. */
export interface Answer {
  lines: string[];
  links: { label: string; url: string }[];
}

/** The link to the service's official page, as every answer that points to it gives it. */
export const official = (s: Service): { label: string; url: string } => ({ label: 'Página oficial do serviço', url: s.url });
const unknown = (what: string): string => `O catálogo não informa ${what}. Confira na página oficial do serviço ou ligue para o *LigMinas 155*.`;

/** Every sentence of the service's own texts (description, who can ask, steps, time), once; read once per service. */
const sentences = memo((s: Service): readonly string[] => splitSentences([s.description, ...s.requesters.map((r) => r.requirements), ...s.steps.map((st) => st.description), s.estimatedTime.description ?? '']));
/** The texts cut into sentences at a full stop, question or exclamation mark, each trimmed and kept once. */
export function splitSentences(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    for (const sentence of t.split(/(?<=[.!?])\s+/)) {
      const clean = sentence.trim();
      if (clean.length > 0) out.add(clean);
    }
  }
  return [...out];
}
/** Every sentence of a card's texts that gives an emergency number (190, 193, 192, 180), in order, once per service. */
const withEmergencyNumber = memo((s: Service): readonly string[] =>
  splitSentences([s.description, s.priorityService ?? '', ...s.steps.map((st) => st.description)]).filter((x) => EMERGENCY_NUMBER.test(x)));
/** The sentences of a card's texts that say what to do in danger (an emergency number), two at most. */
export const emergencySentences = memo((s: Service): readonly string[] => withEmergencyNumber(s).slice(0, 2));
/** The card's sentences with an emergency number that speak of the aggressor ("Se o agressor descumprir…, ligue 190"). */
const aggressorSentences = memo((s: Service): readonly string[] => withEmergencyNumber(s).filter((x) => /\bagressor/.test(fold(x))));
/** An emergency number in a sentence; not a count of days ("dirigir por até 180 dias" names no number to call). */
const EMERGENCY_NUMBER = /\b(190|193|192|180)\b(?!\s*dias)/;
/**
 * The card's sentences for danger (see emergencySentences) when the message tells it: something going on now (a verb
 * in the gerund and a word of now, not the citizen's own doing), or, told without a question, a case the condition of
 * such a sentence names ("é uma senhora idosa" against "Se a pessoa desaparecida é criança, idoso…, ligue 190"; an age
 * told reads as its word: 60 or more "idoso", under 12 "criança"). None otherwise.
 */
export function dangerTold(s: Service, text: string): readonly string[] {
  const every = emergencySentences(s);
  if (every.length === 0) return [];
  const folded = fold(text);
  if (happeningNow(folded)) return every;
  // "ele tá rondando minha casa", "meu ex apareceu aqui em casa de novo", "chegou perto de mim mesmo com a medida": the
  // aggressor near, told or asked about, on a card whose own sentence for danger speaks of the aggressor ("Se o agressor
  // descumprir a medida protetiva, ligue 190"): that sentence first, then the others (round 2708).
  if (AGGRESSOR_NEAR.test(folded) || AGGRESSOR_COMING.test(folded)) {
    const aggressor = aggressorSentences(s);
    if (aggressor.length > 0) return [...aggressor, ...every.filter((x) => !aggressor.includes(x))];
  }
  // "Foi um assalto com arma. Ainda posso registrar pela internet?", "e se tivesse sido com arma?", "ela tem alzheimer,
  // muda alguma coisa?": the case told before the question, or put by the question itself, is told (round 3223).
  const { said, put } = toldOrPut(text);
  if (said === '' && put === '') return [];
  // Not a word of what the card is ("crime" on the Disque-Denúncia, "é desmatamento na serra, crime de tráfico não"):
  // the card's subject named, no case.
  const own = subjectStems(s);
  // "ele me bateu de novo ontem", "meu ex ameaçou me matar": violence told, not asked, on such a card. Put by a
  // question, only a weapon ("e se tivesse sido com arma?"): "e se foram 4 pessoas q me agrediram?" on domestic violence
  // asks about the case the card is about.
  if (violenceTold(said) || WEAPON.test(put)) return every;
  const both = `${said} ${put}`;
  const told = new Set(analyze(`${both} ${ageWord(both)} ${illnessWord(both)}`));
  return every.filter((x) => conditionStems(x).some((y) => told.has(y) && !own.has(y)));
}
/** The stems of what the card is: its title and what it says it is (description). */
const subjectStems = memo((s: Service): ReadonlySet<string> => new Set([...titleStems(s), ...analyze(s.description)]));
/** The stems of a sentence's opening condition ("Se a pessoa … é criança, idoso …, ligue 190"): up to the number to call. */
function conditionStems(sentence: string): string[] {
  const f = fold(sentence);
  if (!/^(se|caso|em caso)\b/.test(f)) return [];
  return analyze(f.split(/\b(?:ligue|ligar|chame|190|193|192|180)\b/)[0] ?? '').filter((x) => x.length >= 4);
}
/** A weapon named ("arma", "armado", "faca", "revólver"). */
const WEAPON = /\b(armas?|armad[oa]s?|facas?|facao|revolver|pistola|espingarda|tiros?)\b/;
/** A question that puts a case ("e se…", "se for…", "caso…", "muda alguma coisa?", "faz diferença?"). */
const PUTS_CASE = /^(?:(?:e|mas|ta|ok)\s+)?(?:se|caso)\b|\b(?:muda alguma coisa|muda algo|muda o que|muda oq|faz diferenca|e diferente)\b/;
/**
 * What a message tells, folded: all of it without a question mark; else its sentences without one (`said`), and apart
 * its questions that put a case (PUTS_CASE, `put`). Both empty when it only asks.
 */
function toldOrPut(text: string): { said: string; put: string } {
  if (!isAsked(text)) return { said: fold(text), put: '' };
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [];
  const said = sentences.filter((x) => !isAsked(x)).map((x) => fold(x).trim());
  const put = sentences.filter((x) => isAsked(x)).map((x) => fold(x).trim()).filter((x) => PUTS_CASE.test(x));
  return { said: said.join(' '), put: put.join(' ') };
}
/** Illnesses that a sentence for danger names as "doença" ("Se a pessoa desaparecida é … pessoa com deficiência ou doença"). */
const ILLNESS = /\b(alzheimer|demencia|esquizofreni\w*|bipolar|depressao|depressiv[oa]|autis\w*|epilep\w*|convuls\w*|diabetic[oa]|cardiac[oa]|acamad[oa])\b/;
/** An illness told as the word the sentences for danger use ("doença"). */
const illnessWord = (folded: string): string => (ILLNESS.test(folded) ? 'doenca' : '');
/** An age told ("ele tem 80 anos", "de 8 anos") as the word for it, when it is one: "idoso", "criança". */
function ageWord(folded: string): string {
  const age = Number(/\b(\d{1,3}) anos\b/.exec(folded)?.[1] ?? NaN);
  return age >= 60 ? 'idoso' : age < 12 ? 'crianca' : '';
}
/**
 * Something going on now, told by someone who sees it: a verb in the gerund ("desmatando", "brigando", "acontecendo")
 * and a word of now ("agora", "neste momento", "na minha frente"). Not the citizen's own doing ("tô esperando agora",
 * "estou pagando agora"): a gerund after a first person is what they do.
 */
function happeningNow(folded: string): boolean {
  if (!NOW_MARK.test(folded)) return false;
  const tokens = folded.split(/[^a-z0-9]+/).filter((w) => w !== '');
  return tokens.some((w, i) => GERUND.test(w) && !NOT_GERUND.has(w) && !FIRST_PERSON_NOW.has(tokens[i - 1] ?? ''));
}
/** Words of violence or danger told ("me bateu", "ameaçou", "tá armado", "quer me matar"), by stem (round 2408). */
const DANGER_STEMS: ReadonlySet<string> = new Set(analyze('bateu bater batendo agrediu agredindo agressao ameacou ameacando ameaca espancou espancando machucou machucando matar faca armado arma perigo socorro invadiu atacou violencia estuprou abusou enforcou empurrou arrombar arrombando arrombou'));
/** Violence or danger told in the message, asked about or not. */
export function violenceTold(text: string): boolean {
  return analyze(text).some((x) => DANGER_STEMS.has(x));
}
/** Someone coming near the citizen, or staying near: approaching, prowling, following, turning up at the door or home. */
const AGGRESSOR_NEAR = /\b(rondando|rondou|perseguindo|perseguiu|persegue|me seguindo|me seguiu|me segue|se aproximou|se aproximando|se aproxima|chegou perto|veio atras|vem atras|atras de mim|apareceu (aqui|la|em casa|na minha|no meu|na porta|de novo|denovo)|voltou (aqui|la|em casa|pra casa|na minha|no meu)|(ta|esta|tava|estava|ficou|fica) (aqui )?(na porta|na frente|perto de mim|perto de casa|aqui fora|la fora))\b/;
/**
 * The aggressor coming near, put as a case or feared rather than told (round 3460): the infinitive and the future
 * subjunctive of AGGRESSOR_NEAR's verbs ("e se ele chegar perto mesmo assim", "e se ele se aproximar?", "se ele vier
 * atrás de mim", "e se ele voltar lá em casa?", "se ele voltar hoje a noite, ligo pra onde?").
 */
const AGGRESSOR_COMING = /\b((chegar|chegue|chegarem|cheguem) (mais )?perto|(se|me) (aproximar|aproxime|aproximarem)|(vier|vierem|vir|venha) atras|(rondar|rondarem|ronde|perseguir|perseguirem|me seguir|me seguirem)\b|(aparecer|aparecerem|apareca|voltar|voltarem|volte) (aqui|la|em casa|pra casa|na minha|no meu|na porta|de novo|denovo)|(ficar|ficarem|fique) (aqui )?(na porta|na frente|perto de mim|perto de casa|aqui fora|la fora|me rondando|me seguindo)|(ele|o agressor|o cara|meu ex|o ex) (voltar|vier|aparecer|me procurar))\b/;
const NOW_MARK = /\b(agora|agorinha|neste momento|nesse momento|neste instante|nesse instante|na minha frente|na nossa frente|em andamento)\b/;
const GERUND = /^[a-z]+(ando|endo|indo)$/;
/** Words with a gerund's ending that are none ("quando", "lindo"), or first persons of a verb ("mando", "entendo"). */
const NOT_GERUND: ReadonlySet<string> = new Set(['quando', 'lindo', 'linda', 'mando', 'comando', 'bando', 'brando', 'demando', 'entendo', 'vendo', 'pretendo', 'atendo', 'estendo', 'rendo', 'prendo', 'aprendo', 'ofendo', 'defendo', 'acendo', 'dependo']);
/** The citizen as who is doing it now ("*tô* esperando", "*estou* pagando", "*eu* tentando"). */
const FIRST_PERSON_NOW: ReadonlySet<string> = new Set(['estou', 'to', 'tou', 'eu', 'estamos', 'tamo', 'tamos', 'fico', 'ficando', 'ficamos', 'sigo', 'continuo']);
/** The sentences of who may ask ("Qualquer pessoa pode pedir…", "Não precisa ser morador de Minas Gerais."), once per service. */
const requirementSentences = memo((s: Service): ReadonlySet<string> => new Set(splitSentences(s.requesters.map((r) => r.requirements))));

/**
 * "que certificado é esse?": the sentence of the service's own texts that names the thing the citizen points back at,
 * by its stem; the first that spells it as a name (a capital: "Certificado de Segurança Veicular"), else the first
 * that holds it. None when no sentence holds it (round 1161).
 */
export function thingSentence(s: Service, word: string): string | undefined {
  const stemmed = analyze(word)[0];
  if (stemmed === undefined) return undefined;
  const spelt = speltOut(s, word);
  if (spelt !== undefined) return spelt;
  const holding = quotable(s).filter((x) => analyze(x).includes(stemmed));
  const named = holding.find((x) => x.split(/\s+/).some((w) => /^[A-ZÁÉÍÓÚÂÊÔÃÕÇ]/.test(w) && analyze(w)[0] === stemmed && !x.startsWith(w)));
  return named ?? holding[0];
}

/** The words right before the brackets are a name: two of the last four words written with a capital, the last one too. */
function namedBefore(sentence: string, brackets: RegExp): boolean {
  const at = brackets.exec(sentence)?.index;
  if (at === undefined) return false;
  const words = sentence.slice(0, at).trim().split(/\s+/).slice(-4);
  const named = (w: string): boolean => /^[A-ZÁÉÍÓÚÂÊÔ][a-záéíóúâêôãõç]/.test(w);
  return named(words.at(-1) ?? '') && words.filter(named).length >= 2;
}

/**
 * "o que é esse lme?": the sentence (or document) that spells the acronym out, its letters in brackets after the words
 * they stand for ("Laudo para Solicitação, Avaliação e Autorização de Medicamentos (LME)"), says what it is.
 */
export function speltOut(s: Service, word: string): string | undefined {
  const stemmed = analyze(word)[0];
  if (stemmed === undefined || !/^[a-z]{2,8}$/.test(word)) return undefined;
  // "no Sucem (Sistema Único de Cadastro e Encaminhamento para Matrícula)": the letters, then the words they stand for
  // in brackets, whose capitals are the letters.
  const after = new RegExp(`\\b${word}\\s+\\(([^)]+)\\)`, 'i');
  const expanded = withPlaces(s).find((a) => {
    const inside = after.exec(a.sentence)?.[1];
    return inside !== undefined && fold(inside.split(/\s+/).filter((w) => /^[A-ZÁÉÍÓÚÂÊÔ]/.test(w)).map((w) => w[0] ?? '').join('')) === word;
  });
  if (expanded !== undefined) return expanded.sentence;
  // "(ATPV-e)", "(CRLV-e)": the electronic form's letter after the acronym. Written with a capital, a name: "extinção
  // (baixa) de empresas" glosses a word, it spells nothing out.
  const brackets = new RegExp(`\\(${word}(-[a-z])?\\)`, 'i');
  // "(REDS, Registro de Eventos de Defesa Social)": the letters first, the words they stand for after a comma, in the
  // same brackets (round 3500).
  const within = new RegExp(`\\(${word}(-[a-z])?, [A-ZÁÉÍÓÚÂÊÔ][^)]*\\)`, 'i');
  // The places too: "Sistema de Outorga (SOUT) no Portal EcoSistemas" is where a step is done (round 3500).
  const held = withPlaces(s).filter((a) => /[A-Z]/.test(brackets.exec(a.sentence)?.[0] ?? within.exec(a.sentence)?.[0] ?? '') && a.stems.has(stemmed));
  // Where the card writes the letters more than once, the sentence that spells them out: the words they stand for
  // written as a name, with capitals, right before the brackets ("Laudo para Solicitação, Avaliação e Autorização de
  // Medicamentos (LME)", not "o laudo próprio do CEAF (LME)"), or inside them (round 3500).
  // A line that is the name alone ("Centro Estadual de Educação Continuada (Cesec)", a place of a step) comes first: it
  // says what the letters stand for and nothing else (r40c).
  const alone = new RegExp(`^[^()]+\\(${word}\\)\\.?$`, 'i');
  const spelt = held.find((a) => alone.test(a.sentence.trim()) && namedBefore(a.sentence, brackets)) ?? held.find((a) => within.test(a.sentence) || namedBefore(a.sentence, brackets)) ?? held[0];
  if (spelt !== undefined) return spelt.sentence;
  // "Renavam (está no documento do veículo, o CRLV)": the name, with a capital, glossed in brackets right after it.
  // The gloss says what or where it is ("está…", "fica…", "é…", "ou seja…"); "MEI (gratuito)" only qualifies the name.
  const glossed = new RegExp(`\\b${word}\\s+\\((está|fica|é|ou seja|isto é|que|no|na) `, 'i');
  const gloss = withDocuments(s).find((a) => /^[A-Z]/.test(glossed.exec(a.sentence)?.[0] ?? '') && a.stems.has(stemmed))?.sentence;
  if (gloss !== undefined) return gloss;
  // "e-SIC, Sistema Eletrônico do Serviço de Informações ao Cidadão": a channel named by the acronym, spelt out after a comma.
  // Also where it is, after the comma: "SIARE, no site da Secretaria de Estado de Fazenda" (r40c).
  const named = new RegExp(`^(\\w+-)?${word}, ([A-ZÁÉÍÓÚÂÊÔ]|(no|na) (site|portal|sistema|aplicativo) )`, 'i');
  return s.steps.flatMap((st) => st.channels.map((c) => c.description.trim())).find((d) => named.test(d) && /[A-Z]/.test(d.split(',')[0] ?? ''));
}

/**
 * "o que quer dizer e-GTA?": the sentence that names the electronic form of the letters, in brackets after what it is
 * ("pelo sistema eletrônico (e-GTA)") or before its name ("e-SIC, Sistema Eletrônico…"), by the form typed with its
 * "e-" (r40c); none when no sentence writes it so ("O pedido é feito pelo e-SIC" says nothing of what it is).
 */
export function speltOutElectronic(s: Service, word: string): string | undefined {
  if (!/^[a-z]{2,8}$/.test(word)) return undefined;
  const written = new RegExp(`\\(e-${word}\\)|^e-${word}, [A-ZÁÉÍÓÚÂÊÔ]`, 'i');
  return withPlaces(s).find((a) => written.test(a.sentence))?.sentence;
}

/** The words a capital-led name in brackets stands for, right before them ("Licença de Aprendizagem (LADV)"). */
const NAME_BEFORE_BRACKETS = /((?:[A-ZÁÉÍÓÚÂÊÔ][\p{L}]+ (?:(?:de|da|do|das|dos|e|para) )?)*[A-ZÁÉÍÓÚÂÊÔ][\p{L}]+) \(([^)]+)\)/gu;
/** Letters a card holds only as a keyword, and the sentence of its own that says the words they stand for (see speltElsewhere). */
const spelledElsewhere = new Map<string, string | null>();

/**
 * "ladv é oq?" on the category change, whose card holds "LADV" only as a keyword and writes "Licença de Aprendizagem"
 * without the letters: the words another card spells the letters out with ("Com a Licença de Aprendizagem (LADV)…"),
 * found in a sentence of this card (r40c). Worked out once per card and letters, only when asked.
 */
export function speltElsewhere(catalogue: Catalogue, s: Service, word: string): string | undefined {
  if (!/^[a-z]{2,8}$/.test(word) || !s.keywords.some((k) => fold(k) === word)) return undefined;
  const key = `${s.id} ${word}`;
  const known = spelledElsewhere.get(key);
  if (known !== undefined) return known ?? undefined;
  let found: string | undefined;
  for (const other of catalogue.services) {
    if (other.id === s.id || found !== undefined) continue;
    const sentence = speltOut(other, word);
    for (const x of sentence === undefined ? [] : sentence.matchAll(NAME_BEFORE_BRACKETS)) {
      if (fold(x[2] ?? '') !== word) continue;
      const words = fold(x[1] ?? '');
      found = quotable(s).find((q) => ` ${fold(q)} `.includes(` ${words} `));
      if (found !== undefined) break;
    }
  }
  spelledElsewhere.set(key, found ?? null);
  return found;
}

/** The sentences `passages` weighs: the texts' sentences, then each step's title whole ("Perdeu o prazo? Inscreva-se nas vagas remanescentes"). */
export const quotable = memo((s: Service): readonly string[] => {
  const out = new Set(sentences(s));
  for (const st of s.steps) if (st.title.trim().length > 0) out.add(st.title.trim());
  return [...out];
});

/**
 * Each stem of a group of near-synonyms with the other stems of its group: words a citizen says for what the service's
 * texts say in other words ("tem q ir de jejum?" against "vá alimentado"). The groups are staff's, in
 * data/quase-sinonimos.yaml (the catalogue's `nearSynonyms`); worked out once per loaded list.
 */
export const nearStemsOf = memo((groups: NearSynonyms): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, string[]>();
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((w) => analyze(w)))];
    for (const x of stems) out.set(x, [...(out.get(x) ?? []), ...stems.filter((y) => y !== x)]);
  }
  return out;
});
type NearStems = ReadonlyMap<string, readonly string[]>;

/**
 * Each sentence of the service's texts with its stems (as search analyses text), once per service. A sentence opening
 * with a verb whose object is a pronoun ("Deixe-o em local visível", "Guarde-o e leve-o…") speaks of the thing of the
 * sentence before ("…o certificado é emitido no Infoscip."): it holds that sentence's words too (round 2342).
 */
const analysed = memo((s: Service): CardSentence[] => {
  const every = quotable(s);
  return every.map((sentence, i) => {
    const a = cardSentence(sentence);
    const before = every[i - 1];
    return before !== undefined && (OPENS_WITH_PRONOUN_OBJECT.test(sentence) || LEAVES_THING_OUT.test(sentence)) ? { ...a, stems: new Set([...a.stems, ...analyze(asInfinitives(before))]) } : a;
  });
});
/**
 * A sentence ending on whether it is needed, with the thing left out ("Para baixa e para mudanças só de sócios ou capital,
 * em geral *não é preciso*."): it speaks of the thing of the sentence before ("…faça antes a consulta de viabilidade…"),
 * as a pronoun object does (round 6202).
 */
const LEAVES_THING_OUT = /\b(?:não|nao) (?:é|e) (?:preciso|necessári[oa]|obrigatóri[oa])\.$/u;
/** A sentence opening with a verb and the pronoun of its object joined to it ("Deixe-o", "Guarde-a", "Apresente-os", "Levá-lo"). */
const OPENS_WITH_PRONOUN_OBJECT = /^\p{Lu}\p{Ll}+-(?:o|a|os|as|lo|la|los|las)(?!\p{L})/u;

/**
 * A sentence of the card as every question reads it, worked out once per service: its stems, folded, and the stems of
 * the condition it opens with (CONDITION: "Se a escola foi fechada, …"), if any.
 */
interface CardSentence {
  sentence: string;
  stems: ReadonlySet<string>;
  /** Its own stems, without those of the sentence before that a pronoun object brings in (see `analysed`). */
  own: ReadonlySet<string>;
  folded: string;
  condition: ReadonlySet<string> | undefined;
  /** The stems of the case it opens with in the negative ("Se não houver débitos, …", "Sem pendências, …"), without the verb put with it; none when it opens otherwise. */
  otherCase: readonly string[];
}
/** A sentence opening with a case put in the negative ("Se não houver débitos, …", "Sem pendências, …"): the case. */
const OPENS_NEGATED = /^(?:(?:se|caso|quando|onde|enquanto)\s+(?:\S+\s+)?(?:não|nao|nunca)|sem)\s+([^,;:]+),/i;
/**
 * A sentence opening with a bare thing had ("Com débitos, é preciso regularizar antes."): "com" and one word, no article,
 * puts that case as "Se houver débitos, …" does; "Com o projeto aprovado, …" tells an event done, no case (round 6200).
 */
const HAVING = /^com (\p{L}{4,}),/iu;
function cardSentence(sentence: string): CardSentence {
  const condition = CONDITION.exec(sentence)?.[1] ?? HAVING.exec(sentence)?.[1];
  const negated = OPENS_NEGATED.exec(sentence)?.[1];
  const stems = new Set(analyze(asInfinitives(sentence)));
  return {
    sentence,
    stems,
    own: stems,
    folded: fold(sentence),
    condition: condition === undefined ? undefined : new Set(analyze(condition)),
    otherCase: negated === undefined ? [] : analyze(negated).filter((x) => !AUXILIARY.has(x)),
  };
}

/** A word ending as the present of a verb in "-erar" does ("libera", "recupera", "considera"); its root with "er". */
const ERA_PRESENT = /(?<!\p{L})(\p{Ll}{3,}er)a(?!\p{L})/gu;
/** Each such word, once: its infinitive when the stemmer cuts "era" off it and keeps it in the infinitive. */
const infinitiveOf = new Map<string, string>();
/**
 * The present of a verb in "-erar" said in its infinitive ("o pátio *libera* no sábado?" / "a *liberação* é feita…"): the
 * stemmer reads "-era" as a verb's ending and leaves "lib", "recup", "consid", while "liberar", "liberação", "liberado"
 * keep "liber". Read on both sides (the question, folded, and the card's sentences as written: "UAI" in capitals is a name,
 * "uai" a stopword), the two meet; a word the stemmer leaves whole ("espera", "gera") stays as written. Not "-eram":
 * "bateram", "fizeram" are verbs in "-er".
 */
function asInfinitives(text: string): string {
  return text.replace(ERA_PRESENT, (word: string, root: string) => {
    let out = infinitiveOf.get(word);
    if (out === undefined) {
      const cut = stem(word);
      const whole = stem(`${root}ar`);
      out = whole.length > cut.length && whole.startsWith(cut) ? `${root}ar` : word;
      if (infinitiveOf.size < 10_000) infinitiveOf.set(word, out);
    }
    return out;
  });
}

/** A question asking for a number ("quantos pontos?", "quantos dias?", "qual a idade?"): a sentence with one answers it better. */
const ASKS_NUMBER = /\b(quant[oa]s?|qn?t[oa]?s|qn?t[oa]|qual (a|o) (idade|valor|limite|numero)|com que idade|(tem|qual (e )?o|quais (sao )?os|ha|de) prazos?|ate quando|ate (que|q|qual) (dia|data))\b/;
/**
 * How long a thing stays valid, asked in words of its end ("qual a validade?", "quando vence?", "até quando vale?"): in
 * a question about renewing (ASKS_RENEWAL) and in one about how long it lasts (lastsAsked).
 */
const VALID_UNTIL = 'validade|ate quando (ela |ele |isso |essa \\w+ |esse \\w+ |a \\w+ |o \\w+ )?(vale|valera|e valid[oa]|fica valid[oa])|quando (ela |ele |isso |a \\w+ |o \\w+ )?(vence|expira|perde a validade)|vence quando';
/** A question about renewing or how long something stays valid ("esse cadastro tem q renovar?", "vale por quanto tempo?"). */
const ASKS_RENEWAL = new RegExp(`\\b(renov\\w*|${VALID_UNTIL}|vale por|por (quanto|qnto|qto) tempo|(por )?(quanto|qnto|qto) tempo (ela |ele |isso |essa \\w+ |esse \\w+ |a \\w+ |o \\w+ )?(vale|valera|e valid[oa]|fica valid[oa])|ate quando (eu )?(posso|pode|consigo) (usar|dirigir)|(vale|valem|valera|dura|duram|e valid[oa]|fica valid[oa]) ate quando|vencimento|vence|(vai|ira|vao) valer|valer (por )?(quanto|qnto|qto|quantos)|vale (quanto|qnto|qto|quantos)|valera|(vale|valem|valendo|dura|duram|fica|ficam|e|eh|sera) (pra|para|por) sempre|e definitiv[oa]|(e|eh|fica) permanente|tem (prazo de )?validade|expira)\\b`);
/**
 * A question about how long something lasts or how often it is renewed ("por quanto tempo?", "quanto tempo vale a
 * permissão?", "de quanto em quanto tempo renova?"), not about when or how early to renew ("quando eu renovo?", "com
 * quanto tempo antes eu peço?"). Also in days, months or years ("quantos dias ela vale?", "por quantos dias a certidão
 * vale?") and "vale até quando?" (round 6344).
 */
const ASKS_LASTS = /\b((por )?(quantos|qnts|qntos|qtos) (dias|meses|anos) (\w+ ){0,2}(vale|valem|dura|duram|e valid[oa]|fica valid[oa])|(vale|valem|dura|duram) (por )?(quantos|qnts|qntos|qtos) (dias|meses|anos)|(vale|valem|dura|duram) ate quando|por (quanto|qnto|qto) tempo|(quanto|qnto|qto) tempo (\w+ )?(vale|valera|dura|e valid[oa]|fica valid[oa])|(vale|valer|dura) (por )?(quanto|qnto|qto) tempo|de (quanto|qnto|qto) em (quanto|qnto|qto) tempo|qual (e )?a validade|(a )?cada quant[oa]s (anos|meses)|todo ano|todos os anos|todo mes|todos os meses|de ano em ano|uma vez por ano|e anual|anualmente)\b/;
const ASKS_VALID_UNTIL = new RegExp(`\\b(${VALID_UNTIL})\\b`);
/**
 * The question asks how long something lasts or stays valid ("e ele vale por quanto tempo?", "por quanto tempo recebo?",
 * "quando vence?"), not how long it takes to get it.
 */
export function lastsAsked(text: string): boolean {
  const f = fold(text);
  return ASKS_LASTS.test(f) || ASKS_VALID_UNTIL.test(f) || BARE_EXPIRES.test(f);
}
/** The words of lasting a question uses, each with how a card's sentence says it ("dura" / "tempo de duração"). */
const LASTING: readonly (readonly [RegExp, RegExp])[] = [
  [/\b(dura|duram|durar|duracao)\b/, /\b(dura|duram|durar|duracao)\b/],
  [/\b(vale|valem|valera|validade|valid[oa]s?)\b/, /\b(validade|valid[oa]s?|vale por)\b/],
  [/\b(vence|vencimento|expira)\b/, /\b(venc\w*|expira\w*)\b/],
  // How often ("tem que fazer todo ano?", "de quanto em quanto tempo?"): the card's sentence of a period ("Todo ano o
  // veículo precisa ser licenciado"), lead round 3906.
  [/\b(todo ano|todos os anos|todo mes|todos os meses|de ano em ano|uma vez por ano|anual|anualmente|de (quanto|qnto|qto) em (quanto|qnto|qto) tempo|cada quant[oa]s)\b/, /\b(todo ano|todos os anos|todo mes|todos os meses|anualmente|mensalmente|periodicamente|uma vez por ano|a cada \w+ (anos?|meses))\b/],
];
/**
 * Asked how long a thing lasts, with no sentence found for the whole question: the card's sentences (two at most) that
 * say the same word of lasting ("quanto tempo dura a chamada?" / "Siga as regras informadas pela unidade (tempo de
 * duração…)"), not a price's year.
 */
export function lastingSentences(s: Service, text: string): readonly string[] {
  const f = fold(text);
  const said = LASTING.filter(([asked]) => asked.test(f)).map(([, told]) => told);
  if (said.length === 0) return [];
  return sentences(s).filter((x) => { const g = fold(x); return said.some((r) => r.test(g)) && !PRICE.test(g); }).slice(0, 2);
}
/** Asking whether the citizen may go on driving ("posso continuar dirigindo com ela?", "e enquanto isso posso dirigir?"). */
const DRIVE_ON = /\b(posso|pode|podemos|da pra|da para|consigo|ainda posso|tem problema)( (eu|ele|ela|a gente))?( continuar| seguir| ficar)? (dirigir|dirigindo|guiar|guiando|rodar|rodando)\b/;
/** A card's sentence saying a licence stays valid or may be used ("vale em todo o país", "pode ser usada no celular"). */
const STILL_VALID = /\b(vale em todo|valid[oa] em todo|continua valendo|continua valid[oa]|pode ser usad[oa]|e possivel dirigir|pode dirigir|dirigir por ate)\b/;
/**
 * Asked whether one may go on driving (DRIVE_ON), the card's sentences (two at most) that say the licence stays valid or
 * may be used meanwhile; none when the question is another or the card says nothing of it (round 4947).
 */
export function drivingOnSentences(s: Service, text: string): readonly string[] {
  if (!DRIVE_ON.test(fold(text))) return [];
  return sentences(s).filter((x) => STILL_VALID.test(fold(x))).slice(0, 2);
}
/** A number written as a word ("dois lugares", "vale por um ano"): cards spell small numbers out. */
const NUMBER_WORD = '(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta)';
/**
 * A question about a limit: how much one may ("qto de peixe eu posso levar", "quanto pode ganhar no máximo?"), whether
 * any amount goes ("vale pra carro de qualquer preço?"), or a count told with whether it still goes ("foram 3 carros,
 * ainda dá pra?", "tenho 20 anos, dá?"); not a deadline ("prazo máximo", "data limite": the deadline's rows answer it).
 */
const ASKS_LIMIT = new RegExp(`\\b((?<!(prazo|data|tempo|dia) )(no maximo|no minimo|maximo|minimo|limite)|teto|(quant[oa]s?|qn?t[oa]?s|qn?t[oa]) (de \\w+ )?(\\w+ ){0,2}(posso|pode|podemos|consigo|da pra|da para|e permitido)|qualquer (preco|valor|idade|tamanho|quantidade|peso|renda|numero|distancia)|(renda|idade|salario|peso|tamanho|faturamento) (\\w+ ){0,3}(de|ate) (quanto|qnto|qto|quant[oa]s))\\b|\\b(tenho|tem|temos|foram|sao|eram|com) ${NUMBER_WORD} [a-z]+\\b.*\\b(da|dah|da pra|pode|posso|consigo|aceita|serve|vale)\\b`);
/**
 * What the citizen gets at the end, asked with a word of the documents ("que documento recebo no final?", "no final
 * recebo algum papel?", "qual comprovante sai?"): what the service issues, not the papers to bring (round 1721).
 * A verb of receiving in the first person or "sai"; not "para receber" (what is needed to receive something).
 */
export const GETS_PAPER = /\b(que|q|qual|quais|algum|alguma|o que|oq)\b( \w+){0,3} (documento|documentos|papel|papeis|comprovante|certificado|certidao)\b.*\b(?<!(pra|para|p) )(recebo|recebe|vou receber|eu recebo|ganho|me dao|me da|me entregam|entregam|sai|saem|fico com)\b|\b(?<!(pra|para|p) )(recebo|vou receber|ganho|me dao|me da|me entregam|sai|saem|fico com) (algum|alguma|um|uma|qual|que|q) (documento|papel|comprovante|certificado|certidao)\b/;

/**
 * What the service issues ("…é emitida a Certidão de Baixa Definitiva.", "…o CRLV-e fica disponível no site…", "Você
 * recebe um número de protocolo…", "Receba a carteira pelos Correios"; not "quem recebe a doação"): the answer to what the citizen gets at the end (GETS_PAPER).
 */
const ISSUED = /\b(e emitid[oa]|sao emitid[oa]s|e expedid[oa]|emite (o|a|os|as)|fica disponivel|ficam disponiveis|voce recebe|(?<!quem )recebe (o|a|os|as|um|uma)|receba (o|a|os|as|um|uma))\b/;
/**
 * Where a thing is found ("onde acho o renavam?", "renavam fica onde?", "onde vejo o número do reds?"): the card's
 * sentence or document telling where it is ("Renavam (está no documento do veículo, o CRLV)", "Número do Renavam (no
 * CRLV)", "O número do REDS vem no e-mail…"). Not where the service is done: that sentence holds the thing named.
 */
export const ASKS_WHERE_THING = /\b(onde|aonde) (que |q )?(eu |ele |ela |eles |elas )?(acho|encontro|vejo|consigo ver|consigo achar|pego|fica|ficam|esta|ta|aparece|vem)\b|\b(fica|ficam|esta|ta|acho|encontro|vejo|aparece|vem) onde\b/;
/** A sentence telling where something is ("está no documento do veículo", "fica na caixa", "aparece em qualquer conta", "(no CRLV)"). */
const WHERE_TOLD = /\b(esta|estao|fica|ficam|aparece|aparecem|vem|consta|constam|(acessad|consultad|visualizad)[oa]s?|disponive(l|is)) (no|na|nos|nas|em|pelo|pela)\b/;
/** The same, in a parenthesis of a document as written ("Número do Renavam (no CRLV)"): read before folding drops the mark. */
const WHERE_NOTED = /\((no|na|nos|nas) /i;
/** A sentence telling a limit ("limite de captura de 10 kg", "com até 5 veículos", "renda inferior a dois salários"). */
/**
 * Asked in which form the thing comes ("Recebo em papel?", "vem impressa ou só no celular?", "a carteira é física?", "sai
 * em pdf?"): a form named with a verb of receiving or coming out, before or after it.
 */
const ASKS_FORM = /\b(vem|veem|recebo|recebe|receber|chega|sai|ganho|entregam|entrega|e|eh|fica)\b( \w+){0,3} (em papel|no papel|de papel|impress[oa]s?|fisic[oa]s?|em pdf|digital|digitais|virtual)\b/;
/** A sentence telling the form the thing comes in ("baixe a certidão digital", "a carteira digital fica disponível"). */
const FORM_TOLD = /\b(digital|pdf|impress[oa]s?|imprimir|em papel|fisic[oa]s?|eletronic[oa]s?)\b/;
/**
 * The forms of a paper asked about, each with the words of a sentence telling it: asked in which form a paper is taken or
 * carried ("mando cópia ou original?", "xerox simples serve?", "tem q levar ela impressa?", "tem q ser pdf?"), a sentence
 * telling that form, or what is taken instead of the original ("cópia autenticada", "documentos digitalizados"), answers
 * (round 4342).
 */
const PAPER_FORMS: readonly (readonly [RegExp, RegExp])[] = [
  [/\b(copias?|xerox|fotocopias?)\b/, /\b(copias?|xerox|autenticad[oa]s?|originai?s?)\b/],
  [/\boriginai?s?\b/, /\b(originai?s?|copias?|autenticad[oa]s?|digitaliz\w*|pdf)\b/],
  [/\bautentic\w*/, /\b(autentic\w*|copias?|originai?s?)\b/],
  [/\b(impress[oa]s?|imprim\w*)\b/, /\b(impress[oa]s?|imprim\w*|eletronic[oa]s?)\b/],
  [/\bpdf\b/, /\b(pdf|digital|digitaliz\w*)\b/],
  [/\b(digitaliz\w*|escane\w*)\b/, /\b(digitaliz\w*|pdf|digital)\b/],
];
/**
 * Whether someone accepts it ("a empresa aceita impresso?"): the receiver's rule, which the sentence on checking the paper
 * tells, not the form it is in.
 */
const ACCEPTED_BY = /\baceita(m|r)?\b/;
/** The sentence tells a form of a paper that the question asks about. */
function paperFormSaid(x: Said, q: Asked): boolean {
  return PAPER_FORMS.some(([asked, told]) => asked.test(q.folded) && told.test(x.folded));
}
const LIMIT = new RegExp(`\\b(limites?|maxim[oa]s?|no maximo|minim[oa]s?|no minimo|teto|ate ${NUMBER_WORD}|pelo menos|inferior(es)? a|superior(es)? a|acima de|abaixo de|maior(es)? de \\d+|menor(es)? de \\d+|a partir d[eoa]s? \\d+|ter \\d+ anos)\\b`);
/**
 * A year told with whether it goes ("meu carro é 2004, paga?", "nasci em 1958, tenho direito?", "um fusca 1978, paga
 * ipva?"): the year is an age (of a vehicle, of a person), and the card tells its limit in years ("20 anos ou mais",
 * "a partir dos 65 anos"). Not a year inside a date ("10/02/2025").
 */
const YEAR = '(?<![/\\d.])(?:19\\d\\d|20\\d\\d)(?![/\\d])';
const GOES = '(?:paga|pago|pagam|pagar|pagaria|da|dah|da pra|pode|posso|consigo|aceita|serve|vale|tem direito|tenho direito|isent[oa]|precisa|preciso|entra|conta)';
/** An age told ("e a da minha mãe q tem 72", "meu pai com 70 anos"; not "tem 20 pontos", "de 30 dias"): a limit in years answers it as a year does. */
const AGE_TOLD = '(?:(?:tem|tenho|temos|com) [1-9]\\d(?! (?:dias?|mes|meses|semanas?|horas?|minutos?|pontos?|reais|kg|quilos?|parcelas?|vezes|%))(?: anos?)?|de [1-9]\\d anos)';
/** An age told (AGE_TOLD) as whole words. */
const AGE_TOLD_WORD = new RegExp(`\\b${AGE_TOLD}\\b`);
/**
 * The adult's age a message tells ("ops digitei errado, tenho 51", "minha mãe tem 70, pode?"; see AGE_TOLD), or
 * undefined: a minor's age asks about minors, which the minors' answer reads.
 */
function adultAgeTold(folded: string): number | undefined {
  const told = AGE_TOLD_WORD.exec(folded)?.[0];
  const age = Number(/\d+/.exec(told ?? '')?.[0] ?? NaN);
  return age > 17 && age <= 110 ? age : undefined;
}
/** An age range a sentence states for the one who asks ("entre 16 e 69 anos", "Jovens de 16 e 17 anos", "A partir de 61 anos"). */
const AGE_RANGE = /\b(?:(?:de|entre) (\d{1,3}) (?:e|a) (\d{1,3}) anos|(?:a partir d[eo]s?|acima de|maior(?:es)? de) (\d{1,3}) anos|(?:ate|menor(?:es)? de|abaixo de) (\d{1,3}) anos)\b/g;
type AgeRange = readonly [number, number];
function ageRanges(sentence: string): AgeRange[] {
  return [...fold(sentence).matchAll(AGE_RANGE)].map((r): AgeRange =>
    r[1] !== undefined ? [Number(r[1]), Number(r[2])] : r[3] !== undefined ? [Number(r[3]) + (/acima|maior/.test(r[0]) ? 1 : 0), Infinity] : [0, Number(r[4]) - (/menor|abaixo/.test(r[0]) ? 1 : 0)]);
}
/**
 * The sentences of who may ask, without those of another age than the one told (round 5440): "tenho 51" on blood
 * donation keeps "ter entre 16 e 69 anos" and drops the rules of a group inside that range that the age is not in
 * ("Jovens de 16 e 17 anos doam acompanhados…", "A partir de 61 anos, é preciso já ter doado antes"). The range of
 * everyone stays whatever the age ("tem 70": "entre 16 e 69 anos" says the limit). `lines`: the answer's lines, each
 * cut into sentences.
 */
export function withinAgeTold(s: Service, said: string, lines: readonly string[]): string[] {
  const age = adultAgeTold(fold(said));
  if (age === undefined) return [...lines];
  const whole = [...requirementSentences(s)].flatMap(ageRanges).filter(([lo, hi]) => hi !== Infinity && lo > 0);
  const other = (x: string): boolean => {
    const ranges = ageRanges(x);
    // A group's range: inside a wider range of the card (an open one, from where it starts inside it).
    const group = ranges.length > 0 && ranges.every(([lo, hi]) => whole.some(([a, b]) => lo >= a && lo <= b && (hi === Infinity ? lo > a : hi <= b && hi - lo < b - a)));
    return group && ranges.every(([lo, hi]) => age < lo || age > hi);
  };
  return lines.map((line) => {
    const parts = line.split(/(?<=[.!?])\s+/);
    return parts.some(other) ? parts.filter((x) => !other(x)).join(' ') : line;
  }).filter((line) => line.trim() !== '');
}
const ASKS_BY_YEAR = new RegExp(`\\b${YEAR}\\b.*\\b${GOES}\\b|\\b${GOES}\\b.*\\b${YEAR}\\b|\\b${AGE_TOLD}\\b`);
/** A limit told in years ("Veículos com 20 anos ou mais de fabricação…", "acima de 65 anos", "a partir dos 70", "de 16 a 69 anos"). */
const LIMIT_IN_YEARS = new RegExp(`\\b(${NUMBER_WORD} anos ou mais|(acima|abaixo|a partir|mais|maior(es)?|menor(es)?) d[eoa]s? ${NUMBER_WORD}( anos)?|ter ${NUMBER_WORD} anos|ate ${NUMBER_WORD} anos|${NUMBER_WORD} a ${NUMBER_WORD} anos)\\b`);
/** Whether one needs the service at all ("preciso mesmo desse papel?", "é obrigatório?", "sou obrigado a fazer?"). */
const ASKS_NEEDED = /\b((preciso|precisa|tenho que|tenho q|tem que|tem q)( \w+){0,2} (mesmo|msm|realmente)|e obrigatori[oa]|sou obrigad[oa]|e obrigado|mesmo (sendo|com|que seja|que for)\b.*\b(preciso|precisa|tenho que|tenho q|tem que|tem q))\b/;
/**
 * Asking in which order things are done ("faço o bo primeiro ou oq?", "posso instalar primeiro e pedir depois?", "peço
 * antes ou depois?", "e cirurgia, marco direto?"): whether something must come first. "primeiro" as an adverb only (at
 * the end, or before "ou"/"e … depois"), not the adjective of "primeira habilitação", "primeiro acesso".
 */
const ASKS_ORDER = /\b(primeiro|primeira|antes)( ou\b| e \w+( \w+)? depois\b|$)|\bantes ou depois\b|\b(marco|marcar|marca|agendo|agendar|agenda|vou|ir|vai|posso ir|faco|fazer|faz|peco|pedir|ligo|procuro|procurar)( \w+)? (direto|diretamente)( mesmo| msm)?$/;
/** The words of order themselves ("antes", "primeiro", "depois"), by stem: no thing of the question. */
const ORDER_STEMS: ReadonlySet<string> = new Set(analyze('antes primeiro primeira depois'));
/** A sentence saying what must come first ("autorização prévia", "antes de modificar", "antes mesmo do boletim"). */
const BEFORE = /\b(previ[oa]s?|antes)\b/;
/**
 * Asking whether it may be done already ("já posso pedir?", "com a autorização já posso usar a água?", "agora já dá pra
 * dirigir?"): whether the moment has come, which the card tells by when it starts or what it waits on (round 2763).
 */
const ASKS_ALREADY = /\b(ja|agora ja) (posso|pode|podemos|consigo|da pra|da para|dah pra)\b/;
/** A sentence telling from when, or on what, something may be done ("do 7º ao 120º dia depois da demissão", "a partir do 5º dia", "permite só a obra; o uso depende da outorga"). */
const FROM_WHEN = /\b(do \d+o? ao|entre o \d+o?|a partir d[oa] \d+o? dia|(depois|apos) de \d+|\d+ (dias|meses|anos) (depois|apos)|depende|dependem|so (a|o|as|os|depois|apos)|somente (depois|apos))\b/;
/** Whether one must wait before asking ("tem q esperar 24h pra registrar?", "preciso aguardar?"). */
const ASKS_WAIT = /\b(tem que|tem q|tenho que|tenho q|precisa|preciso|devo|deve|e preciso|e necessario) (esperar|aguardar)\b/;
/**
 * Asking whether it happens without the citizen doing anything ("é automático?", "isso cai sozinho ou tenho q pedir?",
 * "renova sozinha?", "vem por conta própria?", "sai sem eu pedir?"): whether it is automatic. Or believing so (round
 * 5260): "a luz volta sozinha ne? é so esperar", "cai na conta sozinha, nem precisa pedir", "nao preciso fazer nada".
 */
const ASKS_BY_ITSELF = /\b(automatic\w*|automaticamente|(cai|cair|vem|vir|sai|sair|chega|acontece|renova|libera|aparece|entra|baixa|atualiza|vai|fica|some|faz|e feit[oa]|muda|volta|voltam|voltar|religa|liga)( \w+){0,3} sozinh[oa]s?|por conta propria|sem (eu |a gente |ninguem )?(pedir|solicitar|fazer nada|precisar pedir)|(nem|nao|n) (precisa|preciso|precisar|tenho que|tenho q|tem que|tem q) (pedir|solicitar|fazer) nada|nem (precisa|preciso|precisar) (pedir|solicitar)|(e|eh) so (esperar|aguardar))\b/;
/**
 * A sentence saying whether it is automatic ("A restituição não é automática: é preciso…", "não precisam pedir"), or
 * telling the citizen to ask for it ("depois de pagar, peça a religação…": it does not come by itself, round 5260).
 */
const BY_ITSELF = /\b(automatic\w*|automaticamente|de oficio|(nao|sem) (precisa|precisam|precisar|e preciso) (pedir|solicitar|requerer)|(peca|solicite|requeira) (a|o) )/;
/** A sentence denying that it happens by itself ("A restituição não é automática: é preciso…", "não sai sozinha"). */
const NOT_BY_ITSELF = /\bnao (e |sao |e feit[oa] |sera )?(automatic\w*|de oficio)|\bnao (acontece|vem|cai|sai|renova|e concedid[oa])s? (sozinh|automatic)/;

/**
 * A belief that the service happens by itself ("a devolução é automática, não é? não preciso fazer nada",
 * "mas isso é automatico ne, nao preciso pedir nada") whose first sentence quoted denies it of the service's own thing,
 * a word of its title ("A *restituição* não é automática: é preciso…"): the citizen has to ask for the service itself,
 * so how it is asked for follows the sentence (round 5261). Not a thing of one step ("depois de pagar, peça a
 * religação" on the electricity bill): the sentence alone says what to do.
 */
export function notByItself(s: Service, said: string, quoted: readonly string[]): boolean {
  const first = quoted[0];
  // A belief: closed by a tag, or said with no mark. An open question ("é automática ou preciso pedir?") is answered by
  // the sentence alone (round 1005).
  const belief = confirmTagged(said) || !said.includes('?');
  if (first === undefined || !belief || !ASKS_BY_ITSELF.test(fold(said)) || !NOT_BY_ITSELF.test(fold(first))) return false;
  const title = titleStems(s);
  return analyze(first.split(/[:;]/)[0] ?? '').some((w) => title.has(w));
}

/**
 * Asking when it takes effect ("quando o parcelamento passa a valer?", "a partir de quando começa a valer?", "já tá
 * valendo?", "quando fica confirmado?"): when it counts as done.
 */
const ASKS_IN_EFFECT = /\b((passa|passam|comeca|comecam|vai|vao) a (valer|contar|funcionar)|entra em vigor|a partir de quando (\w+ ){0,3}(vale|valer|valem|conta|contam|funciona|comeca|esta valendo|ta valendo)|(vale|valem|valendo|conta|contam|funciona|comeca) a partir de quando|(ta|esta|fica|ficam|ja) (valendo|confirmad[oa]s?|efetivad[oa]s?|garantid[oa]s?)|(e|sera|fica) (confirmad|efetivad)\w*)\b/;
/** A sentence saying when it counts as done ("o parcelamento é confirmado após o pagamento da primeira parcela"). */
const IN_EFFECT = /\b(confirmad[oa]s?|efetivad[oa]s?|passa a valer|comeca a valer|entra em vigor)\b/;
/**
 * Asking whether anything is left to do ("acabou ou tem mais coisa?", "é só isso?", "falta alguma coisa?", "qual o
 * próximo passo?", "já terminou?"): not "tem mais coisa pra levar?", a thing to bring (the documents). Also "resta mais
 * alguma etapa?", "ainda tenho alguma obrigação?", "o processo termina ali?", "tem mais alguma coisa pra fazer?" (round 5801).
 * "tem q fazer mais alguma coisa?", "não há mais nada a fazer?": the thing left asked with "fazer" before or after "mais"
 * (round 6560).
 */
export const ASKS_LEFT = /\b(acabou|terminou|encerrou|ja era|e so isso|so isso|tem mais (alguma )?coisa(?! (pra|para|de) )|(tem|ha|falta|resta) mais (alguma )?coisa (pra|para) fazer|falta (mais )?(alguma coisa|algo|fazer alguma|fazer algo)|(falta|faltam|tem|tenho|ha|existe|resta|restam|sobra) (ainda )?(mais )?(algum|alguma|alguns|algumas|outro|outra|outros|outras) (passos?|etapas?|obrigac(ao|oes)|procedimentos?)|(termina|acaba|encerra|para) (ali|ai|aqui|nisso|por ai|por ali)|o que (mais )?falta|oq falta|proximo passo|proxima etapa|fazer mais (alguma coisa|algo|nada)|mais nada (a|pra|para) fazer)\b/;
/** A sentence saying whether or how long to wait ("Não é preciso esperar 24 horas", "aguarde a análise"). */
const WAIT = /\b(esperar|espere|aguardar|aguarde)\b/;
/**
 * Asked whether the citizen will be known, in any form of the verb and with no subject before it ("tenho medo deles
 * saberem que fui eu", "vão saber meu nome?", "descobrem quem eu sou?"), or whether the call or number is traced ("vão
 * rastrear meu número?", "identificam o telefone?", "meu número aparece?"): whether it is kept secret (round 1980).
 */
const ASKS_KNOWN = new RegExp(`\\b(${[
  // The subjunctive too ("não quero que *saibam* que fui eu", "não quero que *descubram*"): "saib-", "descubr-".
  '(sab\\w*|saib\\w*|souber\\w*|descobr\\w*|descubr\\w*|conhec\\w*) (que|q|quem) (fui|foi|e|era|sou) (eu|que denunciou|que ligou|que reclamou)',
  '(sab\\w*|saib\\w*|souber\\w*|descobr\\w*|descubr\\w*) (o |a )?(meu|minha) (nome|identidade)',
  '(sab\\w*|saib\\w*|souber\\w*|descobr\\w*|descubr\\w*) quem (eu )?sou',
  '(rastre\\w*|identific\\w*|gravam|gravar|grava) (o |a )?(meu |minha )?(numero|telefone|ligacao|chamada)',
  '(meu|minha) (numero|telefone|celular|ligacao|identidade) (aparece|vai aparecer|fica registrad[oa]|e registrad[oa]|e gravad[oa])',
  // The name kept off, said with "não" before the verb ("da pra *nao aparecer* meu nome?", "tem como meu nome nao
  // aparecer?"), and a reprisal feared ("se eu reclamar *vao me perseguir*", "podem me prejudicar?"): whether it is kept
  // secret (round 6642).
  '(nao|n) (aparecer|aparece|apareca|vai aparecer|mostrar|mostra|revelar|revela|divulgar|divulga) (o |meu |o meu )?nome',
  'meu nome (nao|n) (aparecer|aparece|apareca|vai aparecer)',
  '(vao|vai|podem|pode|possa|possam|iam|ia) me (perseguir|prejudicar|retaliar|marcar)',
].join('|')})\\b`);
/**
 * Asking to do it without being named ("posso fazer sem dar meu nome?", "dá pra denunciar sem me identificar?", "é
 * anônimo?"): whether it may be anonymous.
 */
const ASKS_ANONYMOUS = new RegExp(`\\b(${[
  '(sem (dar|dizer|falar|colocar|botar|por|informar|passar|revelar|mostrar|aparecer) (o |meu |o meu )?nome|sem (me |se |eu me )?identificar|sem identificacao|anonim[oa]s?|anonimato|anonimamente|em sigilo|em segredo)',
  // "posso nao me identificar?", "nao quero dar meu nome", "prefiro nao falar meu nome"
  // And put as a case ("e se eu não *quiser* me identificar?", "se eu *preferir* não dar o nome", round 2942).
  '(nao|n) (quero |queria |quiser |quisesse |preciso |prefiro |preferir |gostaria de |)(me |se )?identificar|(nao|n) (quero |queria |quiser |quisesse |preciso |prefiro |preferir |gostaria de |)(dar|dizer|falar|informar|passar|revelar) (o |meu |o meu )?nome',
  '(preferir|prefiro|preferia) (nao|n) (me |se )?identificar|(preferir|prefiro|preferia) (nao|n) (dar|dizer|falar|informar|passar|revelar) (o |meu |o meu )?nome',
  // "vão saber que fui eu?", "ele vai descobrir quem denunciou?", "meu nome aparece?"
  '(vao|vai|eles|ele|ela|alguem|o denunciado|a pessoa) (saber|descobrir) (que|q|quem) (fui|foi|era|e) (eu|que denunciou|que ligou)',
  'descobr\\w+ quem (denunciou|ligou|fez a denuncia)',
  'meu nome (aparece|vai aparecer|fica registrado)',
  ASKS_KNOWN.source,
].join('|')})\\b`);
/** A sentence saying it is kept secret ("é mantida em sigilo", "pode ser anônima"): asked whether one will be known, more than one saying no name is needed. */
const SECRET = /\b(anonim\w*|sigil\w*)\b/;
/**
 * Asking whether a paper travels with the load ("a guia fica comigo ou vai no caminhão junto com os bicho?", "e vai o
 * que junto com o caminhão?", "levo ela no carro?"): what must go along (round 1983).
 */
const ASKS_ALONG = /\b(vai|vao|ir|levo|levar|leva|segue|seguir|anda|andar|viaja|viajar|fica|ficar) (\w+ ){0,5}junto\b|\bjunto com (o|a|os|as) (caminhao|carro|veiculo|transporte|carga|animais|bichos?|gado|mercadoria|produtos?)\b|\b(levo|levar|leva|vai|andar|ando) (\w+ ){0,3}(no|na|dentro do|dentro da) (caminhao|carro|veiculo|carreta|caminhonete)\b/;
/** A sentence saying a paper goes along with the load ("A GTA deve acompanhar os animais durante todo o transporte", "para acompanhar o transporte da produção"). */
const ALONG = /\bacompanh\w* (o|a|os|as) (transporte|animais|animal|mercadoria|carga|producao|veiculo|viagem)\b|\bdurante (todo )?o transporte\b/;
/** A sentence saying whether it may be anonymous ("pode ser anônima", "sem se identificar", "sigilo"). */
const ANONYMOUS = /\b(anonim\w*|sem se identificar|se identificar|identificacao do denunciante|sigil\w*)\b/;
/**
 * Asking whether one must say why ("tenho q explicar pq eu quero saber?", "preciso dar o motivo?", "tenho que
 * justificar?"): the verbs of saying are no words the search keeps, so the question is read by its shape.
 */
const ASKS_REASON = /\b((explicar|explico|dizer|digo|falar|falo|dar|informar|informo|contar|conto|colocar|botar|por) (o |a |meu |minha )?(motivo|razao|porque|pq|por que|porq|pra que|para que|pra q|o pq|o porque)|justificar|justifico|justificativa|dar satisfacao)\b/;
/** A sentence saying whether one must say why ("sem explicar o motivo", "não precisa justificar"). */
const REASON = /\b(motivos?|sem (explicar|justificar|dizer)|justificar)\b/;
/** What happens without doing it ("e se eu rodar sem o documento?", "o que acontece se eu nao pagar?"). */
const ASKS_CONSEQUENCE = /\b(e se|o que acontece se|oq acontece se|o q acontece se|que acontece se|da problema se|da multa se|tem problema se)\b.*\b(sem|nao|n)\b|\bse\b.*\b(da|tem|vai dar|pode dar|gera|leva)( algum| alguma| um| uma)? (problema|multa|punicao|penalidade)\b/;
/** A sentence telling a penalty ("infração gravíssima", "pode ser removido", "multa e juros", "vai a leilão"). */
const PENALTY = /\b(multas?|infracao|gravissima|removid[oa]|apreendid[oa]|apreensao|guinch\w*|suspens\w*|cassad[oa]|cassacao|leilao|juros|bloquead[oa]|cancelad[oa]|penalidade)\b/;
/**
 * Asking what happens when it is done late ("e se passar desse prazo?", "e se eu pagar com atraso?", "e caso atrase?",
 * "o que acontece se eu perder a data?", "tem multa se eu atrasar?", "pago juros se passar?", round 2761): a case put as a
 * condition whose verb is the lateness itself. Not "e se
 * cortarem a luz por atraso?", which puts its own consequence and asks about that. The condition may come after the
 * citizen's own case ("so recebo dia 5, se pagar atrasado tem multa?") and the lateness after "só" ("e se eu pagar só
 * depois do vencimento?"), declared round 6582.
 */
const ASKS_LATE = /\b(se|e se|o que acontece se|oq acontece se|o q acontece se|que acontece se|(da|tem|leva|levo|paga|pago|pagar|cobra|cobram|gera|vai ter|vou pagar) (algum |alguma )?(problema|multa|juros|multa e juros|acrescimo) se|e caso|caso)( eu| ele| ela| a gente| o comprador| o vendedor)?( ja)? (atras\w*|demor\w*|(pagar|pague|pagasse|pago|paguei|pagou|fizer|fizesse|fazer|faca|entregar|transferir|renovar|comunicar)( (o|a|os|as|meu|minha|esse|essa) \w+)?( so| somente| apenas)? (com atraso|atrasad[oa]|depois do prazo|fora do prazo|depois do vencimento)|passar|passa|passou|passei|perder|perdi|perco|perca|vencer|venceu|estourar|estourou|deixar passar|deixar vencer)\b/;
/**
 * Not doing it in time, put as a case ("e se eu não conseguir ir na escola confirmar a matrícula no prazo?", "caso eu
 * não pague dentro do prazo"): what happens when it is late, too.
 */
// Or a long delay put as a case ("e se eu deixar lá uns meses até juntar o dinheiro?", "e se eu demorar uns dias pra ir?"),
// or asked whether it is a problem ("tem problema deixar ele lá uns dias?", "posso demorar uns meses?", round 2761).
const ASKS_NOT_IN_TIME = /\b(e se|se|caso)\b.*\b(nao|n)\b.*\b((no|dentro do|ate o) prazo|a tempo)\b|\b(e se|se|caso|(tem|da|dah|vai dar|pode dar) (algum )?problema|posso|pode) (eu |a gente |ele |ela )?(deixar|demorar|esperar|levar|ficar) (\w+ ){0,3}(uns|umas|alguns|algumas|muitos|muitas|varios|varias|\d+) (dias|semanas|meses|anos)\b/;
/**
 * A sentence telling when it is late ("depois disso, leva multa", "contas atrasadas podem ter multa e juros", "Veículo
 * não retirado no prazo legal…", "Quem não comparece no prazo…").
 */
const LATE = /\b(atras\w*|depois (disso|desse prazo|do prazo|da data|do vencimento)|apos (o prazo|esse prazo|a data|o vencimento)|fora do prazo|nao \w+( \w+)? (no|dentro do) prazo)\b/;
/** Told the deadline was missed: "perdi o prazo", "passou o prazo", "fora do prazo", "perdi a data". */
const MISSED_DEADLINE = /\b((perdi|perdeu|perdemos|perderam|perder|perco|perca|perdesse|esqueci|passou|passaram) (o |do |a )?(prazo|data|periodo|etapa)|fora do prazo|depois do prazo|apos o prazo)\b/;
/**
 * The verb of a deadline told missed ("*perdi* o prazo, e agora?", "e se eu *perder* o prazo?"), by stem: the cue
 * 'deadline missed' weighs the case; the verb is no word to find, so "Fora do prazo, a vaga … não fica garantida"
 * answers as well as "Quem *perde* o prazo … precisa fazer o Cadastro Escolar".
 */
function missedVerb(folded: string): string[] {
  const m = MISSED_DEADLINE.exec(folded);
  return m === null ? [] : analyze(asInfinitives(m[2] ?? '')).concat(analyze(m[2] ?? ''));
}
/** A sentence for who missed it ("Perdeu o prazo?", "Quem perdeu a primeira etapa…", "Quem perde o prazo…", "Fora do prazo, …"). */
// Or what keeping the deadline avoids ("Fique atento ao prazo… para não interromper o tratamento", round 5406).
const FOR_WHO_MISSED = /\b(perde[ur]? (o prazo|a (primeira )?etapa|a data)|quem perd\w* (o prazo|a (primeira )?etapa|a data)|fora do prazo|prazo\b.*\bpara nao)\b/;
/**
 * A sentence telling what comes of not doing it in time ("Quem não comparece no prazo pode perder a vaga", "Fora do prazo,
 * a vaga… não fica garantida"); asked "e se eu não renovar a tempo?" too (round 5404).
 */
const NOT_IN_TIME = /\b(nao \w+( \w+)? (no|dentro do) prazo|fora do prazo)\b/;
/** A sentence saying something is charged ("depois disso, passa a ser cobrada taxa"). */
const CHARGED = /\b(cobrad[oa]s?|cobranca|taxa)\b/;

/** Lateness told ("passou de 60 dias", "já perdi o prazo", "estourou o prazo"). */
const LATE_TOLD = /\b(passou|passaram|passei|perdi|perdeu|estourou|venceu) (de|do|dos|o|os) (\d+ (dias|meses)|prazo)\b/;
/** A cost that starts once a period is over ("Após 60 dias, taxa paga por DAE"). */
const AFTER_PERIOD = /\b(apos|depois de|passados?)( os)? \d+ (dias|meses|anos)\b/;

/**
 * "e se passar desse prazo?", "e se já passou de 60 dias da venda?" when the card charges for lateness: a sentence of
 * its own texts ties a fee or a fine to it ("depois disso, leva multa"), or one of its costs starts once a period is
 * over ("Após 60 dias, taxa paga por DAE"). What missing the deadline costs is then what is asked (round 6162).
 */
export function lateChargeAsked(s: Service, typed: string): boolean {
  const folded = fold(typed);
  if (!ASKS_LATE.test(folded) && !LATE_TOLD.test(folded)) return false;
  const costs = s.steps.flatMap((st) => st.costs.map((c) => fold(c.description)));
  return costs.some((c) => AFTER_PERIOD.test(c) || LATE.test(c)) || sentences(s).some((x) => {
    const f = fold(x);
    return LATE.test(f) && (PENALTY.test(f) || CHARGED.test(f));
  });
}
/** Having lost or forgotten something ("perdi o numero do reds", "esqueci a senha"). */
const ASKS_LOST = /\b(perdi|perdeu|esqueci|esqueceu|apaguei|apagou|nao lembro|nao sei)\b/;
/** A sentence saying where such a thing comes from or how to get it again ("o número vem no e-mail", "recupere a senha"). */
const RECOVER = /\b(vem|vem no|chega|recebe\w*|recuper\w*|informad[oa]|enviad[oa]|redefin\w*)\b/;
/**
 * A sentence or document asking a thing only when the citizen has it or knows it ("Ano de conclusão …, se souber",
 * "Histórico escolar …, se tiver", "caso possua"), the clause closing it: told it was lost or is not known, the thing is
 * not required. Read on the sentence as written: "se tiver mais de um vínculo" opens a case, it asks nothing.
 */
/** The verbs of losing or not knowing, by stem: the loss told, not the thing lost ("perdi" holds "documento *perdido*"). */
const LOSING: ReadonlySet<string> = new Set(analyze('perdi perdido esqueci apaguei lembro souber'));
const IF_HAD = /\b(?:se (?:souber|tiver|houver|possuir)|caso (?:saiba|tenha|possua))(?=\s*(?:[,.;()]|$))/i;
/**
 * Asking how one learns what came of it ("como fico sabendo se foram la?", "vou ficar sabendo do resultado?", "eles dão
 * retorno?", "me avisam?", "como vejo o que deu?"): how the request is followed.
 */
const ASKS_TRACK = /\b((fico|ficar|fica|ficamos|vou ficar|vai ficar) sabendo|(como|onde) (eu |que eu |q eu )?(vou saber|vejo|sei|saberei)( \w+)? se\b|(como|onde) (eu |que eu |q eu )?(vou saber|saberei)(?! (que|q)\b)|(da|dao|tem|terei|vou ter|recebo|vou receber|ha) (algum |um |uma )?(retorno|resposta)|(me|nos) (avisam|avisa|avisar|retornam|respondem|da retorno|dao retorno)|(como|onde) (eu |que eu |q eu )?(vou saber|vejo|sei|saberei|acompanho|consulto) (o que|oq|o q|no que|em que) (deu|da|vai dar|aconteceu|acontece|resultou|virou|foi feito|fizeram)|(como|onde) (eu |que eu |q eu )?(sei|vou saber|saberei|vejo|confiro) (que|q) (ja )?(\w+ )?(atualiz\w*|aprovad\w*|aprovou|deu certo|passei|mudou|mudei|saiu|ficou pront[oa]|registrad\w*|concluid\w*|foi feit[oa]|foi))\b/;
/**
 * A sentence saying how the request is followed ("acompanhe o andamento", "protocolo para acompanhar a resposta"), or
 * where what was done shows ("a comunicação aparece na consulta do veículo", "o andamento é consultado pelo protocolo").
 */
const TRACK = /\b(acompanhe|acompanhamento|andamento|(aparece|aparecem|consta|constam) n[oa]s? consultas?|consultad[oa]s? pelo protocolo|publicad[oa] n[oa] diario oficial|para saber o resultado|acompanhar (a|o) (resposta|pedido|denuncia|manifestacao|analise|resultado|processo|solicitacao)|(consulte|confira|verifique)( no( mesmo)? site( \w+){0,3})? (se|o resultado|a situacao)|consulte no( mesmo)? site (o|a|os|as))\b/;
/**
 * Asking why it matters or what it is for ("e pq isso é importante?", "por que tenho que fazer isso?", "pra que serve?"):
 * opening with "por que", or asking its importance or use in so many words.
 */
const ASKS_WHY = /^(e |mas |ta |ok |entao |ah )?(pq|por que|porque|por qual motivo|pra que|para que|pra q|para q)\b|\b(qual (e )?(a|o) (importancia|motivo|razao)|(pra|para) (que|q) (serve|isso)|serve (pra|para) (que|q)|(isso|isto) e (tao )?importante|e (tao )?importante (isso|mesmo|fazer))\b/;
/**
 * A sentence saying what it is for or why ("É por esse endereço que chegam as notificações", "para que a fiscalização
 * encontre o problema"), or what it must come before ("quem mora em Minas precisa fazer a transferência antes de renovar…",
 * round 2344).
 */
const PURPOSE = /\b(e por (esse|essa|este|esta|ele|ela|isso|meio dele|meio dela) que|porque|pois|para que|pra que|serve para|serve pra|por isso|(e|sao) (muito )?(pedid|exigid|usad|utilizad)[oa]s? (para|pra))\b|\b(precisa|precisam|e preciso|deve|devem) (\w+ ){1,4}antes de \w+/;
/**
 * Asking whether one thing is enough ("só a nota basta?", "é suficiente?", "só isso resolve?"): what else is needed. Also
 * with the thing had ("só com essa nota já posso levar?"), or another paper asked for besides it ("além da nota preciso
 * de outro papel?", "precisa de mais algum documento?"), round 6340.
 */
const ASKS_ENOUGH = /\b(basta|bastaria|bastam|e suficiente|sao suficientes|seria suficiente|so (isso|ela|ele|essa|esse) (resolve|serve|vale|da)|so com (essa|esse|esta|este|isso|a|o)|alem d(a|o|as|os|essa|esse|isso)|(mais|outr[oa]) (algum |alguma |um |uma )?(papel|papeis|documento|documentos|guia|guias|licenca|autorizacao)|precis\w* de mais (nada|algo|alguma coisa))\b/;
/** A sentence saying something else is needed too ("o transporte também exige a GTA", "além do DAE, leve…"). */
const MORE = /\b(tambem (exige|exigem|e exigid[oa]|precisa|precisam|e precis[oa]|e necessari[oa])|alem d(o|a|os|as|e))\b/;
/**
 * Asked whether one must do something ("tenho que explicar por que quero?", "preciso agendar?"): the verb. A sentence
 * saying it is done without it ("…pode pedir, sem explicar o motivo") answers the question.
 */
const ASKS_MUST = /\b(?:tenho|tem|temos|preciso|precisa|precisar|precisamos|devo|deve|ter(?= (?:que|q) )) (?:que |q |de )?([a-z]{4,})\b/;
/** The thing a light verb asks about ("tenho q *fazer* exame?", "preciso *ter* vistoria?"): the word after it, by stem. */
const MUST_THING = /\b(?:tenho|tem|temos|preciso|precisa|precisar|precisamos|devo|deve|ter(?= (?:que|q) )) (?:que |q |de )?(?:fazer|ter|tirar|passar por|apresentar) (?:(?:o|a|os|as|um|uma|outro|outra|novo|nova|de novo) )?([a-z]{4,})\b/;
/** The verbs a sentence says it is done without ("sem explicar", "sem agendar"), by stem. */
function doneWithout(sentence: string): string[] {
  return [...fold(sentence).matchAll(/\bsem ([a-z]{4,})\b/g)].map((x) => stem(x[1] ?? ''));
}
/**
 * What a sentence says is not needed, by stem ("A *vistoria* é dispensada quando…", "dispensa a *vistoria*", "o
 * *agendamento* é opcional"); not "não precisam pedir", said of one case ("Veículos com 20 anos … não precisam pedir").
 */
function dispensed(sentence: string): string[] {
  const f = fold(sentence);
  const thing = [...f.matchAll(/\b([a-z]{4,}) (?:e|sao|fica|ficam) (?:dispensad[oa]s?|opcional|opcionais|facultativ[oa]s?)\b/g)].map((x) => x[1]);
  const after = [...f.matchAll(/\bdispensa (?:(?:de|o|a|os|as) )?([a-z]{4,})\b/g)].map((x) => x[1]);
  return [...thing, ...after].flatMap((w) => (w === undefined ? [] : [stem(w)]));
}

/**
 * Asked whether one must do something ("Preciso explicar por que quero a informação?"), and a sentence of the service's
 * texts says it is done without it ("Qualquer pessoa pode pedir, sem explicar o motivo."): a question of who may ask
 * and on what terms.
 */
export function mustDoneWithout(s: Service, question: string): boolean {
  const must = ASKS_MUST.exec(fold(question))?.[1];
  return must !== undefined && sentences(s).some((x) => doneWithout(x).includes(stem(must)));
}

/** What the question asks whether one must do, by stem: the verb, and the thing a light verb takes ("fazer *exame*"). */
function mustStems(folded: string): string[] {
  return [ASKS_MUST.exec(folded)?.[1], MUST_THING.exec(folded)?.[1]].flatMap((x) => (x === undefined ? [] : [stem(x)]));
}

/** Asked which one of a thing, the thing alone ("qual modalidade?", "e qual a categoria", "quais os tipos?"). */
const WHICH_BARE = /^(?:e |mas |entao )?(?:qual|quais|que) (?:e |eh |seria |sera )?(?:o |a |os |as |meu |minha )?([a-z]{4,})$/;
/** What a thing depends on or is set by ("A modalidade … depende do porte e do potencial poluidor"): the clause opening it. */
/** Asking which ones of a thing ("quais vacinas", "qual o tipo de exame", "tem q ter qual vacina"): the thing. */
const WHICH_ONES = /\b(?:qual|quais)\s+(?:(?:e|sao)\s+)?(?:(?:o|a|os|as)\s+)?(?:(?:tipo|tipos)\s+de\s+)?([a-z]{4,})/;
/** A sentence naming some of a thing by example ("por exemplo, vacina contra brucelose…", "tais como…"). */
const EXAMPLES = /\b(por exemplo|tais como|a exemplo de|entre eles|entre elas)\b/;
const DEPENDS = /\b(depende|dependem|varia conforme|variam conforme|e definid[oa] (pelo|pela|por|conforme)|sao definid[oa]s (pelo|pela|por|conforme))\b/;
/** Whether the sentence holds the thing before it says what it depends on (not "O prazo depende da *modalidade*"). */
function dependsOf(x: { folded: string }, thing: string): boolean {
  const at = DEPENDS.exec(x.folded)?.index;
  return at !== undefined && analyze(x.folded.slice(0, at)).includes(thing);
}
/**
 * Told or asked that one cannot go every day, or keeps a working day ("e se eu n conseguir ir todo dia?", "quem trabalha
 * na roça e não pode ir todo dia?", "trabalho o dia todo"), or asked for other hours ("tem horário flexível?").
 */
const ASKS_FLEXIBLE = /\b(nao|n|nem) (consigo|conseguir|consegue|posso|puder|pode|da pra|da para|vou conseguir|vou poder|tenho como|tem como) (ir|frequentar|comparecer|estudar|vir|ficar)( \w+){0,2} (todo dia|todos os dias|toda semana|toda noite|todas as noites|diariamente|sempre)\b|\b(horario|horarios) (flexive(l|is)|livres?|alternativ\w*|diferentes?|reduzid[oa]s?)\b|\b(trabalho|trabalha|trabalhamos|trabalham) (o dia (todo|inteiro)|de dia|durante o dia|em turnos?)\b/;
/** A sentence telling of flexible hours or of studying partly or wholly at a distance. */
const FLEXIBLE = /\b(flexive(l|is)|semipresencia\w*|a distancia)\b/;
/**
 * Asked how to keep it from happening again ("como evito perder o acesso de novo?", "o que faço pra não acontecer de
 * novo?", "tem como prevenir?").
 */
export const ASKS_PREVENT = /\b(evito|evitar|evita|previno|prevenir|previne|prevencao)\b|\b(pra|para|pro|que|q) (isso |ele |ela |a gente |eu )?(nao|n|nunca mais) (\w+ ){0,3}(de novo|denovo|novamente|outra vez|mais uma vez)\b/;
/** A sentence telling how to keep safe ("proteger a conta", "ative a verificação em duas etapas", "nunca passe sua senha"). */
const PREVENTS = /\b(proteger (a|o|as|os|sua|seu|suas|seus)|proteja|evite|evitar|previn\w*|nunca (passe|compartilhe|informe|forneca|de|envie|mande))\b/;
/** Asked for another way to do it ("há outra forma de indicar?", "tem outro jeito?", "dá pra fazer de outra maneira?"). */
export const ASKS_OTHER_WAY = /\b(outr[oa]s? (forma|formas|jeito|jeitos|maneira|maneiras|meio|meios|opcao|opcoes|caminho|canal)|alternativa|alternativas)\b/;
/**
 * A thing lacked told, then how it is sent or done asked ("e se eu não tiver gov br, como mando?", "ele não tem gov.br,
 * como ele faz o pedido?"): another way asked, without that thing (round 6403). Not how a thing comes ("não tenho conta
 * em banco, como vou receber?": the card's sentence on the payment answers).
 */
const LACKED_HOW = /\b(nao|n) (tenho|tiver|tem|possuo)\b[^?]*\bcomo (eu |ele |ela |a gente )?(mand|envi|faco|faz|fazer|ped|peco|protocol|registr|entreg)\w*/;
/**
 * A step or sentence giving another way ("Ou enviar o FICI pelo site, Correios…", "Também é possível pedir pelo telefone");
 * or opening on the citizen's choice or on the first way failing ("Se preferir atendimento presencial, agende…", "Se não
 * conseguir pela internet…, procure uma unidade do Sine", "Quem não tem internet pode pedir ajuda…"), round 6400. Not a
 * choice of leaving a thing out ("Se preferir não informar, digite…"); nor "Quem preferir pode imprimir o FICI…", which
 * would tie with its own step's title ("Ou enviar o FICI pelo site, Correios ou presencialmente") and, quoted alone, leave
 * out the step's site.
 */
const OTHER_WAY = /^ou\b|\b(outra forma|outras formas|alternativa|tambem e possivel|tambem (pode|podem) (pedir|fazer|enviar|registrar|protocolar|agendar|ser feit[oa]))\b|^se preferir\b(?! nao\b)|^(se|caso) nao (conseguir|consiga) (pela|pelo|online|na internet|no site|no aplicativo)\b|^quem nao tem (internet|acesso)\b/;
/**
 * Asking whether one thing is worth as much as the other ("o bo da internet vale igual o da delegacia?", "tem o mesmo
 * valor?", "serve igual?"): whether it counts the same.
 */
const ASKS_SAME = /\b((vale|valem|serve|servem|funciona|conta|tem valor|e|eh) (igual|igualzinho|a mesma coisa|o mesmo)|mesmo valor|mesma validade|mesma coisa|mesmo efeito)\b/;
/** A sentence saying it counts the same ("tem o mesmo valor do feito na delegacia", "equivale ao…"). */
const SAME = /\b(mesmo valor|mesma validade|mesmo efeito|mesma forca|mesmos direitos|equivale\w*|vale como|igual ao|igual a)\b/;
/**
 * Asking whether it is done the same way, or by another, for the citizen's case ("Para doação é o mesmo sistema da
 * herança?", "Sou MEI. Faço a baixa por este caminho mesmo?", "ou é por outro caminho?"), round 4045 (r36c).
 */
const ASKS_SAME_WAY = /\b(mesm[oa]s? (sistema|site|lugar|caminho|jeito|processo|esquema|canal|formulario|portal|procedimento|esquema)|(outro|outra) (sistema|caminho|site|portal|lugar|canal)|(este|esse|esta|essa) (caminho|sistema|site|portal|jeito) (mesmo|msm|ai|mesma))\b/;
/** A case put as a condition, whatever its word ("e se for mei", "caso seja pra empresa"). */
const CASE_PUT_ANY = /\b(?:se|caso) (?:for|fosse|forem|fossem|seja|sejam)\b/;
/** A sentence saying one thing is not the other ("Ele não substitui o Registro Geral…", "o cadastro é outro"). */
const NOT_SAME = /\b(nao substitui|nao substituem|nao equivale|nao equivalem|nao vale como|e diferente d|sao diferentes|(cadastro|sistema|processo|pedido|registro|caminho) e outro)\b/;
/** A sentence opening on the case it is for ("Para doação e outros casos, no SIARE.", "Para o MEI, … no Portal do Empreendedor"): the case's words. */
const FOR_CASE = /^(?:(?:e|mas|já)\s+)?(?:para|pra|no caso d[eoa]s?)\s+([^,]{3,60}),/i;
/** The case a question opens on ("*Para doação* é o mesmo sistema da herança?"), folded. */
const ASKED_CASE = /^(?:e |mas )?(?:para|pra|no caso d[eoa]s?) (?:o |a |os |as )?([a-z]{3,})/;
/**
 * Whether a sentence opens on a case the question names (FOR_CASE): the case the question opens on, when it opens on
 * one ("Para doação …?" is answered by "Para doação e outros casos, no SIARE.", not "Para herança, …").
 */
function wayForCase(x: Said, q: Asked): boolean {
  const own = forCaseStems(x.sentence);
  const opened = ASKED_CASE.exec(q.folded)?.[1];
  return opened === undefined ? x.words.some((w) => own.has(w)) : analyze(opened).some((w) => own.has(w));
}
/** The stems of the case a sentence (as written: the folded text has no commas) opens on (FOR_CASE), once per sentence. */
const forCaseSeen = new Map<string, ReadonlySet<string>>();
function forCaseStems(sentence: string): ReadonlySet<string> {
  let out = forCaseSeen.get(sentence);
  if (out === undefined) forCaseSeen.set(sentence, (out = new Set(analyze(FOR_CASE.exec(sentence)?.[1] ?? ''))));
  return out;
}
/**
 * Asking whether every one of them does it all ("toda uai faz tudo?", "todas as unidades atendem?", "qualquer posto
 * faz?"): whether it holds everywhere.
 */
const ASKS_ALL = /\b((toda|todo|todas|todos|qualquer) (as |os )?[a-z]+ (faz|fazem|tem|oferece|oferecem|atende|atendem|emite|emitem)|(faz|fazem|tem|oferece|atende) (de )?tudo)\b/;
/** A sentence saying it does not hold everywhere ("Nem toda UAI oferece todos os serviços", "só algumas unidades"). */
const NOT_ALL = /\b(nem toda|nem todo|nem todas|nem todos|so algumas|so alguns|apenas algumas|apenas alguns|somente algumas|somente alguns)\b/;
/**
 * Asked whether the service itself is needed ("Preciso de outorga?", "Minha empresa presta só serviços municipais.
 * Preciso de inscrição estadual?", "Preciso pedir isenção?"): a verb of need, then only words of the service's own
 * title (and words any question uses), in one clause of the question. Not a popular name's word: "preciso pedir
 * *autorização* antes de *furar*?" on the water-use permit asks about drilling, which a sentence of its own answers.
 */
const NEED_OF = /\b(?:preciso|precisa|precisamos|tenho que|tenho q|tem que|tem q|devo|deve|sou obrigad[oa]|e obrigatori[oa])((?: \w+)*)$/;
/** A question word right before a verb of need ("o que eu *preciso*", "quanto *tenho que*"): what is needed is asked, not whether. */
const ASKS_WHAT_BEFORE = /\b(o que|oq|oque|que|q|qual|quais|quanto|quantos|como|onde|quando|de que)( eu| a gente| nos| ele| ela)? $/;
function asksServiceNeeded(s: Service, question: string): boolean {
  const generic = genericStems(GENERIC_WORDS);
  const title = titleStems(s);
  return question.split(/[.?!;,]+/).some((clause) => {
    const said = NEED_OF.exec(fold(clause).trim());
    const rest = said?.[1];
    // The verb of need ending the question ("minha empresa só presta serviço na cidade, preciso?"): the thing needed is
    // the service in view itself (round 2641); not after a question word ("o que eu preciso?" asks what).
    if (said !== null && rest === '') return !ASKS_WHAT_BEFORE.test(fold(clause).trim().slice(0, said.index));
    const own = rest === undefined ? [] : analyze(rest).filter((x) => !generic.has(x));
    return own.length > 0 && own.every((x) => title.has(x));
  });
}
/**
 * Whether a sentence names a word of the question (none of the title, no verb of asking) with "ou" after it ("com
 * *autoescola ou* com instrutor autônomo"): the thing asked and another beside it.
 */
function orAnother(x: Said, q: Asked): boolean {
  const m = NEEDED_THING.exec(q.folded);
  const thing = stem(m?.[1] ?? m?.[2] ?? '');
  if (thing === '' || q.title.has(thing)) return false;
  const tokens = x.folded.split(/[^a-z0-9]+/);
  return tokens.some((t, i) => tokens[i + 1] === 'ou' && stem(t) === thing);
}
/** The thing one asks whether one must go through ("sou obrigado a fazer *autoescola*?", "precisa mesmo de *autoescola*"). */
const NEEDED_THING = /\b(?:(?:sou|e|somos|ser) obrigad[oa]s? a|e obrigatori[oa]) (?:fazer |ter |usar |tirar |pagar |passar por |ir (?:a|ao|na|no|pela|pelo|em) )?(?:(?:o|a|os|as|um|uma) )?([a-z]{4,})|\b(?:preciso|precisa|precisamos|tenho que|tenho q|tem que|tem q) (?:mesmo|msm|realmente) (?:de |do |da |dos |das |fazer |ter |usar |tirar )?(?:(?:o|a|os|as|um|uma) )?([a-z]{4,})/;
/** A sentence saying who does not need it ("Usos pequenos … não precisam de outorga", "… são dispensados"). */
const NOT_NEEDED = /\b(dispensad[oa]s?|dispensa|opcional|facultativ[oa]|nao (precisa|precisam|e preciso|e necessari[oa]|exige|exigem)|sem precisar)\b/;
/** A sentence saying a thing is required ("é preciso ter o boletim", "são obrigatórios", "exige laudo"); not "não é preciso". */
const REQUIRED = /\b(?<!nao )(e|sao) (preciso|necessari[oa]s?|obrigatori[oa]s?|exigid[oa]s?)\b|\b(?<!nao )(exige|exigem|precisa ter|precisam ter|deve ter|devem ter)\b/;
/** A sentence saying a case follows a rule of its own ("segue regra própria", "tem regras específicas", "é tratado à parte"). */
const OWN_RULE = /\b(regras? propri[ao]s?|regras? especific[ao]s?|regras? diferentes?|outra regra|tratad[oa]s? (a|em) parte)\b/;
/** Whether a sentence (folded) says a case follows a rule of its own (OWN_RULE), once per sentence. */
const ownRuleSaid = perText((folded) => OWN_RULE.test(folded));
/** A sentence saying who is exempt or when it is compulsory ("o imóvel é dispensado", "é obrigatório para…"). */
const EXEMPT = /\b(dispensad[oa]s?|dispensa|opcional|facultativ[oa]|obrigatori[oa]s?|isent[oa]s?|isencao|nao (precisa|precisam|e preciso|exige|exigem) de)\b/;
/**
 * The case the citizen puts, said as a concession or a condition ("*mesmo sendo* pouquinha água, preciso…?", "e se for
 * pouquinha?", "caso seja menor"): the word right after it, which a sentence answering that case holds.
 */
const CASE_PUT = /\b(?:mesmo sendo|mesmo com|mesmo que (?:seja|for|fosse)|sendo|se for|se forem|se fosse|se fossem|caso seja|caso for|caso fosse) (?:(?:so|só|uma|um|a|o|muito|bem) )?([a-z]{4,})/;
/** A sentence saying how often something is renewed or how long it is valid ("deve ser renovado todo ano"). */
const PERIOD = /\b(renov\w*|validade|valid[oa]s?|vence\w*|vencimento|todo ano|todos os anos|anualmente|a cada \d+ (anos?|meses)|valem? (por )?(\d+|um|uma|dois|duas|tres|cinco|dez) (anos?|mes|meses))\b/;
/**
 * The thing the citizen lacks: "não sei (o) X", "não tenho (o) X", "não lembro (o) X". Not "sem X": "e se eu pescar
 * sem a carteira?" asks what befalls, not what stands for it.
 */
const MISSING = /\b(?:nao sei|nao tenho|nao lembro|nao conheco) (?:o |a |os |as |meu |minha |bem o |bem a )?([a-z]{4,})/;
/**
 * A sentence offering what may stand for a thing: "ou" after the thing ("o endereço ou ponto de referência", "Comprovante
 * de endereço …, em seu nome ou de parente próximo (ou declaração…)") or right before it ("com a empresa ou na
 * rodoviária"), or "se possível", "se não tiver", "se não souber", "na falta" anywhere. An "ou" further before joins
 * other words ("Entre no aplicativo … ou no portal gov.br com sua conta gov.br" is no stand-in for a bank account), round
 * 6401.
 */
const STANDS_FOR = /\b(se possivel|se nao tiver|se nao souber|na falta)\b/;
function standsFor(folded: string, thing: string): boolean {
  if (STANDS_FOR.test(folded)) return true;
  const words = folded.split(/[^a-z0-9]+/);
  const at = words.findIndex((w) => w.length > 0 && analyze(w)[0] === thing);
  return at >= 0 && words.slice(Math.max(0, at - 2)).includes('ou');
}
/** A sentence on how long a thing is valid ("A data de validade vem impressa", "válida por…", "vence em…"). */
const VALIDITY = /\b(validade|valid[oa]s? (por|ate)|vence\w*|vencimento)\b/;
/** A sentence about what something costs ("O valor muda todo ano"): its year is the price's, not a validity. */
const PRICE = /\b(valor|valores|taxas?|precos?|custos?|tarifas?)\b/;
/** A quantity in a sentence: a number with its unit ("120 dias", "40 pontos", "3 parcelas") or an ordinal ("7º"); not a phone number. */
const QUANTITY = /\b(\d+(º|ª|\s*(dias?|mes(es)?|anos?|horas?|minutos?|semanas?|pontos?|parcelas?|vezes|reais|%|kg\b|quilos?))|(um|uma|dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta) (dias?|m[eê]s(es)?|anos?|horas?|minutos?|semanas?|pontos?|parcelas?|vezes|reais|quilos?))/i;
/**
 * A period told with its length ("vale 10 anos", "vale por um ano", "por até 180 dias", "a cada 5 anos"): asked how long
 * it lasts or how often it is renewed, such a sentence answers before one that only speaks of renewing.
 */
const PERIOD_TOLD = new RegExp(`\\b(valem?|valid[oa]s?|dura|duram|dirigir|usar|validade de|a cada|por|por ate) (por )?(ate )?${NUMBER_WORD} (dias?|mes|meses|anos?)\\b`);

/**
 * What a sentence answering each topic says, besides the question's words ("e pro mei paga alguma coisa?" on opening a
 * company: "Para ser MEI, o cadastro é outro: é feito *de graça*…"). Topics whose answer is the service's fields only
 * (its link, its steps) have none.
 */
const TOPIC_SAYS: Partial<Record<Topic, RegExp>> = {
  cost: /\b(gratuit\w*|gratuidades?|de graca|pag\w*|taxas?|custos?|custa\w*|cobr\w*|isent\w*|isencao|valor|valores|precos?|tarifas?|descontos?|r\$ ?\d)/,
  documents: /\b(documentos?|certid\w*|comprovantes?|apresent\w*|levar|leve|original|copias?|exig\w*|procuracao|laudos?|declaracao|formularios?|(e|sera|sao) precis[oa]s?|precisa (ter|de|levar|apresentar))\b/,
  requirements: /\b(quem (pode|podem|deve|devem|tem|precisa)|tem direito|tem que ser|maior(es)? de|menor(es)? de|idade|exig\w*|obrigatori\w*|(e|sera|sao) precis[oa]s?|precisa(m)? (ter|de|estar|ser))\b/,
  where: /\b(site|portal|internet|online|aplicativo|app|uai|unidades?|postos?|escritorios?|agencias?|delegacias?|cartorios?|presencia\w*|enderecos?|(fica|ficam|esta|estao|vem|aparece|consta) (n[oa]s?|em))\b/,
  time: /\b(\d+|um|uma|dois|duas|tres) (dias?|horas?|semanas?|mes|meses|anos?)\b|\b(prazos?|demora\w*|imediat\w*|na hora|no mesmo dia)\b/,
  online: /\b(site|portal|internet|online|aplicativo|app|presencia\w*|pessoalmente)\b/,
  appointment: /\bagend\w*/,
  hours: /\b(horarios?|sabados?|domingos?|feriados?|dias uteis|24 horas)\b/,
  contact: /\b(telefones?|ligue|ligar|e-?mail|whatsapp)\b/,
  agency: /\b(orgao|secretaria|instituto|departamento|policia|ministerio|prefeitura|federal)\b/,
};

// The search's light stems differ between forms of one word ("suspensa", "suspensão" → "suspens", "suspensa"):
// one stem starting the other (four letters at least), or a plural ("dias", "dia"), is the same word.
/** Whether `again` is `word` done again: the prefix "re" on a stem of five letters at least. */
function doneAgain(word: string, again: string): boolean {
  return word.length >= 5 && again.length === word.length + 2 && again.startsWith('re') && again.endsWith(word);
}
function same(x: string, y: string): boolean {
  // A word done again is the word ("plastificado" / "replastificados", "cadastrar" / "recadastrar"): the prefix "re" on a
  // stem of five letters at least (not "curso" / "recurso", "servir" / "reservar", "tirar" / "retirar").
  // The verb's spelling of its last consonant does not matter there ("plastifiquei de novo" / "replastificados", round 2763).
  if ((x.startsWith('re') || y.startsWith('re')) && (doneAgain(x, y) || doneAgain(y, x) || doneAgain(verbRoot(x), verbRoot(y)) || doneAgain(verbRoot(y), verbRoot(x)))) return true;
  // Every way below needs the first three letters shared: checked first, as this runs for every pair of words.
  if (x.length >= 3 && y.length >= 3 && (x.charCodeAt(0) !== y.charCodeAt(0) || x.charCodeAt(1) !== y.charCodeAt(1) || x.charCodeAt(2) !== y.charCodeAt(2))) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (long.startsWith(short) && (short.length >= 4 || long === `${short}s`)) || derived(x, y) || derived(y, x) || sameVerb(x, y);
}
// A verb and the noun made from it keep apart under the light stems ("traduzir", "tradução" → "traduz", "traduca";
// "doar", "doação" → "doar", "doaca"): after the letters they share, the verb's ending and the noun's are one of these.
const VERB_ENDS: ReadonlySet<string> = new Set(['', 'r', 'z', 'd', 'ev']);
// And the one who does it ("moro", "morador" → "mor", "morador"): an agent noun on a root of three letters.
const NOUN_ENDS: ReadonlySet<string> = new Set(['ca', 'ica', 'sa', 'ament', 'iment', 'ador', 'edor', 'idor', 'ist']);
// ("taxista" / "táxi": the one who works with it, round 1982; longer roots already meet, "motorista" / "motor").
const AGENT_ENDS: ReadonlySet<string> = new Set(['ador', 'edor', 'idor', 'ist']);
/** Whether `verb` and `noun` are a verb and its noun: four letters shared (three with the infinitive's "r", "doar", or for the agent, "morador"). */
function derived(verb: string, noun: string): boolean {
  let n = 0;
  while (n < verb.length && n < noun.length && verb[n] === noun[n]) n++;
  const v = verb.slice(n);
  return VERB_ENDS.has(v) && NOUN_ENDS.has(noun.slice(n)) && n >= (v === 'r' || AGENT_ENDS.has(noun.slice(n)) ? 3 : 4);
}
/**
 * One verb whose last consonant is spelt to keep its sound ("dirija" and "dirige", "fiquei" and "ficar", "pague" and
 * "pagar"): the stems differ only in that letter (j/g, qu/c, gu/g), on a root of four letters at least.
 */
function sameVerb(x: string, y: string): boolean {
  return x !== y && x.length >= 4 && y.length >= 4 && Math.abs(x.length - y.length) <= 1 && verbRoot(x) === verbRoot(y);
}
function verbRoot(w: string): string {
  if (w.endsWith('qu')) return `${w.slice(0, -2)}c`;
  if (w.endsWith('gu')) return `${w.slice(0, -2)}g`;
  return w.endsWith('j') ? `${w.slice(0, -1)}g` : w;
}
function holdsWord(a: { stems: ReadonlySet<string> }, x: string): boolean {
  if (a.stems.has(x)) return true;
  for (const y of a.stems) if (same(x, y)) return true;
  return false;
}
/** Whether a word of the text is a word of the service's title in any of its forms ("transferir" / "Transferência de CNH…"). */
export const namesTitleOf = (s: Service, text: string): boolean => analyze(text).some((x) => holdsWord({ stems: titleStems(s) }, x));
/** A word is held in its own form or in a word of the same meaning (near-synonyms: "jejum", "alimentado"). */
const holds = (a: { stems: ReadonlySet<string> }, x: string, near: NearStems): boolean => holdsWord(a, x) || (near.get(x) ?? []).some((y) => holdsWord(a, y));

/** Whether each word asked is held by a sentence of the card (`holds`), for one list of near-synonyms; a bounded record per sentence. */
const heldBy = memo((_: CardSentence): { near?: NearStems; words: Map<string, boolean> } => ({ words: new Map() }));
/** `holds` for a sentence of the card, worked out once per word asked of it (the same questions come back on every card). */
function holdsKept(a: CardSentence, x: string, near: NearStems): boolean {
  const kept = heldBy(a);
  if (kept.near !== near) {
    kept.near = near;
    kept.words.clear();
  }
  let held = kept.words.get(x);
  if (held === undefined) {
    held = holds(a, x, near);
    if (kept.words.size >= 500) kept.words.clear();
    kept.words.set(x, held);
  }
  return held;
}

/** A number and the word after it (its unit), digits or a number word ("10 kg", "dois lugares"). */
const NUMBER_UNIT = new RegExp(`\\b${NUMBER_WORD}\\s*([a-z]+)`, 'g');
/**
 * "quantas parcelas?", "quantos quilos?": whether a sentence gives a number in the unit asked ("3 a 5 parcelas",
 * "10 kg"); never, when the question asks no number in a unit.
 */
function givesUnitOf(question: string, near: NearStems): (sentence: string) => boolean {
  const units = unitsAsked(question, near);
  return (sentence) => units.length > 0 && unitsNumbered(sentence).some((g) => g.some((y) => units.some((x) => x === y || same(x, y))));
}

/**
 * `compute(text)` for a text of the card (a sentence weighed against every question), worked out once per text while
 * it is among the last ones met: the card's sentences are few, but a catalogue reload brings new ones.
 */
function perText<V>(compute: (text: string) => V): (text: string) => V {
  const kept = new Map<string, V>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      value = compute(text);
      if (kept.size >= 20_000) kept.clear();
      kept.set(text, value);
    }
    return value;
  };
}
/** The units after each number of a sentence (NUMBER_UNIT), by stem, once per sentence. */
const unitsNumbered = perText((sentence): readonly (readonly string[])[] => [...fold(sentence).matchAll(NUMBER_UNIT)].map((g) => analyze(g[1] ?? '')));
/** Whether a sentence tells a quantity (QUANTITY), once per sentence. */
const tellsQuantity = perText((sentence): boolean => QUANTITY.test(sentence));
/** The things a sentence names the number of ("número máximo de *parcelas*"), by stem, once per sentence. */
const countsNamed = perText((sentence): readonly (readonly string[])[] => [...fold(sentence).matchAll(/\b(?:numero|quantidade|limite|maximo|minimo)(?: maximo| minimo)? de (\w+)/g)].map((g) => analyze(g[1] ?? '')));

/** A bound on a number in a unit ("mais de três pessoas", "até 10 kg", "no mínimo 2 testemunhas"): the unit. */
const BOUND_UNIT = new RegExp(`\\b(?:mais de|menos de|ate|acima de|abaixo de|no maximo|no minimo|pelo menos|a partir de|superior(?:es)? a|inferior(?:es)? a) ${NUMBER_WORD} ([a-z]+)`, 'g');
/** The units of the counts a question tells (Asked.counted), by stem with their near-synonyms; never a unit of time (deadlines read those). */
function countsTold(folded: string, near: NearStems): string[] {
  return [...folded.matchAll(NUMBER_UNIT)].flatMap((g) => analyze(g[1] ?? '')).filter((x) => !TIME_UNITS.includes(x)).flatMap((x) => [x, ...(near.get(x) ?? [])]);
}
/** Whether a sentence bounds a number in one of the units (see BOUND_UNIT). */
function boundsUnit(folded: string, units: readonly string[]): boolean {
  return [...folded.matchAll(BOUND_UNIT)].some((g) => analyze(g[1] ?? '').some((y) => units.some((x) => x === y || same(x, y))));
}

/** The units of time, by stem ("quanto tempo?" asks a number in one of them). */
const TIME_UNITS: readonly string[] = ['minuto', 'minutos', 'hora', 'horas', 'dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'ano', 'anos'].flatMap((w) => analyze(w));

/** The word a question asks a number of ("quantos *pontos*", "qnto *tempo*"); none after a preposition ("qto de peixe", "de quanto em quanto tempo" asks of time). */
function unitWord(question: string): string | undefined {
  const unit = ASKS_NUMBER.test(fold(question)) ? /\b(?:quant[oa]s?|qn?t[oa]?s|qn?t[oa]) (?:(?:de|em) (?:quant[oa]|qn?t[oa]) )?(\w+)/.exec(fold(question))?.[1] : undefined;
  return unit === 'de' || unit === 'em' ? undefined : unit;
}

/** The unit a question asks a number of ("quantas *parcelas*?", "em qtas *vezes*?"), with its near-synonyms; none if it asks none. */
function unitsAsked(question: string, near: NearStems): string[] {
  const unit = unitWord(question);
  if (unit === undefined) return [];
  // "quanto tempo?": any unit of time ("180 dias", "um ano", "12 horas") gives it.
  if (unit === 'tempo') return [...TIME_UNITS];
  return analyze(unit).flatMap((x) => [x, ...(near.get(x) ?? [])]);
}

/**
 * "quantas parcelas?" on the IPVA instalments, whose texts give no number: a sentence naming the number of that unit
 * ("O número máximo de parcelas … é definido pela SEF-MG") says who sets it, which answers as a number would.
 */
function namesCountOf(question: string, near: NearStems): (sentence: string) => boolean {
  const units = unitsAsked(question, near);
  return (sentence) => units.length > 0 && countsNamed(sentence).some((g) => g.some((y) => units.some((x) => x === y || same(x, y))));
}

/**
 * One sentence of the service's own texts says what a question on its card asks, in the question's words: it holds
 * every word of `naming` and two of the question's words at least ("e quanto desconta no contracheque" on the IPSEMG:
 * "contribuição mensal descontada no contracheque"); or, asked for a number in a unit ("quantos quilos de peixe"), a
 * sentence gives one in it ("10 kg") and the service's texts hold every other word of `naming`.
 */
export function saidByService(s: Service, nearSynonyms: NearSynonyms, question: string, naming: readonly string[]): boolean {
  const near = nearStemsOf(nearSynonyms);
  const every = analysed(s);
  const named = [...new Set(naming.flatMap((w) => analyze(w)))];
  const asked = [...new Set(analyze(question))];
  if (asked.length >= 2 && every.some((a) => named.every((x) => holds(a, x, near)) && asked.filter((x) => holds(a, x, near)).length >= 2)) return true;
  const givesUnit = givesUnitOf(question, near);
  const unit = every.find((a) => givesUnit(a.sentence));
  if (unit === undefined) return false;
  return named.every((x) => holds(unit, x, near) || every.some((a) => holdsWord(a, x)));
}

/**
 * The condition a sentence opens with ("Se a escola foi fechada, …", "Caso o veículo…,", "Em caso de furto ou roubo, …",
 * round 2761), up to its first comma (not "Para o …,": "Para o ano seguinte," is no case of the citizen's).
 */
const CONDITION = /^(?:se|caso|quando|(?:em|no) caso de) ([^,]+),/i;

/**
 * "BO", "b.o." as said: the police report ("boletim de ocorrência") the card's texts name in full; read so on a card
 * that is not itself a police report (there "bo" names the card: its sentences on the report itself answer nothing).
 */
const BO = /\bb\.?o\b\.?/g;
const reportNamed = (s: Service): string => (titleStems(s).has('boletim') ? ' bo ' : ' boletim de ocorrencia ');
/**
 * The report as the question reads it: asked in which order ("faço o bo primeiro ou oq?"), the report is one of the
 * things ordered, which the sentence saying what comes first names in full ("Procure o banco imediatamente, antes mesmo
 * do boletim"), on the report's own card too (round 3462); else as reportNamed.
 */
const reportAsked = (s: Service, folded: string): string => (ASKS_ORDER.test(folded) ? ' boletim de ocorrencia ' : reportNamed(s));
/**
 * A thing paid told as not paid ("to com *ipva atrasado*", "o carro tem *multas pendentes*", "a empresa tem *ICMS em
 * aberto*", "a conta vencida"): a debt, whatever its kind, which is how the cards speak of it ("Com débitos, é preciso
 * regularizar antes", "sem débitos e restrições"); read as the word "débito" (round 1981). Only a thing one pays: "cnh
 * vencida", "chegar atrasado" tell no debt.
 */
const OWED = /\b(?:ipva|icms|itcd|iptu|multas?|impostos?|tributos?|taxas?|contas?|parcelas?|boletos?|daes?|licenciamento|mensalidades?|faturas?|prestac(?:ao|oes)|pagamentos?)(?: (?:d[oa]s? |de )?\w+)? (?:(?:ta|esta|estao|tao|ficou|ficaram) )?(?:atrasad[oa]s?|pendentes?|em aberto|em atraso|vencid[oa]s?|sem pagar|nao pag[oa]s?)\b/g;
/**
 * A debt told, as `passages` reads it: the debt ("débito"); and the thing owed too when the card itself tells that very
 * thing owed ("tenho *multa* vencida, licencia msm assim?": "Com o IPVA, a TRLAV e as *multas vencidas* pagos…" on the
 * licensing). Where the card only names the thing otherwise ("depois disso, leva multa"), the debt alone is read.
 */
function debtRead(s: Service, told: string): string {
  const thing = analyze(told.split(' ')[0] ?? '')[0];
  return thing !== undefined && debtsOf(s).has(thing) ? ` ${thing} debito ` : ' debito ';
}
/** The things the card's own texts tell owed (OWED: "multas vencidas", "IPVA em atraso"), by stem, once per service. */
const debtsOf = memo((s: Service): ReadonlySet<string> => new Set(sentences(s).flatMap((x) => [...fold(x).matchAll(OWED)].flatMap((m) => analyze(m[0].split(' ')[0] ?? '').slice(0, 1)))));
/**
 * A thing paid told as owed by a verb of owing ("e se eu *dever ipva*?", "to devendo icms"): a debt too, read as
 * OWED's (round 6643).
 */
const OWING = /\b(?:devo|deve|devem|devemos|dever|devendo|devia|deviam|deva)(?: (?:o|a|os|as|de|do|da|dos|das|uns|umas|um|uma|algum|alguma|algumas|alguns))? (ipva|icms|itcd|iptu|multas?|impostos?|tributos?|taxas?|parcelas?|boletos?|daes?|licenciamento|mensalidades?|faturas?)\b/g;
const OWES_BY_VERB = new RegExp(OWING.source);
/** A debt told (OWED), tested once per question; and the word it is read as, by stem. */
const OWES = new RegExp(OWED.source);
const DEBT: readonly string[] = analyze('debito');
/** A debt told as being settled ("to *parcelando*", "já *negociei*", "tô *pagando* em parcelas"). */
const SETTLING = /\b(parcel\w*|negoci\w*|pagando|quitando|acordo)\b/;
/**
 * Words that ask whether the case is the same ("é o mesmo esquema?", "é a mesma coisa?", "é igual?") and the verb of a
 * case put ("se *fosse* mei", "se *for* gado"): how the question is put, never a word to find in the texts.
 */
const PUT = /\b(o mesmo esquema|mesmo esquema|a mesma coisa|mesma coisa|o mesmo processo|o mesmo jeito|do mesmo jeito|o mesmo|a mesma|os mesmos|as mesmas|e igual|sao iguais|igualzinho|for|fosse|forem|fossem)\b/g;

/** A span of time told with a number ("20 anos", "3 meses"). */
const SPAN = /\b\d+ (anos?|mes(es)?)\b/g;
/** A time told as gone by ("mês passado", "semana passada", "ano passado"): when, never a word to find. */
const PAST_TIME = /\b(mes|semana|ano|sabado|domingo) passad[oa]\b/g;

/**
 * Another state named by its name, its capital, its two letters or a popular name ("vale pra ir pra sao paulo?", "minha
 * cnh é do rj"): the service's texts say "outro estado" or "entre estados", and the question is read so. The states are
 * staff's, in data/outros-estados.yaml (the catalogue's `otherStates`), without Minas Gerais itself nor the words staff
 * listed there as everyday words too ("para", "vitoria", "se", "to"); each name in its folded words, once per loaded list.
 */
const otherStateNames = memo((states: OtherStates): string[][] => [...new Set(otherStateWords(states).map(fold))].map((w) => w.split(' ')));
/** The places of the words that name another state ("passagem de avião pra *sao paulo*"): a place, no service's name. */
export function otherStateAt(states: OtherStates, tokens: readonly string[]): Set<number> {
  const at = new Set<number>();
  tokens.forEach((_, i) => {
    for (const words of otherStateNames(states)) if (words.every((w, k) => tokens[i + k] === w)) words.forEach((_, k) => at.add(i + k));
    if (rioAsState(tokens, i)) at.add(i);
  });
  return at;
}
/**
 * "vim do rio", "sou do rio", "minha cnh é do rio", "placa do rio": "Rio" alone said as where the citizen or their
 * document or vehicle comes from is the state of Rio de Janeiro; elsewhere ("pescar no rio", "perto do rio") a river.
 */
function rioAsState(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== 'rio' || !RIO_BEFORE.has(tokens[i - 1] ?? '')) return false;
  const before = tokens[i - 2] ?? '';
  return FROM_VERBS.has(before) || FROM_THINGS.has(before) || ((before === 'e' || before === 'eh') && FROM_THINGS.has(tokens[i - 3] ?? ''));
}
const RIO_BEFORE: ReadonlySet<string> = new Set(['do', 'no', 'pro', 'pra']);
/** Verbs of coming from or living in a place ("*vim* do rio", "*moro* no rio", "*mudei* pro rio"). */
const FROM_VERBS: ReadonlySet<string> = new Set(['vim', 'viemos', 'veio', 'vieram', 'sou', 'somos', 'moro', 'moramos', 'morava', 'morei', 'mudei', 'mudamos', 'mudou', 'tirei', 'tirou', 'emitida', 'emitido', 'trouxe']);
/** A document or vehicle of a place ("cnh do rio", "a placa é do rio"). */
const FROM_THINGS: ReadonlySet<string> = new Set(['cnh', 'carteira', 'habilitacao', 'placa', 'carro', 'moto', 'veiculo', 'identidade', 'rg', 'documento', 'documentos']);
/** The words of a folded text (letters and digits only, one space between words). */
const foldedWords = (folded: string): string[] => folded.split(' ').filter((w) => w !== '');
/** The question (folded) with each run of words naming another state read as "outro estado". */
function otherState(states: OtherStates, folded: string): string {
  const tokens = foldedWords(folded);
  const at = otherStateAt(states, tokens);
  return tokens.flatMap((w, i) => (!at.has(i) ? [w] : at.has(i - 1) ? [] : ['outro estado'])).join(' ');
}

/**
 * "e pra ir visitar minha irma em sao paulo vale?" on the intercity free pass: the question names another state and
 * the service's own texts say what holds for other states ("Para viagens entre estados, o Passe Livre é federal").
 */
export function otherStateSaid(s: Service, states: OtherStates, question: string): boolean {
  return namesOtherState(states, question) && sentences(s).some((x) => OTHER_STATES_SENTENCE.test(fold(x)));
}
/**
 * "vale pra outro estado?" on the intercity free pass: when the question says "another state" as such ("outro estado",
 * "entre estados", "interestadual"), the sentences of the service's own texts (two at most) saying what holds for other states.
 */
export function otherStatesTold(s: Service, question: string): string[] {
  return OTHER_STATES_SENTENCE.test(fold(question)) ? sentences(s).filter((x) => OTHER_STATES_SENTENCE.test(fold(x))).slice(0, 2) : [];
}
/**
 * "ela perdeu em são paulo, dá pra fazer aqui?" on the lost documents report ("O fato deve ter acontecido em Minas
 * Gerais"): another state named and asked whether it is done here, on a card whose conditions set the thing or the
 * person in Minas (`IN_MINAS`); the 'held in Minas' row quotes that condition.
 */
export function heldInMinasAsked(s: Service, states: OtherStates, question: string): boolean {
  return CAN_HERE.test(fold(question)) && namesOtherState(states, question) && s.requesters.some((r) => IN_MINAS.test(fold(r.requirements)));
}
/**
 * "minha identidade foi feita em sp, serve?", "Identidade de outro estado?", "minha carteira é do rio, faço aqui msm?": a
 * document of the citizen's said to be of another state, asked of, on a card whose conditions want that document issued or
 * registered in Minas ("Ter carteira de identidade emitida em Minas Gerais", "Ter CNH … registrada em Minas Gerais"): the
 * card settles it by who may ask (round 6640).
 */
export function awayDocumentAsked(s: Service, states: OtherStates, question: string): boolean {
  if (!isAsked(question)) return false;
  const tokens = foldedWords(fold(question));
  const away = otherStateAt(states, tokens);
  tokens.forEach((w, i) => { if (w === 'outro' && /^(estado|uf)$/.test(tokens[i + 1] ?? '')) away.add(i); });
  const wanted = fromMinasConditions(s);
  return tokens.some((w, i) => {
    const kind = AWAY_DOCUMENTS[w];
    if (kind === undefined || ![1, 2, 3, 4, 5].some((k) => away.has(i + k))) return false;
    return wanted.some((x) => kind.test(x));
  });
}
/** A condition wanting a document issued or registered in Minas ("identidade *emitida em Minas Gerais*"). */
const FROM_MINAS = /\b(emitid|registrad|expedid)[oa]s? em minas\b/;
/** The card's conditions (folded) wanting a document from Minas, once per service. */
const fromMinasConditions = memo((s: Service): readonly string[] => s.requesters.map((r) => fold(r.requirements)).filter((x) => FROM_MINAS.test(x)));
/** The citizen's documents said of a state, and the condition each answers to ("carteira" is either). */
const AWAY_DOCUMENTS: Readonly<Record<string, RegExp>> = {
  identidade: /\bidentidade\b/, rg: /\bidentidade\b/, cin: /\bidentidade\b/,
  cnh: /\bcnh\b/, habilitacao: /\bcnh\b/, carteira: /\b(identidade|cnh)\b/, documento: /\b(identidade|cnh)\b/,
};
/** A question naming another state (see otherStateNames). */
const namesOtherState = (states: OtherStates, question: string): boolean => otherStateAt(states, foldedWords(fold(question))).size > 0;
/**
 * Asking whether one may or can do it ("posso…?", "consigo…?", "dá pra…?"), or whether it is done here, said last
 * ("emplaco aqui?", "faço por aqui msm?"); not whether a thing is valid ("vale?").
 */
const CAN_HERE = /\b(posso|podemos|pode|consigo|conseguimos|consegue|da pra|da para)\b|\b(aqui|daqui)( mesmo| msm| em minas)?$/;
/** A condition that sets a thing or a person in Minas ("emitida *em Minas Gerais*", "residência ou sede *em Minas*"). */
const IN_MINAS = /\bem minas( gerais)?\b/;
/** A sentence saying what holds for other states ("Para viagens entre estados…", "Quem tem CNH de outro estado…"). */
const OTHER_STATES_SENTENCE = /\b(outros? estados?|entre estados|interestadua\w*)\b/;

/**
 * Asking whether someone else may do it for the citizen ("minha filha pode pegar o remédio por mim?", "outra pessoa
 * pode ir no meu lugar?", "meu marido consegue dar entrada pra mim?"): whether a representative may.
 */
const ASKS_PROXY = new RegExp(`\\b(${[
  'por mim|no meu lugar|em meu nome|por outra pessoa|outra pessoa (pode|podem|consegue)|alguem (pode|consegue) (ir|fazer|pegar|buscar|retirar)',
  '(filh[oa]|espos[oa]|marido|mulher|mae|pai|irma|irmao|parente|vizinh[oa]|amig[oa]|neto|neta|cunhad[oa]|sobrinh[oa]|ti[oa]|prim[oa]|sogr[oa]|genro|nora|namorad[oa]|colega|alguem|outra pessoa) (pode|podem|consegue|poderia|podia) (pegar|buscar|retirar|receber|fazer|ir|levar|tirar|dar entrada|pedir|assinar|pagar|agendar|renovar|solicitar|registrar|cadastrar) (\\w+ )*(pra mim|para mim|por mim|d[oa] meu|d[oa] minha|[oa]s? (meu|minha|meus|minhas))',
  // Fetching is an errand for someone else ("meu irmão pode ir buscar?", "minha mãe consegue retirar?", "posso mandar meu
  // filho ir pegar?"); "minha filha pode pegar a carteirinha?" may ask whether she is entitled, so "pegar" needs "ir".
  '(filh[oa]|espos[oa]|marido|mulher|mae|pai|irma|irmao|parente|vizinh[oa]|amig[oa]|neto|neta|cunhad[oa]|sobrinh[oa]|ti[oa]|prim[oa]|sogr[oa]|genro|nora|namorad[oa]|colega|alguem|outra pessoa) (pode|podem|consegue|poderia|podia) (ir (pegar|buscar|retirar|receber)|buscar|retirar)',
  '(posso|poderia|da pra|pode) mandar (o |a |meu |minha |o meu |a minha |um |uma |outra |outro )?\\w+ (ir )?(pegar|buscar|retirar|no meu lugar)',
  // The citizen acting for another ("posso fazer o recurso por ele?", "consigo emitir em nome dele?", "dá pra eu registrar
  // pela minha avó?", "posso gerar no cpf dela?"): who may act for whom, the same answer (round 6000).
  '(posso|consigo|podemos|conseguimos|poderia|da pra|da para|tem como) (eu )?(\\w+ ){0,4}(por|pel[oa]|em nome d[eoa]|no lugar d[eoa]|no cpf d[eoa]) (ele|ela|eles|elas|dele|dela|deles|delas|(meu|minha|meus|minhas) \\w+)',
].join('|')})\\b`);
/** Whether a question asks if someone else may act for the citizen (see ASKS_PROXY); `text` is folded or folds here. */
export const asksProxy = (text: string): boolean => ASKS_PROXY.test(fold(text));
/**
 * Told the citizen (or the one they ask for) cannot go there ("minha mãe não consegue ir até a farmácia", "não tenho
 * como ir na escola", "ele está acamado"): on a card done in person at least in part, whether someone else may go for
 * them, as asked in ASKS_PROXY (round 3220). On a card done wholly online the trip is none, and the answer is that.
 */
const CANT_GO = /\b(?:(?:nao|n) (?:consigo|consegue|conseguimos|conseguem|posso|pode|podemos|podem|tenho como|tem como|temos como|da pra|da para|vou conseguir|vai conseguir|vou poder|vai poder) (?:ir|comparecer|sair de casa|me deslocar|se deslocar|andar)|(?:acamad|de cama|internad)[oa]s?)\b/;
/** Whether the question asks if someone else may act for the citizen, or tells they cannot go to a card's desk (CANT_GO). */
const asksProxyAt = (s: Service, folded: string): boolean => ASKS_PROXY.test(folded) || (s.delivery !== 'online' && CANT_GO.test(folded));
/** Knowing nothing of a subject, or asking whether to hire a professional (see the 'who does it for me' cue). */
const ASKS_EXPERT = /\b(?:(?:nao|n) (?:entendo|entende|manjo|manja|sei|sabe) (?:nada |muito |bem )?(?:de|do|da|dos|das|sobre) [a-z]{4,}|sou leig[oa]|(?:contratar|pagar|chamar) (?:um |uma |o |a )?(?:engenheir|arquitet|profissional|tecnic|contador|despachante|advogad))/;
/** A sentence naming a professional who does the work ("responsável técnico", "engenheiro ou arquiteto", "contador"). */
const EXPERT = /\b(?:responsavel tecnico|responsaveis tecnicos|profissional habilitado|tecnico habilitado|engenheir[oa]s?|arquitet[oa]s?|contador(?:a|es)?|despachante)\b/;
/** A sentence saying who may act for the citizen ("Um representante pode…", "com procuração", "Terceiros podem…"). */
const PROXY = /\b(representante|procurador\w*|procuracao|terceiros|responsavel legal|outra pessoa|outras pessoas)\b/;
/**
 * A sentence saying who else does the errand for the citizen, without the words of a representative ("A autoescola ou
 * o instrutor credenciado também podem agendar", "…ou a autoescola faz por ele", "Sindicatos … também podem emitir em nome
 * do produtor"): someone besides the citizen who may act (round 4040, r36c). Not "também podem ser atendidos", "também
 * podem aparecer": a verb of doing the errand after "também podem".
 */
const DOES_FOR = /\b(tambem podem (agendar|marcar|pedir|fazer|emitir|solicitar|registrar|retirar|buscar|assinar|enviar|protocolar)|(fazem|faz|pedem|pede|cuidam|cuida) (por|pel[oa]) (ele|ela|eles|elas|voce|cidadao|candidato|candidata|produtor|dono)|(pedir|emitir|fazer|assinar|agendar) em nome d[oa])\b/;
/**
 * Saying the place has no address one can give ("não sei o endereço certo", "é no meio do mato", "fica na zona rural"):
 * how to tell where it is.
 */
const ASKS_PLACE = new RegExp(`\\b(${[
  '(nao sei|nao souber|nao tem|nao tiver|nao tenho|sem|nao lembro|nao conheco) (o |a )?(endereco|nome da rua|numero|cep|rua)',
  'meio do mato|zona rural|na roca|estrada de terra|beira (do rio|da estrada)|lugar sem (endereco|nome)',
  // The address asked exact, or given, or the place not found ("precisa do endereço certinho?", "preciso passar o endereço
  // completo?", "a fiscalização não achou o lugar"), round 6603.
  '(endereco|local) (certinho|exato|completo|direitinho)',
  '(passar|informar|dar|dizer|falar|colocar) o (endereco|local) (certo|certinho|exato|completo)',
  'nao (achou|acharam|achavam|encontrou|encontraram|encontra|acha) o (lugar|local|endereco)',
].join('|')})\\b`);
/**
 * Asked whether the citizen, being who they are, may ask: a condition of the person ("preciso ser sócio?", "precisa
 * saber ler?", "tem que morar aqui?"), who may at all ("qualquer um pode?", "só quem é dono?"), "serve pra mim?", or the
 * citizen telling what they are and asking whether they may ("moro em sp, posso reclamar?", "sou aposentado, consigo?").
 * Said impersonally, "precisa ser" before a participle asks about the thing ("o registro precisa ser renovado?"), not the person.
 * "ainda dá pra renovar?" after the case told ("venceu faz 2 anos") asks whether that case still may (round 2345).
 */
const ASKS_ELIGIBLE = /\b((preciso|precisamos|tenho que|tenho q|temos que) (ser|saber|estar|morar|residir|viver)|(precisa|tem que|tem q|e preciso|e necessario|e obrigatorio) (saber|morar|residir|viver|(ser|estar) (?!\w+(ad[oa]s?|id[oa]s?)\b|feit[oa]s?\b|pessoalmente\b|presencial\b|online\b))|(qualquer (um|uma|pessoa)|so quem|somente quem|apenas quem) (pode|podem|consegue)|(serve|vale|da|funciona) (pra|para|p) mim|ainda (da|dah) (pra|para) [a-z]+)\b|\b(moro|sou|estou|vivo|trabalho|estudo)\b.*\b(posso|podemos|consigo|da pra|da para)\b|\b(posso|consigo|da pra|da para)\b.*\b((que|q) nao (e|eh) (minha|meu|nossa|nosso)|de outra pessoa|de terceiros?|d[oa] (meu|minha) ex)\b/;
/**
 * Asking who does a thing ("quem paga as parcelas?", "e quem dá as aulas?", "quem me paga?"), not who may or must ("quem
 * pode pedir?") nor who asks for it ("quem pede?", "quem solicita?": who may ask): the verb.
 */
const ASKS_WHO_DOES = /(?:^|\b(?:e|mas|entao) )quem (?:e que |que |q )?(?:me |te |nos |lhe )?(?!(?:pode|podem|tem|precisa|precisam|deve|devem|consegue|pede|pedem|pedir|solicita|solicitam|requer|requerem)\b)([a-z]+)/;
/**
 * A sentence naming who does a thing: done by someone ("O pagamento é feito pela Caixa", "é emitida pelo IMA", "são
 * licenciadas pela prefeitura"), not by a channel ("feito pela internet"); or with a credentialed agent ("com autoescola
 * ou instrutor credenciado").
 */
const AGENT_NAMED = /\b(feit[oa]s?|pag[oa]s?|[a-z]+(ad|id)[oa]s?) pel[oa]s? (?!(internet|site|aplicativo|app|telefone|portal|correios?|sistema|e ?mail|meio|propri[oa]|mesm[oa])\b)|\bcom (a |o |um |uma )?\w+( ou \w+)? credenciad[oa]s?\b/;
/** Asking whether one still may ("ainda dá pra renovar?"): the verb. */
const STILL_MAY_VERB = /\bainda (?:da|dah) (?:pra|para) ([a-z]+)/;
/**
 * A negation the question puts or tells ("e se eu não tiver uai?", "nunca cadastrei email"): what follows it in its clause.
 * "nem" only in a condition ("e se *nem* responderem?", round 2340): "e nem vi" tells the case, "nem sei" is a doubt.
 * "ninguém" too ("e se *ninguém* responder?": no answer comes, round 3649, r34c).
 */
const NEGATION = /(?:\b(?:nao|n|nunca|ninguem)|(?<=\b(?:se|caso|quando)\s+(?:\w+\s+)?)nem)\s+([^,;:.?!]+)/;
/**
 * The case the question puts in the negative, up to the end of its clause in the text as written: folded, "Não tenho
 * conta gov.br. Há outra forma de indicar?" loses the full stop, and the negated case would run on into what is asked
 * (round 2364). "gov.br" keeps its dot: only a stop before a space or the end closes a clause.
 */
function negatedClause(question: string): string {
  for (const clause of question.split(/[,;:?!]|\.(?=\s|$)/)) {
    const m = NEGATION.exec(fold(clause));
    if (m !== null) return m[1] ?? '';
  }
  return '';
}
/**
 * A sentence's case put in the negative ("Se não tiver e-mail cadastrado, …", "Quem não se matricula…", "Onde não há UAI, …"),
 * or what it says may not happen ("A confirmação do pagamento … *pode não aparecer* no mesmo dia", round 2101).
 */
const NEGATED_CASE = /\b(?:se|caso|quando|quem|onde|enquanto|pode|podem)\s+(?:\w+\s+){0,3}?(?:nao|nunca)\s+([^,;:.?!()]+)/;
/**
 * A thing named with what was not done to it ("Veículo *não retirado* no prazo legal pode ir a leilão", "horários *não
 * cumpridos*"): the participle is the case in the negative, as "Se o veículo não for retirado, …" puts it; the
 * participle alone, not what the sentence goes on to say of the thing.
 */
const NEGATED_DONE = /\b(?:nao|nunca)\s+([a-z]{3,}(?:ad|id)[oa]s?)\b/;
/** Asking what comes of it ("o que acontece?", "dá multa?", "tem problema?", "tomo multa?"): see `ranked`, round 5800. */
const ASKS_WHAT_COMES = /\b(o que|oq|o q|que) (me |nos |lhe )?(acontece|aconteceria|vai acontecer|pode acontecer)\b|\b(da|dah|tem|leva|levo|tomo|toma|gera|rola|vai dar|pode dar|vou levar|vou tomar) (algum |alguma |uma |um )?(multa|problema|punicao|penalidade|infracao)\b/;
/**
 * A thing done without what the question puts in the negative ("Circular *sem licenciamento* é infração gravíssima" for "e
 * se eu não licenciar?"): the word after "sem", the case as the card names it (round 5800). Only the one word: "sem
 * restrição judicial" speaks of the restriction, not of what the sentence goes on to say.
 */
const DONE_WITHOUT = /\bsem\s+([a-z]{4,})\b/;
/** The stems of the verbs a negation is put with ("não *tiver*", "não *há*", "não *for*"): no word of the case. */
const AUXILIARY: ReadonlySet<string> = new Set(analyze('tiver tiverem tem tenho tinha ter houver haver há for forem fosse ser estiver estou está estar puder pode posso conseguir consigo consegue fizer fazer faz quiser quer'));
/**
 * The words of a negated clause, by stem, without the verb it is put with; and, as written, a name the card writes in
 * capitals ("UAI"), which the stems leave out as the interjection "uai".
 */
function negatedWords(clause: string, names: readonly string[]): string[] {
  const words = clause.split(' ').filter((w) => w.length >= 2);
  // "e se eu não conseguir ir?" / "Se não puder ir, cancele…": going, which the stems drop as a word of grammar, is the
  // case (round 5802).
  const going = words.some((w) => GOING.test(w)) ? ['ir'] : [];
  return [...analyze(clause).filter((x) => !AUXILIARY.has(x)), ...going, ...words.filter((w) => names.includes(w))];
}
/** Going, or being there ("ir", "comparecer"), in a negated case. */
const GOING = /^(ir|comparec\w*)$/;
/**
 * "minha cidade n tem uai" on the CNH's transfer ("Onde não há UAI, agende na … Ciretran"): a case the citizen puts in
 * the negative, that a sentence `passages` quotes puts in the negative too (its case, `NEGATED_CASE`): those sentences.
 */
export function negatedCaseSaid(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, question: string): string[] {
  const folded = fold(question);
  const asked = negatedWords(negatedClause(question), foldedWords(folded));
  if (asked.length === 0) return [];
  return passages(s, words, question).filter((x) => {
    const clause = NEGATED_CASE.exec(fold(x))?.[1];
    const said = clause === undefined ? [] : negatedWords(clause, [...x.matchAll(/\b[A-Z]{2,5}\b/g)].map((m) => m[0].toLowerCase()));
    return said.some((y) => asked.some((w) => w === y || same(w, y)));
  });
}
/** A question telling the citizen's own state ("to com ipva atrasado", "tenho multas", "o carro tem débito", "já paguei"). */
const TELLS_CASE = /\b(to|tou|estou|esta|estamos|tava|estava|tenho|tem|temos|tinha|com|ja|fiquei|ficou)\b/;
/** A question putting anything in the negative ("e se ninguém responder?", "sem o documento"): no sentence of a negated case is the other case for it. */
const DENIES = /\b(nao|n|nunca|ninguem|nenhum|nenhuma|nada|sem|nem)\b/;
/** Whether the sentence opens with the negative of a case whose word the question holds (see SCORING, 'the other case'). */
function otherCase(x: Said, q: Asked): boolean {
  if (x.otherCase.length === 0) return false;
  const stems = new Set(x.otherCase);
  return x.words.some((w) => holds({ stems }, w, q.near));
}
/** Whether the sentence puts in the negative a case the question puts in the negative (see SCORING, 'a negated case'). */
function negatedHeld(x: Said, q: Asked): boolean {
  // A word left undone says the negation in one word ("e se eu não atualizar?" / "Deixar o cadastro desatualizado é
  // infração", "não cumprir" / "descumprir"): the prefix "des" on a stem of five letters at least (round 1984). Only
  // against a negation the question puts: "aparecer" / "desaparecimento" are opposites otherwise.
  // In a near-synonym too: "e se eu não *avisar*?" / "Deixar o cadastro *desatualizado*…" (round 2345).
  if (q.negated.some((w) => [w, ...(q.near.get(w) ?? [])].some((y) => y.length >= 5 && x.stems.has(`des${y}`)))) return true;
  const clause = NEGATED_CASE.exec(x.folded)?.[1] ?? NEGATED_DONE.exec(x.folded)?.[1] ?? DONE_WITHOUT.exec(x.folded)?.[1];
  if (clause === undefined || q.negated.length === 0) return false;
  const said = negatedWords(clause, [...x.sentence.matchAll(/\b[A-Z]{2,5}\b/g)].map((m) => m[0].toLowerCase()));
  // In a near-synonym too: "e se não *responderem*?" / "Se não houver *resposta* no prazo, …" (round 2122).
  return said.some((y) => q.negated.some((w) => w === y || same(w, y) || (q.near.get(w) ?? []).some((z) => z === y || same(z, y))));
}
/**
 * Someone told or put as coming back ("*ele voltou* pra casa", "e quando *ela voltar*?", "*meu pai apareceu*"), never
 * in the negative ("e não voltou" is still missing), nor a thing coming back ("volta o valor inteiro?").
 */
const CAME_BACK = /\b(?:ele|ela|eles|elas|(?:meu|minha) [a-z]+|a pessoa)(?: ja)? (?:voltou|voltaram|voltar|voltarem|volte|voltem|apareceu|apareceram|aparecer|aparecerem|apareca)\b/;
/** A sentence on the person found ("Quando a pessoa for encontrada, registre a localização…"). */
const FOUND = /\b(encontrad[oa]s?|localizad[oa]s?|localizacao)\b/;
/** A case put as there being a thing ("e se *aparecer* alguma dívida?", "e se *tiver* multa?", "caso *conste* débito"). */
const THING_PUT = /^(?:(?:e|mas|ta|ok)\s+)?(?:se|caso)\s+(?:eu\s+|ele\s+|ela\s+|ja\s+)?(?:tiver|tiverem|tenha|houver|haja|aparecer|aparecerem|apareca|constar|constarem|conste|existir|existirem|exista)\b/;
/** A thing said to be needed only when there is one ("Nota fiscal dos bens, *se tiver*", "*se possível*, o número da instalação"). */
const ONLY_IF_ANY = /\b(se tiver|se houver|se possivel|quando houver|quando tiver|caso tenha|caso haja|se for o caso|opcional|opcionalmente|nao e obrigatori[oa])\b/;
/**
 * Whether the sentence holds a thing the question lacks ("e se eu não tiver a *nota*?") and says it is needed only when
 * there is one (ONLY_IF_ANY): then the lack is no bar (see SCORING, 'lacking what is only asked if any').
 */
function optionalHeld(x: Said, q: Asked): boolean {
  return ONLY_IF_ANY.test(x.folded) && x.words.some((w) => q.negated.includes(w) && !q.title.has(w));
}
/** A sentence of who may ask saying there is no condition on the person. */
const ANYONE = /\b(qualquer pessoa|qualquer um|qualquer cidadao|nao (precisa|e preciso|e necessario) ser)\b/;
/** A sentence saying how to tell a place without an address ("ponto de referência", "as coordenadas do GPS"). */
const PLACE = /\b(pontos? de referencia|coordenadas|gps|localizacao)\b/;

/**
 * Asked whether a message, link or charge received is to be trusted ("é seguro?", "isso é golpe?", "recebi um boleto
 * pelo zap, pago?"): told it came by a message channel and asking whether to pay, open or trust it, or asking so outright.
 */
const ASKS_SAFE = /\b((e|eh|sera que e|isso e|isso eh|ta|esta) (seguro|confiavel|verdade|verdadeiro|oficial|legitim[oa]|golpe)|(pode ser|sera|parece|e um|eh um|sera que e) golpe|posso confiar)\b|\b(recebi|chegou|mandaram|me mandaram|enviaram|veio)\b.*\b(zap|zapzap|whats\w*|wpp|sms|mensagem|link)\b.*\b(pag\w*|clic\w*|abr\w*|confi\w*)\b/;
/** A sentence warning against scams ("Desconfie de sites e mensagens…", "Cuidado com golpes: …"). */
const SCAM = /\b(desconfi\w*|golpes?|fraudes?|falsos?|falsas?|cuidado com)\b/;

/**
 * Asking whether it can be done on a day or at an hour off the week's working time ("posso retirar no domingo?", "dá pra
 * ligar de madrugada?", "abre no feriado?"): the card's own sentence on when it is open answers it.
 */
const ASKS_WHEN_OPEN = /\b((n|no|nos|num|em|de|aos|pelo|sabado ou) (sabados?|domingos?|feriados?)|(no|num|de|nesse) (fim|final) de semana|fds|(a|de|pela|durante a) (noite|madrugada)|fora do horario|(depois|antes) das \d+( ?h(oras)?)?)\b/;
/**
 * Whether it can be done then, or it is open then ("posso", "dá pra", "abre", "atende"): "foi de madrugada, faz
 * diferença?" tells when the theft happened, it asks no opening time.
 */
const CAN_THEN = /\b(posso|pode|podem|podemos|consigo|consegue|da pra|da para|abre|abrem|aberto|aberta|funciona|funcionam|atende|atendem|atendimento|retira|retiro|ligo|ligar)\b/;
/**
 * A sentence telling when it is open ("a liberação no pátio é feita em horário comercial", "24 horas", "a qualquer hora",
 * "de segunda a sexta"); not a span to wait ("Não é preciso esperar 24 horas") nor one of working days ("em 3 dias úteis").
 */
const OPEN_HOURS = /\b(horario comercial|horario de expediente|a qualquer hora|todos os dias|de segunda a (sexta|sabado)|(?<!(esperar|espere|aguardar|aguarde) )24 horas|(aos|nos|no|em) (sabados?|domingos?|feriados?))\b/;

/**
 * Telling one's contact or address changed ("mudei de telefone, e agora?", "troquei de celular", "meu email mudou"):
 * the card's sentence on keeping it up to date answers it.
 */
const TELLS_CHANGED = /\b(mudei|troquei|mudou|trocou|mudamos|trocamos|mudaram|trocaram|perdi) (o |a |meu |minha |de )?(numero de )?(telefone|numero|celular|e ?-?mail|endereco)\b|\b(meu|minha|o|a) (telefone|numero|celular|e ?-?mail|endereco) (mudou|trocou|e outro|e outra|agora e outro|agora e outra|nao e mais o mesmo)\b|\b(telefone|numero|celular|e ?-?mail|endereco) nov[oa]\b/;
/** A sentence saying to keep data up to date ("Mantenha telefone e e-mail atualizados", "confira se o seu endereço está atualizado"). */
const UPDATED = /\b(atualiz\w*|desatualizad\w*)\b/;
/**
 * Told having paid while the debt still shows ("paguei ontem e ainda aparece em aberto", "já paguei e ainda aparece"), or
 * asking whether it shows already ("paguei hoje, já aparece quitado?", "quitei ontem, já consta?"): when a payment shows.
 */
const PAID_STILL = /\b(paguei|pagamos|pago|quitei|ja paguei)\b.*\b(ainda|continua|continuam|segue|ja)\b.*\b(aparec\w*|const\w*|mostra\w*|ta|esta|fica)\b/;
/**
 * A sentence on when a payment shows ("A confirmação do pagamento no sistema pode não aparecer no mesmo dia", "depois de
 * pagar débitos, para atualizar a situação", "pagamentos por boleto podem levar alguns dias úteis para compensar").
 */
const PAYMENT_SHOWS = /\bpag\w*\b.*\b(confirmac\w*|compens\w*|atualiz\w*|mesmo dia|dias uteis)|\b(confirmac\w*|compens\w*|atualiz\w*)\b.*\bpag\w*/;
/**
 * Told having paid ("paguei os débitos", "quitei as multas", "já paguei"): what to do after paying is asked (see SCORING,
 * 'paid, what to do after paying').
 */
const PAID_TOLD = /\b(paguei|pagamos|quitei|quitamos|ja paguei|ja pagamos|ja quitei)\b/;
/** A sentence opening with the payment done ("Depois de pagar, use a opção…", "Após o pagamento, …"): what to do after it. */
const AFTER_PAYING = /^(depois|apos) (de pagar|de quitar|do pagamento|o pagamento|da quitacao|pagar|(da|a) (compensacao|confirmacao) do pagamento)\b/;
/**
 * Asked whether a thing may be done once paid ("posso baixar logo depois de pagar?", "paguei hoje, já posso marcar?"):
 * the sentence opening with the payment done says when (round 5402).
 */
const AFTER_PAYING_ASKED = /\b(depois|apos|logo que|assim que) (de )?(pagar|pago|quitar|o pagamento)\b/;

/** The means of paying a citizen may name (the alternation ASKS_PAY_MEANS asks after a verb of taking or of paying). */
const MEANS_ASKED = '(pix|boletos?|cartao|cartao de credito|cartao de debito|credito|debito|debito automatico|dinheiro|especie|codigo de barras|qr ?code|lotericas?|internet banking)';
/**
 * Asking how to pay, or whether a means of payment is taken ("aceita pix?", "tem boleto?", "paga como?", "dá pra pagar no
 * cartão?", "qual a forma de pagamento?"): the card's sentence telling the means answers it (round 2600). A means named
 * alone is no such question ("o boleto vence quando?", "me mandaram um boleto pelo zap"): it is taken, had, or paid with.
 */
const ASKS_PAY_MEANS = new RegExp(`\\b(aceita|aceitam|aceitar|tem|tera|da|dao|gera|geram|emite|emitem|sai|vem)( \\w+){0,2} ${MEANS_ASKED}|\\b(paga|pago|pagar|pagamos|pagam|pagamento|pagando)( \\w+){0,3} (no|na|com|por|pelo|pela|em|via) ${MEANS_ASKED}|\\b(paga|pago|pagar|pagamos|pagam|pagamento)( \\w+)? (como|onde|aonde)\\b|\\b(como|onde|aonde) (e que |que |q )?(eu |a gente |se )?(paga|pago|pagar|pagamos|faco o pagamento|faz o pagamento|e o pagamento|e feito o pagamento)\\b|\\b(forma|formas|meio|meios|jeito|maneira) de (pagamento|pagar)\\b|\\b(paga|pago|pagar|pagamento) (de|por|em) (que|qual) (forma|jeito|maneira|meio)\\b`);
/**
 * A means of paying asked alone ("pix?", "e no cartão?", "pix ou boleto?", "só no boleto então?"): the message is the means and
 * nothing else, so it asks whether the means is taken, as "aceita pix?" does (round 5140). A means named among other words is
 * no such question (above).
 */
const MEANS_ALONE = new RegExp(`^\\W*(?:(?:e|mas|entao|so|somente|tipo|ai) )*(?:(?:no|na|com|por|pelo|pela|via|em|de) )?${MEANS_ASKED}(?: (?:ou|e) (?:(?:no|na|com|por|pelo|pela|via|em|de) )?${MEANS_ASKED})*(?: (?:tambem|tb|entao|ne|mesmo|serve|pode|vale))?\\W*$`);
/** Asking how to pay or whether a means is taken, in any of the two ways above. */
function asksPayMeans(folded: string): boolean {
  const read = folded.replace(PAID_EVENT, ' ');
  return ASKS_PAY_MEANS.test(read) || MEANS_ALONE.test(read.trim());
}
/**
 * A sentence telling how one pays ("Pague por Pix ou boleto em banco credenciado", "imprime a guia ou paga por Pix",
 * "Pague pelo código de barras ou pelo PIX… em bancos, lotéricas ou aplicativos de banco"): a means, and a verb of paying.
 */
/**
 * A payment the question is put after ("depois q eu pagar como religa?", "depois de pagar, como…"): the event, not the
 * means of paying asked (round 2940).
 */
const PAID_EVENT = /\b(?:depois|apos) (?:de|que|q)(?: eu| a gente| voce| vc)? (?:pagar|paguei|pago|pagamos|pagamento)\b/;
/** The means of paying a question names, as the card writes them ("loteric", "pix", "cartao"): the stems of MEANS_ASKED, once each. */
const MEANS_NAMED = /\b(pix|boleto|cartao de credito|cartao de debito|cartao|debito automatico|codigo de barras|qr ?code|loteric|internet banking)/g;
function meansAsked(folded: string): string[] {
  return [...new Set([...folded.matchAll(MEANS_NAMED)].map((x) => x[1] ?? ''))].filter((w) => w !== '');
}
/**
 * Money lacked told ("tô sem dinheiro pra pagar tudo", "não consigo pagar", "não tenho dinheiro para quitar agora", "por
 * falta de dinheiro", "se eu ficar sem grana"): what the card says of paying otherwise is what is asked (round 6601).
 */
const MONEY_LACKED = /\b((nao|n) (tenho|tem|temos|tinha|tiver) (o |a |esse |essa )?(dinheiro|grana|condicoes? de pagar|como pagar)|sem (dinheiro|grana|condicoes de pagar)|(nao|n) (consigo|conseguimos|consegui|posso|vou conseguir|da pra|da para) (pagar|quitar)|falt(a|ar|ou|ando) (de )?(dinheiro|grana))\b/;
/** The lack told is the citizen's case, no word to find ("sem grana" holds "valor" of a sentence on the minimum instalment). */
const MONEY_LACKED_TOLD = new RegExp(MONEY_LACKED.source, 'g');
/** A way of paying less or later the card tells: an instalment plan, a negotiation or agreement, the social tariff. */
const PAY_OTHERWISE = /\b(parcel\w*|negoci\w*|acordo|tarifa social)\b/;
/**
 * A piece of evidence the citizen has, told with whether it can be used or sent ("tenho um áudio dele me ameaçando, posso
 * usar?", "tenho 5 fotos da fila, dá pra mandar junto?", "tenho uma foto dele, isso ajuda?"), round 6602.
 */
const EVIDENCE_TOLD = /\b(tenho|tinha|temos|tirei|tiramos|gravei|gravamos|guardei|salvei|printei|fiz)\b[^?]{0,40}\b(fotos?|audios?|videos?|prints?|gravac(ao|oes)|filmagem|filmagens)\b/;
const EVIDENCE_ASKED = /\b(usar|uso|serve|servem|ajuda|ajudam|adianta|mando|mandar|envio|enviar|anexo|anexar|junto|juntar|vale|valem|levo|levar|aceitam|aceita|conta|contam)\b/;
/** A sentence or document naming evidence to bring or attach ("Anexe fotos…", "Provas, se tiver (mensagens, fotos, áudios…)", "junte provas"). */
const EVIDENCE_SAID = /\b(fotos?|audios?|videos?|prints?|gravac(ao|oes)|provas?|anexe)\b/;
/**
 * The citizen's own portrait asked ("Foto 3x4", "identidade com foto", "com foto e biometria"): no evidence ("tenho só
 * foto e conversa, serve pra provar?").
 */
const PORTRAIT = /\b(com fotos?|fotos? (3 ?x ?4|3 por 4))\b/g;
/** How early to arrive asked (round 6604); read by topics.ts too (no time, hours or booking topic then). */
export const ARRIVING_AHEAD = /\b(cheg(o|ar|a|amos|ue) (\w+ )?(quanto|qnto|qto|qts|quantos|quantas) (tempo|minutos|horas) antes|(quanto|qnto|qto) (tempo )?antes (eu |a gente )?(cheg|tenho que cheg|preciso cheg|devo cheg)\w*|que horas (eu )?(devo|tenho que|tenho q|preciso|posso) chegar|(preciso|tenho que|tenho q|devo|precisa) chegar (antes|cedo|adiantad[oa]))\b/;
/**
 * Where the money received comes in asked ("e o dinheiro cai onde?", "onde eu recebo as parcelas?", "o valor vem pra
 * onde?"): the card's sentence on who pays it or where it is deposited, not where the service is done (round 6605);
 * read by topics.ts too (no where topic then).
 */
export const MONEY_WHERE = /\b((dinheiro|valor|pagamento|beneficio|parcelas?|restituicao|reembolso|grana)\b[^?]{0,20}\b(cai|caem|vem|vai|entra|chega|recebo|deposit\w*)\b[^?]{0,12}\b(onde|aonde)|(onde|aonde)\b[^?]{0,10}\b(cai|caem|vem|entra|chega|recebo|receber|deposit\w*)\b[^?]{0,20}\b(dinheiro|valor|pagamento|beneficio|parcelas?|restituicao|reembolso|grana))\b/;
/** A sentence on who pays the money or where it is deposited ("O pagamento é feito pela Caixa", "o valor é depositado na conta indicada"). */
const PAID_INTO = /\b(pagamento e feito|pago pel[ao]|pagos pel[ao]|depositad[oa]s?|creditad[oa]s?|cai na conta)\b/;
/** A sentence telling to arrive ahead ("Chegue com alguns minutos de antecedência"). */
const AHEAD = /\b(antecedencia|chegue (cedo|antes))\b/;
/** A sentence telling what comes after paying ("depois de pagar ou negociar, peça o religamento"). */
const AFTER_PAYING_SAID = /\b(depois|apos) (de )?(pagar|quitar|o pagamento|do pagamento)\b/;
const PAY_MEANS = /\b(pix|boletos?|codigo de barras|qr code|lotericas?|bancos? credenciados?|caixa eletronico|internet banking|aplicativos? d[oe] bancos?|cartao de credito|debito automatico)\b/;
const PAYING = /(?<!\bnao )\bpag(a|ar|ue|uem|o|os|amento|amentos|as)\b/;

/**
 * Asking how what is issued reaches the citizen ("chega em casa?", "vem pelo correio?", "recebo por email?", "o bo chega
 * por e-mail?", "mandam pro meu endereço?"), or by which way it comes ("a senha chega por onde?", "onde sai o resultado?",
 * round 2762): the card's sentence telling how it is delivered answers it (round 2601). Or whether and where it is
 * published ("o resultado sai publicado em algum lugar?", "onde o resultado é publicado?"): "publicado no Diário Oficial"
 * (round 6346).
 */
const ASKS_DELIVERY = /\b(chega|chegam|chegar|vem|vai|vao|mandam|manda|mandar|enviam|envia|enviar|entregam|entrega|recebo|recebe|receber|vou receber)( \w+){0,3} (em casa|na minha casa|na (minha )?residencia|no (meu )?endereco|pra minha casa|para minha casa|pelo correio|pelos correios|por correio|pelo e ?mail|por e ?mail|no (meu )?e ?mail|pra casa|para casa)\b|\b(pelo|pelos|por) correios?\b|\b(chega|chegam|vem|sai|saem|recebo|vou receber|mandam|enviam)( \w+){0,3} (por onde|como|de que jeito|de que forma|por qual meio)$|\b(onde|por onde|como) (que |q )?(eu )?(sai|saem|chega|chegam|recebo)\b|\b(sai|saem|e|sao|fica|ficam|vai ser|sera) publicad[oa]s?\b/;
/**
 * A sentence telling how what is issued reaches the citizen ("A via impressa é enviada para o endereço cadastrado", "O
 * número … chega por e-mail", "você recebe por e-mail o link", "a carteira digital fica disponível no Cidadão MG", "baixe a
 * certidão digital", "o documento é emitido em PDF", "o parecer é publicado no Diário Oficial").
 */
const DELIVERED = /\b(correios|enviad[oa]s?|entregue|entregues|(chega|chegam|vem|vai) (por|pelo|no|para o) (e ?mail|endereco)|recebe\w* (\w+ ){0,4}(por|pelo|no) e ?mail|fica disponivel|ficam disponiveis|baix(e|ar) (o|a|os|as) \w+|em pdf|publicad[oa]s? n[oa])\b/;
/**
 * Of those, a sentence telling the way it comes to the citizen ("o resultado chega pelo e-mail cadastrado", "recebe a nova
 * pelo e-mail", "é enviada para o endereço"), not only its form or where it stays ("Digitalize tudo em PDF", "fica
 * disponível no app"): asked "vem por onde?", it says by which way (round 6345).
 */
const ARRIVES = /\b(correios|enviad[oa]s?|(chega|chegam|vem|vai) (por|pelo|no|para o) (e ?mail|endereco)|recebe\w* (\w+ ){0,4}(por|pelo|no) e ?mail)\b/;

/**
 * Asking to whom a paper goes once had ("eu mando para quem?", "entrego pra quem?", "pra quem eu envio o comprovante?",
 * "tenho que levar em algum lugar?"): the card's sentence telling where it is sent or handed answers it (round 2601).
 */
const ASKS_SEND_TO = /\b(mando|mandar|envio|enviar|entrego|entregar|levo|levar|apresento|apresentar|encaminho|encaminhar)( \w+){0,3} (pra|para|a) quem\b|\b(pra|para|a) quem (que |q )?(eu )?(mando|envio|entrego|levo|apresento|encaminho|tenho que mandar|tenho q mandar|devo mandar|devo enviar)\b/;
/** A sentence telling where a paper is sent or handed ("Envie o boletim ao banco…", "entregue a documentação na unidade"). */
const SENT_TO = /\b(envie|envia|enviar|entregue|entregar|apresente|apresentar|encaminhe|encaminhar|mande|mandar|leve|levar)( \w+){0,4} (ao|a|aos|as|para o|para a|pra|no|na|nos|nas)\b/;

/**
 * Asking whether the service shows a thing ("o preço da passagem aparece aí?", "mostra se ele é financiado?", "dá pra ver
 * se tem multa?"): the card's sentence telling what the consultation shows, holding the thing, answers it.
 */
const ASKS_SHOWN = /\b((mostra|mostram|informa|informam|diz|fala) se|(aparece|aparecem|mostra|mostram|vem|vem junto) (ai|aqui|la|nele|nela|na consulta|no site|no resultado)|(da|da pra|da para|consigo|posso|tem como|e possivel) (ver|saber|consultar|conferir|descobrir) se)\b/;
/** A sentence telling what is shown or consulted ("Consulta das linhas, …, horários e tarifas", "para ver empresas, horários e tarifas"). */
const SHOWS = /\b(mostra|mostram|aparece|aparecem|consulta|consultar|ver|verificar|informa)\b/;

/**
 * A time told within the year under way ("no meio do ano", "já tá no meio do ano", "com as aulas já começadas", "o ano já
 * começou"): the card's sentence for what holds during the year answers it, not the one for the year to come.
 */
const TELLS_MID_YEAR = /\b((no|em|ja ta no|ja esta no|pelo) meio do (ano|semestre)|no decorrer do ano|durante o ano|ao longo do ano|(o ano|as aulas|o semestre) (ja )?(comecou|comecaram|comecado|comecadas|rolando|em andamento)|com (o ano|as aulas|o semestre) (ja )?(comecado|comecadas|em andamento|rolando))\b/;
/** A sentence for what holds during the year under way ("Durante o ano letivo, procure primeiro a escola de destino…"). */
const DURING_YEAR = /\b(durante o ano|no decorrer do ano|ao longo do ano|durante o semestre|com o ano letivo em andamento)\b/;

/**
 * Told something is not done yet, asked whether that is a problem ("comprei faz 45 dias e ainda não transferi, dá
 * problema?", "não licenciei esse ano, tem multa?"): the card's sentence telling the penalty answers it.
 */
// Not a state denied ("paguei numa agência que *não é* credenciada, tem problema?"): that is the case, no act left undone (round 3120).
const ASKS_TROUBLE = /\b(nao|ainda nao|nunca)\b(?! (e|eh|era|foi|for|fosse|esta|estava|sao|seja)\b).*\b(da|dah|vai dar|pode dar|tem|gera|leva)( algum| alguma| um| uma)? (problema|multa|punicao|penalidade)( nisso| isso)?$/;

/**
 * Asking whether doing it is up to the citizen ("é obrigatório mudar ou só se eu quiser?", "sou obrigado a fazer?", "é
 * opcional?", "posso não fazer?"): the doing, not a thing needed ("precisa mesmo de autoescola?", "é obrigatório levar
 * foto?" ask about a thing, which the sentence holding it answers).
 */
const ASKS_OPTIONAL = /(?:^|\s)(?:(?:e|eh) obrigatori[oa]|sou obrigad[oa]|somos obrigad[oa]s)(?: (?:a |de )?(?:eu |a gente )?[a-z]+(?:ar|er|ir)(?: (?:isso|isto|ele|ela|o \w+|a \w+))?)?(?:$|\s+(?:ou|mesmo|msm)\b)|\b(so se (eu )?(quiser|quizer)|se eu nao quiser|e opcional|e facultativ[oa]|posso (nao|n) (fazer|mudar|pedir|atualizar|trocar|renovar)|(tem|ha) obrigacao)\b/;

/** Asking what to tell ("o que eu falo?", "qual a coisa mais importante eu falar?", "quais informações tenho que passar?"). */
const ASKS_WHAT_TO_TELL = /\b(o que|oq|o q|oque|qual (a )?(coisa|informacao|dado)( mais importante)?|quais (as |os )?(informacoes|coisas|dados))( que| q)?( eu| a gente)? ((tenho|tem|preciso|precisa|devo|deve) (que |q |de )?)?(falar|falo|dizer|digo|informar|informo|contar|conto|relatar|descrever|passar|passo)\b/;
/** A sentence telling what to say: inform, note, describe, tell. */
const TELL_WHAT = /\b(anote|anotar|informe|informar|descreva|descrever|conte|contar|relate|relatar|detalhe|detalhar)\b/;

/** Asking whether it can be done on a device ("dá pra fazer pelo celular?", "consigo no computador?"). */
const ASKS_DEVICE = /\b(pelo|no|num|do|com o|usando o|direto do|direto no) (celular|computador|notebook|tablet|smartphone|pc)\b/;
/** A sentence telling the devices it is done on ("entre na chamada por celular ou computador com câmera e internet"). */
const DEVICES = /\b(celular|computador|notebook|tablet|smartphone)\b (ou|e) (\w+ )?(computador|celular|tablet|notebook|smartphone)\b/;

/** The question as the scoring table reads it: folded, and what it asks for besides its words. */
interface Asked {
  folded: string;
  /** The words of the event the question opens after ("Depois de emitido, …?"; see `eventOf`). */
  event: readonly string[];
  /** The sentences the card tells after the event the question opens with ("Depois de emitido, …?"; see `afterEvent`). */
  after: ReadonlySet<string>;
  /** Asked whether anything is left to do (ASKS_LEFT): the title of the card's last step (see lastStep). */
  last: ReadonlySet<string>;
  /** Asked for a number ("quantos dias?"). */
  number: boolean;
  /** Whether a sentence gives a number in the unit asked ("quantas parcelas?" / "3 a 5 parcelas"). */
  givesUnit: (sentence: string) => boolean;
  /** Asked "quanto tempo": the unit asked is any unit of time. */
  ofTime: boolean;
  /** Whether a sentence names the number of the unit asked ("o número máximo de parcelas é definido…"). */
  countNamed: (sentence: string) => boolean;
  /** The question names another state ("vale pra ir pra sao paulo?"). */
  away: boolean;
  /**
   * Naming another state, the question asks whether the citizen may do it ("moro em sp, posso emplacar aqui?"), on a
   * card with no sentence of its own on other states.
   */
  hereFromAway: boolean;
  /** The verb asked whether one must do ("preciso *agendar*?"), and the thing of a light verb ("fazer *exame*"), by stem. */
  must: readonly string[];
  /** The stems of the condition the question puts ("e se negarem o pedido"). */
  condition: ReadonlySet<string>;
  /** The case put ("*mesmo sendo* pouquinha água"), by stem, not of the title. */
  casePut: string | undefined;
  /** Asked whether the service itself is needed ("Preciso de outorga?"). */
  serviceNeeded: boolean;
  /** The stems of the service's title. */
  title: ReadonlySet<string>;
  /** The words of a case the question puts in the negative ("não tiver *uai*"), as `negatedWords` reads them; none without one. */
  negated: readonly string[];
  /** The sentences of who may ask (`requirementSentences`). */
  requirements: ReadonlySet<string>;
  /** The stems of the question's words of five letters or more ("negarem" → "neg"): a short stem of a long word is a word of the case, "for" is none. */
  long: ReadonlySet<string>;
  /** Asked whether someone else may act for the citizen, or told they cannot go (`asksProxyAt`). */
  proxy: boolean;
  /** The near-synonyms (data/quase-sinonimos.yaml), by stem. */
  near: NearStems;
  /** Asked whether one still may ("ainda dá pra *renovar*?"): the verb, by stem (round 2345). */
  stillAble: ReadonlySet<string>;
  /** Asked where a thing is (ASKS_WHERE_THING): the stems of the words asking so ("onde *encontro*"), no word of the thing. */
  whereVerb: ReadonlySet<string>;
  /** The topic whose answer the quote goes with ("quanto custa"), if any. */
  topic: Topic | undefined;
  /**
   * The words of the question that name a case ("pro *mei*"): no word of the service's title, no word any question uses
   * (GENERIC_WORDS, verbs of asking), and held by one or two of the service's sentences only; by stem.
   */
  caseWords: ReadonlySet<string>;
  /** Asked which one of a thing, bare ("qual modalidade?", "e qual a categoria?"): the thing, by stem; none otherwise. */
  which: string | undefined;
  /** Asked which ones of a thing, anywhere in the question ("quais vacinas precisam…?", "tem q ter qual vacina"): the thing, by stem (round 3821). */
  whichOnes: string | undefined;
  /**
   * The units of the counts the question tells, not asks ("e se foram *4 pessoas*?", "tenho *3 carros*, posso?"), by
   * stem with their near-synonyms; none when the question asks a number (see `countsTold`).
   */
  counted: readonly string[];
  /** The thing the citizen lacks ("não sei o *endereço* certinho", "não tenho o *número*"), by stem (see MISSING). */
  missing: string | undefined;
  /** Asked who does a thing ("quem *paga* as parcelas?"): the verb's stem, of three letters at least; none otherwise (see ASKS_WHO_DOES). */
  whoVerb: string | undefined;
  /** The card's own terms of one stem said whole ("tem *ajuda de custo*?"; see `oneStemTerms`). */
  terms: readonly string[];
}

/** A sentence of the service's texts as the scoring table reads it: as written, folded, and the question's words it holds. */
interface Said {
  sentence: string;
  folded: string;
  stems: ReadonlySet<string>;
  /** The stems of the condition the sentence opens with, if any (see `cardSentence`). */
  condition: ReadonlySet<string> | undefined;
  /** The stems of the case it opens with in the negative (see `cardSentence`). */
  otherCase: readonly string[];
  /** Its own stems, without those of the sentence before that it speaks of (see `analysed`). */
  own: ReadonlySet<string>;
  words: readonly string[];
}

/**
 * One row of the scoring table of `passages`: when the question asks so (`asks`), a sentence that says so (`says`)
 * counts as `held` more words of the question held (two are needed to be quoted at all) and adds `score` to its score
 * (a word held adds its weight, about 1 to 3). Rows of one `group` count once, the largest. `prefer`: while one
 * sentence says so, a sentence that does not is not quoted ("quantos dias?" wants the one with a number).
 */
interface Cue {
  name: string;
  asks: (q: Asked) => boolean;
  says: (x: Said, q: Asked) => boolean;
  held: number;
  score: number;
  group?: string;
  prefer?: 'unit' | 'number' | 'told';
  /**
   * A row preferred for the kind of question whose sentence says the very thing asked of in so many words ("Nem toda UAI
   * oferece…" for "toda uai faz…?"): no sentence holding more of the question's words outweighs it (see `ranked`).
   */
  firm?: true;
  /**
   * A row whose sentences each tell part of the answer for the case ("Fora do prazo, a vaga não fica garantida." and "Quem
   * perde o prazo … precisa fazer o Cadastro Escolar."): two it prefers, and no other, are quoted together (round 6341).
   */
  together?: true;
}

/** A question asking in this way (a pattern on the folded question). */
const asking = (re: RegExp) => (q: Asked): boolean => re.test(q.folded);
/** A sentence saying so (a pattern on the folded sentence). */
const saying = (re: RegExp) => {
  const says = perText((folded) => re.test(folded));
  return (x: Said): boolean => says(x.folded);
};

/**
 * The scoring table of `passages`: how a question is asked, and what a sentence answering it says, besides the
 * question's own words. Staff-readable: one row, one way of asking.
 */
const SCORING: readonly Cue[] = [
  // Asked for a number, a sentence with a number in the unit asked ("10 kg") counts as two more words, any number as
  // one, and one naming who sets that number as one; while one has a number, one without is not quoted.
  { name: 'number in the unit asked', asks: (q) => q.number && !q.ofTime, says: (x, q) => q.givesUnit(x.sentence), held: 2, score: 2, group: 'number', prefer: 'unit' },
  // Asked "quanto tempo", a sentence with a number of days, months or years gives the unit asked, but says no more than
  // any time would: it still needs a word of the question ("quanto tempo demora?" is the time field's to answer).
  { name: 'a number of time', asks: (q) => q.number && q.ofTime, says: (x, q) => q.givesUnit(x.sentence), held: 1, score: 2, group: 'number', prefer: 'unit' },
  { name: 'a number', asks: (q) => q.number, says: (x) => tellsQuantity(x.sentence), held: 1, score: 1, group: 'number', prefer: 'number' },
  { name: 'who sets the number', asks: (q) => q.number, says: (x, q) => !tellsQuantity(x.sentence) && q.countNamed(x.sentence), held: 1, score: 1, group: 'number', prefer: 'number' },
  // Asked about renewing or how long it is valid ("até quando ela vale?"), a sentence saying how often or how long
  // answers on its own.
  { name: 'renewal', asks: asking(ASKS_RENEWAL), says: (x) => PERIOD.test(x.folded) && !PRICE.test(x.folded), held: 2, score: 1, group: 'renewal' },
  { name: 'a period told', asks: asking(ASKS_LASTS), says: saying(PERIOD_TOLD), held: 2, score: 2, group: 'renewal', prefer: 'told' },
  // Asked how long it lasts ("ela vale por quanto tempo?"), with no period told, a sentence on its validity ("A data de
  // validade vem impressa na certidão") answers before one holding the case told around ("o cartório pediu pra escritura").
  // Lacking a thing the card asks for ("não sei o endereço certinho", "não lembro o número"), the sentence holding it with
  // what may stand for it ("o endereço ou ponto de referência (se possível, as coordenadas do GPS)") answers on its own.
  // Not when another way is asked ("Não tenho conta gov.br. Existe outra forma?"): the way without the thing, not a
  // sentence holding it with any "ou" ("Os dois precisam de conta gov.br prata ou ouro"), answers (round 6400).
  { name: 'what stands for what is missing', asks: (q) => q.missing !== undefined && !ASKS_OTHER_WAY.test(q.folded), says: (x, q) => q.missing !== undefined && x.stems.has(q.missing) && standsFor(x.folded, q.missing), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'validity told', asks: asking(ASKS_LASTS), says: saying(VALIDITY), held: 2, score: 2, group: 'renewal', prefer: 'told' },
  // Asked about a limit ("qto de peixe posso levar?", "de qualquer preço?"), a sentence telling one answers it on its own.
  { name: 'a limit', asks: asking(ASKS_LIMIT), says: saying(LIMIT), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Told a count in a unit ("e se foram 4 pessoas q me agrediram?"), a sentence bounding a number in that unit ("se a
  // agressão foi cometida por *mais de três pessoas*, procure uma delegacia") says what holds for it (round 3121).
  { name: 'a count told against a bound', asks: (q) => q.counted.length > 0, says: (x, q) => boundsUnit(x.folded, q.counted), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked what one gets at the end ("que documento recebo no final?"), a sentence telling what the service issues.
  // Not when the paper is the event the question opens after ("Depois que o certificado sai, …?" asks what comes next).
  { name: 'what one gets', asks: (q) => GETS_PAPER.test(q.folded) && q.after.size === 0, says: saying(ISSUED), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked in which form it comes ("Recebo em papel?", "vem impressa ou só no celular?"), a sentence telling the form
  // ("baixe a certidão digital") answers on its own (round 3024).
  { name: 'the form it comes in', asks: asking(ASKS_FORM), says: saying(FORM_TOLD), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked in which form a paper is taken or carried ("mando cópia ou original?", "tem q levar impressa?"), a sentence or
  // document telling the paper's form ("Cópia da habilitação do condutor", "guarde-a impressa ou no celular") answers on
  // its own (round 4342).
  { name: "the paper's form", asks: (q) => !ACCEPTED_BY.test(q.folded) && PAPER_FORMS.some(([asked]) => asked.test(q.folded)), says: paperFormSaid, held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked where a thing is found ("onde acho o renavam?"), a sentence holding it and telling where it is.
  // The thing is a word of the question besides the verb asking where ("onde *encontro*" holds "O prazo *aparece*…" as a
  // near-synonym, no thing; round 2342).
  { name: 'where it is', asks: asking(ASKS_WHERE_THING), says: (x, q) => x.words.some((w) => !q.whereVerb.has(w)) && (WHERE_TOLD.test(x.folded) || WHERE_NOTED.test(x.sentence)), held: 2, score: 2, group: 'told', prefer: 'told' },
  // A year told with whether it goes ("meu carro é 2004, paga?"): an age, answered by a limit told in years.
  { name: 'an age from a year', asks: asking(ASKS_BY_YEAR), says: saying(LIMIT_IN_YEARS), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked about another state ("vale pra ir pra sao paulo?"), a sentence saying what holds for other states.
  { name: 'another state', asks: (q) => q.away, says: saying(OTHER_STATES_SENTENCE), held: 1, score: 1 },
  // Asked by someone of another state whether they may ask here ("minha identidade é de sp, consigo?", "moro no rio,
  // posso emplacar aqui?"), the card's condition of who may ask that sets the thing or the person in Minas ("emitida em
  // Minas Gerais", "residência ou sede em Minas Gerais") answers on its own.
  // Not on a card that says what holds for other states: that sentence answers ("Quem tem CNH de outro estado…").
  { name: 'held in Minas', asks: (q) => q.hereFromAway, says: (x, q) => q.requirements.has(x.sentence) && IN_MINAS.test(x.folded), held: 2, score: 2, group: 'told', prefer: 'told' },
  // A case the card says follows a rule of its own ("A troca só de cor segue regra própria; confira no site qual é o seu
  // caso."): a question holding that case's word ("quero só mudar a cor, precisa de tudo isso?", "tenho que avisar se
  // pintar de outra cor?") is answered by it, unless the clause that asks holds the general rule's own words ("quero
  // trocar a cor, tenho que pedir antes?": "é preciso pedir autorização antes"); so it weighs more, and is not preferred.
  { name: 'a rule of its own', asks: () => true, says: (x, q) => ownRuleSaid(x.folded) && x.words.some((w) => !q.title.has(w) && !ASKING_VERB.test(w)), held: 2, score: 3 },
  // Asked whether it is needed at all ("preciso mesmo desse papel?"), a sentence saying who is exempt answers it on its own.
  { name: 'needed at all', asks: asking(ASKS_NEEDED), says: (x, q) => EXEMPT.test(x.folded) && (q.casePut === undefined || x.words.length > 0), held: 2, score: 1 },
  // Asked whether it is compulsory ("Não fiz boletim ainda. É obrigatório?"), a sentence saying a thing of the question
  // is required ("é preciso ter o boletim de ocorrência") answers before any other (round 1984): two words of the
  // question held, none of the title nor a verb of asking ("Pedidos mais complexos exigem estudos" holds only "pedir").
  { name: 'required', asks: asking(ASKS_NEEDED), says: (x, q) => REQUIRED.test(x.folded) && x.words.filter((w) => !q.title.has(w) && !ASKING_VERB.test(w)).length >= 2, held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether it is compulsory or up to the citizen ("é obrigatório mudar ou só se eu quiser?", "sou obrigado a
  // fazer?", "é opcional?"), a sentence telling the penalty for not doing it ("Deixar o cadastro desatualizado é
  // infração de trânsito") answers on its own (round 3461).
  { name: 'compulsory, by its penalty', asks: asking(ASKS_OPTIONAL), says: saying(PENALTY), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked what to tell ("qual a coisa mais importante eu falar?", "o que eu tenho que dizer na denúncia?", "quais
  // informações eu passo?"), a sentence telling what to inform, note or describe ("é preciso informar o local com
  // precisão", "Anote o que aconteceu, a data, o local…") answers on its own (round 3463).
  { name: 'what to tell', asks: asking(ASKS_WHAT_TO_TELL), says: saying(TELL_WHAT), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether the service itself is needed ("Preciso de outorga?"), a sentence saying who does not need it answers
  // before any other (the citizen's case is usually told with it: "Uso pouca água de uma nascente.").
  { name: 'the service needed', asks: (q) => q.serviceNeeded, says: saying(NOT_NEEDED), held: 2, score: 2, prefer: 'told' },
  // Asked in which order ("faço o bo primeiro ou oq?", "marco direto?"), a sentence holding a word of the question and
  // saying what comes first ("Procure o banco imediatamente, antes mesmo do boletim", "precisam de autorização prévia")
  // answers on its own (round 2760).
  // A word of the question besides the order's own ("posso comer antes ou tem q ir em jejum?": "antes" alone is held by
  // every sentence of what comes before; "vá alimentado" answers, round 5403).
  { name: 'what comes first', asks: asking(ASKS_ORDER), says: (x) => BEFORE.test(x.folded) && x.words.some((w) => !ASKING_VERB.test(w) && !ORDER_STEMS.has(w)), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether it may be done already ("já posso pedir?"), a sentence holding a word of the question and telling from
  // when, or on what it waits ("O prazo para pedir é do 7º ao 120º dia depois da demissão") answers on its own (round 2763).
  { name: 'already', asks: asking(ASKS_ALREADY), says: (x, q) => FROM_WHEN.test(x.folded) && x.words.some((w) => !q.title.has(w) && !ASKING_VERB.test(w)), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether one must wait, a sentence saying so.
  { name: 'wait', asks: asking(ASKS_WAIT), says: saying(WAIT), held: 1, score: 1 },
  // Told something was lost or forgotten, a sentence holding a word of it and saying where it comes from; asked
  // whether one thing is enough, a sentence saying what else is needed.
  { name: 'lost', asks: asking(ASKS_LOST), says: (x) => x.words.length > 0 && RECOVER.test(x.folded), held: 1, score: 1, group: 'more' },
  // Told it was lost or is not known ("não lembro o ano que terminei", "perdi o histórico"), a sentence or document holding
  // a word of it and asking it only when one has it or knows it ("Ano de conclusão …, se souber") answers on its own:
  // the thing is not required (round 2360).
  { name: 'if had', asks: asking(ASKS_LOST), says: (x, q) => x.words.some((w) => !q.title.has(w) && !ASKING_VERB.test(w) && !LOSING.has(w)) && IF_HAD.test(x.sentence), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'enough', asks: asking(ASKS_ENOUGH), says: saying(MORE), held: 2, score: 2, group: 'more', prefer: 'told' },
  // Asked whether it may be done without being named, how one learns what came of it, whether one must say why, or
  // why it matters: a sentence saying so counts as two more words and answers before any other.
  { name: 'anonymous', asks: asking(ASKS_ANONYMOUS), says: saying(ANONYMOUS), held: 2, score: 2, group: 'told', prefer: 'told', firm: true },
  // Asked whether a paper goes along with the load ("vai no caminhão junto?"), a sentence saying it accompanies the transport.
  { name: 'goes along', asks: asking(ASKS_ALONG), says: saying(ALONG), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether one will be known or traced ("vão saber meu nome?", "vão rastrear meu número?"), a sentence saying it
  // is kept secret ("a ligação é mantida em sigilo") says more than one saying no name is needed.
  { name: 'kept secret', asks: asking(ASKS_KNOWN), says: saying(SECRET), held: 2, score: 3, group: 'told', prefer: 'told', firm: true },
  { name: 'tracking', asks: asking(ASKS_TRACK), says: saying(TRACK), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'reason', asks: asking(ASKS_REASON), says: saying(REASON), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'purpose', asks: asking(ASKS_WHY), says: saying(PURPOSE), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether one must do something, a sentence saying it is done without it ("sem explicar o motivo").
  // It says so in so many words, so it answers before any other ("nunca tomei multa, tenho q fazer exame?" / "sem exame").
  { name: 'done without', asks: (q) => q.must.length > 0, says: (x, q) => [...doneWithout(x.sentence), ...dispensed(x.sentence)].some((w) => q.must.includes(w)), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether one must do a thing ("precisa fazer consulta de viabilidade pra baixa?"), a sentence saying it is not
  // needed with the thing left out ("Para baixa e para mudanças só de sócios ou capital, em geral não é preciso.") says so
  // of the thing of the sentence before: two more words, as the case it names may not be the citizen's (round 6202).
  { name: 'not needed, the thing left out', asks: (q) => q.must.length > 0, says: (x, q) => LEAVES_THING_OUT.test(x.sentence) && q.must.some((w) => x.stems.has(w) && !x.own.has(w)), held: 2, score: 2 },
  // Asked whether one must do something ("vou ter q fazer prova de novo?"), a sentence opening with the case in which
  // it is done ("Se o país não tiver acordo com o Brasil, faça também a prova…") answers when: one more word held.
  { name: 'needed when', asks: (q) => q.must.length > 0, says: (x, q) => CONDITION.test(x.sentence) && x.words.some((w) => q.must.includes(w)), held: 1, score: 1 },
  // Asked whether one must do a thing ("tenho q fazer psicotécnico tbm?"), a sentence saying when or of whom that thing
  // is required ("A avaliação psicológica só é exigida de quem…") answers it: one more word held (round 2341).
  { name: 'required of whom', asks: (q) => q.must.length > 0, says: (x, q) => REQUIRED.test(x.folded) && x.words.some((w) => q.must.includes(w)), held: 1, score: 1 },
  // Asked whether it counts the same, a sentence saying so; whether every one does it all, one saying not every one does.
  { name: 'counts the same', asks: asking(ASKS_SAME), says: saying(SAME), held: 1, score: 1 },
  // Asked whether it is the same thing or done the same way ("o cadastro do IEF é o mesmo que o registro federal?"), a
  // sentence saying one is not the other ("Ele não substitui o Registro Geral…") answers on its own; asked whether the
  // way is the same for a case ("pra doação é o mesmo sistema da herança?"), the sentences opening on a case the question
  // names ("Para doação e outros casos, no SIARE.") say the way for it (round 4045, r36c).
  // Not for a case put ("e se for mei é o mesmo?" on the state registration): whether the case changes it, which a
  // sentence saying another thing is not the card's does not answer (round 904's test; merge review of 4045).
  { name: 'not the same', asks: (q) => (ASKS_SAME.test(q.folded) || ASKS_SAME_WAY.test(q.folded)) && !CASE_PUT_ANY.test(q.folded), says: (x, q) => NOT_SAME.test(x.folded) && x.words.some((w) => !q.title.has(w) && !ASKING_VERB.test(w)), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'the way for a case', asks: asking(ASKS_SAME_WAY), says: (x, q) => wayForCase(x, q), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked for another way ("Não tenho conta gov.br. Há outra forma de indicar?"), a step or sentence giving one ("Ou
  // enviar o FICI pelo site, Correios ou presencialmente", "Também é possível pedir pelo telefone") answers (round 2364).
  // So is a thing lacked told with how asked ("e se eu nao tiver gov br, como mando?", "nao tenho email, como recebo a
  // resposta?"): the way without it (round 6403).
  { name: 'another way', asks: (q) => ASKS_OTHER_WAY.test(q.folded) || LACKED_HOW.test(q.folded), says: saying(OTHER_WAY), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether one must go through a thing ("sou obrigado a fazer autoescola?", "precisa mesmo de autoescola ou tem
  // outro jeito?"), a sentence naming that thing with another beside it ("faça as aulas práticas com autoescola ou com
  // instrutor autônomo credenciado") answers on its own: the other is the other way. Only the thing right after the need
  // ("preciso de engenheiro mesmo?" on the fire brigade's licence keeps the sentence on who is exempt), round 6343.
  { name: 'the thing or another', asks: (q) => NEEDED_THING.test(q.folded), says: (x, q) => orAnother(x, q), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked which one of a thing, bare ("qual modalidade?"), a sentence saying what the thing depends on ("A modalidade …
  // depende do porte e do potencial poluidor") answers on its own: which one is the citizen's depends on that (round 2363).
  { name: 'which depends on', asks: (q) => q.which !== undefined, says: (x, q) => q.which !== undefined && dependsOf(x, q.which), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked which ones of a thing ("Quais vacinas precisam estar em dia?"), a sentence holding it and naming some by
  // example ("…por exemplo, vacina contra brucelose em fêmeas bovinas, exames de anemia infecciosa e mormo em equinos")
  // answers on its own; one that only says it must be in order does not say which (round 3821).
  { name: 'which ones, by example', asks: (q) => q.whichOnes !== undefined, says: (x, q) => q.whichOnes !== undefined && EXAMPLES.test(x.folded) && holds(x, q.whichOnes, q.near), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether every one does it ("toda uai faz carteira de identidade?"), the sentence saying not every one does ("Nem
  // toda UAI oferece todos os serviços") answers before those naming the thing asked (round 3624).
  { name: 'not every one', asks: asking(ASKS_ALL), says: saying(NOT_ALL), held: 2, score: 2, group: 'told', prefer: 'told', firm: true },
  // Asked what holds after an event ("Depois de emitido, tenho que deixar exposto?", "depois de aprovado, preciso fazer
  // mais alguma coisa?"): the event says when, and a sentence the card tells after it (the next one, or one opening
  // with it: "Com o parecer de deferimento, procure…") counts as two more words.
  { name: 'after the event', asks: (q) => q.after.size > 0, says: (x, q) => q.after.has(x.sentence), held: 2, score: 2 },
  // Asked how to keep it from happening again ("como evito perder o acesso de novo?", "o que faço pra não acontecer de
  // novo?"), a sentence telling how to keep safe ("Crie uma senha nova e … ative a verificação em duas etapas", "Nunca
  // passe sua senha…") answers on its own (round 3621).
  { name: 'keeping it from happening again', asks: asking(ASKS_PREVENT), says: saying(PREVENTS), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Told or asked that one cannot go every day ("e se eu n conseguir ir todo dia? trabalho de faxina", "não posso ir
  // todo dia, cuido do meu marido"), a sentence telling of flexible hours or of study at a distance ("Quem precisa de
  // horário flexível pode procurar um Cesec, com estudo semipresencial") answers on its own (round 3623).
  { name: 'not every day', asks: asking(ASKS_FLEXIBLE), says: saying(FLEXIBLE), held: 2, score: 2, group: 'told', prefer: 'told' },
  // "Se a escola foi fechada, …": a sentence whose condition holds a word of the citizen's case (not of the title) is
  // the answer for that case; "mesmo sendo pouquinha água…?": so is a sentence holding the case put.
  { name: 'the case', asks: () => true, says: (x, q) => caseHeld(x, q), held: 1, score: 1 },
  // "to com ipva atrasado, a certidão sai?": a sentence opening with the case put in the negative ("Se não houver
  // débitos, …", "Sem pendências, …") is the other case when the question does not put it so; it loses a tie.
  // Only when the question tells the citizen's own case ("to com…", "tenho…", "o carro tem…"): "qual a diferença disso
  // pro cadastro de visitante?" tells none, and "Se ainda não tem cadastro, faça primeiro o cadastro…" answers it.
  { name: 'the other case', asks: (q) => !DENIES.test(q.folded) && TELLS_CASE.test(q.folded) && !THING_PUT.test(q.folded), says: otherCase, held: 0, score: -1 },
  // "E se eu tiver IPVA atrasado, ainda consigo emitir?": a case put as there being a thing (THING_PUT), in the positive,
  // is not answered by the sentence opening with its negative ("Se não houver débitos, a certidão é emitida na hora"),
  // however many of the question's other words it holds: it weighs two less (round 6200).
  { name: 'the other case, put', asks: (q) => !DENIES.test(q.folded) && THING_PUT.test(q.folded), says: otherCase, held: 0, score: -2 },
  // "E se aparecer alguma dívida no meu nome?": a thing put as there being one, in the positive (THING_PUT), is answered
  // by the sentence opening with that very case ("Se houver débitos, o sistema avisa: pague ou parcele…"), word or
  // near-synonym, over those that only name it; not one opening with its negative ("Se não houver débitos, …"). Not a
  // case of something done ("e se cortarem a água por atraso?": "Pedir o religamento, se a água foi cortada") (round 3647, r34c).
  { name: 'the case put, opening the sentence', asks: (q) => THING_PUT.test(q.folded) && !DENIES.test(q.folded), says: (x, q) => x.condition !== undefined && x.otherCase.length === 0 && x.words.some((w) => q.condition.has(w) && !q.title.has(w) && holds({ stems: x.condition ?? new Set() }, w, q.near)), held: 1, score: 1 },
  // Asked a topic and naming a case ("e pro *mei* paga alguma coisa?"), a sentence holding a word of the case that says
  // what the topic asks ("é feito *de graça*") answers for that case: the topic's word counts as one more word held.
  { name: 'the topic for the case', asks: (q) => q.topic !== undefined && TOPIC_SAYS[q.topic] !== undefined, says: (x, q) => topicForCase(x, q), held: 1, score: 1 },
  // A near-synonym held ("jejum" in "vá alimentado") asks on its own: one more word held, no more score.
  { name: 'near-synonym', asks: () => true, says: (x, q) => x.words.some((w) => q.near.has(w)), held: 1, score: 0 },
  // Asked what happens without it ("e se eu rodar sem o documento?"), a sentence telling a penalty.
  { name: 'penalty', asks: asking(ASKS_CONSEQUENCE), says: saying(PENALTY), held: 1, score: 1, group: 'penalty' },
  // Asked what happens when it is late ("e se passar desse prazo?"), a sentence telling a penalty for lateness ("depois
  // disso, leva multa") answers on its own, before one that only speaks of paying late.
  // Told it is not done yet and asked whether that is a problem ("ainda não transferi, dá problema?"), a sentence telling
  // the penalty ("depois disso, leva multa") answers on its own (round 2386).
  { name: 'trouble for not doing it', asks: asking(ASKS_TROUBLE), says: saying(PENALTY), held: 2, score: 2, group: 'penalty', prefer: 'told' },
  // Asked whether it can be done on a device ("dá pra fazer pelo celular?"), a sentence telling the devices it is done on
  // ("por celular ou computador com câmera e internet") answers on its own (round 2386).
  { name: 'device', asks: asking(ASKS_DEVICE), says: saying(DEVICES), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'late', asks: asking(ASKS_LATE), says: (x) => (PENALTY.test(x.folded) || CHARGED.test(x.folded)) && LATE.test(x.folded), held: 2, score: 2, group: 'penalty', prefer: 'told', firm: true },
  // Asked what happens when it is not done in time ("e se eu não conseguir ir confirmar a matrícula no prazo?"), a
  // sentence saying what comes of not doing it in time answers on its own.
  { name: 'not in time', asks: asking(ASKS_NOT_IN_TIME), says: saying(NOT_IN_TIME), held: 2, score: 2, group: 'penalty', prefer: 'told' },
  // Told the deadline was missed ("perdi o prazo do cadastro, e agora?"), the sentence or step for who missed it ("Perdeu
  // o prazo? Inscreva-se nas vagas remanescentes", "Quem perdeu a primeira etapa pode…") answers on its own.
  // Two such sentences say what comes of it and what to do then: both are quoted (round 6341).
  { name: 'deadline missed', asks: asking(MISSED_DEADLINE), says: saying(FOR_WHO_MISSED), held: 2, score: 3, group: 'told', prefer: 'told', together: true },
  // Asked whether it happens by itself ("isso cai sozinho?"), or when it takes effect ("quando passa a valer?"), a
  // sentence saying so in the card's words ("não é automática", "é confirmado após o pagamento") answers on its own.
  { name: 'by itself', asks: asking(ASKS_BY_ITSELF), says: saying(BY_ITSELF), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'in effect', asks: asking(ASKS_IN_EFFECT), says: saying(IN_EFFECT), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether anything is left ("acabou ou tem mais coisa?", "falta alguma coisa?"), what the card tells last (its
  // last step: "Com o parecer de deferimento, procure a unidade…", "cumpra as condicionantes") counts as two more words;
  // not before every other sentence: one holding the question's own words may still say it better.
  { name: 'what is left', asks: (q) => q.last.size > 0, says: (x, q) => q.last.has(x.sentence), held: 2, score: 2 },
  // Told the citizen knows nothing of the subject ("não entendo nada de estudos ambientais", "sou leigo nisso"), or asked
  // whether a professional must be hired ("preciso contratar engenheiro?"): a sentence naming the professional who does
  // it ("os estudos precisam ser feitos por um responsável técnico") answers on its own (round 3221).
  { name: 'who does it for me', asks: asking(ASKS_EXPERT), says: saying(EXPERT), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether someone else may do it for the citizen, a sentence saying who may act for another.
  { name: 'for me', asks: (q) => q.proxy, says: (x) => PROXY.test(x.folded) || DOES_FOR.test(x.folded), held: 2, score: 2, group: 'told', prefer: 'told', firm: true },
  // Asked whether the citizen, being who they are, may ask ("preciso ser sócio?", "moro em sp, posso reclamar?"), a
  // sentence of who may ask holding a word of the question ("Qualquer pessoa pode pedir certidão de uma empresa…", "Não
  // precisa ser morador de Minas Gerais.") answers before any other: it is the card's own condition on the person.
  // One saying anyone may ("Qualquer pessoa…", "Não precisa ser…") answers it on its own.
  // Not asked from another state on a card whose condition sets the person in Minas: that condition answers ("Moro em
  // SP, mas comprei o carro em Minas. Posso emplacar aqui?" holds "comprador" of "Representando o comprador"; round 2383).
  // "ainda dá pra *doar*?": the verb asked whether one still may is no word of the case ("Não pode *doar* quem teve…").
  { name: 'who may', asks: (q) => ASKS_ELIGIBLE.test(q.folded) && !(q.hereFromAway && [...q.requirements].some((r) => IN_MINAS.test(fold(r)))), says: (x, q) => q.requirements.has(x.sentence) && x.words.some((w) => !q.title.has(w) && !ASKING_VERB.test(w) && !q.stillAble.has(w)), held: 1, score: 2, group: 'told', prefer: 'told' },
  // Asked who does a thing ("e quem dá as aulas?", "quem paga as parcelas?", "quem emite a guia?"), a sentence naming who
  // does it ("faça as aulas … com autoescola ou instrutor credenciado", "O pagamento é feito pela Caixa") and holding a
  // word of the question (none of the title) or a word of the verb asked ("paga", "pagamento") answers on its own.
  // Not who may or must ("quem pode pedir?", "quem tem direito?"): the rows above.
  { name: 'who does it', asks: (q) => q.whoVerb !== undefined, says: (x, q) => AGENT_NAMED.test(x.folded) && (x.words.some((w) => !q.title.has(w) && !ASKING_VERB.test(w)) || doneWord(x, q)), held: 2, score: 2, group: 'told', prefer: 'told', firm: true },
  { name: 'anyone may', asks: asking(ASKS_ELIGIBLE), says: (x, q) => q.requirements.has(x.sentence) && ANYONE.test(x.folded), held: 2, score: 2, group: 'told', prefer: 'told' },
  // A case put in the negative ("e se na minha cidade não tiver uai?", "nunca cadastrei email…", "se eu não for na
  // matrícula?"): a sentence putting the same case in the negative ("Onde não há UAI, …", "Se não tiver e-mail
  // cadastrado, …", "Quem não se matricula no prazo perde a vaga.") answers it before any other.
  { name: 'a negated case', asks: (q) => q.negated.length > 0, says: negatedHeld, held: 2, score: 2, group: 'told', prefer: 'told' },
  // "ele voltou pra casa, e agora?", "e quando ela voltar?" on the missing person's report: the sentence on the person found
  // ("Quando a pessoa for encontrada, registre a localização…") answers on its own (round 3642, r34c).
  { name: 'came back', asks: asking(CAME_BACK), says: saying(FOUND), held: 2, score: 2, group: 'told', prefer: 'told' },
  // "e se eu não tiver a nota?", "e se não tiver nenhuma conta antiga?": the thing lacked, where the card asks for it only
  // if there is one ("Nota fiscal dos bens, se tiver", "se possível, o número da instalação, que aparece em qualquer conta
  // antiga"), answers: the lack is no bar (round 3648, r34c).
  { name: 'lacking what is only asked if any', asks: (q) => q.negated.length > 0, says: optionalHeld, held: 2, score: 3, group: 'told', prefer: 'told' },
  // Asked whether a message or link received is to be trusted ("recebi um link no zap, é seguro?"), a sentence of the
  // card warning against scams ("Desconfie de mensagens…", "Cuidado com golpes…") answers before any other (round 2120).
  { name: 'safe', asks: asking(ASKS_SAFE), says: saying(SCAM), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Told the place has no address, a sentence saying how to tell where it is.
  { name: 'no address', asks: asking(ASKS_PLACE), says: saying(PLACE), held: 2, score: 2 },
  // Asked whether it can be done on a Sunday, a holiday or at night ("posso retirar no domingo?"), a sentence telling when
  // it is open ("a liberação no pátio é feita em horário comercial", "24 horas") answers on its own (round 2381).
  // Told one's telephone, e-mail or address changed ("mudei de telefone, e agora?"), a sentence holding it and saying to
  // keep it up to date ("Mantenha telefone e e-mail atualizados") answers on its own (round 2381).
  // Not when the question puts a case in the negative ("troquei de endereço, e se eu nem avisar o detran?"): that case is
  // what is asked (the 'a negated case' row), the change only its story.
  // Told having paid while the debt still shows, the sentence on when a payment shows answers on its own (round 2413).
  { name: 'paid, not shown yet', asks: asking(PAID_STILL), says: saying(PAYMENT_SHOWS), held: 1, score: 3, group: 'told', prefer: 'told' },
  // Of the sentences on when a payment shows, the one opening with the payment done says what to do now ("Depois de
  // pagar, use a opção 'Atualizar situação'…"), over one that only names paying ("… útil depois de pagar débitos, para
  // atualizar a situação"); told paid in any words ("paguei os débitos, como libero?") (round 3641, r34c).
  { name: 'paid, what to do after paying', asks: (q) => PAID_STILL.test(q.folded) || PAID_TOLD.test(q.folded) || AFTER_PAYING_ASKED.test(q.folded), says: (x) => AFTER_PAYING.test(x.folded) && PAYMENT_SHOWS.test(x.folded), held: 1, score: 2, prefer: 'told', firm: true },
  // Money lacked told ("tô sem dinheiro pra pagar tudo", "estou desempregado e não consigo pagar"), the card's sentence on
  // paying otherwise ("veja na Agência Virtual as condições de parcelamento", "pague ou parcele a dívida", "Atrasar parcelas
  // pode cancelar o parcelamento") answers on its own (round 6601).
  // It weighs more than a sentence holding only "pagar" read by another row ("… precisa pagar uma conta atrasada"); not
  // one telling what comes after paying ("depois de pagar ou negociar peça o religamento").
  { name: 'money lacked, paying otherwise', asks: (q) => MONEY_LACKED.test(q.folded), says: (x) => PAY_OTHERWISE.test(x.folded) && !AFTER_PAYING_SAID.test(x.folded), held: 2, score: 4, group: 'told', prefer: 'told' },
  // A piece of evidence the citizen has, asked whether it can be used or sent ("tenho um áudio dele, posso usar?"), the
  // card's sentence or document naming evidence ("Provas, se tiver (mensagens, fotos, áudios…)", "Anexe fotos", "Foto
  // recente e nítida da pessoa", "junte provas") answers on its own (round 6602).
  { name: 'evidence had, used', asks: (q) => EVIDENCE_TOLD.test(q.folded) && EVIDENCE_ASKED.test(q.folded), says: (x) => EVIDENCE_SAID.test(x.folded.replace(PORTRAIT, ' ')), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked where the money received comes in ("e o dinheiro cai onde?"), the card's sentence on who pays it or where it is
  // deposited ("O pagamento é feito pela Caixa") answers on its own (round 6605).
  { name: 'where the money comes in', asks: (q) => MONEY_WHERE.test(q.folded), says: saying(PAID_INTO), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked how early to arrive ("chego quanto tempo antes?", "a que horas devo chegar?"), the card's sentence on arriving
  // ahead ("Chegue com antecedência, com documento de identidade original") answers on its own (round 6604).
  { name: 'arriving ahead', asks: (q) => ARRIVING_AHEAD.test(q.folded), says: saying(AHEAD), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked how to pay or whether a means is taken ("aceita pix?", "paga como?"), the card's sentence telling the means of
  // paying ("Pague por Pix ou boleto em banco credenciado") answers on its own, often in a step's text (round 2600).
  { name: 'means of paying', asks: (q) => asksPayMeans(q.folded), says: (x) => PAY_MEANS.test(x.folded) && PAYING.test(x.folded), held: 2, score: 2, group: 'told', prefer: 'told' },
  // Asked whether a means or place of paying is taken ("paga na lotérica?", "aceita cartão de crédito?"), the card's line
  // naming that very means, often a place of its step of paying ("Bancos, lotéricas ou agência de atendimento"), answers
  // before one naming other means (round 4346).
  { name: 'the means asked, named', asks: (q) => asksPayMeans(q.folded) && meansAsked(q.folded).length > 0, says: (x, q) => meansAsked(q.folded).some((w) => x.folded.includes(w)), held: 3, score: 3, group: 'told', prefer: 'told' },
  // Asked how what is issued reaches the citizen ("chega em casa?", "vem pelo correio?"), the card's sentence telling how
  // it is delivered ("é enviada para o endereço cadastrado", "chega por e-mail", "fica disponível no app") answers on its own;
  // asked to whom a paper goes ("eu mando para quem?"), the sentence telling where it is sent or handed ("Envie o boletim
  // ao banco") (round 2601).
  { name: 'delivered', asks: asking(ASKS_DELIVERY), says: saying(DELIVERED), held: 2, score: 2, group: 'told', prefer: 'told' },
  // The way it comes said ("chega pelo e-mail cadastrado") weighs one more than its form alone ("em PDF"), round 6345.
  { name: 'delivered, the way it comes', asks: asking(ASKS_DELIVERY), says: saying(ARRIVES), held: 2, score: 3, group: 'told', prefer: 'told' },
  { name: 'sent to', asks: asking(ASKS_SEND_TO), says: saying(SENT_TO), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'changed contact', asks: (q) => TELLS_CHANGED.test(q.folded) && q.negated.length === 0, says: (x) => x.words.length > 0 && UPDATED.test(x.folded), held: 1, score: 2, group: 'told', prefer: 'told' },
  // Asked whether the service shows a thing ("o preço aparece aí?", "mostra se é financiado?"), a sentence holding the
  // thing and telling what is shown or consulted counts as one more word (round 2382).
  { name: 'shown', asks: asking(ASKS_SHOWN), says: (x) => x.words.length > 0 && SHOWS.test(x.folded), held: 1, score: 1 },
  // A time told within the year under way ("vou mudar de cidade no meio do ano"), a sentence for what holds during the
  // year ("Durante o ano letivo, procure primeiro a escola de destino para saber se há vaga") answers it (round 2383).
  { name: 'during the year', asks: asking(TELLS_MID_YEAR), says: saying(DURING_YEAR), held: 2, score: 2, group: 'told', prefer: 'told' },
  { name: 'when open', asks: (q) => ASKS_WHEN_OPEN.test(q.folded) && CAN_THEN.test(q.folded), says: saying(OPEN_HOURS), held: 2, score: 2, group: 'told', prefer: 'told' },
  // A term of the card's own that weighs one stem, said whole ("tem ajuda de custo?": "ajuda" is a word the search drops),
  // names one thing: a sentence holding the whole term ("Pode haver ajuda de custo para alimentação e transporte")
  // counts as one more word held (round 3640, r34c).
  { name: "the card's term, whole", asks: (q) => q.terms.length > 0, says: (x, q) => q.terms.some((k) => holdsTerm(x.folded, k)), held: 1, score: 1 },
];

/**
 * Whether the sentence's opening condition, or the case put, holds a word of the citizen's case (see SCORING); a word
 * of three letters counts when the question puts it as a condition too ("e se *negarem* o pedido?" / "Se *negado*, …"), and
 * so does a word of the title then, unless the sentence puts it in the negative ("e se tiver *débito*?" / "Se houver
 * *débitos*, …", not "Se não houver débitos, …"; round 2123).
 */
function caseHeld(x: Said, q: Asked): boolean {
  const condition = x.condition;
  return (condition !== undefined && x.words.some((w) => (w.length >= 4 || q.long.has(w) || q.condition.has(w)) && (!q.title.has(w) || (q.condition.has(w) && !x.otherCase.includes(w))) && condition.has(w))) || (q.casePut !== undefined && x.words.includes(q.casePut));
}


/**
 * Whether the sentence says what the topic asked asks (TOPIC_SAYS) and holds a word of the question that is no word of
 * the service's title, of the topic itself ("paga") nor a verb of asking: the case the question names.
 */
function topicForCase(x: Said, q: Pick<Asked, 'topic' | 'caseWords'>): boolean {
  const says = q.topic === undefined ? undefined : TOPIC_SAYS[q.topic];
  // The case's words first (a lookup): most sentences hold none, and the pattern is not run on them.
  return says !== undefined && x.words.some((w) => q.caseWords.has(w) && !says.test(w)) && says.test(x.folded);
}
/** The stems of the condition the question puts ("e se negarem o pedido", "caso atrase"), up to its first pause. */
const conditionOf = (folded: string): Set<string> => new Set(analyze(/\b(?:se|caso) ([a-z ]+)/.exec(folded)?.[1] ?? ''));

/**
 * The event a question opens by putting itself after ("Depois de *emitido*, …", "e depois do *bo*, …", "depois q sair o
 * *certificado* …", "após o *pagamento* …"), by stem: it says when, not what is asked. None when the question does not open so
 * ("a polícia achou depois de 3 meses" tells the case); never a word of the service's title.
 */
const EVENT_OPENING = /^(?:(?:e|mas|ta|ok|entao|certo)\s+)*(?:depois|apos)\s+(?:(?:que|q)\s+(?:o|a|os|as)\s+([a-z]{3,})(?:\s+([a-z]{3,}))?|(?:de|do|da|dos|das|que|q|o|a)\s+([a-z]{2,})(?:\s+(?:o|a|os|as)\s+([a-z]{3,}))?)/;
function eventOf(s: Service, question: string): string[] {
  // The sentence that asks may follow one that tells who the citizen is ("Sou síndica de um prédio. Depois que o
  // certificado sai, …?"): each sentence may open so. "depois que *o certificado* sai": the thing, then what it does.
  // A word of the service's title is the thing itself ("e depois que sai a *guia* ela vence?"), no event.
  const title = titleStems(s);
  return openingEvent(question).filter((x) => !title.has(x));
}
/** The words of the event a question opens after, by stem, title or not (see `eventOf`). */
function openingEvent(question: string): string[] {
  const m = question.split(/[.!?;]+/).map((x) => fold(x).trim()).map((x) => EVENT_OPENING.exec(x)).find((x) => x !== null);
  if (m !== undefined) return analyze([m[1], m[2], m[3], m[4]].filter((w) => w !== undefined).join(' '));
  // "Quando o CNPJ sair, o processo termina ali?": a clause of when before a pause opens after its event as "depois que"
  // does; only before a pause, as "quando o cnpj sai?" asks when (round 5801).
  const w = question.split(/[.!?;]+/).map((x) => x.split(',')).filter((parts) => parts.length > 1).map((parts) => WHEN_OPENING.exec(fold(parts[0] ?? '').trim())).find((x) => x !== null);
  return w === undefined ? [] : analyze([w[1], w[2]].filter((x) => x !== undefined).join(' '));
}
/** A clause of when, whole: "quando o CNPJ sair", "assim que a carteira chegar" (the thing, then what it does). */
const WHEN_OPENING = /^(?:(?:e|mas|ta|ok|entao|certo)\s+)*(?:quando|assim que|logo que|uma vez que)\s+(?:o|a|os|as|meu|minha)\s+([a-z]{3,})(?:\s+([a-z]{3,}))?$/;
/**
 * "Depois de recuperar, o que faço…?" on recovering the gov.br account: the event is the service's own verb, what it
 * does; what comes after the service is done is what the card tells last (its last step, round 2344).
 */
function afterTheService(s: Service, question: string): boolean {
  const title = titleStems(s);
  const event = openingEvent(question);
  return event.length > 0 && event.every((x) => title.has(x)) && WHAT_TO_DO.test(fold(question));
}
/** Asking what to do ("o que faço", "oq eu faço", "o que devo fazer", "como faço para"). */
const WHAT_TO_DO = /\b(o que|oq|o q|que|q) (eu )?(faco|devo fazer|tenho que fazer|tenho q fazer|preciso fazer|faz|fazer)\b/;

/**
 * The sentences the card tells after the event the question opens with (`eventOf`), in its own order: the sentence
 * right after one holding a word of the event ("… o certificado é emitido no Infoscip." / "Deixe-o em local visível…"),
 * and one holding it in a clause before its last ("Com o parecer de *deferimento*, procure a unidade de trânsito…",
 * "…, com a outorga *concedida*, cumpra as condições … e renove antes do vencimento"). Read over
 * the card's memoised sentences, only for a question opening so.
 */
function afterEvent(s: Service, event: readonly string[], near: NearStems): ReadonlySet<string> {
  if (event.length === 0) return new Set();
  const every = withDocuments(s);
  const holdsEvent = (a: { stems: ReadonlySet<string> }): boolean => event.some((x) => holds(a, x, near));
  const out = new Set<string>();
  every.forEach((a, i) => {
    const before = every[i - 1];
    // A clause before the sentence's last one holding the event: what follows it in the sentence comes after it.
    const clauses = a.sentence.split(/[,;:]\s*/).slice(0, -1);
    // Its own words: "Deixe-o em local visível…" comes after "…o certificado é emitido…", which it speaks of.
    const afterOne = before !== undefined && holdsEvent(before) && !holdsEvent({ stems: a.own });
    const inClause = clauses.some((c) => holdsEvent({ stems: new Set(analyze(c)) }));
    if (!afterOne && !inClause) return;
    // The first sentence of a step's text right after the event ("Consulte … se você foi selecionado." / "Vá à instituição
    // …"): that step comes after it, quoted whole with its title ("Fazer a matrícula na instituição"), round 4044 (r36c).
    const opening = afterOne && !inClause ? s.steps.find((st) => splitSentences([st.description])[0] === a.sentence) : undefined;
    out.add(opening === undefined ? a.sentence : opening.title.trim());
  });
  return out;
}

/**
 * A question opening after an event, who did it and how it is put aside ("depois que *eu pagar* a guia", "depois que for
 * *deferido*", "e dps do *registro*"): the event's word, and the thing after its article.
 */
const AFTER_OPENING = /^(?:(?:e|mas|ta|ok|entao|certo)\s+)*(?:depois|apos)\s+(?:de|do|da|dos|das|que|q)\s+(?:(?:eu|ele|ela|a gente|nos|eles|elas|for|foi|forem|estiver|tiver|ja|o|a|os|as|meu|minha)\s+)*([a-z]{3,})(?:\s+(?:o|a|os|as)\s+([a-z]{3,}))?/;
/** "fazer" itself: "depois de *fazer* o pedido" is after the request, not after any step that does something. */
const DOING: ReadonlySet<string> = new Set(analyze('fazer feito faco fiz'));
/** A clause opening on when, once a thing has happened ("Com o parecer…", "Depois da compensação…", "Concluído o registro"). */
const ONCE_DONE = /^(com|apos|depois|quando|assim que|uma vez|conclu\w*|feit[oa]|aprovad[oa]|deferid[oa]|emitid[oa])\b/;
/**
 * "depois que deferir, o que eu faço?", "e dps de pagar faço oq?" asked how on a card: the step the card tells after the
 * event the question opens with, where the walk starts: the first step that tells what to do once it happened, in a
 * clause before its last ("Com o parecer de deferimento, procure a unidade…"), else the step after the first one whose
 * title does it. None when the question opens after no event (never a word of the service's own title), or when no step
 * holds it.
 */
export function stepAfterOpening(s: Service, question: string): number | undefined {
  const title = titleStems(s);
  const m = AFTER_OPENING.exec(fold(spelledOut(question)).trim());
  const event = m === null ? [] : analyze(asInfinitives([m[1], m[2]].filter((w) => w !== undefined).join(' '))).filter((x) => !DOING.has(x) && !title.has(x));
  if (event.length === 0) return undefined;
  // By stem, or a stem it begins with ("pagar" / "Depois da compensação do *pagamento*"), as `afterSaid` reads it.
  const holdsEvent = (text: string): boolean => analyze(asInfinitives(fold(text))).some((x) => event.some((e) => x === e || (e.length >= 4 && x.startsWith(e))));
  // A step telling what to do once it has happened, in a clause opening on when, before its last ("Com o parecer de
  // deferimento, procure…", "Depois da compensação do pagamento, agende a vistoria…"); not one doing it ("Pague também…").
  const within = s.steps.findIndex((st) => splitSentences([st.description]).some((x) => x.split(/[,;:]\s*/).slice(0, -1).some((c) => ONCE_DONE.test(fold(c)) && holdsEvent(c))));
  if (within >= 0) return within;
  // Else the step after the first one whose title does it ("Preencher o formulário e *pagar* o DAE", then "Fazer a vistoria").
  const did = s.steps.findIndex((st) => holdsEvent(st.title));
  return did >= 0 && did + 1 < s.steps.length ? did + 1 : undefined;
}

/**
 * A step for a case only, not one every citizen takes ("Recorrer, se necessário", "Perdeu o prazo? Inscreva-se…",
 * "Se o veículo for recuperado", "Autorizar uma entidade… (opcional)", "Reclamar, se houver problema"), on its title.
 */
const CONTINGENT = /^(se|caso|ou)\b|, se\b|\?|\bopcional\b|\boutras op|\bproblemas?\b|\bse necess/i;
/**
 * The title of the card's last step every citizen takes: what the card tells is done last. Quoted, a step's title
 * comes with its whole text ("*Etapa 4, Atualizar o documento do veículo:* Com o parecer de deferimento, procure…").
 */
const lastStep = memo((s: Service): ReadonlySet<string> => new Set([...s.steps].reverse().filter((x) => !CONTINGENT.test(x.title.trim())).slice(0, 1).map((x) => x.title.trim())));

/**
 * What is left, asked after an event ("Depois que o certificado sair, ainda tenho alguma obrigação?"): the last step's
 * title, and the sentences of its text that the card tells after the event ("Deixe-o em local visível e acompanhe a data
 * de renovação"), round 5801.
 */
function leftAfter(s: Service, after: ReadonlySet<string>): ReadonlySet<string> {
  const last = lastStep(s);
  if (after.size === 0) return last;
  const text = s.steps.find((st) => last.has(st.title.trim()))?.description ?? '';
  return new Set([...last, ...[...after].filter((x) => text.includes(x))]);
}

/** The question read once for the scoring table. */
function askedAs(s: Service, question: string, number: boolean, near: NearStems, states: OtherStates, topic: Topic | undefined): Asked {
  const folded = fold(question);
  const title = titleStems(s);
  const event = eventOf(s, question);
  const afterService = afterTheService(s, question);
  const after = afterEvent(s, event, near);
  return {
    folded,
    proxy: asksProxyAt(s, folded),
    event,
    after,
    last: ASKS_LEFT.test(folded) || afterService ? leftAfter(s, after) : new Set(),
    number,
    givesUnit: givesUnitOf(question, near),
    ofTime: unitWord(question) === 'tempo',
    countNamed: namesCountOf(question, near),
    away: namesOtherState(states, question),
    hereFromAway: CAN_HERE.test(folded) && namesOtherState(states, question) && !sentences(s).some((x) => OTHER_STATES_SENTENCE.test(fold(x))),
    must: mustStems(folded),
    casePut: analyze(CASE_PUT.exec(folded)?.[1] ?? '').find((x) => !title.has(x)),
    serviceNeeded: asksServiceNeeded(s, question),
    // Not an acronym ("e se for mei…"): a name, which the retrieval under the passages weighs; a verb's short stem is
    // what the condition says ("negarem").
    // "to com ipva atrasado, …": a debt told is the case put, as "e se tiver débito?" puts it (round 2343).
    // Not a debt being settled ("to parcelando o ipva atrasado"): that is the case of a debt in instalments.
    condition: new Set([...conditionOf(folded)].filter((x) => !acronymsOf(s).has(x)).concat((OWES.test(folded) || OWES_BY_VERB.test(folded)) && !SETTLING.test(folded) ? DEBT : [])),
    title,
    requirements: requirementSentences(s),
    // Asked what to do after the service itself ("Depois de recuperar, o que faço para não perder o *acesso*…?"), a word
    // of its title says which service, not which case: "quem não consegue recuperar o acesso" is not it (round 2344).
    negated: negatedWords(negatedClause(question), foldedWords(folded)).filter((w) => !afterService || (!title.has(w) && !title.has(stem(w)))),
    long: new Set(folded.split(' ').filter((w) => w.length >= 5).flatMap((w) => analyze(w))),
    near,
    whereVerb: new Set(analyze(ASKS_WHERE_THING.exec(folded)?.[0] ?? '')),
    stillAble: new Set(analyze(STILL_MAY_VERB.exec(folded)?.[1] ?? '')),
    topic,
    caseWords: topic === undefined ? new Set() : caseWordsOf(s, folded, topic),
    which: analyze(WHICH_BARE.exec(folded.trim())?.[1] ?? '').find((x) => !title.has(x)),
    whichOnes: analyze(WHICH_ONES.exec(folded)?.[1] ?? '').find((x) => !title.has(x)),
    counted: number ? [] : countsTold(folded, near),
    missing: analyze(MISSING.exec(folded)?.[1] ?? '').find((x) => !title.has(x)),
    // "Bom dia! Quem paga o seguro?", "meu pai foi demitido. quem paga?", "uai, quem paga isso, sô?": "quem" opening a
    // clause after a greeting, a story or a pause asks as it does opening the message (round 2803).
    whoVerb: question.split(/[.!?;:,]+/).reduce<string | undefined>((v, clause) => v ?? whoVerbOf(fold(clause).trim()), undefined),
    terms: oneStemTerms(s).filter((k) => holdsTerm(folded, k)),
  };
}

/**
 * The card's own terms (keywords and popular names) of two words or more that weigh one stem, a word of them being one
 * the search drops ("*ajuda* de custo"): said whole, such a term names one thing of the card, not its one stem alone
 * ("tem ajuda de custo?" on the technical course asks about the allowance, not only the cost).
 */
const oneStemTerms = memo((s: Service): readonly string[] => [...s.keywords, ...s.popularNames].map((k) => fold(k).replace(/[^a-z0-9]+/g, ' ').trim()).filter((k) => k.split(' ').length >= 2 && analyze(k).length === 1));

/** Whether a folded text holds a term (folded, words between single spaces) whole, as words. */
function holdsTerm(folded: string, term: string): boolean {
  return ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${term} `);
}

/** A need or a right asked after "quem …" ("quem pediu demissão *tem direito*?", "quem mora fora *pode*?"). */
const WHO_MAY_AFTER = /\b(tem direito|tenho direito|pode|podem|precisa|precisam|deve|devem|consegue|conseguem)\b/;
/** The verb asked who does (ASKS_WHO_DOES), by stem: "" when it is too short to say which ("quem *dá*"), none when not so asked. */
function whoVerbOf(folded: string): string | undefined {
  const m = ASKS_WHO_DOES.exec(folded);
  // "e quem pediu demissão tem direito?": "quem" opens the case (a verb in the past, a need or a right after it), it asks
  // who may.
  if (m === null || /(ou|eu|iu)$/.test(m[1] ?? '') || WHO_MAY_AFTER.test(folded.slice(m.index + m[0].length))) return undefined;
  const verb = stem(m[1] ?? '');
  return verb.length >= 3 ? verb : '';
}
/**
 * Whether the sentence holds a word of the verb asked who does ("paga": "O *pagamento* é feito pela Caixa"), none of the
 * title ("quem licencia" on the environmental licensing: "Sistema de *Licenciamento*" names the service, no one who does it).
 */
const doneWord = (x: Said, q: Asked): boolean => q.whoVerb !== undefined && q.whoVerb !== '' && [...x.stems].some((w) => q.whoVerb !== undefined && w.startsWith(q.whoVerb) && !q.title.has(w));
/** The stems of the words any question uses (GENERIC_WORDS), once. */
const genericStems = memo((words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words].flatMap((w) => analyze(w))));
/** The stems of the words of each topic's cues ("quais *documentos*", "paga alguma coisa"): how the topic is asked, no case. */
const topicCueStems = memo((topics: typeof TOPICS): ReadonlyMap<Topic, ReadonlySet<string>> =>
  new Map(Object.entries(topics).map(([k, c]) => [k as Topic, new Set([...c.strong, ...c.weak].flatMap((p) => analyze(p)))])));
/** The nouns naming each topic's field (its weak cues: "documentos", "direito", "valor"), by stem. */
const fieldNouns = memo((topics: typeof TOPICS): ReadonlyMap<Topic, ReadonlySet<string>> => new Map(Object.entries(topics).map(([k, c]) => [k as Topic, new Set(c.weak.flatMap((w) => analyze(w)))])));
/** The case words of a question (see Asked.caseWords). */
function caseWordsOf(s: Service, folded: string, topic: Topic): Set<string> {
  const generic = genericStems(GENERIC_WORDS);
  const cue = topicCueStems(TOPICS).get(topic);
  const names = nameStems(s);
  const every = analysed(s);
  return new Set(analyze(folded).filter((x) => {
    if (x.length < 3 || names.has(x) || generic.has(x) || cue?.has(x) === true || ASKING_VERB.test(x)) return false;
    const n = every.filter((a) => holdsWord(a, x)).length;
    return n >= 1 && n <= 2;
  }));
}

/** What the rows of the table asked add to a sentence: words held, score, and the kinds it is preferred for. */
function weighCues(cues: readonly Cue[], q: Asked, x: Said): { bonus: number; score: number; prefer: Set<string> } {
  const best = new Map<string, Cue>();
  cues.forEach((c, i) => {
    const key = c.group ?? String(i);
    const had = best.get(key);
    if (c.says(x, q) && (had === undefined || c.held > had.held || (c.held === had.held && c.score > had.score))) best.set(key, c);
  });
  let bonus = 0;
  let score = 0;
  const prefer = new Set<string>();
  for (const c of best.values()) {
    bonus += c.held;
    score += c.score;
    if (c.prefer !== undefined) prefer.add(c.prefer);
    if (c.firm === true) prefer.add('firm');
    if (c.together === true) prefer.add('together');
  }
  return { bonus, score, prefer };
}

/**
 * The sentences of the service's own texts that answer a question its fields do not ("tem q ir de jejum?", "com
 * quantos pontos a carteira é suspensa?"): those holding most of the question's words, each word weighing more the
 * fewer of the service's sentences hold it; a number counts as a word when the question asks for one. At least two
 * (one, for a message of one word answered by nothing else), and the best one (or two, when they tie); none among
 * `shown` already (the answer's own lines).
 */
export function passages(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, typed: string, shown: readonly string[] = [], alone = false, topic?: Topic): string[] {
  // Chat spellings written out ("vale qnts dias?", "e dps q deferir?"): a reader asking from the message's text weighs
  // the words the tokens read (round 3120).
  const question = paidThenNow(spelledOut(typed));
  const read = readQuestion(s, words, question, topic);
  // Asked whether someone else may do it, the documents are read at once: the power of attorney is often one of them
  // ("Procuração e documentos do procurador, se outra pessoa fizer por você").
  const texts = ranked(s, read.proxy ? withDocuments(s) : analysed(s), read, shown, alone);
  if (read.proxy) return texts.sentences;
  // "e a foto tem q ser como?", "o laudo precisa ter oq escrito?": asked what a thing must be like, the document that
  // names it says so ("Foto 3x4 recente…, mostrando o rosto", "Relatório médico com número do CRM…"), where the texts
  // only name it (round 2342). One or two documents holding every word of the thing; none shown already.
  const like = likeThing(read.q.folded);
  if (like.length > 0) {
    const own = new Set(quotable(s));
    const described = withDocuments(s).filter((a) => !own.has(a.sentence) && !shown.some((line) => line.includes(a.sentence)) && like.every((w) => holds(a, w, read.near)));
    if (described.length > 0 && described.length <= 2) return described.map((a) => a.sentence);
  }
  // "sou casada, levo qual certidão?", "que foto eu mando?": the fact may be one of the documents asked ("Certidão de
  // nascimento … ou de casamento (casados…)", "Foto recente e nítida da pessoa"). The documents are weighed with the
  // texts, and a document answers only when it holds more of the question than every sentence of the texts: where the
  // texts hold the question as well, they say what to do ("Para celular, informe o IMEI (fica na caixa…)"), and a
  // document only repeats the citizen's words ("Descrição dos bens levados (… IMEI do celular)").
  // "meu médico é particular, a receita dele serve?": where a step is done may be the only text that speaks of the case
  // ("Consultório do médico que acompanha o tratamento (SUS ou particular), para o LME e a receita"). A place answers
  // only when it holds three words of the question at least, and more than every sentence and document (round 2642).
  // The sentences and documents ranked once, when a place or a document may answer.
  let rankedAll: ReturnType<typeof ranked> | undefined;
  const withAll = (): ReturnType<typeof ranked> => (rankedAll ??= ranked(s, withDocuments(s), read, shown, alone));
  const placed = withPlaces(s).length > withDocuments(s).length ? ranked(s, withPlaces(s), read, shown, alone) : undefined;
  if (placed !== undefined && placed.held >= PLACE_HELD && placed.held > withAll().held) {
    const docs = new Set(withDocuments(s).map((a) => a.sentence));
    if (placed.sentences.every((x) => !docs.has(x))) return placed.sentences;
  }
  if (withDocuments(s).length === analysed(s).length) return texts.sentences;
  const all = withAll();
  const own = new Set(quotable(s));
  const docs = all.sentences.filter((x) => !own.has(x));
  // A document or cost line saying what was asked (a row of SCORING that prefers it: "Multa e juros, se o pagamento for
  // feito depois do vencimento" for "e se eu atrasar?") answers before a sentence that only holds the question's words
  // ("…se há IPVA atrasado de anos anteriores"), however many (round 4021).
  if (docs.length === 0 || (all.held <= texts.held && !(all.told && !texts.told))) return texts.sentences;
  // A document holding one word of the question only answers when the question asks which one of it ("que *foto* eu
  // mando?"): "e pra identidade é o mesmo?" on the CNH's 2nd copy is not answered by "Documento de identidade com foto".
  const which = analyze(WHICH.exec(read.q.folded)?.[1] ?? '');
  const asksWhich = (x: string): boolean => which.length > 0 && withDocuments(s).some((a) => a.sentence === x && which.every((w) => holds(a, w, read.near)));
  return all.held >= 2 || docs.every(asksWhich) ? all.sentences : texts.sentences;
}

/**
 * A payment told done with what comes now asked ("já paguei as contas, e agora?", "acabei de pagar pelo pix, o que
 * faço?"): read as the question put after paying ("depois de pagar, o que faço?"), so the card's sentence for after the
 * payment ("depois de pagar peça a religação") answers, as it does asked so (round 6342). The clause telling the payment
 * is left out: how it was paid ("pelo pix") is no word to find.
 */
const PAID = '(?:paguei|pagamos|quitei|quitamos|acab(?:ei|amos) de pagar)';
const PAID_NOW = new RegExp(`\\b${PAID}\\b`);
/** Words ending with a payment told done ("…já *paguei*", "*acabei de pagar*"): topics.ts reads the cost cue there so. */
export const PAID_ENDING = new RegExp(`(?:^| )${PAID}$`);
/** What comes now, asked ("e agora?", "o que faço?", "e depois?", "qual o próximo passo?"). */
export const NOW_ASKED = /\b(e agora|o (que|q) (eu )?(faco|fazer)|oq (eu )?(faco|fazer)|faco o (que|q)|e depois|e dai|proximo passo|qual o proximo)\b/;
function paidThenNow(question: string): string {
  const folded = fold(question);
  if (!PAID_NOW.test(folded) || !NOW_ASKED.test(folded) || AFTER_PAYING_ASKED.test(folded)) return question;
  // The clause telling the payment says how it was paid ("pelo pix"), not what is asked: it is left out.
  const rest = (question.match(/[^,.;:!?]+[,.;:!?]*/g) ?? []).filter((c) => !PAID_NOW.test(fold(c)));
  return ['Depois de pagar, o que faço?', ...rest].join(' ');
}

/**
 * A clause telling what the citizen means to do ("vou comprar um usado", "quero colocar kit gás", "a gente vai mudar de
 * cidade", "to pensando em abrir"): the reason to use the service, which its texts say too, not the fact that changes
 * the answer ("a escola fechou", "a multa foi aplicada pela prefeitura").
 */
const INTENT = /^(?:(?:e|mas|ta|ok|entao|olha|bom)\s+)*(?:(?:eu|a gente|nos|meu \w+|minha \w+)\s+)?(?:vou|vamos|vai|quero|queria|pretendo|planejo|(?:to|tou|estou|tamo|estamos) (?:pensando|querendo|planejando))\b/;
/**
 * A clause telling who the citizen is or what they work at ("sou motorista de app", "eu sou taxista", "trabalho de
 * uber"): whose case it is, as a plan is, not the thing asked about.
 */
const WHO_I_AM = /^(?:(?:e|mas|ta|ok|entao|olha|bom)\s+)*(?:eu\s+)?(?:sou|trabalho (?:de|como|com|no|na|pro|pra))\b/;
/** The shortest stem that names a thing by itself ("financ", "piracem"): shorter ones are the language's common words ("mesm", "mud", "sit"). */
const NAMING_STEM = 6;
/** How many times a sentence's own words must outweigh a sentence preferred for the kind of question to answer before it (see `ranked`). */
const OUTWEIGHS = 2;
/** How many of the question's words (none of the title) a sentence must hold to outweigh so. */
const OUTWEIGHING_WORDS = 3;
/** How much a word of the case told around the question weighs against one of the clause that asks. */
const STORY_WEIGHT = 1 / 3;

/**
 * Asking what a thing must be like ("e a foto tem q ser como?", "como deve ser a foto?", "o laudo precisa ter oq
 * escrito?", "o que tem que constar no laudo?"): the question's other words name the thing. Also what it must hold, said
 * last or before the thing ("e o relatório tem q ter o q?", "o que precisa ter na foto?", round 4222).
 */
const ASKS_LIKE = /\b((tem|tem que|tem q|precisa|deve|devem|precisam) (que |q )?ser como|como (e que |q )?(tem|precisa|deve|devem|precisam) (que |q )?ser|(tem|precisa|deve|devem|precisam) (que |q |de )?(ter|vir|estar|constar|dizer) (o que|oq|o q|que|q) (escrito|dizendo|constando)|(o que|oq|o q|que|q) (tem|precisa|deve) (que |q )?(constar|estar escrito|vir escrito|dizer)|(tem|precisa|deve|devem|precisam) (que |q |de )?(ter|conter) (o que|oq|o q|que|q)(?= *(?:[?!.,;]|$))|(o que|oq|o q|que|q) (tem|precisa|deve|devem|precisam) (que |q |de )?(ter|conter) (n[oa]s?|em)\b)\b/;
/** The thing asked what it must be like (ASKS_LIKE), by stem: the question's words besides the asking; none when not so asked. */
function likeThing(folded: string): string[] {
  const m = ASKS_LIKE.exec(folded);
  return m === null ? [] : analyze(folded.replace(m[0], ' ')).filter((x) => !ASKING_VERB.test(x));
}
/** Asking which one of a thing ("que foto", "qual certidão", "quais comprovantes"): the thing. */
const WHICH = /\b(?:qual|quais|que|q)\s+([a-z]{3,})/;

/** "depois", "após", by stem. */
const AFTER_STEMS: ReadonlySet<string> = new Set(analyze('depois apos'));
/** "depois de pagar", "após o pagamento": the word after "depois"/"após", past an article or "de"/"que". */
const AFTER_WORD = /\b(?:depois|apos)\s+(?:(?:de|do|da|dos|das|que|q|o|a|os|as)\s+)?([a-z]+)/g;
/**
 * Whether a sentence says "depois"/"após" of the event a question opens after ("e depois de pagar, …?": "depois *do
 * pagamento*, emite a certidão"), by stem or a stem it begins with: "depois dos 11 anos" is not after the donation
 * asked of ("dps de doar ganha lanche?"), and the question's "depois" is no word that sentence holds (round 3120).
 */
function afterSaid(folded: string, event: readonly string[]): boolean {
  return [...folded.matchAll(AFTER_WORD)].some((m) => analyze(m[1] ?? '').some((w) => event.some((e) => e.length >= 3 && w.length >= 3 && (w.startsWith(e) || e.startsWith(w)))));
}

/** The question as `ranked` reads it, once for every set of sentences it is weighed against. */
interface QuestionRead {
  near: NearStems;
  /** Asked whether someone else may do it (see ASKS_PROXY). */
  proxy: boolean;
  /** The question's words to find in a sentence. */
  asked: readonly string[];
  /** The words of the event the question opens after ("Depois de emitido, …?"): held, they weigh nothing. */
  event: readonly string[];
  /** Told, not asked (no question mark): the words the citizen says they do without ("sem registrar"), by stem. */
  without: readonly string[];
  /** The words only the clauses that tell the case hold, not the one that asks (`storyOf`). */
  story: readonly string[];
  q: Asked;
  /** The question opening after an event ("dps de doar …?"): the stems of "depois"/"após", and the event's, title or not. */
  opening: { after: ReadonlySet<string>; event: readonly string[] };
  /** The cues the question asks with (SCORING); each sentence is weighed against them only. */
  cues: readonly Cue[];
  /**
   * Each sentence as this question reads it (the question's words it holds, and the table's weighing), worked out on
   * the first `ranked` that meets it: `passages` ranks the card's texts, then the same sentences again with its documents.
   */
  seen: Map<CardSentence, { said: Said; weighed?: ReturnType<typeof weighCues> }>;
}

function readQuestion(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, question: string, topic: Topic | undefined): QuestionRead {
  const near = nearStemsOf(words.nearSynonyms);
  const folded = fold(question);
  const number = ASKS_NUMBER.test(folded);
  // Not asked for a number, a time told with one ("fechou faz mais de 20 anos") is the citizen's case, not a word to find.
  // Nor is how the case is put ("e se fosse mei, era o mesmo esquema?" asks about the MEI), nor money lacked ("tô sem
  // grana", round 6601).
  // "a terra é arrendada, serve?": the verb asking whether it fits is no word to find ("presta serviço").
  const missed = missedVerb(folded);
  const asked = [...new Set(analyze(asInfinitives(otherState(words.otherStates, (number ? folded : folded.replace(SPAN, ' ')).replace(PAST_TIME, ' ').replace(PUT, ' ').replace(MONEY_LACKED_TOLD, ' ').replace(OWED, (told) => debtRead(s, told)).replace(OWING, (_owing: string, thing: string) => debtRead(s, thing)).replace(BO, reportAsked(s, folded)).replace(DISAGREES, 'discordo').replace(NEXT_YEAR, 'proximo ano').replace(FAILED_TEST, 'reprovar $3')))))].filter((x) => !FITS.has(x) && !missed.includes(x));
  const q = askedAs(s, question, number, near, words.otherStates, topic);
  const without = isAsked(question) ? [] : [...folded.matchAll(/\bsem ([a-z]{4,})/g)].flatMap((m) => analyze(m[1] ?? ''));
  const opening = openingEvent(question);
  return { near, proxy: q.proxy, asked, without, event: q.event, opening: { after: opening.length > 0 ? AFTER_STEMS : new Set(), event: opening }, story: storyOf(question).filter((x) => asked.includes(x)), q, cues: SCORING.filter((c) => c.asks(q)), seen: new Map() };
}

/**
 * Failing a test, in the chat's words ("e se eu *rodar na prova*?", "rodei no exame", "bombei na prova"): failing, as the
 * card says it ("Em caso de reprovação, …"), round 5803. Only with the test named: "rodar" alone is driving.
 */
const FAILED_TEST = /\b(rod|bomb)(ar|ei|ou|e|asse|ando|aram|arem)\s+(n[oa]s?\s+(prova|provas|exame|exames|teste|testes|vistoria|pericia))\b/g;
/**
 * Not agreeing, said with "não" ("não concordo com a multa", "a gente não concorda"): disagreeing, as the card says it ("Se
 * discordar da multa, apresente defesa…"); read as "discordo" (round 3643, r34c).
 */
/**
 * The year to come, in the chat's words ("e pro *ano que vem*?", "ano q vem"): the next year, as the cards say it ("Para
 * o próximo ano, faça a inscrição no Cadastro Escolar", "estuda em escola que não oferece o próximo ano"); read as
 * "próximo ano" (round 6220). Not "ano seguinte": the re-enrolment's first sentence ("garante a vaga, no ano seguinte")
 * then outweighs its sentence on the case told.
 */
const NEXT_YEAR = /\bano (?:que|q) vem\b/g;
const DISAGREES = /\b(nao|n) (concordo|concorda|concordei|concordamos|concordam|concordar|concordou)\b/g;

/**
 * The words of the clauses that tell what the citizen means to do around the clause that asks ("vou comprar um usado,
 * dá pra ver se tá financiado?", "quero trocar a cor do carro, tenho que pedir antes?"), by stem: the clause with a
 * question mark asks, a clause of intent (INTENT) tells. None when no clause asks or none tells a plan.
 */
function storyOf(question: string): string[] {
  const clauses = [...question.matchAll(/[^,.;:!?]+[,.;:!?]*/g)].map((m) => m[0]);
  const asks = clauses.filter((c) => isAsked(c));
  const tells = clauses.filter((c) => !isAsked(c) && (INTENT.test(fold(c).trim()) || WHO_I_AM.test(fold(c).trim())));
  if (asks.length === 0 || tells.length === 0) return [];
  const asked = new Set(analyze(fold(asks.join(' '))));
  return [...new Set(analyze(fold(tells.join(' '))))].filter((x) => !asked.has(x));
}

/** `passages` over one set of sentences: the sentences quoted, and how many of the question's words (with the table's bonus) the best holds. */
function ranked(s: Service, every: readonly CardSentence[], read: QuestionRead, shown: readonly string[], alone: boolean): { sentences: string[]; held: number; told: boolean } {
  const { near, asked, event, story, q, cues, seen } = read;
  // Which of the question's words each sentence holds, once; a word's weight falls with the sentences holding it.
  const entries = every.map((a) => {
    let entry = seen.get(a);
    if (entry === undefined) {
      entry = { said: { ...a, words: asked.filter((x) => holdsKept(a, x, near) && (!read.opening.after.has(x) || afterSaid(a.folded, read.opening.event))) } };
      seen.set(a, entry);
    }
    return entry;
  });
  const held = entries.map((e) => e.said);
  // A word of the service's own title ("histórico" on the school records) says which service, not what about it: it
  // still counts as held, but weighs a quarter ("a escola fechou, como pego meu histórico?" is about the closed school).
  const title = titleStems(s);
  // "Depois de emitido, …?": the event's words say when, not what to find; held, they weigh nothing (`afterEvent`
  // weighs what the card tells after it).
  const weight = new Map(asked.map((x) => {
    const n = held.filter((h) => h.words.includes(x)).length;
    return [x, n === 0 || event.includes(x) ? 0 : Math.log((every.length + 1) / n) * (title.has(x) ? 0.25 : 1)];
  }));
  // The words of the clause that asks say what to find; those of the case told around it ("vou comprar um usado, …")
  // say whose case, and weigh a third, while the clause that asks holds a word of the texts not of the title.
  const asking = story.length < 2 ? [] : asked.filter((x) => !story.includes(x) && !title.has(x) && !ASKING_VERB.test(x) && (weight.get(x) ?? 0) > 0);
  if (asking.length > 0) for (const x of story) weight.set(x, (weight.get(x) ?? 0) * STORY_WEIGHT);
  // `alone`: no field's answer goes with the quote, and a message with one word of the service's texts ("ah mas eu
  // sou mei" on closing a company) is answered by the one or two sentences that hold it.
  // Told what the citizen does not want ("Quero só orientação por enquanto, *sem registrar*."), the word after "sem" is
  // no word the answer must hold: the one word left may be answered alone (round 2384).
  const present = asked.filter((x) => (weight.get(x) ?? 0) > 0 && !read.without.includes(x));
  const least = alone && present.length === 1 ? 1 : 2;
  const scored = entries.flatMap((entry) => {
    const x = entry.said;
    const { sentence, words } = x;
    if (shown.some((line) => line.includes(sentence))) return [];
    const { bonus, score, prefer } = (entry.weighed ??= weighCues(cues, q, x));
    // Told a case, a word of the clause that asks counts twice: "… dá pra ver se tá *financiado*?" is answered by the
    // sentence that holds it alone ("restrições (financiamento, …)").
    const count = words.length + words.filter((w) => asking.includes(w) && w.length >= NAMING_STEM).length;
    if (count + bonus < least) return [];
    return [{ sentence, held: words.length + bonus, score: words.reduce((sum, w) => sum + (weight.get(w) ?? 0), 0) + score, own: words.reduce((sum, w) => sum + (q.negated.includes(w) ? 0 : (weight.get(w) ?? 0)), 0), named: words.filter((w) => !q.negated.includes(w) && !title.has(w)).length, quantity: prefer.has('unit') ? 2 : prefer.has('number') ? 1 : 0, unnamed: prefer.has('told') ? 1 : 0, firm: prefer.has('firm'), together: prefer.has('together'), onCase: q.negated.length > 0 && ASKS_WHAT_COMES.test(q.folded) && negatedHeld(x, q), asks: score >= 2 || words.some((w) => asking.includes(w)) }];
  });
  // "vou levar 3 cavalo numa cavalgada, precisa de exame?": told a case, a sentence holding only the case's words ("…animais
  // vivos, como bois, cavalos…") says whose case, not what is asked; one holding a word of the clause that asks
  // ("…exames de anemia infecciosa e mormo em equinos") answers, while there is one (round 3820). A sentence a row of
  // SCORING weighs for the kind of question ("A troca só de cor segue regra própria" for "vou só mudar a cor, preciso
  // de autorização?") still answers by the case.
  const answers = asking.length > 0 && scored.some((x) => x.asks) ? scored.filter((x) => x.asks) : scored;
  // Asked for a number, a sentence without one does not answer while another has one.
  // And one in the unit asked ("quantos pontos?": "40 pontos"), while one has it, over a number in another ("12 meses").
  const most = Math.max(0, ...answers.map((x) => x.quantity));
  const counted = answers.filter((x) => x.quantity === most);
  // Asked whether it may be anonymous, how it is followed, whether one must say why, or why it matters, likewise a sentence that does not say.
  // "e se eu não atualizar, dá multa?": asked what comes of a case put in the negative, the sentence that speaks of that
  // very case ("Deixar o cadastro desatualizado é infração", "Circular sem licenciamento…") answers before one that only
  // holds the consequence's word ("…chegam as notificações de multa"), round 5800.
  const feared = counted.some((x) => x.onCase) ? counted.filter((x) => x.onCase) : counted;
  // A sentence a row prefers for the kind of question answers before the others, unless one holds three of the
  // question's own words at least (none of the title, none of a case put in the negative: "ele não tem conta gov.br, tem
  // outro jeito?") and weighs, on them alone, twice as much as the preferred one in all: "Ouvi que a credencial tem que
  // ser refeita toda vez que o preso é transferido. Confere?" is answered by "…uma credencial válida por um ano, que não
  // precisa ser refeita se o preso for transferido", not by the condition on who may visit. Not a row saying the very
  // thing asked of (`firm`: "Nem toda UAI oferece todos os serviços", "O pagamento é feito pela Caixa", "…após a
  // confirmação do pagamento" for "consigo emitir depois de pagar?") (round 6201).
  const preferred = feared.filter((x) => x.unnamed > 0);
  const strongest = Math.max(1, ...preferred.map((x) => x.score));
  const outweighing = preferred.length > 0 && !preferred.some((x) => x.firm) ? feared.filter((x) => x.unnamed === 0 && x.named >= OUTWEIGHING_WORDS && x.own >= OUTWEIGHS * strongest) : [];
  const answering = outweighing.length > 0 ? outweighing : preferred.length > 0 ? preferred : feared;
  const best = Math.max(...answering.map((x) => x.score));
  // Three or more tied (too many to quote), the sentences whose opening condition holds a word of the question (none of
  // the title) answer before those holding it elsewhere: "e se a escola q eu estudei fechou?" is the case of "Se a escola
  // foi fechada, procure a SRE…", not of who may ask ("Quem estudou em escola estadual…") (round 6301). Not a condition
  // put in the negative. Two tied are both quoted, as before ("e se eu for mei, muda algo?": the MEI spelt out, and
  // "Se for MEI, use o Portal do Empreendedor").
  const even = answering.filter((x) => x.score === best);
  const cased = even.length > 2 ? even.filter((x) => conditionHolds(held.find((y) => y.sentence === x.sentence), title)) : [];
  // Two sentences of a row read together (`together`), and no other preferred: both answer, in the card's order (round 6341).
  const together = answering === preferred && preferred.length === 2 && preferred.every((x) => x.together);
  const tied = together ? preferred : cased.length > 0 && cased.length < even.length ? cased : even;
  // A step's title tied with the texts' own sentences gives way to them: it only says again what they say.
  const titles = new Set(s.steps.map((st) => st.title.trim()));
  // So does a title tied with a sentence of its own step: quoted, the title comes with that very text.
  const ownStep = (x: { sentence: string }): boolean => s.steps.some((st) => st.title.trim() === x.sentence && tied.some((y) => y !== x && st.description.includes(y.sentence)));
  const top = tied.length > 2 ? tied.filter((x) => !titles.has(x.sentence)) : tied.filter((x) => !ownStep(x));
  const out = (xs: readonly { sentence: string; held: number; unnamed: number }[]): { sentences: string[]; held: number; told: boolean } => ({ sentences: withThingBefore(s, xs.map((x) => x.sentence)), held: Math.max(0, ...xs.map((x) => x.held)), told: xs.some((x) => x.unnamed > 0) });
  if (top.length <= 2) return out(top);
  // Three or more still tied on two words of the question at least, none of the title ("da numero de protocolo?" on the
  // SUS ombudsman: three sentences hold "número de protocolo"): the shortest says most about the words asked, as a search
  // weighs a shorter text holding them higher ("Você recebe um número de protocolo para acompanhar a resposta."); none
  // when the shortest tie too, or when the words tied on are one, or the title's ("pedido de informação").
  const wordsOf = (x: { sentence: string }): string[] => (held.find((h) => h.sentence === x.sentence)?.words ?? []).filter((w) => !title.has(w));
  // Or tied on saying what was asked (three sentences say the call is anonymous): likewise the shortest, in words and
  // then in letters.
  const told = top.every((x) => x.unnamed > 0);
  if (top.some((x) => wordsOf(x).length < 2) && !told) return out([]);
  const length = (x: string): number => x.split(/\s+/).length + (told ? x.length / 1000 : 0);
  const shortest = Math.min(...top.map((x) => length(x.sentence)));
  const short = top.filter((x) => length(x.sentence) === shortest);
  return out(short.length === 1 ? short : []);
}

/** The sentence opens with a condition, not in the negative, that holds one of the question's words not of the title. */
function conditionHolds(x: Said | undefined, title: ReadonlySet<string>): boolean {
  const condition = x?.condition;
  return x !== undefined && condition !== undefined && x.otherCase.length === 0 && x.words.some((w) => !title.has(w) && condition.has(w));
}

/**
 * A sentence leaving its thing out ("Para baixa e para mudanças só de sócios ou capital, em geral não é preciso.") quoted
 * after the sentence before it, which names the thing ("…faça antes a consulta de viabilidade…"): alone, it does not say
 * what is not needed (round 6202).
 */
function withThingBefore(s: Service, sentences: readonly string[]): string[] {
  const every = quotable(s);
  return sentences.flatMap((x) => {
    const before = LEAVES_THING_OUT.test(x) ? every[every.indexOf(x) - 1] : undefined;
    return before !== undefined && !sentences.includes(before) ? [before, x] : [x];
  });
}

/**
 * Of the sentences quoted with a topic's answer, those that say what the topic asks for the case the question names
 * ("e pro mei paga alguma coisa?": "Para ser MEI, … é feito de graça…"): they answer before the topic's general answer.
 */
export function topicCaseSentences(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, question: string, topic: Topic, quoted: readonly string[]): string[] {
  if (TOPIC_SAYS[topic] === undefined) return [];
  const near = nearStemsOf(words.nearSynonyms);
  // Only the topic and the case words are read (as `askedAs` reads them), not the whole question.
  const q = { topic, caseWords: caseWordsOf(s, fold(question), topic) };
  const asked = [...new Set(analyze(fold(question)))];
  return quoted.filter((sentence) => {
    const a = withDocuments(s).find((y) => y.sentence === sentence);
    return a !== undefined && topicForCase({ ...a, words: asked.filter((x) => holdsKept(a, x, near)) }, q);
  });
}

/** The stems of the verbs a question asks with ("precisa", "consigo", "poderia", "gostaria"): no word of what is asked. */
const ASKING_VERB = /^(precis|consig|consegu|poderi|gostari|queri|pergunt|dever|devem|tenho|temos)/;
/** The verb asking whether something fits ("serve?", "isso serve pra mim?"), by stem: no word of what is asked. */
const FITS: ReadonlySet<string> = new Set(['serv']);
/** The sentences of the texts and each document asked ("contrato de arrendamento, parceria ou comodato"), with their stems, once per service. */
const withDocuments = memo((s: Service): CardSentence[] => {
  const texts = new Set(quotable(s));
  // A step's cost lines are the card's own text too ("Apostila … e tradução juramentada são pagas pelo interessado",
  // "Declaração retificadora … tem taxa de expediente"): weighed as its documents are (round 2364).
  const docs = [...new Set(s.steps.flatMap((st) => [...st.documents, ...st.costs.map((c) => c.description.trim())]))].filter((d) => d !== '' && !texts.has(d));
  return [...analysed(s), ...docs.map(cardSentence)];
});

/** The card's sentences and documents, then where each step is done (its channels' descriptions), once per service. */
const withPlaces = memo((s: Service): CardSentence[] => {
  const before = new Set(withDocuments(s).map((a) => a.sentence));
  const places = [...new Set(s.steps.flatMap((st) => st.channels.map((c) => c.description.trim())))].filter((d) => d !== '' && !before.has(d));
  return [...withDocuments(s), ...places.map(cardSentence)];
});
/** How many of the question's words a place must hold to answer it (see `passages`). */
const PLACE_HELD = 3;

/** The acronyms the service's texts and documents write in capitals ("CRV", "PRF", "LME"), by stem, once per service. */
const acronymsOf = memo((s: Service): ReadonlySet<string> => new Set(withDocuments(s).flatMap((a) => [...a.sentence.matchAll(/\b[A-Z]{2,5}\b/g)].flatMap((x) => analyze(x[0])))));

/** A word written in capitals, as an acronym is ("UAI", "SRE"). */
const CAPITALS = /(?<!\p{L})\p{Lu}{2,5}(?!\p{L})/u;
/** How many sentences may hold the one word of the card a question holds, for `rarePassages` to quote the best of them. */
const MOST_HOLDING_ALONE = 4;

/** Adverbs of place, time and degree whose stems have four letters ("perto", "logo", "muito"): they name no thing of a card. */
const SHORT_NOT_THING: ReadonlySet<string> = new Set(['perto', 'longe', 'logo', 'cedo', 'tarde', 'muito', 'pouco', 'junto', 'dentro', 'fora', 'agora', 'sempre', 'nunca', 'depois', 'quase', 'certo', 'tanto'].flatMap((w) => analyze(w)));

/** The stems `rarePassages` weighs: of four letters or more (or an acronym of the card), none of the title, no span of time. */
function rareAsked(s: Service, words: Pick<Catalogue, 'otherStates'>, question: string): string[] {
  const title = titleStems(s);
  const acronyms = acronymsOf(s);
  return [...new Set(analyze(otherState(words.otherStates, fold(question).replace(SPAN, ' ').replace(PAST_TIME, ' ').replace(PUT, ' '))))].filter((x) => (x.length >= 4 || acronyms.has(x)) && !title.has(x));
}

/**
 * Whether every long word of a situation told (five letters or more, no verb of asking) is held by some sentence of
 * the card: "fiz tatuagem mes passado" on the blood donation ("tatuagem recente"), not "meu carro é elétrico" on the
 * IPVA, whose card speaks of cars but never of electric ones, so that a sentence holding "carro" says nothing of it.
 */
export function toldAllHeld(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, told: string): boolean {
  const near = nearStemsOf(words.nearSynonyms);
  const every = withDocuments(s);
  const long = rareAsked(s, words, told).filter((x) => x.length >= 5 && !ASKING_VERB.test(x));
  return long.length > 0 && long.every((x) => every.some((a) => holds(a, x, near)));
}

/**
 * A case told in the message that opens a card, by a word no other card's texts hold, that one sentence of this card
 * holds and its title, names and description do not: "quero doar sangue mas fiz uma tatuagem mes passado" opens the
 * blood donation, whose step on who may give names "tatuagem recente" (round 6460). That sentence is said under the
 * card; none when the word is shared (it may name another service, or nothing in particular) or the card shows it.
 */
export function caseOnOpening(s: Service, others: readonly Service[], words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, said: string): string[] {
  const near = nearStemsOf(words.nearSynonyms);
  const own = new Set([...subjectStems(s), ...analyze([...s.popularNames, ...s.keywords].join(' '))]);
  const shown = fold([s.description, ...s.requesters.map((r) => r.requirements ?? '')].join(' '));
  const found: string[] = [];
  for (const x of rareAsked(s, words, said)) {
    if (x.length < 6 || ASKING_VERB.test(x) || own.has(x)) continue;
    const holding = withDocuments(s).filter((a) => holds(a, x, near));
    const sentence = holding.length === 1 ? holding[0]?.sentence : undefined;
    if (sentence === undefined || found.includes(sentence) || shown.includes(fold(sentence))) continue;
    if (others.some((o) => o.id !== s.id && withDocuments(o).some((a) => holds(a, x, near)))) continue;
    found.push(sentence);
  }
  return found.slice(0, 2);
}

/**
 * The retrieval under `passages`, for a question that holds one word of the service's texts only: the word, not of the
 * service's title and of four letters at least, that one or two of its sentences hold (the rarer a word, the more it
 * says which sentence: "na piracema pode?" on the fishing licence, "e do ipsemg reclamo no mesmo lugar?" on the SUS
 * ombudsman). Sentences are weighed as a search weighs texts (BM25: a rare word weighs more, a shorter sentence holding
 * it more than a longer one); the best one is quoted (two when they tie); none among `shown`, none when no such word.
 */
export function rarePassages(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, typed: string, shown: readonly string[] = [], least = 1, topic?: Topic): string[] {
  const question = spelledOut(typed);
  // Asked whether someone may do it for the citizen ("a concessionária pode fazer por mim?"): who may ask answers that.
  if (asksProxy(question)) return [];
  const near = nearStemsOf(words.nearSynonyms);
  const every = withDocuments(s);
  // An acronym the card writes in capitals ("perdi o crv", "foi a prf") says which sentence as a long word does.
  const acronyms = acronymsOf(s);
  const asked = rareAsked(s, words, question);
  // Too few words and no topic's answer shown (see `least` below): nothing to weigh.
  if (asked.length < least && topic === undefined) return [];
  const held = every.map((a) => ({ sentence: a.sentence, length: a.own.size, words: asked.filter((x) => holdsKept(a, x, near)) }));
  // A rare word of five letters at least, or of four that names a thing ("pelo *banco*?", "tivesse *vencida*?", round
  // 3240): a shorter one says little ("mei" as read), nor does a word of how one asks or where ("no *mesmo* lugar",
  // "*perto* de perder"); nor a verb of asking ("ela *precisa* ir junto?" holds "não precisa levar foto" on the identity card).
  // With no topic's answer (the last reader before "não tenho essa informação"), a word of the card held by three or four
  // sentences says which as well, when it is the only word of the question the card holds ("eles ficam com meus
  // *originais*?": "os originais devolvidos", the shortest, round 3240); not beside another word of the card ("Tem
  // *unidade* do Sine nas *UAI*?").
  const generic = genericStems(GENERIC_WORDS);
  const holders = (x: string): number => held.filter((h) => h.words.includes(x)).length;
  // Not when the question names a thing in capitals ("Tem unidade do Sine nas *UAI*?"): what it asks of that thing is no
  // sentence holding "unidade" (and the analyser reads "uai" as the interjection).
  const onlyHeld = (x: string): boolean => topic === undefined && asked.every((y) => y === x || holders(y) === 0) && !CAPITALS.test(typed);
  const rare = asked.filter((x) => {
    const n = holders(x);
    const long = x.length >= 5 || (topic === undefined && x.length === 4 && !generic.has(x) && !SHORT_NOT_THING.has(x));
    return (long || acronyms.has(x)) && !ASKING_VERB.test(x) && !FITS.has(x) && n >= 1 && n <= (onlyHeld(x) ? MOST_HOLDING_ALONE : 2);
  });
  if (rare.length === 0) return [];
  // `least`: the words the question must hold (with a topic's answer, the topic's own word is one: "qual o número?").
  // With a topic's answer shown, a rare word that names a thing by itself (NAMING_STEM), that no line shown holds and that
  // is no noun naming the topic's field (its weak cues: "documentos", "direito", "valor") is what the answer misses ("e
  // dá desconto?" on the fines' cost, "É gratuito"): it says which sentence alone, when that sentence says what the
  // topic asks (TOPIC_SAYS: "pode ter desconto ao pagar"). Not "qual o número?" on the telephones: a short stem.
  const field = topic === undefined ? undefined : fieldNouns(TOPICS).get(topic);
  const says = topic === undefined ? undefined : TOPIC_SAYS[topic];
  const missed = (x: string): boolean => x.length >= NAMING_STEM && field?.has(x) !== true && !shown.some((line) => holdsWord({ stems: new Set(analyze(fold(line))) }, x));
  const alone = asked.length < least;
  if (alone && !(field !== undefined && says !== undefined && rare.some(missed))) return [];
  const mean = held.reduce((sum, h) => sum + h.length, 0) / Math.max(1, held.length);
  const idf = (x: string): number => Math.log(1 + (every.length - held.filter((h) => h.words.includes(x)).length + 0.5) / (held.filter((h) => h.words.includes(x)).length + 0.5));
  // BM25 with each word held once: k1 = 1.2, b = 0.75.
  const scored = held.flatMap((h) => {
    if (shown.some((line) => line.includes(h.sentence))) return [];
    const hits = h.words.filter((x) => rare.includes(x));
    if (hits.length === 0) return [];
    const norm = (1.2 + 1) / (1 + 1.2 * (1 - 0.75 + (0.75 * h.length) / mean));
    return [{ sentence: h.sentence, score: h.words.reduce((sum, x) => sum + idf(x) * norm, 0) }];
  });
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best).map((x) => x.sentence);
  if (alone && !top.every((x) => says?.test(fold(x)) === true)) return [];
  return top.length <= 2 ? withThingBefore(s, top) : [];
}

/**
 * The sentences `passages` quotes that hold two words of the question at least, each of four letters or more, none a
 * word of the service's title nor a verb of asking: sure enough to answer a question no topic asks (round 1400).
 */
export function surePassages(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, question: string): string[] {
  const near = nearStemsOf(words.nearSynonyms);
  const title = titleStems(s);
  const asked = [...new Set(analyze(fold(question)))].filter((x) => x.length >= 4 && !title.has(x) && !ASKING_VERB.test(x));
  const every = withDocuments(s);
  const found = passages(s, words, question);
  // "quando o registro sair, o processo acaba ali?": asked what is left, the card's last step says it, in words of its own
  // (round 5801).
  if (ASKS_LEFT.test(fold(question))) return found;
  // Every sentence quoted holds them: a tie with one that holds fewer is no sure answer.
  return found.every((x) => {
    const a = every.find((y) => y.sentence === x);
    return a !== undefined && asked.filter((w) => holds(a, w, near)).length >= 2;
  }) ? found : [];
}

/**
 * Asking the name of a thing of the card ("qual é o nome do formulário?", "qual o nome do sistema q eu uso?", "como se
 * chama esse programa?"): the thing's word, folded (round 4022).
 */
const NAME_ASKED = /\b(?:qual|q|que) (?:e |eh |era |seria )?(?:o )?nome d(?:o|a|esse|essa|este|esta|aquele|aquela) ([a-z]{4,})|\bcomo (?:e que |q )?(?:se )?chamam? (?:o |a |esse |essa |este |esta |aquele |aquela )([a-z]{4,})/;
/** Words that may stand inside a proper name ("Formulário *de* Identificação *do* Condutor"). */
const NAME_GLUE: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das', 'e']);

/** Whether the sentence gives the thing (by stem) its proper name: the word capitalised with a capitalised word after it, or an acronym in brackets after it. */
function namesThing(sentence: string, stem: string): boolean {
  const words = sentence.split(/\s+/);
  return words.some((w, i) => {
    if (analyze(w)[0] !== stem) return false;
    const next = words.slice(i + 1).find((x) => !NAME_GLUE.has(x)) ?? '';
    return /^\(\p{Lu}{2,}/u.test(next) || (/^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(next));
  });
}

/**
 * Asked the name of a thing and nothing else: what follows the thing only says what it is for the citizen ("qual o nome do
 * sistema *q eu uso*?", "como chama o formulário *pra indicar*?"), so its words name no other service.
 */
export function onlyNameAsked(question: string): boolean {
  const folded = fold(question);
  const m = NAME_ASKED.exec(folded);
  return m !== null && /^(?: (?:que|q|onde|pra|para)\b.*)?$/.test(folded.slice(m.index + m[0].length));
}

/**
 * The card's sentence that names the thing whose name is asked (NAME_ASKED): "A indicação é feita pelo Formulário de
 * Identificação do Condutor Infrator (FICI)…" for "qual é o nome do formulário?"; the shortest when several do, none
 * when none does or the question asks no name.
 */
export function namedThingSentences(s: Service, question: string): string[] {
  const m = NAME_ASKED.exec(fold(question));
  const stem = analyze(m?.[1] ?? m?.[2] ?? '')[0];
  if (stem === undefined) return [];
  const found = withDocuments(s).map((a) => a.sentence).filter((x) => namesThing(x, stem));
  const shortest = Math.min(...found.map((x) => x.length));
  return found.filter((x) => x.length === shortest).slice(0, 1);
}

/** A clause opening with a case ("mesmo que ele não dirija", "se eu não tiver…", "e caso ela…"). */
const CASE_OPENER = /^(e |mas )?(mesmo que|mesmo se|ainda que|se|caso)\b/;

/**
 * "Mesmo que ele não dirija, o carro pode ficar no meu nome?" on the IPVA exemption: the sentences `passages` quotes
 * (two words held at least) that hold a word of the citizen's case, said in a clause of its own ("para quem não
 * dirige; nesse caso o veículo pode estar em nome do representante legal"); none when no clause tells a case.
 */
export function caseSentences(s: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, question: string): string[] {
  const near = nearStemsOf(words.nearSynonyms);
  const title = titleStems(s);
  const clauses = question.split(/[,;.!?]+/).map(fold).filter((c) => CASE_OPENER.test(c));
  const told = [...new Set(clauses.flatMap((c) => analyze(c)))].filter((x) => x.length >= 4 && !title.has(x));
  if (told.length === 0) return [];
  const every = withDocuments(s);
  return passages(s, words, question).filter((x) => {
    const a = every.find((y) => y.sentence === x);
    return a !== undefined && told.some((w) => holds(a, w, near));
  });
}

/** A question about the last day one may ask ("até quando posso dar entrada?", "qual o último dia?"). */
const ASKS_DEADLINE = /\b(ate quando|ate que dia|ate q dia|ate qual dia|ate que data|ate q data|ultimo dia|data limite|prazo final|prazo para (pedir|dar entrada|solicitar|registrar|fazer)|perdi o prazo|passou o prazo|fora do prazo|(medo|receio) de (eu )?(perder|passar|estourar) (o |do )?prazo)\b/;
/** Whether there is still time to ask ("faz 5 mes, ainda da tempo de pedir?", "ainda to no prazo?"): a deadline question too. */
const ASKS_STILL_TIME = /\b((ainda|inda) (da|dah|dara|tem|ha) tempo|(ainda|inda) (to|estou|esta|ta) (no|dentro do) prazo|ja passou (o|do) prazo|ja perdi o prazo)\b/;
/**
 * Whether one still can, said with how long ago it happened ("ja faz 2 meses, ainda da?", "foi a 40 dias, ainda posso
 * fazer?", "aconteceu mes passado, ainda consigo registrar?"): whether there is still time, a deadline question too.
 * Without the time gone by, "ainda posso?" may weigh any condition ("tenho 70 anos, ainda posso renovar?").
 */
// "fiz o bo faz 2 meses, ainda serve?": whether what was done still serves is whether it is still in time too.
// Put as a case ("e se fosse faz 40 dias, ainda dava?"), the verb in the imperfect asks the same.
// "ainda rola?", and "ainda" after the verb ("da pra fazer online ainda?", "consigo registrar pela internet ainda?") (round 3121).
const STILL_VERB = '(da|dah|daria|dava|consigo|conseguiria|conseguia|posso|poderia|podia|pode|podemos|aceita|aceitam|aceitava|vale|valeria|valia|serve|servem|servia|rola|e possivel|tenho direito)';
const STILL_ABLE = new RegExp(`\\b(ainda|inda) ${STILL_VERB}\\b|\\b${STILL_VERB}( \\w+){0,4} (ainda|inda)\\b`);
/** A count of days, weeks, months or years told, in figures or words ("3", "tres", "noventa"): TIME_GONE, THING_DATED, handlers.ts. */
export const COUNT_TOLD = '(\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|quarenta|sessenta|noventa)';
const TIME_GONE = new RegExp(`\\b((faz|fazem|ha|a|tem|ja|vai fazer|quase|uns|umas|mais de) (uns |umas |quase |mais de )?${COUNT_TOLD} (dias?|semanas?|mes|meses|anos?)|(mes|semana|ano) passad[oa]|anteontem|ontem)\\b`);
const stillAbleSince = (folded: string): boolean => STILL_ABLE.test(folded) && TIME_GONE.test(folded);
/**
 * How long ago a thing was done or dated, told ("o bo é de 3 meses atrás", "fiz o boletim faz 50 dias", "registrei há
 * 2 meses"): said on a card with a deadline counted from it, whether it is still in time (see datedOwnThing in handlers.ts).
 */
const THING_DATED = new RegExp(`\\b((e|eh|foi|era|fiz|registrei|tirei|fizemos|registramos) (\\w+ ){0,2}(de|ha|a|faz) (uns |umas |quase |mais de )?${COUNT_TOLD} (dias?|semanas?|mes|meses|anos?)|${COUNT_TOLD} (dias?|semanas?|mes|meses|anos?) atras)\\b`);
export const thingDated = (question: string): boolean => THING_DATED.test(fold(question));

/**
 * How much time one has left to ask or act ("tenho quanto tempo pra dar entrada?", "quantos dias eu tenho para pedir?"):
 * the time the citizen has, not the time the service takes, so a deadline question too.
 */
const ASKS_TIME_LEFT = /\b((tenho|tem|temos|teria|tinha) (quanto tempo|quantos dias|quantos meses|qto tempo|qts dias)|(quanto tempo|quantos dias|quantos meses|qto tempo|qts dias) (eu |a gente |o trabalhador |a pessoa )?(tenho|tem|temos|teria|tinha)) (de prazo )?(pra|para|p) \w+/;
/**
 * The same asked bare, by the one who has the time ("tenho quanto tempo?", "quantos dias eu tenho?", "e a gente tem
 * quanto tempo?"): the first person having time is the citizen's own deadline, never the time the service takes.
 */
const ASKS_MY_TIME = /\b((eu |a gente )?(tenho|temos|teria|tinha)|a gente tem) (quanto tempo|qnto tempo|qto tempo|quantos dias|qts dias|quantos meses)( de prazo)?( (pra|para|p) (isso|isso ai|fazer isso|fazer))?$|\b(quanto tempo|qnto tempo|qto tempo|quantos dias|qts dias|quantos meses) (eu |a gente )?(tenho|temos|teria|tinha)( de prazo)?( (pra|para|p) (isso|isso ai|fazer isso|fazer))?$/;
/**
 * A sentence giving such a deadline, with its number ("O prazo para pedir é do 7º ao 120º dia…", "em até 60 dias da
 * venda", "O comprador tem 30 dias a partir da venda para transferir").
 */
const DEADLINE = /\b(prazo para|ate \d+ (dias|meses) (depois|apos|do|da|de|a partir)|em ate \d+ (dias|meses)|dentro de \d+ (dias|meses)|tem \d+ (dias|meses) (a partir|depois|apos|para|pra))\b/;

/**
 * A deadline to act, said with "prazo pra" and the act ("tem prazo pra avisar o detran?", "qual o prazo pra pedir?",
 * "prazo p recorrer", "tem prazo pra passar pro meu nome?"): the verbs of telling, asking, paying, appealing, handing
 * in or putting in one's name that a citizen must do in time.
 */
const ASKS_DEADLINE_TO_ACT = /\bprazo (pra|para|p|de) (avisar|comunicar|informar|pedir|solicitar|dar entrada|registrar|fazer|pagar|recorrer|indicar|transferir|entregar|declarar|renovar|regularizar|apresentar|enviar|mandar|requerer|(passar|botar|colocar|por) (pro|pra o|para o|no|em) (meu |seu |nome))\b/;

/**
 * Any other act said in the infinitive after "prazo pra" ("qual o prazo pra licenciar?", "prazo pra emplacar"): the act.
 * A deadline question when the act is the service itself (its title holds it: "licenciar" on "Licenciamento anual"),
 * or when a sentence giving a deadline holds it; "prazo pra sacar" on the unemployment insurance is not the deadline
 * to ask for it (round 2361).
 */
const ACT_DEADLINE = /\bprazo (?:pra|para|p|de) (?:eu |a gente )?([a-z]{2,}[aei]r)\b/;
/**
 * Whether there is a deadline at all, asked bare ("tem prazo?", "existe algum prazo pra isso?"): a deadline question.
 * "tem prazo pra sair?" asks how long the service takes, and is not one.
 */
// A thing named after it ("tem prazo pro bo?", "existe prazo pra inscrição?"): a noun, not an act (see ACT_DEADLINE).
const ASKS_ANY_DEADLINE = /\b((tem|ha|existe|tenho|temos|(eu|a gente) tem) (algum |um )?prazo|qual (e )?(o )?prazo|(e se|se) (eu )?(perder|perdi|passar|passei) (o |do )prazo)( (pra|para|p) (isso|isso ai|fazer isso|fazer)| (pro|pros|pra|pras|para o|para a|do|da|de) (meu |minha |o |a )?[a-z]+(?<!ar|er|ir))?$/;
/**
 * A sentence saying the deadline is the one a notice or decision gives ("dentro do prazo da notificação", "no prazo
 * informado na decisão", "dentro do prazo nela informado"): a deadline told without a number of days.
 */
const DEADLINE_TOLD = /\b(dentro do|no) prazo (da|do|nela|nele|indicado|informado|legal)\b|\bate (a data de |a data do |o )?vencimento\b/;
/**
 * How long something may stay or be left ("qto tempo pode ficar la?" of a car in the yard, "quantos dias posso deixar?"):
 * a limit in time, so a deadline question too.
 */
const ASKS_STAY = /\b(quanto tempo|qto tempo|qnto tempo|quantos dias|quantos meses|ate quando) (\w+ ){0,2}(pode|posso|podem|consigo|da pra|da para) (ficar|deixar|permanecer)\b/;

/**
 * Asked until when one may ask, the sentences of the service's texts that give a deadline with its number (the time
 * field says how long the service takes, not until when it may be asked for); at most two, none among `shown`.
 */
export function deadlines(s: Service, question: string, shown: readonly string[] = []): string[] {
  const f = fold(question);
  const asks = [ASKS_DEADLINE, ASKS_STILL_TIME, ASKS_TIME_LEFT, ASKS_DEADLINE_TO_ACT, ASKS_STAY, THING_DATED].some((re) => re.test(f)) || stillAbleSince(f) || [ASKS_MY_TIME, ASKS_ANY_DEADLINE].some((re) => re.test(f.trim()));
  const act = asks ? [] : analyze(ACT_DEADLINE.exec(f)?.[1] ?? '');
  if (!asks && act.length === 0) return [];
  // A cost's own line may give one ("Gratuita em caso de furto ou roubo, com boletim de ocorrência registrado em até 60 dias").
  const costs = s.steps.flatMap((st) => st.costs.map((c) => c.description));
  const every = [...new Set([...sentences(s), ...costs])].filter((x) => !shown.some((line) => line.includes(x)));
  // Another act than the service itself: only the sentences that hold it.
  const own = act.some((x) => holdsWord({ stems: titleStems(s) }, x));
  const unseen = asks || own ? every : every.filter((x) => act.some((w) => holdsWord({ stems: new Set(analyze(asInfinitives(x))) }, w)));
  const dated = unseen.filter((x) => DEADLINE.test(fold(x)) && /\d/.test(x));
  // "ate quando eu tenho q licenciar": with no deadline told in days, the sentence saying the deadlines follow a
  // calendar ("O prazo varia conforme o final da placa, em calendário publicado todo ano").
  const scheduled = unseen.filter((x) => SCHEDULE.test(fold(x)) && !dated.includes(x));
  // "tem prazo?" on the driver's indication: the deadline is the one the notice gives.
  const told = unseen.filter((x) => DEADLINE_TOLD.test(fold(x)) && !dated.includes(x) && !scheduled.includes(x));
  return [...dated, ...scheduled, ...told].slice(0, 2);
}
/** A sentence saying the deadlines are set by a calendar, published apart ("em calendário publicado todo ano"). */
const SCHEDULE = /\b(calendario|cronograma)\b/;

/** Sentences whose folded words match `pattern` (at most `max`). */
function quote(s: Service, pattern: RegExp, max = 3): string[] {
  return sentences(s)
    .filter((x) => pattern.test(fold(x)))
    .slice(0, max);
}

function cost(s: Service): Answer {
  const seen = new Set<string>();
  const lines: string[] = [];
  let variable = false;
  for (const c of s.steps.flatMap((st) => st.costs)) {
    if (seen.has(c.description)) continue;
    seen.add(c.description);
    if (c.variable) variable = true;
    const saysFree = /\bgratuit/.test(fold(c.description));
    // On a free service, a bare "Gratuito" line repeats the answer; a note such as "ninguém pode cobrar" stays.
    if (s.free && c.amount === 0 && saysFree && c.description.split(/\s+/).length <= 3) continue;
    const value = c.amount !== undefined && !c.variable && !(c.amount === 0 && saysFree) ? ` — ${c.amount === 0 ? 'gratuito' : money(c.amount)}` : '';
    lines.push(`• ${c.description}${value}`);
  }
  const tail = variable ? ['O valor é atualizado todo ano: confirme na página oficial ou no LigMinas 155 antes de pagar.'] : [];
  // A free card that still lists a charge (the notice of sale after 60 days, the fine itself): free in general, and
  // the charge below, never a bare "É gratuito." above a fee.
  if (s.free) return { lines: [freeOpening(s), ...lines, ...tail], links: [official(s)] };
  if (lines.length === 0) return { lines: ['Este serviço tem custo.', unknown('o valor')], links: [official(s)] };
  return { lines: ['Este serviço tem custo:', ...lines, ...tail], links: [official(s)] };
}

function documents(s: Service): Answer {
  const docs = serviceDocuments(s);
  if (docs.length === 0) return { lines: [unknown('documentos específicos para este serviço')], links: [official(s)] };
  return { lines: docs.map((d) => `• ${d}`), links: [official(s)] };
}

/** Channels of all steps, once each, with their links (at most three) and phones. */
/** A service's channels through `keep` (by type, or by the whole channel), one line each, deduplicated, and up to three links. */
export function channels(s: Service, keep: (type: string, ch: Channel) => boolean = () => true): { lines: string[]; links: { label: string; url: string }[] } {
  const seen = new Set<string>();
  const lines: string[] = [];
  const links: { label: string; url: string }[] = [];
  for (const ch of s.steps.flatMap((st) => st.channels)) {
    if (!keep(ch.type, ch)) continue;
    const key = `${ch.description}|${ch.url ?? ''}|${ch.phone ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`• ${ch.description}${ch.phone ? ` — telefone ${ch.phone}` : ''}`);
    if (ch.url && links.length < 3 && !links.some((l) => l.url === ch.url)) links.push({ label: ch.description.slice(0, 60), url: ch.url });
  }
  return { lines, links };
}

function where(s: Service): Answer {
  const ch = channels(s);
  return { lines: [`${deliveryText(s)}.`, ...ch.lines], links: [...ch.links, official(s)].slice(0, 4) };
}

function time(s: Service): Answer {
  const label = s.estimatedTime.kind === 'not_estimated' && !s.estimatedTime.description ? unknown('o prazo') : timeLabel(s.estimatedTime);
  return { lines: [`Prazo: ${label}`], links: [official(s)] };
}

export const isOnline = (type: string): boolean => type.startsWith('web') || type === 'aplicativo-movel';

/**
 * Having no internet, or not knowing how to use it ("e se eu não tiver internet?", "minha mãe não mexe com celular",
 * "tem jeito sem ser pela internet?"), or no e-mail ("não tenho e-mail, consigo pedir?", round 6600): the question asks
 * the other ways, not whether it is online.
 */
const ASKS_OFFLINE = /\b(sem (ser )?(pela |por |pelo |na |no )?(internet|net|online|computador|celular|site|app|aplicativo)|nao (tenho|tem|tiver|tiverem|possuo|uso|usa|usam|mexo|mexe|mexem|sei|sabe|sabem|consigo|consegue|entendo|entende)( (usar|mexer|acessar|entrar|nada|muito|bem|com|de|no|na|o|a|em))* (internet|net|computador|celular|smartphone|site|app|aplicativo)|nao (sei|sabe|sabem) (mexer|usar)\b|\b(nao (tenho|tem|tiver|possuo)( conta de)?|sem) (email|e mail)\b)/;

/** Whether the question says the citizen has no internet or cannot use it. */
export const asksOffline = (question: string): boolean => ASKS_OFFLINE.test(fold(question));

/**
 * The ways to do it without the internet: the telephone and the desks of the service's own steps, or, when there are
 * none, that the catalogue gives none (LigMinas 155 helps).
 */
export function offlineLines(s: Service): string[] {
  const phone = channels(s, (type) => type === 'telefone');
  const desk = channels(s, (type) => type === 'presencial');
  if (phone.lines.length === 0 && desk.lines.length === 0) return ['*Sem internet:* o catálogo não traz outro jeito de fazer este serviço além da internet. Para ajuda, ligue para o *LigMinas 155*.'];
  return ['*Sem internet, o serviço indica estes canais:*', ...phone.lines, ...desk.lines];
}

/**
 * Unable to use the telephone ("sou surda, não consigo ligar", "não tenho como ligar, tem outro jeito?"): the question
 * asks the ways other than calling (round 6600).
 */
const ASKS_NO_PHONE = /\b(nao (consigo|consegue|posso|pode|tenho como|tem como|da pra|da para) (ligar|telefonar|falar no telefone|falar por telefone)|nao (escuto|escuta|ouco|ouve) (no|pelo) telefone)\b/;

/** Whether the question says the citizen cannot call (see ASKS_NO_PHONE). */
export const asksNoPhone = (question: string): boolean => ASKS_NO_PHONE.test(fold(question));

/**
 * The ways to do it without calling, for a service done by telephone (the online answer lists the others' own): every
 * channel of the service's own steps but the telephone and a notice sent by e-mail, or, when there are none, that the
 * catalogue gives none (the official page helps).
 */
export function phonelessLines(s: Service): string[] {
  if (s.delivery !== 'phone') return [];
  const other = channels(s, (type, c) => type !== 'telefone' && !(type === 'e-mail' && !c.description.includes('@')));
  if (other.lines.length === 0) return ['*Sem ligar:* o catálogo não traz outro jeito de fazer este serviço além do telefone. Confira na página oficial do serviço.'];
  return ['*Sem ligar, o serviço indica estes canais:*', ...other.lines];
}

function online(s: Service): Answer {
  const web = channels(s, isOnline);
  const desk = channels(s, (type) => type === 'presencial');
  switch (s.delivery) {
    case 'online': {
      const desks = inPersonSteps(s);
      if (desks.length === 0) return { lines: ['Sim, dá para fazer tudo pela internet:', ...web.lines], links: [...web.links, official(s)].slice(0, 4) };
      // Marked online, yet a step is done only at a desk (the enrolment at the school, the day at the UAI): saying
      // "tudo pela internet" would send the citizen home before it. The steps say which part is in person.
      return { lines: ['Uma parte é pela internet:', ...web.lines, ...deskStepLines(s, desks)], links: [...web.links, official(s)].slice(0, 4) };
    }
    case 'partly_online':
      return {
        lines: ['Em parte: uma parte é pela internet e outra é presencial.', ...(web.lines.length > 0 ? ['*Pela internet:*', ...web.lines] : []), ...(desk.lines.length > 0 ? ['*Presencial:*', ...desk.lines] : [])],
        links: [...web.links, official(s)].slice(0, 4),
      };
    case 'in_person':
      return { lines: ['Não, este serviço é presencial:', ...desk.lines, ...beforeDeskLines(s)], links: [official(s)] };
    case 'phone':
      return { lines: ['É feito por telefone:', ...channels(s, (type) => type === 'telefone').lines], links: [official(s)] };
  }
}

/**
 * Marked in person, yet the card's first steps, before the desk, are done on a site or an app ("Tentar recuperar pela
 * internet" on the gov.br account, "Preencher o formulário e pagar o DAE" on the write-off): saying only "presencial"
 * sends the citizen out for what may be done, or solved, at home. Those steps are named: one with its text, which says
 * how ("por reconhecimento facial no aplicativo gov.br ou pelo banco credenciado"); several with their channels. A step
 * that books the visit (`web-agendar`) is part of going, not a way around it.
 */
function beforeDeskLines(s: Service): string[] {
  const desk = s.steps.findIndex((st) => st.channels.some((c) => c.type === 'presencial'));
  const before = s.steps.slice(0, desk < 0 ? s.steps.length : desk).map((st, i) => ({ st, i }))
    .filter(({ st }) => st.channels.some((c) => isOnline(c.type)) && !st.channels.some((c) => c.type === 'web-agendar'));
  const where = (st: Service['steps'][number]): string => [...new Set(st.channels.filter((c) => isOnline(c.type)).map((c) => c.description))].join('; ');
  const [one] = before;
  if (one === undefined) return [];
  if (before.length === 1) return [`Antes de ir, pela internet (${where(one.st)}): a etapa ${one.i + 1}, *${one.st.title}*: ${one.st.description.trim()}`];
  return ['Antes de ir, pela internet:', ...before.map(({ st, i }) => `• Etapa ${i + 1}, *${st.title}*: ${where(st)}`)];
}

/** "Mas a etapa 3, *Fazer a matrícula…*, é presencial: Secretaria da escola", or a list when several steps are. */
function deskStepLines(s: Service, desks: readonly number[]): string[] {
  const place = (i: number): string => [...new Set(s.steps[i]?.channels.map((c) => c.description))].join('; ');
  if (desks.length === 1) {
    const i = desks[0] ?? 0;
    return [`Mas a etapa ${i + 1}, *${s.steps[i]?.title ?? ''}*, é presencial: ${place(i)}.`];
  }
  return ['Mas estas etapas são presenciais:', ...desks.map((i) => `• Etapa ${i + 1}, *${s.steps[i]?.title ?? ''}*: ${place(i)}`)];
}

/**
 * Asking whether one may or can, in one's own case ("consigo tirar assim mesmo?", "posso pedir sendo de fora?", "e se
 * ela tiver vencida?").
 */
const ASKS_MAY = /\b(posso|consigo|consegue|conseguimos|pode|podem|podemos|da pra|da para|tenho direito|tem direito)\b|^e se\b/;
/** What a case is said with and the word a requirement says it with: a thing expired is out of its validity. */
const SAID_AS: ReadonlyMap<string, readonly string[]> = new Map([['venc', ['validad']], ['expir', ['validad']]]);
/** The doing of the request itself, and the verbs of asking, which are no condition of it ("tirar", "pedir", "precisa"). */
const DOING_STEMS: ReadonlySet<string> = new Set(analyze('tirar fazer pedir pedido solicitar emitir conseguir assim mesmo precisar precisa preciso poder pode posso dever deve devo ter tem tenho ir vou'));

/**
 * Who may ask and on what conditions, when the sentences quoted for a question whether one may, in one's own case
 * ("Minha identidade é de outro estado, consigo tirar?", "e se a carteira tiver vencida?"), leave out the condition of
 * the card that speaks of that case: a requirement holding a word of the question (or of the case it names, "vencida" →
 * "validade") that is not the service's title's nor the doing (round 2861). None when no requirement speaks of it.
 */
export function requirementsForCase(s: Service, question: string, quoted: readonly string[]): string[] {
  const folded = fold(question);
  if (!ASKS_MAY.test(folded)) return [];
  const title = titleStems(s);
  const asked = new Set(analyze(folded).flatMap((x) => [x, ...(SAID_AS.get(x) ?? [])]).filter((x) => !title.has(x) && !DOING_STEMS.has(x)));
  const shown = fold(quoted.join(' '));
  const speaks = s.requesters.some((r) => r.requirements !== '' && !shown.includes(fold(r.requirements).slice(0, 40)) && analyze(r.requirements).some((x) => asked.has(x)));
  return speaks ? requirements(s).lines : [];
}

function requirements(s: Service): Answer {
  return { lines: ['*Quem pode pedir:*', ...s.requesters.map((r) => `• ${r.type}${r.requirements ? `: ${r.requirements}` : ''}`)], links: [official(s)] };
}

function appointment(s: Service): Answer {
  const said = quote(s, /\bagend/);
  const booking = channels(s, (type) => type === 'web-agendar');
  if (said.length === 0 && booking.lines.length === 0) {
    // Done entirely on the internet and nothing said about booking: there is no counter to book.
    const desks = s.delivery === 'online' ? inPersonSteps(s) : [];
    if (s.delivery === 'online' && desks.length === 0) {
      const web = channels(s, isOnline);
      return { lines: ['Não é preciso agendar: o serviço é feito todo pela internet, a qualquer hora.', ...web.lines], links: [...web.links, official(s)].slice(0, 4) };
    }
    // Marked online, yet a step is done only at a desk, and nothing said about booking (round 3021): the request
    // itself needs no booking, since it is made on the internet; whether the desk's step asks one the card does not say.
    if (s.delivery === 'online') {
      const web = channels(s, isOnline);
      return {
        lines: [`A parte feita pela internet (${web.lines[0]?.replace(/^• /, '') ?? 'site oficial'}) não precisa de agendamento.`, ...deskStepLines(s, desks), 'Se essa parte presencial pede horário marcado, o catálogo não informa: confira na página oficial ou ligue para o *LigMinas 155*.'],
        links: [...web.links, official(s)].slice(0, 4),
      };
    }
    return { lines: [unknown('se é preciso agendar')], links: [official(s)] };
  }
  const lines = said.length > 0 ? said : ['O agendamento é feito por:'];
  return { lines: [...lines, ...(said.length > 0 && booking.lines.length > 0 ? ['*Onde agendar:*'] : []), ...booking.lines], links: [...booking.links, official(s)].slice(0, 4) };
}

const MINOR = /\b(menor|menores|crianca|criancas|adolescente|adolescentes|responsavel legal|emancipad\w*|idade|1[0-8] anos)\b/;

function minors(s: Service): Answer {
  // Besides the texts, who may ask ("Cidadão maior de 18 anos") and the documents ("… do responsável, se menor").
  const extra = [...s.requesters.map((r) => `${r.type}.`), ...s.steps.flatMap((st) => st.documents)].filter((x) => MINOR.test(fold(x)));
  const said = [...new Set([...quote(s, MINOR), ...extra])].slice(0, 4);
  // "Para a categoria E, quais são os requisitos de idade?": no rule for minors, but an age the card asks for ("para E,
  // ter 21 anos…") answers the age asked (round 3651, r34c).
  const ages = said.length === 0 ? quote(s, AGE_RULE) : [];
  if (ages.length > 0) return { lines: ages, links: [official(s)] };
  // "tenho 15 anos, posso denunciar?", "sou menor de idade, posso ligar?": no rule for minors, so who may ask, as the card
  // says it ("Qualquer pessoa"), follows the honest "not said"; whether a minor is among them is the citizen's to read
  // there, never a rule made up (round 5640).
  if (said.length === 0) return { lines: [unknown('regras específicas para menores de idade neste serviço'), ...requirements(s).lines], links: [official(s)] };
  return { lines: said, links: [official(s)] };
}

/** An age the card asks for, in years ("ter 21 anos", "a partir de 16 anos", "entre 16 e 69 anos", "maior de 21"); not a validity by age ("menos de 50 anos"). */
const AGE_RULE = /\b((ter|tenha|tiver|a partir de|entre|idade minima de|minimo de) \d{2}( e \d{2})? anos|maior(es)? de \d{2})\b/;

function link(s: Service): Answer {
  return { lines: [`Página oficial: ${s.url}`], links: [official(s)] };
}

/** An emergency number on a channel (police, ambulance, fire brigade). */
const EMERGENCY = /^(190|192|193)$/;

function how(s: Service): Answer {
  // A first step that calls an emergency number ("Em perigo, pedir ajuda agora: ligue 190") is said in full at once.
  const first = s.steps[0];
  const urgent = first && first.channels.some((c) => EMERGENCY.test(c.phone ?? '')) ? ['', `*${first.title}:* ${first.description}`] : [];
  return {
    lines: [`São ${s.steps.length} etapas:`, ...s.steps.map((st, i) => `${i + 1}. ${st.title}`), ...urgent, '', 'Para ver cada etapa com detalhes, escolha *Passo a passo*.'],
    links: [official(s)],
  };
}

function contact(s: Service): Answer {
  const phones = channels(s, (type) => type === 'telefone');
  if (phones.lines.length === 0) return { lines: [`O catálogo não traz um telefone próprio deste serviço. Ligue para o *LigMinas 155* ou procure o órgão responsável: ${s.agency.name}.`], links: [official(s)] };
  return { lines: ['Telefones:', ...phones.lines], links: [official(s)] };
}

function hours(s: Service): Answer {
  const said = quote(s, /\b(sabados?|domingos?|feriados?|fins? de semana|horario de (funcionamento|atendimento)|24 horas|dias uteis|horario comercial)\b/);
  if (said.length === 0) return { lines: [unknown('os dias e horários de atendimento'), ...where(s).lines], links: [official(s)] };
  return { lines: said, links: [official(s)] };
}

/** "quem emite a guia?", "qual órgão cuida disso?": the body responsible, and where it is done. */
function agency(s: Service): Answer {
  const name = s.agency.name.includes(s.agency.acronym) ? s.agency.name : `${s.agency.name} (${s.agency.acronym})`;
  return { lines: [`Órgão responsável: ${name}.`, ...where(s).lines], links: [official(s)] };
}

const answers: Record<Topic, (s: Service) => Answer> = { cost, documents, where, time, online, requirements, appointment, minors, link, how, contact, hours, agency };

/** The answer to a follow-up question of this topic, from the service's own fields. */
export function answerTopic(s: Service, topic: Topic): Answer {
  return answers[topic](s);
}

/**
 * "como coloco minha esposa de dependente" on the IPSEMG: the description of the one step whose title holds most of
 * the question's words (not the words of the service's own title), which says how that part is done; none when no
 * step, or more than one, does.
 */
export function stepAbout(s: Service, question: string): string | undefined {
  const at = stepAboutAt(s, question);
  return at === undefined ? undefined : s.steps[at]?.description;
}

/** Asked what to note, set apart or prepare ("o que eu anoto antes de ligar?", "quais informações eu separo?"). */
const PREPARE_ASKED = /\b(o que|oq|que|quais|qual)\b.*\b(anot(o|ar|e)|separ(o|ar|e)|prepar(o|ar|e))\b/;
/** A step of gathering what is needed, by its title ("Reunir as informações", "Separar os dados da conta", "Juntar as informações"). */
const GATHERING_TITLE = /^(separar|reunir|juntar|preparar)\b/;

/**
 * Asked what to note or gather (PREPARE_ASKED), the text of the card's step of gathering (GATHERING_TITLE): "Anote o
 * que aconteceu, a data, o local…" (round 6245); undefined when not so asked or no step gathers.
 */
export function preparingStep(s: Service, question: string): string | undefined {
  if (!PREPARE_ASKED.test(fold(question))) return undefined;
  return s.steps.find((st) => GATHERING_TITLE.test(fold(st.title)))?.description;
}

/**
 * Asked how a request made is followed ("como posso acompanhar?", "como eu sei em que pé tá?", "onde acompanho o
 * andamento?", "esse telefone serve pra acompanhar depois?", "e pra ver o resultado depois?"), round 6540; or how one
 * learns what came of it ("como fico sabendo?", "como sei se deu certo?"), round 6541.
 */
const FOLLOWING_ASKED = /\b(como|onde|pra|para)\b( \w+){0,3} acompanh(o|ar|amos)\b|\bem (que|q) pe\b|\b(ver|vejo|consultar|consulto|saber|sei) o resultado\b|\bcomo (eu |que eu |q eu )?(fico|vou ficar|vou) sabendo\b|\bcomo (eu )?(sei|vou saber|saberei) se (ja )?(deu certo|aceitaram|aprovaram|aprovou|foi|saiu|ficou|concede\w*|deferi\w*)\b/;
/** A step's title that says the request is followed ("Acompanhar a análise", "Guardar o protocolo e acompanhar"). */
const FOLLOWING_TITLE = /\bacompanhar\b/;
/** A step's title of consulting what came of the request ("Consultar o resultado", "Consultar o encaminhamento"). */
const RESULT_TITLE = /^consultar o (resultado|encaminhamento)\b/;

/** A step's title of receiving what was asked for ("Receber e imprimir o boletim", "Receber a resposta"). */
const RECEIVING_TITLE = /^receber\b/;

/**
 * The card's step of following the request: its title says so, or it is followed on a site; else the step of
 * consulting the result; else the step of receiving it by e-mail ("você recebe por e-mail o número do REDS…; se não
 * for validada, o e-mail explica o motivo"), round 6541.
 */
function followingStep(s: Service): Service['steps'][number] | undefined {
  return s.steps.find((st) => FOLLOWING_TITLE.test(fold(st.title))) ?? s.steps.find((st) => st.channels.some((c) => c.type === 'web-acompanhar')) ?? s.steps.find((st) => RESULT_TITLE.test(fold(st.title))) ?? s.steps.find((st) => RECEIVING_TITLE.test(fold(st.title)) && st.channels.some((c) => c.type === 'e-mail'));
}

/** Whether the question asks how a request made is followed (FOLLOWING_ASKED), on a card with a step of following it when `s` is given. */
export function followingAsked(s: Service | undefined, question: string): boolean {
  return FOLLOWING_ASKED.test(fold(question)) && (s === undefined || followingStep(s) !== undefined);
}

/**
 * Asked how a request made is followed (FOLLOWING_ASKED), the text of the card's step of following it ("A Sedese analisa
 * os documentos e avisa o andamento por e-mail…", "Com o número de protocolo, acompanhe o andamento…"), before a step
 * holding the question's other words ("como acompanho as consultas que já usei?": not the step of the consultation),
 * round 6540; undefined when not so asked or no step follows.
 */
export function followingStepText(s: Service, question: string): string | undefined {
  if (!FOLLOWING_ASKED.test(fold(question))) return undefined;
  return followingStep(s)?.description;
}

/** The index of the one step whose title holds most of the question's words (see stepAbout), if one does. */
export function stepAboutAt(s: Service, question: string, need = false): number | undefined {
  const title = titleStems(s);
  // `need`: asked whether a thing is needed ("precisa fazer aula?"), a word of four letters whose stem is shorter
  // ("aula" → "aul") names the thing too; "de novo", "outra vez" say it is done again, no word of a step ("Receber a
  // *nova* CNH").
  const folded = need ? fold(question).replace(/\b(de novo|denovo|outra vez|novamente)\b/g, ' ') : question;
  const long = need ? analyze(folded.split(/\s+/).filter((w) => w.length >= 4 && !ASKING_VERB.test(w)).join(' ')) : [];
  const asked = [...new Set([...analyze(folded).filter((x) => x.length >= 4), ...long])].filter((x) => !title.has(x));
  const held = stepTitleStems(s).map((own) => asked.filter((x) => own.some((y) => x === y || same(x, y))).length);
  const best = Math.max(0, ...held);
  if (best === 0 || held.filter((n) => n === best).length !== 1) return undefined;
  return held.indexOf(best);
}
