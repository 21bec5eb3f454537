// Sends rendered replies to one chat, in order: new messages, or an edit of the pressed message.
import type { Api } from 'grammy';
import type { Reply } from '../../conversation/types.ts';
import { isNotModified } from './errors.ts';
import { type RenderedMessage, renderReply } from './render.ts';

/** The AbortSignal type grammY's Node build declares (from the abort-controller package). */
export type ApiSignal = Parameters<Api['getMe']>[0];

/**
 * Passes a native AbortSignal to grammY. Its Node typings name the polyfill's class, but at run time
 * node-fetch and grammY only use addEventListener/aborted, which the native signal has.
 */
export function apiSignal(signal: AbortSignal): ApiSignal;
export function apiSignal(signal: AbortSignal | undefined): ApiSignal | undefined;
export function apiSignal(signal: AbortSignal | undefined): ApiSignal | undefined {
  return signal as unknown as ApiSignal | undefined;
}

/** Where and how to send: the chat, and a signal that aborts waiting (retries) on shutdown. */
export interface Target {
  api: Api;
  chatId: number;
  signal?: AbortSignal;
}

function options(message: RenderedMessage) {
  return {
    parse_mode: 'HTML' as const,
    // Links live in buttons; previews of gov.br pages would bury the answer under a big card.
    link_preview_options: { is_disabled: true },
    ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
  };
}

/** Sends rendered messages one after another (a later part never overtakes an earlier one). */
export async function sendRendered(target: Target, messages: readonly RenderedMessage[]): Promise<void> {
  for (const message of messages) {
    await target.api.sendMessage(target.chatId, message.html, options(message), apiSignal(target.signal));
  }
}

/**
 * Sends the replies of one turn. With `editMessageId`, the first reply replaces that message (the caller
 * decides when, see shouldEdit); if Telegram refuses the edit (message too old, deleted...), it is sent anew.
 */
export async function deliver(target: Target, replies: readonly Reply[], editMessageId?: number): Promise<void> {
  for (const [i, reply] of replies.entries()) {
    const messages = renderReply(reply);
    const only = messages[0];
    if (i === 0 && editMessageId !== undefined && messages.length === 1 && only) {
      if (await tryEdit(target, editMessageId, only)) continue;
    }
    await sendRendered(target, messages);
  }
}

async function tryEdit(target: Target, messageId: number, message: RenderedMessage): Promise<boolean> {
  try {
    await target.api.editMessageText(target.chatId, messageId, message.html, options(message), apiSignal(target.signal));
    return true;
  } catch (err) {
    if (isNotModified(err)) return true;
    if (err instanceof Error && 'error_code' in err && err.error_code === 400) return false;
    throw err;
  }
}
