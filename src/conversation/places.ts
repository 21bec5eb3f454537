// Municípios of Minas Gerais for form answers: official names (from @brazilian-utils), written with or
// without accents, and the nicknames people type ("BH", "Beagá", "JF"), kept by staff in
// data/municipios-apelidos.yaml. Read once at start-up: the list is reference data, like the IBGE names.
import { readFileSync } from 'node:fs';
import { getCities } from '@brazilian-utils/brazilian-utils';
import { parse } from 'yaml';
import { z } from 'zod';
import { editDistance } from '../search/typo.ts';
import { fold } from './text.ts';

/** The nickname file: folded-or-not nickname → official name. */
export const NicknameFile = z.object({ apelidos: z.record(z.string().min(1), z.string().min(1)) }).strict();

/** Where the nickname list lives. */
export const NICKNAMES_PATH = new URL('../../data/municipios-apelidos.yaml', import.meta.url);

const official: ReadonlyMap<string, string> = new Map(getCities('MG').map((name) => [fold(name), name]));

/** Reads a nickname file; every nickname must point to a real município of Minas Gerais. */
export function readNicknames(text: string): Map<string, string> {
  const file = NicknameFile.parse(parse(text));
  const out = new Map<string, string>();
  for (const [nick, name] of Object.entries(file.apelidos)) {
    const real = official.get(fold(name));
    if (!real) throw new Error(`${NICKNAMES_PATH.pathname}: "${name}" (apelido "${nick}") não é um município de Minas Gerais; escreva o nome oficial`);
    out.set(fold(nick), real);
  }
  return out;
}

const nicknames = readNicknames(readFileSync(NICKNAMES_PATH, 'utf8'));

/** The state's letters or a mark ending a town's name ("Betim - MG", "sete lagoas mg", "Contagem."). */
const STATE_TAIL = /(\s*[-/,.!]\s*(mg)?|\s+mg)\s*$/i;

/** Finds a município of Minas Gerais by name or nickname, ignoring case, accents and a trailing "/MG" or "- MG". */
export function findMunicipality(input: string): string | undefined {
  // "é em são joão del rei", "fica em Contagem", "na cidade de Betim": the town after the words that lead to it.
  // "moro em juiz de fora", "sou de lafaiete", "aqui é montes claros": the same, after words about where one lives.
  const key = fold(
    input
      .replace(STATE_TAIL, '')
      // "é em ipatinga mesmo", "contagem msm": a word stressing the town.
      .replace(STRESS, '')
      .replace(/^((eu|ela|ele|a gente|minha m[aã]e|meu pai|meu filho|minha filha|meu av[oô]|minha av[oó])\s+)?(moro|mora|moram|morro|resido|reside|vivo|vive|sou|to|tô|estou|fico|trabalho|trabalha)\s+(?=(na cidade de|no municipio de|no município de|em|de|no|na|do|da|aqui)\s)/i, '')
      // Lead-ins may come one after another ("ah entao betim", "hmm bom, contagem").
      .replace(/^((entao|então|ah|ahn|hm+|bom|opa|ops|pode ser|acho que)[\s,]+)+/i, '')
      // An apology for the answer before, then the town ("desculpa, é teófilo otoni", "foi mal, era Betim").
      .replace(/^((desculpa|desculpe|desculpas|perdao|perdão|foi mal|foi mau|errei|me enganei)[\s,.!]+)+((e|é|eh|era)\s+)?/i, '')
      // A "não" and a pause taking back the answer before, then the town ("ah não, é montes claros", "não, era Betim";
      // without the pause, "não é Montes Claros" may deny the town).
      .replace(/^(n[aã]o|nn)\s*[,.!]+\s*((e|é|eh|era)\s+)?(?=\S)/i, '')
      .replace(/^aqui\s+(e|é|eh)\s+/i, '')
      .replace(/^((e|é|eh|foi|fica|foi la|la|lá|e la|é lá)\s+)?((na cidade de|no municipio de|no município de|em|de|no|na|do|da|aqui em|aqui no|aqui na)\s+)/i, '')
      // "é belo horizonte", "é juiz de fora": the town dictated after an "é" (round 4100).
      .replace(/^(é|eh|e)\s+(?=\S)/i, ''),
  );
  // "bom despacho", "bom sucesso": a town whose name opens with a word that is also a lead-in ("bom, contagem").
  const whole = fold(input.replace(STATE_TAIL, ''));
  return townNamed(key) ?? townNamed(whole);
}

/**
 * Abbreviations that open a town's name as people type them ("cel fabriciano", "sta luzia", "s joao del rei", "gov
 * valadares"), each with the word it stands for.
 */
const NAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['cel', 'coronel'], ['sta', 'santa'], ['sto', 'santo'], ['s', 'sao'], ['sr', 'senhor'], ['sra', 'senhora'], ['n', 'nossa'], ['gov', 'governador'],
  ['cons', 'conselheiro'], ['pres', 'presidente'], ['dr', 'doutor'], ['mal', 'marechal'], ['ten', 'tenente'], ['cap', 'capitao'], ['fr', 'frei'], ['pe', 'padre'],
]);

/** A name's letters and digits only, spaces and hyphens dropped ("govaladares", "juizdefora", "setelagoas"). */
const compact = (name: string): string => name.replace(/[^a-z0-9]/g, '');

/** Official names and nicknames by their compact form, for names typed without spaces; a form two towns share is left out. */
const byCompact: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const [key, name] of [...official, ...nicknames]) {
    const c = compact(key);
    if (out.has(c) && out.get(c) !== name) shared.add(c);
    out.set(c, name);
  }
  for (const c of shared) out.delete(c);
  return out;
})();

/**
 * Names of more than one word with the plural "s" dropped, as spoken Portuguese often drops it ("sete lagoa",
 * "campos alto", "montes claro", "monte claro", "monte claros"): of any of its words. A form that is
 * itself a name, or that two towns share, is left out.
 */
const bySingular: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  const drop = (w: string): string => (w.length >= 4 && w.endsWith('s') ? w.slice(0, -1) : w);
  for (const [key, name] of official) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    // Every choice of words that lose it ("monte claros" as well as "montes claro"), up to names of five words.
    const forms = new Set<string>();
    for (let mask = 1; mask < 2 ** Math.min(words.length, 5); mask++) forms.add(words.map((w, i) => ((mask >> i) & 1 ? drop(w) : w)).join(' '));
    for (const form of forms) {
      if (form === key || official.has(form) || nicknames.has(form)) continue;
      if (out.has(form) && out.get(form) !== name) shared.add(form);
      out.set(form, name);
    }
  }
  for (const f of shared) out.delete(f);
  return out;
})();

/**
 * "contajem", "belo orizonte", "juis de fora", "divinopoli": a town's name typed one letter off (a letter swapped for
 * its sound, dropped or added), when exactly one town of Minas is that near and the name is long enough (six letters)
 * for one letter not to make another word (lead round 5004).
 */
export function townMisspelt(input: string): string | undefined {
  const key = fold(input.replace(STATE_TAIL, '')).replace(/^(e|é|eh|em|de|na|no)\s+/, '').trim();
  if (key.length < 6 || /\d/.test(key)) return undefined;
  const near = [...official.keys()].filter((name) => editDistance(key, name, 1) <= 1);
  return near.length === 1 ? official.get(near[0] ?? '') : undefined;
}

/** The town a folded name names: as written, with its abbreviations spelt out, written without spaces, or without a plural "s". */
function townNamed(key: string): string | undefined {
  const spelt = key.replace(/\.(?=\s|$)/g, '').split(' ').map((w) => NAME_ABBREVIATIONS.get(w) ?? w).join(' ');
  return official.get(key) ?? nicknames.get(key) ?? official.get(spelt) ?? nicknames.get(spelt) ?? (key.length >= 5 ? byCompact.get(compact(key)) : undefined) ?? bySingular.get(spelt);
}

/**
 * Whether the words name a town of Minas after a word that leads to a place ("e *pra* ouro preto?", "*de* bh *pra*
 * mariana"): a name of up to four words, as written or by its nickname.
 */
export function namesTownAfterTo(tokens: readonly string[]): boolean {
  return tokens.some((w, i) => TO_A_PLACE.has(w) && [4, 3, 2, 1].some((k) => i + k < tokens.length && townNamed(tokens.slice(i + 1, i + 1 + k).join(' ')) !== undefined));
}

/** Words that lead to a place ("*pra* ouro preto", "*de* bh", "*até* mariana"). */
const TO_A_PLACE: ReadonlySet<string> = new Set(['pra', 'para', 'pro', 'ate', 'de', 'do', 'da', 'em', 'a']);

/** Words that stress a town just named ("Montes Claros *mesmo*"), never part of a name. */
const STRESS = /\s+(mesmo|msm|mermo|memo|sim|ne|né)\s*$/i;

/**
 * "Montes Claros mesmo, mas é no distrito": the town the first clause names, with a detail after it; only when no
 * other clause holds a word of a town's name ("Betim, quer dizer, Contagem" is a correction, read elsewhere).
 */
export function townBeforeDetail(input: string): string | undefined {
  const [first, ...rest] = input.split(/\s*[,;.!]\s*|\s+mas\s+/i).filter((part) => part.trim() !== '');
  if (first === undefined) return undefined;
  // "Em Belo Horizonte, bairro Padre Eustáquio", "foi em Betim, no bairro Citrolândia": the town after "(foi) em", and a
  // part that opens with a word of a place inside the town (a neighbourhood, a street) is its detail, whatever names it
  // holds (round 3863).
  const key = fold(first.replace(STRESS, '')).replace(TOWN_OPENING, '');
  const town = official.get(key) ?? nicknames.get(key);
  if (town === undefined || (rest.length === 0 && key === fold(input))) return undefined;
  return rest.some((part) => !IN_TOWN.test(fold(part)) && fold(part).split(' ').some((w) => placeWords.has(w))) ? undefined : town;
}

/** The town the citizen moved to or lives in now, named before its name ("na *cidade nova*", "a cidade atual"). */
const NEW_TOWN = /\bcidade (nova|atual|de agora|que (eu )?(moro|mudei|to|estou))\b/;

/** Words before a town's name ("*foi em* Betim", "*em* Contagem"). */
const TOWN_OPENING = /^(?:(?:foi|e|aconteceu|fica|moro)\s+)?(?:em|no|na)\s+/;
/** A part of the answer that names a place inside the town ("bairro Padre Eustáquio", "na rua Sabará"). */
const IN_TOWN = /^(?:(?:no|na|em|perto\s+d[oa])\s+)?(?:bairro|distrito|rua|avenida|av|praca|comunidade|povoado|regiao|zona|vila|conjunto|centro)\b/;

/**
 * "nao, deixa eu terminar agora, juiz de fora": the town a last clause names, alone, after clauses that name no town
 * (what was said to the bot before the answer). Only a town the clause names whole, as `findMunicipality` reads it.
 */
export function townLastClause(input: string): string | undefined {
  const parts = input.split(/\s*[,;.!]\s*/).filter((part) => part.trim() !== '');
  const last = parts.pop();
  if (last === undefined || parts.length === 0) return undefined;
  // "quero ser atendida na cidade nova, sete lagoas": an earlier clause whose town words ("nova") make no town is the
  // apposition's lead, not another town (round 6763).
  if (parts.some((part) => fold(part).split(' ').some((w) => placeWords.has(w)) && !(NEW_TOWN.test(fold(part)) && findMunicipality(part) === undefined))) return undefined;
  return findMunicipality(last);
}

/**
 * "O atendimento deverá ocorrer no município de Juiz de Fora.", "na cidade de Uberaba, por favor", "UAI de Belo
 * Horizonte": the town named after "município de", "cidade de" or "UAI de", to the end of the clause (round 4153).
 */
export function townAfterWord(input: string): string | undefined {
  const after = /\b(?:munic[ií]pio|cidade|uai)\s+d[eoa]\s+([^,;.!]+)/i.exec(input)?.[1];
  return after === undefined ? undefined : findMunicipality(after.trim());
}

/** "quero ser atendido em Betim", "quero sê atendido no Serro", "prefiro fazer em Contagem": where to be served. */
const SERVED_AT = /\b(?:atendid[oa]|atender|atendimento|fazer|marcar|agendar|ir)\s+(?:em|no|na|pra|para|pro)\s+([^,;.!?]+)/i;

/**
 * The town named after a verb of being served or of doing the request and "em"/"no" ("moro em Milho Verde, que é
 * distrito do Serro, quero sê atendido *no Serro*"), to the end of the clause.
 */
export function townServedAt(input: string): string | undefined {
  const after = SERVED_AT.exec(input)?.[1];
  return after === undefined ? undefined : findMunicipality(after.trim());
}

/** Words of the names of Minas Gerais's municípios ("sabara", "ipatinga"): real words, never typos of a command. */
const placeWords: ReadonlySet<string> = new Set([...official.keys(), ...nicknames.keys()].flatMap((name) => name.split(' ')).filter((w) => w.length >= 4));

/** True for a (folded) word of a município's name or nickname. */
export function isPlaceWord(word: string): boolean {
  return placeWords.has(word);
}

/** The names of more than one word ("juiz de fora", "montes claros"), as word lists, under their first word. */
const longNames = new Map<string, string[][]>();
for (const name of new Set([...official.keys(), ...nicknames.keys()])) {
  const [first, ...rest] = name.split(' ');
  if (first !== undefined && rest.length > 0) longNames.set(first, [...(longNames.get(first) ?? []), [first, ...rest]]);
}

/** The places of the words that belong to a município's name of more than one word ("em *juiz de fora*"). */
export function placeNameAt(tokens: readonly string[]): Set<number> {
  const at = new Set<number>();
  tokens.forEach((first, i) => {
    for (const words of longNames.get(first) ?? []) {
      if (words.every((w, k) => tokens[i + k] === w)) words.forEach((_, k) => at.add(i + k));
    }
  });
  return at;
}

/**
 * The town a question ends on, after "em", "no" or "na" ("da pra fazer em *ipatinga*?", "onde faz aqui em *uberaba*?",
 * "tem no *barreiro*"): its official name, or none. Up to four words are tried, longest first ("em juiz de fora").
 */
export function townAtEnd(input: string): string | undefined {
  const words = fold(input).replace(/[^a-z0-9 ]/g, ' ').split(' ').filter((w) => w !== '');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    if (!['em', 'no', 'na'].includes(words[words.length - k - 1] ?? '')) continue;
    const town = townNamed(words.slice(-k).join(' '));
    if (town !== undefined) return town;
  }
  return undefined;
}
