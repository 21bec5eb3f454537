// One turn of the conversation being built: the state so far, the replies, the events.
// Shared by the engine and its views; pure like them.
import type { Catalogue } from '../catalogue/load.ts';
import type { Service } from '../catalogue/schema.ts';
import { isPlainView } from './state.ts';
import type { ConversationState, EngineEvent, NewRequest, Option, Outcome, Reply, ReplyHint, RequestStatus, Topic, Turn, View } from './types.ts';

/** The part of the search index the engine uses. */
export interface Searcher {
  /** `loose`: the query is one word the first hit holds only inside a longer name or keyword of its own (a vague word). */
  search(query: string, limit?: number): { hits: ReadonlyArray<{ id: string; title: string; score: number }>; clear: boolean; loose?: true };
  /** Does the catalogue use this folded word? */
  knows(word: string): boolean;
  /** The share of the services (0 to 1) whose texts use this stem. */
  share(stem: string): number;
}

/** What the engine may read or ask for; supplied by the runtime (or by tests). */
export interface EngineContext {
  catalogue: Catalogue;
  search: Searcher;
  now: Date;
  /** A fresh protocol number for a request. */
  newProtocol: () => string;
  /** Looks up a request of this citizen by protocol. */
  findRequest: (protocol: string) => RequestStatus | undefined;
}

const outcomeRank: Record<Outcome, number> = {
  request_submitted: 5,
  walkthrough_finished: 4,
  handoff: 3,
  service_viewed: 2,
  user_ended: 1,
  abandoned: 0,
};

/** Keeps the better of two outcomes (a submitted request beats a viewed service). */
function better(a: Outcome | undefined, b: Outcome): Outcome {
  return a !== undefined && outcomeRank[a] >= outcomeRank[b] ? a : b;
}

/** Every option the engine offers, by purpose; ids are stable (they travel as button data). */
export const opt = {
  menu: { id: 'menu', label: '🏠 Menu' },
  categories: { id: 'categories', label: '📂 Ver serviços por categoria' },
  search: { id: 'search', label: '🔎 Buscar um serviço' },
  handoff: { id: 'handoff', label: '🙋 Falar com uma pessoa' },
  steps: { id: 'card:steps', label: '📋 Passo a passo' },
  docs: { id: 'card:docs', label: '📄 Documentos' },
  where: { id: 'card:where', label: '📍 Onde fazer' },
  request: { id: 'card:form', label: '📝 Fazer solicitação' },
  next: { id: 'walk:next', label: '➡️ Próxima etapa' },
  prev: { id: 'walk:prev', label: '⬅️ Etapa anterior' },
  finish: { id: 'walk:finish', label: '✅ Concluir' },
  leave: { id: 'walk:leave', label: '🚪 Sair do passo a passo' },
  cancelForm: { id: 'form:cancel', label: '❌ Cancelar' },
  skip: { id: 'form:skip', label: '⏭️ Pular' },
  confirm: { id: 'form:confirm', label: '✅ Confirmar' },
  redo: { id: 'form:redo', label: '✏️ Corrigir' },
  yes: { id: 'fb:yes', label: '👍 Sim' },
  no: { id: 'fb:no', label: '👎 Não' },
  resumeYes: { id: 'resume:yes', label: '▶️ Continuar de onde parei' },
  resumeNo: { id: 'resume:no', label: '🔄 Começar de novo' },
  none: { id: 'none', label: '🤷 Nenhum desses' },
  leaveYes: { id: 'leave:yes', label: '↪️ Sim, deixar o pedido' },
  leaveNo: { id: 'leave:no', label: '📝 Não, continuar o pedido' },
} satisfies Record<string, Option>;

/**
 * A searcher that asks `searcher` once per query and limit, and gives the same answer when asked again: a turn may
 * search the same words on several paths (whether the card in view stays, then the search itself). The search is a
 * pure function of the query and the limit, so the answers are those of `searcher`.
 */
function searchedOnce(searcher: Searcher): Searcher {
  const found = new Map<string, ReturnType<Searcher['search']>>();
  return {
    search(query: string, limit?: number) {
      const key = `${limit ?? ''}\u0000${query}`;
      let result = found.get(key);
      if (result === undefined) {
        result = searcher.search(query, limit);
        found.set(key, result);
      }
      return result;
    },
    knows: (word: string) => searcher.knows(word),
    share: (stem: string) => searcher.share(stem),
  };
}

/** Mutable builder for one turn; the engine's public function returns an immutable Turn. */
/**
 * The services talked about, with one more: at most five, the first always kept ("o primeiro" is the first talked
 * about however many came after), then the latest four.
 */
function talkedWith(talked: readonly string[], id: string): string[] {
  const all = [...talked, id];
  return all.length <= 5 ? all : [all[0] ?? id, ...all.slice(-4)];
}

export class TurnBuilder {
  replies: Reply[] = [];
  events: EngineEvent[] = [];
  request?: NewRequest;
  end?: Outcome;
  /** The subject handled elsewhere that the previous reply was about; it lasts one turn. */
  readonly lastAway: string | undefined;
  /** The card's sentences the previous reply quoted; they last one turn (r40c). */
  readonly lastQuoted: readonly string[] | undefined;
  /** What the previous turn said on a card (round 5960); it lasts one turn. */
  readonly lastReply: string | undefined;
  /** The opening of a question the previous message left for this one (pieces.ts); it lasts one turn. */
  readonly lastPiece: string | undefined;
  /** The words of the previous message, for a fix on this one (pieces.ts typedOf); they last one turn. */
  readonly lastTyped: ConversationState['typed'];
  /** The citizen's message of this turn, when it is text: follow-up answers quote the sentence that answers it. */
  said: string | undefined;
  public state: ConversationState;
  /** The context of the turn; its searcher searches each query (with the same limit) once in the turn. */
  readonly ctx: EngineContext;
  constructor(state: ConversationState, ctx: EngineContext) {
    const { away, quoted, piece, typed, reply, ...rest } = state;
    this.state = rest;
    this.lastReply = reply;
    this.lastPiece = piece;
    this.lastTyped = typed;
    this.lastAway = away;
    this.lastQuoted = quoted;
    this.ctx = { ...ctx, search: searchedOnce(ctx.search) };
  }

  /** Adds a reply. Its hint is required: channels decide from it, never from the words. */
  say(text: string, options: Option[] | undefined, links: Reply['links'] | undefined, hint: ReplyHint): void {
    const reply: Reply = { text, hint };
    if (options && options.length > 0) reply.options = options;
    if (links && links.length > 0) reply.links = links;
    this.replies.push(reply);
    // A number typed next answers the last list shown.
    if (options && options.length > 0) this.state = { ...this.state, options };
  }

  /**
   * Moves to a view. The view left joins the way back only if it holds no answers: form answers
   * leave the state with the form. A view about a service puts that service in focus; the topic of
   * the last follow-up is forgotten when the view changes.
   */
  go(view: View, remember = true): void {
    const from = this.state.view;
    const back = remember && isPlainView(from) && from.at !== view.at ? [...this.state.back, from].slice(-10) : this.state.back;
    const next: ConversationState = { ...this.state, view, back, options: [] };
    const focus = serviceOfView(view);
    if (focus !== undefined) next.focus = focus;
    const left = this.state.focus;
    if (focus !== undefined && !(this.state.talked ?? []).includes(focus)) next.talked = talkedWith(this.state.talked ?? [], focus);
    if (focus !== undefined && left !== undefined && left !== focus) next.recent = [...(this.state.recent ?? []).filter((id) => id !== left && id !== focus), left].slice(-5);
    if (view.at !== this.state.view.at || focus !== serviceOfView(this.state.view)) delete next.topic;
    this.state = next;
  }

  /** Remembers the topic just answered (after `go`, which forgets it). */
  answered(topic: Topic): void {
    this.state = { ...this.state, topic };
  }

  /** Forgets the service in focus (the citizen went back to the start, or is choosing among new ones). */
  unfocus(): void {
    const { focus, ...rest } = this.state;
    // The service left joins those seen before: "volta pra certidao" after a list of results goes back to it.
    if (focus !== undefined) rest.recent = [...(rest.recent ?? []).filter((id) => id !== focus), focus].slice(-5);
    this.state = rest;
  }

  /** Forgets the topic of the last follow-up. */
  forgetTopic(): void {
    const { topic: _topic, ...rest } = this.state;
    this.state = rest;
  }

  reach(outcome: Outcome): void {
    this.state = { ...this.state, outcome: better(this.state.outcome, outcome) };
  }

  done(): Turn {
    const turn: Turn = { state: this.state, replies: this.replies, events: this.events };
    if (this.request) turn.request = this.request;
    if (this.end) turn.end = this.end;
    return turn;
  }
}

/**
 * The card a view shows with its buttons: a service's card, or the ways to a person asked from it, which keep the card
 * in view (r40 lead), as the feedback after a service keeps its service.
 */
export function cardOfView(view: View): string | undefined {
  return view.at === 'service' || view.at === 'handoff' ? view.serviceId : undefined;
}

/** The service a view is about, if any. */
export function serviceOfView(view: View): string | undefined {
  switch (view.at) {
    case 'service':
    case 'handoff':
      return cardOfView(view);
    case 'walkthrough':
    case 'form':
    case 'confirm':
    case 'feedback':
      return view.serviceId;
    case 'leave':
      return view.form.serviceId;
    case 'resume':
      return view.pending.serviceId;
    default:
      return undefined;
  }
}

/** The service with this id in the live catalogue, if it is still there. */
export function serviceOf(ctx: EngineContext, id: string): Service | undefined {
  return ctx.catalogue.byId.get(id);
}

/** The services the options in view offer ("svc:<id>" buttons), in their order. */
export function offeredServices(t: TurnBuilder): Service[] {
  return t.state.options.flatMap((o) => {
    const s = o.id.startsWith('svc:') ? serviceOf(t.ctx, o.id.slice(4)) : undefined;
    return s === undefined ? [] : [s];
  });
}
