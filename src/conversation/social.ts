// Social turns in the middle of a conversation ("obrigado", "tudo bem?", "você é um robô?") and "não
// entendi": answered briefly, and the conversation stays where it was, with the same question or options.
import { FAMILY } from '../core/people.ts';
import type { SocialKind } from './cues.ts';
import type { Reading } from './reading.ts';
import type { ReplyHint } from './types.ts';
import { fieldPrompt, formOptions } from './form.ts';
import { copy } from './text.ts';
import { opt, serviceOf, type TurnBuilder } from './turn.ts';
import { menuOptions, showMenu } from './views.ts';

const replies: Record<SocialKind, string> = {
  greeting: 'Olá! 😊',
  howAreYou: 'Tudo bem, obrigado por perguntar! 😊',
  thanks: 'De nada! 😊',
  ack: 'Combinado! 👍',
  bot: 'Sou o *Atende*, um assistente virtual automático do Governo de Minas Gerais: não sou uma pessoa. Se preferir falar com alguém, digite *atendente*.',
  compliment: 'Obrigado! Fico feliz em ajudar. 😊',
  insult: 'Sinto muito se não ajudei como você esperava. Vamos tentar de novo: escreva com outras palavras o que você precisa, ou fale com uma pessoa pelo *LigMinas 155*.',
  laugh: '😄',
  surprise: 'Pois é! 🙂',
  dismay: 'Sinto muito, sei que não é fácil. 🙏 Vamos ver juntos o que dá para fazer.',
  declined: 'Tudo bem. 🙂',
  later: 'Tudo bem, sem pressa! Quando quiser, é só voltar aqui. 🙂',
  sorry: 'Sem problema! 🙂',
  news: 'Que legal, parabéns! 🎉',
  struggling: 'Sem pressa, vamos com calma. 🙂 Escreva do seu jeito o que você precisa, por exemplo "segunda via da identidade", ou toque numa das opções. Se preferir, fale com uma pessoa pelo *LigMinas 155*.',
  hurry: 'Vamos direto ao ponto! 🙂',
  waiting: 'Desculpe a demora! 🙏 Estou aqui. Se preferir falar com uma pessoa, digite *atendente*.',
  privacy: '🔒 Pela Lei Geral de Proteção de Dados (LGPD), os dados pessoais que você informa num pedido servem só para esse pedido: ficam guardados apenas no registro da solicitação e não entram em estatísticas. Por aqui eu não consulto cadastros nem pedidos de ninguém.',
  voice: 'Por enquanto eu só leio texto: não consigo ouvir áudio. 🙂 Se for difícil digitar, pode escrever poucas palavras, tocar nas opções, ou falar com uma pessoa pelo *LigMinas 155*.',
  attachment: 'Por aqui eu só recebo texto: não consigo receber fotos, vídeos nem arquivos. 🙂 Quando o serviço pede documentos, a página oficial diz como enviá-los.',
  paste: 'Texto eu leio, sim: pode colar ou escrever aqui o que a mensagem diz, que eu procuro o serviço de que ela fala. 🙂',
  audience: 'Atendo qualquer pessoa, também quem ajuda outras (despachantes, contadores, assistentes sociais, agentes de saúde): explico os serviços do *Governo de Minas Gerais* (o que é, quem pode pedir, documentos, custo, onde e como fazer) e, em alguns, registro o pedido aqui mesmo. Pergunte um serviço de cada vez, com suas palavras. 🙂',
  calls: 'Não: por aqui eu não ligo para ninguém; a conversa é só neste chat. 🔒 Se alguém ligar dizendo ser do Governo e pedir senha, código ou pagamento, desligue: é golpe.',
  memory: 'Não lembro de conversas anteriores: depois de um tempo parada, cada conversa começa do zero, e eu não guardo o que foi dito. 🔒 Conte de novo o caso, sem dados pessoais, que eu ajudo.',
  reach: 'Sou o assistente dos serviços do *Governo de Minas Gerais*, que são estaduais: pode perguntar de qualquer cidade de Minas. Onde o atendimento é presencial, cada serviço diz os locais. 🙂',
  scam: 'Este é o atendimento automático do *Governo de Minas Gerais*. 🔒 Por aqui eu nunca peço senha, código de confirmação nem pagamento: não passe sua senha a ninguém.',
  language: 'Por enquanto eu só converso em português. 🙂 (Sorry, I only speak Portuguese for now.)',
  // The goodbye itself is said by quit() (the conversation ends).
  bye: '',
};

/** The order the parts of a combined social reply are said in ("Olá! Tudo bem, obrigado…"). */
const ORDER: readonly SocialKind[] = ['greeting', 'howAreYou', 'thanks', 'compliment', 'ack', 'declined', 'later', 'laugh', 'surprise', 'news', 'dismay', 'sorry', 'struggling', 'hurry', 'waiting', 'voice', 'attachment', 'paste', 'audience', 'memory', 'calls', 'reach', 'language', 'privacy', 'bot', 'scam', 'insult', 'bye'];

/** Kinds that go without saying next to others (`by`), applied in this order ("ok obrigado": "De nada!", not "De nada! Combinado!"). */
const SAID_BY: readonly { by: readonly SocialKind[]; drops: readonly SocialKind[] }[] = [
  // "ok obrigado", "blz vlw", "certo, muito bom": the "ok" next to thanks, praise or an apology.
  { by: ['thanks', 'compliment', 'sorry'], drops: ['ack'] },
  // "ok, vou pensar e depois volto": the "sem pressa" says the "ok" and the "tudo bem" already; "to no trabalho, depois
  // falo" is not told to go straight to the point.
  // "pera esqueci oq eu ia colar aqui": the paste put off needs no invitation to paste now (round 6120).
  { by: ['later'], drops: ['ack', 'declined', 'hurry', 'paste'] },
  // "valeu, me ajudou demais": thanks with praise get the praise's "Obrigado! Fico feliz em ajudar.", not a "De nada!" too.
  { by: ['compliment'], drops: ['thanks'] },
];

/** The replies to these social kinds, in the order they are said (greeting and goodbye are said elsewhere). */
export function socialLine(kinds: ReadonlySet<SocialKind>): string {
  // Patience for a citizen who finds this hard says all the rest would ("não sei mexer" is no "não" to a question).
  // A tired citizen in a hurry ("to exausta, so queria resolver isso logo") is not told to take it slowly.
  const calm = kinds.has('struggling') ? new Set([...kinds].filter((k) => k !== 'declined' && k !== 'sorry' && k !== 'ack' && !(k === 'struggling' && kinds.has('hurry')))) : kinds;
  // What goes without saying next to another kind (SAID_BY).
  let said: ReadonlySet<SocialKind> = calm;
  for (const rule of SAID_BY) if (rule.by.some((k) => said.has(k))) said = new Set([...said].filter((k) => !rule.drops.includes(k)));
  return ORDER.filter((k) => said.has(k) && replies[k] !== '').map((k) => replies[k]).join(' ');
}

/** True at the menu with nothing talked about: a greeting then (re)opens the menu with the welcome. */
function isFresh(t: TurnBuilder): boolean {
  return t.state.view.at === 'menu' && t.state.focus === undefined;
}

/** Answers a social turn (one or several kinds at once) and keeps the conversation where it is. */
export function socialReply(t: TurnBuilder, kinds: ReadonlySet<SocialKind>): void {
  const onlyHello = [...kinds].every((k) => k === 'greeting' || k === 'howAreYou');
  if (onlyHello && isFresh(t)) {
    if (kinds.has('howAreYou')) t.say(replies.howAreYou, undefined, undefined, { kind: 'small_talk' });
    return showMenu(t, true);
  }
  const text = socialLine(kinds);
  if (kinds.has('insult')) {
    t.say(text, [opt.handoff, opt.menu], undefined, { kind: 'small_talk' });
    return;
  }
  // Putting it off ("vou pensar e depois volto") is not asked what comes next.
  t.say(`${text} ${kinds.has('later') ? '' : whatNext(t)}`.trim(), undefined, undefined, { kind: 'small_talk' });
  // A list of search results stays valid (a number still picks one) but is not put forward again: after
  // "valeu" the citizen is done with it, and services pushed at a "thank you" read as a new answer.
  if (t.state.view.at !== 'results') keepContext(t);
}

/** A short line inviting the next message, about the service in focus when there is one. */
function whatNext(t: TurnBuilder): string {
  const s = t.state.focus ? serviceOf(t.ctx, t.state.focus) : undefined;
  switch (t.state.view.at) {
    case 'form':
    case 'confirm':
    case 'leave':
    case 'feedback':
    case 'resume':
      return '';
    case 'walkthrough':
      return 'Quando quiser seguir, digite *próxima*.';
    default:
      return s ? `Se quiser saber mais sobre *${s.title}*, é só perguntar.` : 'Em que posso ajudar?';
  }
}

/**
 * Shows again what the conversation is waiting for: the form question, the summary, a yes/no question,
 * or the options last shown. Used after any side answer, so the citizen never loses the thread.
 */
export function keepContext(t: TurnBuilder): void {
  const view = t.state.view;
  const s = 'serviceId' in view && view.serviceId ? serviceOf(t.ctx, view.serviceId) : undefined;
  if (view.at === 'form' && s?.form) {
    const field = s.form.fields[view.field];
    t.say(fieldPrompt(s.form, view.field), formOptions(s.form, view.field), undefined, { kind: 'field', serviceId: s.id, field: view.field + 1, of: s.form.fields.length, choices: field?.type === 'choice' ? (field.options?.length ?? 0) : 0 });
    return;
  }
  if (view.at === 'confirm') {
    t.say('Está tudo certo com os dados? Digite *sim* para confirmar, *corrigir* para preencher de novo ou *cancelar*.', [opt.confirm, opt.redo, opt.cancelForm], undefined, { kind: 'notice' });
    return;
  }
  if (view.at === 'leave') {
    const target = serviceOf(t.ctx, view.target);
    t.say(`Quer deixar o pedido pela metade e ver *${target?.title ?? 'o outro serviço'}*?`, [opt.leaveYes, opt.leaveNo], undefined, { kind: 'notice' });
    return;
  }
  if (view.at === 'feedback') {
    t.say(copy.feedbackQuestion, [opt.yes, opt.no], undefined, { kind: 'feedback' });
    return;
  }
  if (view.at === 'resume') {
    t.say('Quer continuar de onde parou?', [opt.resumeYes, opt.resumeNo], undefined, { kind: 'notice' });
    return;
  }
  // Options stay valid; repeat them on the last reply so a numbered menu is in sight again.
  const last = t.replies[t.replies.length - 1];
  const options = t.state.options.length > 0 ? t.state.options : menuOptions();
  if (last && !last.options) {
    last.options = options;
    t.state = { ...t.state, options };
  }
}

/** Words that tell of a death ("minha mãe *faleceu*", "o *falecimento* do meu pai", "a certidão de *óbito* do meu marido"). */
const DEATH: ReadonlySet<string> = new Set(['faleceu', 'faleceram', 'falecido', 'falecida', 'falecimento', 'morreu', 'morreram', 'obito', 'falecer', 'morte']);
/** Who a citizen mourns: family, and the other words for those close ("vó", "companheiro", "parente"). */
const MOURNED: ReadonlySet<string> = new Set([...FAMILY, 'vo', 'vovo', 'companheiro', 'companheira', 'parente', 'familiar', 'pais']);
/** "perdi meu pai", "perdemos a vó": losing someone is a death only with a person right after. */
const LOST = new Set(['perdi', 'perdemos']);
/** The replies a condolence may open: answers about services, not a form's question nor a social line. */
const CONDOLED: ReadonlySet<ReplyHint['kind']> = new Set(['card', 'results', 'follow_up', 'unanswered', 'passage', 'elsewhere', 'no_results', 'documents', 'where']);

/** True when the message tells of the death of someone close ("minha mãe faleceu", "perdi meu pai mês passado"). */
function bereaved(m: Reading): boolean {
  const w = m.tokens;
  const died = w.some((x) => DEATH.has(x)) && w.some((x) => MOURNED.has(x));
  const lost = w.some((x, i) => LOST.has(x) && [w[i + 1], w[i + 2]].some((y) => MOURNED.has(y ?? '')));
  return died || lost;
}

/**
 * "minha mãe faleceu e preciso ver o imposto da herança": the answer about the service opens with a word of sympathy.
 * Only on a turn that answers about services (never a form's question), and only said once in the turn.
 */
export function condole(t: TurnBuilder, m: Reading): void {
  const first = t.replies[0];
  if (!first || !CONDOLED.has(first.hint?.kind ?? 'notice') || !bereaved(m)) return;
  first.text = `Sinto muito pela sua perda. 🙏\n\n${first.text}`;
}
