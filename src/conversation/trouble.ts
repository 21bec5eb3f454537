// Trouble on the way told of the service in view: "o site não abre", "deu erro na hora de enviar", "esqueci a senha
// do gov.br e não chega o código", "liguei no 181 e ninguém atende", "não tem vaga em nenhuma UAI", "fui lá e me
// mandaram voltar", "faz 3 meses e ninguém responde". The citizen is stuck with *this* service: it stays in view.
// The bot says it cannot fix it from here, with the card's other ways of doing it (not the one that failed), where to complain when the card says, the official page and
// LigMinas 155. Never a fix, a deadline or a number the card does not give (round 4400).
import type { Channel, Service } from '../catalogue/schema.ts';
import { isAsked } from './commands.ts';
import type { Message } from './message.ts';
import { copy, timeLabel } from './text.ts';
import { channels, isOnline, official, passages, quotable } from './followup.ts';
import { analyze } from '../search/normalize.ts';
import { fold } from '../core/normalize.ts';
import { memo } from './naming.ts';
import type { TurnBuilder } from './turn.ts';
import { optionsOrWayOut } from './views.ts';

/** Which way of doing the service failed: the internet, the telephone, the desk, or the request itself (no answer, stuck). */
export type TroubleKind = 'online' | 'phone' | 'in_person' | 'request';
/** Trouble told: its kind, the tokens that tell it, and whether the app (not the site) is what failed. */
export interface TroubleTold {
  kind: TroubleKind;
  used: number[];
  app: boolean;
  /** The booking is what failed ("tentei agendar pelo portal e deu erro"): booking online is no other way then. */
  booking: boolean;
  /** The request was refused or sent back for more (round 4524). */
  refused?: boolean;
}

// Folded text (lower case, no accents, tokens joined by one space).
/** A thing of the internet way: the site, the app, the system, the login. */
const ONLINE_THING = String.raw`(site|sitio|pagina|portal|app|aplicativo|sistema|link|plataforma|agencia virtual|uai virtual|atendimento virtual|delegacia virtual|tela|login|e ?gta|e ?itcd|siare|infoscip|redesim|gov ?br|cidadao mg|mg app)`;
/** The internet way failing: not opening, an error shown, stuck loading, not letting one through. */
const ONLINE_FAILS = new RegExp(
  [
    String.raw`\b${ONLINE_THING}\b.{0,40}\b(nao|n|num) (abre|abriu|carrega|carregou|gera|gerou|emite|emitiu|funciona|funcionou|entra|entrou|aceita|aceitou|deixa|deixou|reconhece|acha|achou|encontra|encontrou|conclui|completa|termina|envia|enviou|finaliza|baixa|baixou|libera|liberou|vai|foi|sai|saiu)\b`,
    String.raw`\b(da|deu|dando|aparece|apareceu|aparecendo|mostra|mostrou|fica dando|ficou dando|volta|voltou) (um |uma |o |a )?(erro|mensagem de erro|falha)\b`,
    String.raw`\berro (generico|no site|na hora|ao|quando)\b`,
    String.raw`\b${ONLINE_THING}\b.{0,40}\b(trava|travou|travando|travado|travada|fica rodando|fica so rodando|ficou rodando|fica carregando|caiu|fora do ar|bugou|bugado|da tela branca|tela branca|fica voltando|volta pra tela)\b`,
    String.raw`\b(tela branca|fora do ar)\b`,
    // The state's payment slip not produced ("o DAE não gera", "a guia não emite"): the internet way failing (round 4520).
    String.raw`\b(dae|guia|boleto)\b.{0,20}\b(nao|n|num) (gera|gerou|emite|emitiu|abre|abriu|imprime|imprimiu|carrega|carregou)\b`,
    String.raw`\b(esqueci|perdi|nao lembro|bloquearam|bloqueou|bloqueada) (a |minha |da |de )?senha\b`,
    String.raw`\bsenha\b.{0,30}\b(errada|invalida|nao (funciona|aceita|entra|vai))\b`,
    String.raw`\b(nao|n|num) (chega|chegou|recebi|recebo|veio|vem) (nenhum |o |a )?(codigo|email|e mail|sms|link|mensagem)\b`,
    String.raw`\b(nao|n|num) (consigo|consegui|to conseguindo|estou conseguindo) (entrar|acessar|logar|fazer login|emitir|gerar|enviar|terminar|concluir|finalizar|abrir)\b`,
  ].join('|'),
);
/** The telephone not answered. */
const PHONE_FAILS = /\b(ninguem|ngm|nenhum atendente|ninguem nunca) (me )?(atende|atendeu|atendia|atender)\b|\b(fica|ficou|so|fica so) (chamando|tocando)\b|\b(liguei|ligo|ligando)\b.{0,40}\b(nao|ninguem) (atende|atendeu|completa|completou)\b|\b(telefone|numero)\b.{0,20}\b(nao|n) (atende|existe|completa|funciona)\b|\b(sempre|so) (ocupado|da ocupado)\b/;
/** The desk or the booking failing: closed, no slot, sent back. */
const IN_PERSON_FAILS = /\b(nao|n|num) (tem|tinha|ha|havia|aparece|apareceu|acho|achei|encontro|encontrei) (nenhum |nenhuma )?(vaga|vagas|horario|horarios|data|datas|agenda)\b|\b(sem|acabaram as|acabou as|esgotad[oa]s?) (vaga|vagas|horario|horarios)\b|\b(vagas?|horarios?) (esgotad[oa]s?|acabaram|acabou)\b|\b(tava|estava|ta|esta|estavam) fechad[oa]s?\b|\b(me )?mandaram (eu )?(voltar|embora)\b|\bme (mandaram|pediram pra) (voltar|ir embora)\b|\bnao (me )?atenderam\b/;
/** The request itself stuck: no answer, no word, standing for months. */
const REQUEST_FAILS = /\b(ninguem|ngm)( do \w+| da \w+)? (me )?(responde|respondeu|retorna|retornou|chamou|liga|ligou|deu retorno)\b|\b(nao|nunca) (me )?(responderam|retornaram|deram retorno|chamaram|tive (resposta|retorno))\b|\b(parad[oa]|emperrad[oa]) (em analise|faz|ha|tem|desde)\b|\b(ta|esta|continua|segue) (parad[oa]|em analise) (faz|ha|tem|desde)\b|\b(ate agora|ate hoje|e ate agora|ainda) (nada|nao (chegou|veio|saiu|recebi|tive resposta|apareceu|baixou|caiu))\b|\be nada ainda\b|\bnada ate agora\b/;

/**
 * The request refused or sent back ("foi negado", "indeferiram meu pedido", "voltou com uma exigência", "me pediram uma
 * pendência"): the request's trouble; the card's sentence on a refusal comes first (round 4524).
 */
const REFUSED = /\b(negad[oa]s?|indeferid[oa]s?|recusad[oa]s?|negaram|indeferiram|indeferiu|recusaram|recusou|exigencia|exigencias|pendencia|pendencias)\b/;
/** The stems of a refusal and of its remedy, in the message or in the card's sentences ("Se *negado*, é possível *recorrer*"). */
const REFUSAL_STEMS: ReadonlySet<string> = new Set(['negado', 'negada', 'negaram', 'indeferido', 'indeferida', 'indeferiram', 'indeferimento', 'recusado', 'recusada', 'recusaram', 'exigencia', 'exigencias', 'pendencia', 'pendencias', 'recorrer', 'recurso', 'corrija', 'reenvie', 'motivo'].flatMap((w) => analyze(w)));

/** Booking named ("agendar", "marcar", "agendamento"). */
const BOOKING = /\b(agend\w*|marc(ar|o|ei|ou|a|ando)|horario|vaga|vagas)\b/;

/** The app named as what fails ("o app trava"), else the site's or system's way. */
const APP_FAILS = /\b(app|aplicativo|mg app)\b/;

/**
 * What a citizen stuck asks: what to do now, another way, how to solve it. Any other question ("quanto tempo demora?",
 * "quais documentos são exigidos?", "precisa marcar horário?", "pq?") is asked of the card as any follow-up is.
 */
const TROUBLE_ASKED = /\b(o que|oq|o q|que) (eu |a gente )?(faco|fazer|devo fazer|posso fazer|eu faco|faz|podemos fazer)\b|\b(tem|ha|existe|teria|havera) (algum |alguma )?(outr[oa]s?) (jeito|lugar|canal|canais|meio|meios|forma|formas|caminho|opcao|opcoes|maneira|site|numero|telefone)\b|\boutr[oa] (jeito|forma|canal|maneira|caminho) de\b|\bcomo (resolvo|resolver|faco agora|fica|proceder|procedo|consigo resolver)\b|\be agora\b|\b(to|estou|tou) (enrolad[oa]|perdid[oa])\b|\bferrou\b|\bcomo (que )?(eu )?(descubro|sei)\b/;

/** A refusal asked about ("cabe recurso?", "existe forma de contestar?"): what the citizen may do. */
const REFUSAL_ASKED = /\b(recurso|recorrer|recorro|contestar|contesto|reconsideracao|reverter)\b/;

/** The way of doing the service the message tells is failing, with the tokens that tell it, if it tells one. */
export function troubleTold(m: Message): TroubleTold | undefined {
  if (m.freeText) return undefined;
  const text = m.tokens.join(' ');
  const refused = REFUSED.exec(text);
  if (isAsked(m.text) && !TROUBLE_ASKED.test(text) && !(refused !== null && REFUSAL_ASKED.test(text))) return undefined;
  if (refused !== null) {
    const from = text.slice(0, refused.index).split(' ').length - 1;
    return { kind: 'request', used: [from], app: false, booking: false, refused: true };
  }
  const kinds: readonly [TroubleKind, RegExp][] = [['phone', PHONE_FAILS], ['in_person', IN_PERSON_FAILS], ['online', ONLINE_FAILS], ['request', REQUEST_FAILS]];
  for (const [kind, re] of kinds) {
    const found = re.exec(text);
    if (found === null) continue;
    // The tokens the match spans: the words of the trouble, which name no service.
    const from = text.slice(0, found.index).split(' ').length - 1;
    const count = found[0].trim().split(' ').length;
    return { kind, used: Array.from({ length: count }, (_, i) => from + i), app: kind === 'online' && APP_FAILS.test(text), booking: BOOKING.test(text) };
  }
  return undefined;
}

/**
 * Whether a channel is another way than the one that failed: the app when the site failed and the site when the app
 * did; booking a desk online ("Agendamento gratuito na UAI") unless the booking is what failed. Notices sent by e-mail
 * are no way of doing it; an address to write to is.
 */
function otherWay(told: TroubleTold, c: Channel): boolean {
  const { kind, app, booking } = told;
  if (c.type === 'e-mail' && !c.description.includes('@')) return false;
  if (kind === 'online') return app ? c.type !== 'aplicativo-movel' : !isOnline(c.type) || c.type === 'aplicativo-movel' || (c.type === 'web-agendar' && !booking);
  if (kind === 'phone') return c.type !== 'telefone';
  if (kind === 'in_person') return c.type !== 'presencial' && c.type !== 'web-agendar';
  return c.type === 'telefone' || c.type === 'web-acompanhar' || c.type === 'e-mail' || c.type === 'presencial';
}

/** The card's other ways of doing it, as the other answers list channels (followup.ts, channels), at most four. */
function otherWays(focus: Service, told: TroubleTold): string[] {
  return channels(focus, (_type, c) => otherWay(told, c)).lines.slice(0, 4);
}

/**
 * Words of trouble that any sentence on the internet way holds ("consulte no *site* oficial", "pelo *aplicativo*"): a
 * sentence sharing only these with the message says nothing of the trouble.
 */
const TROUBLE_GENERIC: ReadonlySet<string> = new Set(
  ['site', 'sitio', 'pagina', 'portal', 'app', 'aplicativo', 'sistema', 'link', 'plataforma', 'tela', 'internet', 'online', 'abre', 'abrir', 'carrega', 'funciona', 'consigo', 'conseguir', 'consegui', 'deixa', 'tentei', 'tentar', 'agora', 'hoje', 'ontem', 'fazer', 'faco', 'pedido', 'pedir', 'servico', 'outro', 'outra', 'jeito', 'forma', 'canal', 'governo', 'minas', 'mg', 'gov', 'br'].flatMap((w) => analyze(w)),
);

/** Answers trouble told on the way of the service in view (see the file comment). */
export function sayTrouble(t: TurnBuilder, focus: Service, told: TroubleTold): void {
  const { kind } = told;
  // A sentence of the card on the thing that failed ("A data da prova depende das *vagas* disponíveis", "Quem esqueceu a
  // *senha* recebe a nova pelo e-mail cadastrado") comes first: one that holds a word of the message besides the words
  // any trouble on the internet has.
  const own = new Set(t.said === undefined ? [] : analyze(t.said).filter((st) => !TROUBLE_GENERIC.has(st)));
  const found = t.said === undefined ? [] : passages(focus, t.ctx.catalogue, t.said, [], true);
  // A refusal: the card's sentences on a refusal and its remedy first, whatever words the message used for it.
  // Those holding the message's own word of it ("negaram": "Se *negado*, …") before the others ("pendência").
  const refusal = told.refused === true ? quotable(focus).filter((x) => analyze(x).some((st) => REFUSAL_STEMS.has(st))) : [];
  const onRefusal = [...refusal.filter((x) => analyze(x).some((st) => own.has(st))), ...refusal.filter((x) => !analyze(x).some((st) => own.has(st)))];
  const said = (onRefusal.length > 0 ? onRefusal : found.filter((x) => analyze(x).some((st) => own.has(st)))).slice(0, 2);
  const complain = kind === 'request' || kind === 'phone' ? focus.complaints?.trim() : undefined;
  said.unshift(...waitedFor(focus, told));
  const answered = said.length > 0 ? 'passage' : 'unanswered';
  t.events.push({ type: 'follow_up', kind: answered, serviceId: focus.id });
  t.say(copy.trouble(focus.title, said, otherWays(focus, told), complain), optionsOrWayOut(t), [official(focus)], { kind: answered, serviceId: focus.id });
}

/**
 * A request waited on with no answer ("faz 2 meses e ninguém me chamou", "tá parado em análise faz meses"): the time the
 * card gives for it, first, as the measure of the wait; nothing when the card gives none (round 4546).
 */
function waitedFor(focus: Service, told: TroubleTold): string[] {
  const t = focus.estimatedTime;
  return told.kind !== 'request' || (t.kind === 'not_estimated' && !t.description) ? [] : [`Prazo: ${timeLabel(t)}`];
}

/** A payment told made (folded): "paguei", "já quitei", "fiz o pagamento", "o pagamento" (round 4760). */
const PAID = String.raw`(paguei|pagamos|pago|quitei|quitamos|efetuei o pagamento|fiz o pagamento|pagamento)`;
/**
 * A payment told made and not credited: what it was for not shown, not let through, still owed ("paguei e não baixou",
 * "já paguei mas continua aparecendo", "o pagamento não compensou", "paguei o dae e nenhuma clínica aparece", "o órgão
 * fala que o pagamento não consta"); or made twice ("paguei em dobro", "cobraram duas vezes") (round 4760). Not "não
 * saiu (ainda)": what has not come out yet is the paper waited for, which asks how long it takes (round 2343; merge review).
 */
const PAID_NOT_CREDITED = new RegExp(
  [
    String.raw`\b${PAID}\b.*\b(nao|n|num|nenhum|nenhuma)( \w+){0,3} (baixou|baixa|aparece|apareceu|consta|constou|caiu|compensou|compensa|entrou|libera|liberou|atualizou|atualiza|reconheceu|reconhece|deixa|deixou|mudou|foi (reconhecido|identificado|confirmado|compensado|baixado|processado))\b`,
    String.raw`\b${PAID}\b.*\b(ainda|continua|continuam|segue|seguem) (aparec\w*|const\w*|mostr\w*|em aberto|pendente|devendo|cobrando|como (nao pago|devendo|em aberto|pendente))\b`,
    String.raw`\b${PAID}\b.*\b(em aberto|(diz|fala|falam|dizem|mostra|consta) que (ainda )?(tem|ta|esta|estou|to|consta) (debito|devendo|em aberto|pendente))\b`,
  ].join('|'),
);
/** A payment told made twice ("paguei em dobro", "cobraram duas vezes", "pagamento duplicado") (round 4760). */
const PAID_TWICE = /\b(paguei|pagamos|pago|cobraram|cobrou|debitaram|debitou|pagamento|cobranca)\b.{0,30}\b(em dobro|duas vezes|2 vezes|duplicad[oa]|em duplicidade|repetid[oa])\b(.{0,30}\b(da|na|no|do) (minha |meu )?(conta|cartao|banco)\b)?/;
/** A sentence of the card on a payment made twice or given back ("restituição", "devolução", "em duplicidade"). */
const REFUND_SENTENCE = /\b(duplicidade|restitui\w*|devolu\w*|devolvid[oa]s?|reembols\w*)\b/;
/** The words of asking when or how long, shared by WHEN_ASKED and PAID_WHEN. */
const WHEN_WORDS = 'quando|quanto tempo|demora|demoram';
/** Asking when or how long ("paguei hoje, quando aparece?", "demora quanto?"): a time question, the card's time answers it. */
const WHEN_ASKED = new RegExp(String.raw`\b(${WHEN_WORDS}|leva quanto|prazo)\b`);

/** The tokens that tell a payment made and not credited (see PAID_NOT_CREDITED), if the message tells one (round 4760). */
export function paymentTroubleTold(m: Pick<Message, 'text' | 'tokens'> & Partial<Pick<Message, 'freeText'>>): number[] | undefined {
  if (m.freeText === true) return undefined;
  const text = m.tokens.join(' ');
  const found = PAID_NOT_CREDITED.exec(text) ?? PAID_TWICE.exec(text);
  if (found === null || (isAsked(m.text) && WHEN_ASKED.test(text))) return undefined;
  const from = text.slice(0, found.index).split(' ').length - 1;
  return Array.from({ length: found[0].trim().split(' ').length }, (_, i) => from + i);
}

/**
 * A sentence of the card on when a payment is credited ("A confirmação do pagamento no sistema pode não aparecer no
 * mesmo dia", "Depois da compensação, … atualizar a situação do veículo", "Pagamentos fora da rede credenciada podem
 * não ser reconhecidos", "confira … se o IPVA aparece como quitado").
 */
const CREDIT_SENTENCE = /\bcompens(a|ar|ado|ada|acao|am)\b|\breconhec\w* o pagamento\b|\b(confirmacao|confirmar|confirma|confirmado) (do |o )?pagamento\b|\bpagamentos?\b.*\b(mesmo dia|dias uteis|reconhecid[oa]s?|confirmad[oa]s?)\b|\bcomo quitad[oa]s?\b|\batualiz\w* a situacao\b/;
const creditSentences = memo((s: Service): readonly string[] => quotable(s).filter((x) => CREDIT_SENTENCE.test(fold(x))));
const refundSentences = memo((s: Service): readonly string[] => quotable(s).filter((x) => REFUND_SENTENCE.test(fold(x)) && /\bpag/.test(fold(x))));

/**
 * A payment told made and not credited, or made twice, on the card in view: the card's sentences on when a payment is
 * credited, else that it gives no guidance for the case; the official page and LigMinas 155. The card stays in view
 * (round 4760).
 */
export function sayPaymentTrouble(t: TurnBuilder, focus: Service, m: Pick<Message, 'tokens'>): void {
  // Paid twice: the card's sentences on giving a payment back, if any; when a payment is credited answers nothing there.
  const twice = PAID_TWICE.test(m.tokens.join(' ')) && !PAID_NOT_CREDITED.test(m.tokens.join(' '));
  const said = withSteps(focus, twice ? refundSentences(focus) : creditSentences(focus));
  const answered = said.length > 0 ? 'passage' : 'unanswered';
  t.events.push({ type: 'follow_up', kind: answered, serviceId: focus.id });
  t.say(copy.trouble(focus.title, said, [], undefined), optionsOrWayOut(t), [official(focus)], { kind: answered, serviceId: focus.id });
}

/** A step's title found ("Atualizar a situação") comes with what its step says; that step's own sentences are then not said again. At most three. */
function withSteps(focus: Service, found: readonly string[]): string[] {
  const steps = focus.steps.filter((st) => found.includes(st.title.trim()));
  return [
    ...found.filter((x) => !steps.some((st) => st.title.trim() === x || st.description.includes(x))),
    ...steps.map((st) => `*Etapa ${focus.steps.indexOf(st) + 1}, ${st.title.trim()}:* ${st.description.trim()}`),
  ].slice(0, 3);
}

/** Things a payment makes show or come out ("aparece", "consta", "quitado", "compensa", "libera", "cai"). */
const SHOWS = String.raw`(aparec\w*|const\w*|quitad\w*|compens\w*|baix\w*|libera\w*|atualiz\w*|cai|cair)`;
/**
 * A payment told made, asked when it shows ("paguei hoje de manhã, quando aparece como quitado?", "quitei ontem, quanto
 * tempo demora pra constar?"): the card's time answers it (round 4765).
 */
const PAID_WHEN = new RegExp(String.raw`\b${PAID}\b.*\b(${WHEN_WORDS}|em quantos dias)\b.*\b${SHOWS}\b|\b(${WHEN_WORDS})\b.*\b${SHOWS}\b.*\b${PAID}\b`);
/** What then, once the payment is credited ("e o que faço quando compensar?", "depois que o pagamento cair, aparece sozinho?") (round 4765). */
const AFTER_CREDIT = /\b(quando|depois que|depois q|assim que|apos a|depois da)( o pagamento| pagamento)? (compensar|compensado|for compensado|compensacao|confirmar|for confirmado|confirmacao|cair)\b/;

/** Asked of a payment made: when it shows ('time'), or what then once it is credited ('after'); undefined otherwise. */
export function paymentAsked(m: Pick<Message, 'text' | 'tokens'>): 'time' | 'after' | undefined {
  const text = m.tokens.join(' ');
  if (AFTER_CREDIT.test(text)) return 'after';
  return isAsked(m.text) && PAID_WHEN.test(text) ? 'time' : undefined;
}

/** The card's sentences on a payment credited, with the step they belong to; none when it has none. */
export function creditLines(focus: Service): string[] {
  return withSteps(focus, creditSentences(focus));
}
