// What becomes of the citizen's data, asked of the chat in words no cue list holds ("vcs vendem os dados da gente?",
// "quem vê o que eu escrevo aqui?", "ce guarda meu cpf?", "alguém lê essas mensagens?"), or data told as sent by
// mistake ("passei meu telefone sem querer"): the privacy reply (LGPD; the bot consults no record), the conversation
// kept where it is (round 4721). Read by kind: data, a verb of handling it, the chat addressed, nothing else named.
import type { Reading } from './reading.ts';
import { isGlue } from './reading.ts';
import { namingWords } from './topics.ts';
import type { TurnBuilder } from './turn.ts';

/** The citizen's data, named ("os *dados*", "meu *cpf*", "essas *mensagens*"). */
const DATA_NOUNS: ReadonlySet<string> = new Set(['dados', 'dado', 'informacoes', 'informacao', 'infos', 'cpf', 'cadastro', 'telefone', 'celular', 'endereco', 'email']);
/** The chat's own words: what is typed here ("essas *mensagens*", "a *conversa*"). They point at the chat by themselves. */
const CHAT_NOUNS: ReadonlySet<string> = new Set(['mensagens', 'mensagem', 'msg', 'msgs', 'conversa', 'conversas']);
/** Verbs of writing or sending, after "que (eu)": what the citizen types here ("o que eu *escrevo*", "do que eu *falei*"). */
const WRITE_VERBS: ReadonlySet<string> = new Set(['escrevo', 'escrevi', 'escrevemos', 'falo', 'falei', 'digito', 'digitei', 'mando', 'mandei', 'envio', 'enviei', 'passo', 'passei', 'coloco', 'coloquei', 'conto', 'contei', 'informo', 'informei']);
/** Verbs of doing something with data: keeping, selling, passing on, seeing, wiping. */
const HANDLING: ReadonlySet<string> = new Set([
  'vender', 'vendem', 'vende', 'vendendo', 'vendido', 'vendidos', 'guardar', 'guardam', 'guarda', 'guardando', 'guardado', 'guardados', 'repassar', 'repassam', 'repassa', 'repassado', 'repassados',
  'compartilhar', 'compartilham', 'compartilha', 'compartilhado', 'compartilhados', 'ver', 've', 'veem', 'vendo', 'visto', 'vistos', 'ler', 'le', 'leem', 'lendo', 'lido', 'lidas', 'lidos',
  'apagar', 'apaga', 'apague', 'apagam', 'apagado', 'apagados', 'excluir', 'exclui', 'exclua', 'deletar', 'deleta', 'delete', 'usar', 'usam', 'usa', 'usado', 'usados', 'utilizam', 'utilizar',
  'vazar', 'vazam', 'vaza', 'vazou', 'vazados', 'acessar', 'acessa', 'acessam', 'armazenar', 'armazenam', 'armazena', 'salvar', 'salvam', 'salva', 'gravar', 'gravam', 'grava', 'gravado',
  'sabendo', 'sabe', 'consultar', 'consulta', 'puxar', 'puxa', 'olhar', 'olha', 'espionar', 'rastrear', 'monitorar', 'monitoram', 'mostrar', 'mostram', 'passam', 'passa', 'entregam', 'entregar',
]);
/** Verbs of doing, which handle data only with "com" ("o que fazem *com* os dados"). */
const DOING: ReadonlySet<string> = new Set(['fazem', 'faz', 'fazer', 'faria', 'fariam']);
/** The chat addressed: "vc", "vcs", "aqui", "o bot". */
const CHAT_ADDRESSED: ReadonlySet<string> = new Set(['voce', 'voces', 'vc', 'vcs', 'ce', 'tu', 'aqui', 'bot', 'robo', 'chat', 'atende']);
/** Data sent by mistake ("passei meu telefone *sem querer*", "mandei o cpf *por engano*"). */
const MISTAKE: readonly (readonly string[])[] = [['sem', 'querer'], ['por', 'engano']];
/** Verbs of giving data (sent by mistake). */
const GIVEN: ReadonlySet<string> = new Set(['passei', 'mandei', 'digitei', 'coloquei', 'enviei', 'escrevi', 'informei', 'dei']);
/** Whether giving data is safe ("é *seguro* passar…", "é *confiável*?"). */
const SAFE: ReadonlySet<string> = new Set(['seguro', 'segura', 'confiavel']);
/** Words around such a question that name no service ("da *gente*", "pra *empresa*", "*alguém*", "o *governo*"). */
const AROUND: ReadonlySet<string> = new Set(['gente', 'nossos', 'nossas', 'meus', 'minhas', 'meu', 'minha', 'seu', 'sua', 'pessoal', 'pessoais', 'empresa', 'empresas', 'terceiros', 'outras', 'outros', 'pessoas', 'pessoa',
  'alguem', 'ninguem', 'governo', 'estado', 'quem', 'onde', 'consegue', 'conseguem', 'pode', 'podem', 'vai', 'vao', 'ficar', 'fica', 'ficam', 'tem', 'como', 'ontem', 'hoje', 'depois', 'isso', 'seguro', 'segura',
  'sem', 'querer', 'engano', 'verdade', 'mesmo', 'serio', 'ai', 'la', 'tudo', 'todos', 'nada', 'ja', 'te', 'passar', 'mandar', 'escrever', 'falar', 'digitar', 'informar', 'dar', 'eu', 'nos', 'pelo', 'pela', 'com', 'do', 'da', 'dos', 'das', 'no', 'na', 'numero']);

/**
 * The social hit of a question of what becomes of the citizen's data, or of data sent by mistake; undefined when the
 * message is no such thing or names a service besides ("vc consegue ver minhas multas pelo cpf?" asks the fines).
 */
export function dataAsked(t: TurnBuilder, m: Reading): number[] | undefined {
  const { tokens } = m;
  const used: number[] = [];
  tokens.forEach((w, i) => {
    // "o que vcs *fazem com* meus dados": doing, with "com"; "vcs fazem o cpf?" asks for a document issued (merge review).
    if (DATA_NOUNS.has(w) || CHAT_NOUNS.has(w) || HANDLING.has(w) || CHAT_ADDRESSED.has(w) || (DOING.has(w) && tokens[i + 1] === 'com')) used.push(i);
    // "o que eu escrevo", "do que eu falei": what is typed here.
    else if (WRITE_VERBS.has(w) && (tokens[i - 1] === 'que' || (tokens[i - 1] === 'eu' && tokens[i - 2] === 'que'))) used.push(i);
  });
  const typed = used.some((i) => WRITE_VERBS.has(tokens[i] ?? '') || CHAT_NOUNS.has(tokens[i] ?? ''));
  const data = typed || used.some((i) => DATA_NOUNS.has(tokens[i] ?? ''));
  const mistake = MISTAKE.some(([a, b]) => tokens.some((w, i) => w === a && tokens[i + 1] === b)) && tokens.some((w) => GIVEN.has(w));
  const handled = used.some((i) => HANDLING.has(tokens[i] ?? '') || DOING.has(tokens[i] ?? ''));
  const addressed = typed || used.some((i) => CHAT_ADDRESSED.has(tokens[i] ?? ''));
  // "é confiável passar meus dados?", "é seguro mandar o cpf?": whether giving data here is safe.
  const safe = tokens.some((w) => SAFE.has(w));
  if (!data || !((handled && addressed) || mistake || safe)) return undefined;
  const given = tokens.flatMap((w, i) => (GIVEN.has(w) ? [i] : []));
  const rest = namingWords(m, [...used, ...given]).filter((w) => !isGlue(w) && !AROUND.has(w) && t.ctx.search.knows(w));
  return rest.length === 0 ? tokens.map((_, i) => i) : undefined;
}
