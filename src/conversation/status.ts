// A request the citizen made elsewhere (on a site, in an app, at a UAI), asked after by its number or as "já saiu?"
// ("protocolo 2026.555.123, já saiu?", "meu pedido nº 4455 tá em análise ainda?"): the bot cannot see it. It never makes
// up a status: it says so, with where to follow the request and LigMinas 155, and answers how long the service takes
// (the card in focus, or the service the message names), round 4720.
import type { Reading } from './reading.ts';

/** Words naming the citizen's own request ("o *protocolo*", "meu *pedido*", "a *solicitação*"). */
const REQUEST_NOUNS: ReadonlySet<string> = new Set(['pedido', 'solicitacao', 'requerimento']);
/** Words before a request noun that make it the citizen's own request ("*meu* pedido", "*o* pedido", "fiz *a* solicitação"). */
const OWN_BEFORE: ReadonlySet<string> = new Set(['meu', 'minha', 'o', 'a', 'do', 'da', 'no', 'na', 'esse', 'essa', 'desse', 'dessa', 'nesse', 'nessa']);
/** A protocol named ("protocolo", "protocolos", "prot"). */
const PROTOCOL_WORDS: ReadonlySet<string> = new Set(['protocolo', 'protocolos']);

/**
 * How the state of a request is asked, word by word (folded tokens, chat spellings already read: "tá" is "esta"). Each
 * phrase's words must follow one another.
 */
const STATUS_PHRASES: readonly (readonly string[])[] = [
  'ja saiu', 'saiu ja', 'saiu ou nao', 'ainda nao saiu', 'ja ficou pronto', 'ja ficou pronta', 'ficou pronto', 'ficou pronta', 'esta pronto', 'esta pronta', 'ja esta pronto', 'ja esta pronta',
  'em analise', 'andamento', 'como esta', 'como anda', 'como que esta', 'status', 'situacao', 'foi aprovado', 'foi aprovada', 'foi deferido', 'foi deferida', 'foi aceito', 'foi aceita',
  'foi analisado', 'foi analisada', 'ja liberou', 'foi liberado', 'foi liberada', 'ja foi concluido', 'ja foi concluida', 'tem resposta', 'teve resposta', 'alguma resposta', 'alguma novidade', 'novidade', 'novidades',
  'deu certo', 'ja foi aprovado', 'ja foi aprovada', 'ja saiu o resultado', 'resultado',
].map((p) => p.split(' '));
/** Verbs of seeing or following a request ("quero *saber* do meu protocolo", "como *acompanho* o pedido?"). */
const FOLLOW_VERBS: ReadonlySet<string> = new Set(['saber', 'ver', 'consultar', 'consulto', 'consulta', 'acompanhar', 'acompanho', 'acompanha', 'olhar', 'checar', 'verificar', 'conferir', 'confiro', 'vejo']);

/** The words with which the bot's own protocols are looked up (intents.ts, `protocol`). */
const BOT_LOOKUP: ReadonlySet<string> = new Set(['consultar', 'ver', 'acompanhar', 'situacao', 'status']);

/** The positions of the phrase's words where it starts at `i`, or none. */
function phraseAt(tokens: readonly string[], i: number, phrase: readonly string[]): number[] | undefined {
  return phrase.every((w, k) => tokens[i + k] === w) ? phrase.map((_, k) => i + k) : undefined;
}

/**
 * The citizen asks after a request of their own made elsewhere: a protocol, or "meu/o pedido", named, and its state
 * asked ("já saiu?", "tá em análise?", "foi aprovado?") or a verb of following it said beside a protocol ("quero saber do
 * meu protocolo 12345"). The words of the asking, the request and its number (they name no service); undefined otherwise.
 */
export function statusAsked(m: Reading): number[] | undefined {
  const { tokens } = m;
  const protocol = tokens.findIndex((w) => PROTOCOL_WORDS.has(w));
  const request = protocol >= 0 ? protocol : tokens.findIndex((w, i) => REQUEST_NOUNS.has(w) && OWN_BEFORE.has(tokens[i - 1] ?? ''));
  if (request < 0) return undefined;
  // "consultar protocolo", with no number: how the bot's own protocols are looked up ("consultar protocolo ATD-…"), as before.
  if (protocol >= 0 && !tokens.some((w) => /\d/.test(w)) && tokens.some((w) => BOT_LOOKUP.has(w))) return undefined;
  const used: number[] = [];
  tokens.forEach((_, i) => {
    for (const phrase of STATUS_PHRASES) used.push(...(phraseAt(tokens, i, phrase) ?? []));
  });
  const following = protocol >= 0 ? tokens.flatMap((w, i) => (FOLLOW_VERBS.has(w) ? [i] : [])) : [];
  if (used.length === 0 && following.length === 0) return undefined;
  // The request, its number and the little words around them name no service.
  const around = tokens.flatMap((w, i) => (i === request || /^\d+$/.test(w) || (OWN_BEFORE.has(w) && i === request - 1) || w === 'ja' || w === 'ainda' || w === 'n' || w === 'no' || w === 'numero' ? [i] : []));
  return [...new Set([...used, ...following, ...around])].sort((a, b) => a - b);
}

/** What the bot says first: it cannot see the request, and where it is followed. */
export const STATUS_NOT_SEEN =
  'Não consigo ver o andamento de pedidos feitos nos sites, aplicativos ou unidades de atendimento: por aqui não tenho acesso a protocolos nem a cadastros. 🔒 Acompanhe pela página oficial do serviço (ou pelo canal onde fez o pedido) ou ligue para o *LigMinas 155*.';
