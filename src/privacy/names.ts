// People's names, where a citizen introduces themself: "meu nome é Maria da Silva", "me chamo João",
// "sou a Ana", "aqui é o Carlos", "quem fala é Rita". The name words after the phrase are redacted, up to a few,
// stopping at punctuation, numbers and ordinary words, so "meu nome é Maria e quero renovar a CNH" keeps its request.
import type { FoldedText, Span, Token } from './text.ts';

/** The phrases, as folded words; `?` marks an optional word, `|` alternatives, ":" a colon right after the phrase. */
const TRIGGERS: readonly (readonly string[])[] = [
  ['meu', 'nome', 'completo?', 'e|eh|:'],
  ['nome', 'completo?', ':'],
  ['nome', 'da|do', 'mae|pai|crianca|filho|filha|menor|responsavel', 'e|eh|:'],
  ['me', 'chamo'],
  ['me', 'chamam', 'de?'],
  ['sou', 'o|a'],
  ['aqui', 'e|eh', 'o|a?'],
  ['aqui', 'quem', 'fala', 'e|eh?', 'o|a?'],
  ['quem', 'fala', 'e|eh', 'o|a?'],
];
const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'du', 'd', 'van', 'von', 'del']);
const MAX_NAME_WORDS = 5;
/** Words that end a name, or show that what follows is not one ("sou o responsável", "aqui é muito longe"). */
const STOP = new Set(
  (
    'e ou que quem mas pois porque porem entao ai aqui la ja nao sim tambem so muito mais menos bem mal ainda agora hoje ontem amanha ' +
    'eu ele ela eles elas voce voces nos a o os as um uma uns umas meu minha meus minhas seu sua seus suas dele dela este esta esse essa isso isto ' +
    'em no na nos nas ao aos para pra pro por pelo pela com sem sobre ate entre desde como quando onde qual quais ' +
    'quero queria gostaria preciso precisava tenho tinha estou to tou estava vim venho vou moro nasci fiz faco sou era fui ' +
    'renovar tirar emitir solicitar pedir consultar pagar agendar segunda primeira via cadastrar trocar mudar alterar ' +
    'responsavel mae pai filho filha irmao irma avo avo neto neta esposo esposa marido mulher dono dona titular proprietario proprietaria ' +
    'cidadao cidada aluno aluna estudante servidor servidora professor professora motorista paciente morador moradora cliente usuario usuaria ' +
    'idoso idosa aposentado aposentada pensionista beneficiario beneficiaria mei empresario empresaria autonomo autonoma pcd deficiente ' +
    'gestante desempregado desempregada candidato candidata eleitor eleitora contribuinte segurado segurada atendente senhor senhora sr sra ' +
    'mesmo mesma novo nova unico unica proprio propria primeiro ultimo ultima favor contra obrigado obrigada bom boa dia tarde noite oi ola ' +
    'posto escola hospital prefeitura secretaria setor departamento centro unidade cras creas uai detran policia delegacia cartorio ' +
    'empresa loja banco clinica igreja associacao sindicato cooperativa condominio instituto colegio faculdade universidade grupo time ' +
    'cpf rg cnh cin email telefone celular nome completo'
  ).split(' '),
);

/** One word of a trigger, parsed once (this runs on every word of every message). */
interface TriggerWord {
  optional: boolean;
  options: readonly string[];
}

const COMPILED: readonly (readonly TriggerWord[])[] = TRIGGERS.map((t) =>
  t.map((part) => {
    const optional = part.endsWith('?');
    return { optional, options: (optional ? part.slice(0, -1) : part).split('|') };
  }),
);

/** The words a trigger can start with: other words start none. */
const FIRST_WORDS: ReadonlySet<string> = new Set(COMPILED.flatMap((t) => t[0]?.options ?? []));

/** Matches one trigger at token `i`; returns the index of the token after it, or undefined. */
function matchTrigger(tokens: Token[], i: number, trigger: readonly TriggerWord[]): number | undefined {
  let k = i;
  for (let w = 0; w < trigger.length; w++) {
    const { optional, options } = trigger[w] as TriggerWord;
    if (w > 0) {
      const sep = tokens[k];
      if (options.includes(':') && sep?.kind === 'sep' && sep.text.trim() === ':') return k + 1;
      if (!sep || sep.kind !== 'sep' || !/^ {1,3}$/.test(sep.text)) {
        if (optional) continue;
        return undefined;
      }
      const word = tokens[k + 1];
      if (word?.kind === 'word' && options.includes(word.text)) {
        k += 2;
        continue;
      }
      if (optional) continue;
      return undefined;
    }
    const word = tokens[k];
    if (word?.kind !== 'word' || !options.includes(word.text)) return undefined;
    k += 1;
  }
  return k;
}

const isNameWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.text.length >= 2 && !STOP.has(t.text) && !CONNECTORS.has(t.text);
/** Between two words of one name: spaces, or a hyphen or apostrophe ("Ana-Maria", "D'Ávila"). */
const inName = (t: Token | undefined): boolean => t !== undefined && t.kind === 'sep' && /^(?: {1,2}|-|'|’)$/.test(t.text);

/** The spans of names that follow an introduction. */
export function nameSpans(f: FoldedText): Span[] {
  const { tokens } = f;
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || !FIRST_WORDS.has(token.text)) continue;
    let after: number | undefined;
    for (const trigger of COMPILED) {
      after = matchTrigger(tokens, i, trigger);
      if (after !== undefined) break;
    }
    if (after === undefined) continue;
    // After the phrase: spaces (or a colon already taken), then the first name word.
    let k = after;
    if (tokens[k]?.kind === 'sep' && /^[ :]{1,3}$/.test(tokens[k]?.text ?? '')) k++;
    if (!isNameWord(tokens[k])) continue;
    const first = k;
    let last = k;
    let words = 1;
    while (words < MAX_NAME_WORDS && inName(tokens[last + 1])) {
      const next = tokens[last + 2];
      if (isNameWord(next)) {
        last += 2;
        words++;
      } else if (next?.kind === 'word' && CONNECTORS.has(next.text) && inName(tokens[last + 3]) && isNameWord(tokens[last + 4])) {
        last += 4;
        words++;
      } else break;
    }
    spans.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, tag: '[nome]' });
    i = last;
  }
  return spans;
}
