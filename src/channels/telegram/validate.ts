// Checks the parts of an update that Atende reads, before any handler sees it. Telegram never sends
// malformed updates, but a proxy, a self-hosted Bot API server or an attacker posting to the webhook might:
// those are dropped quietly instead of reaching handlers as TypeErrors.
import { z } from 'zod';

const Chat = z.object({ id: z.number().int(), type: z.enum(['private', 'group', 'supergroup', 'channel']) });
const User = z.object({ id: z.number().int(), is_bot: z.boolean().optional() });

const MessageShape = z.object({
  message_id: z.number().int(),
  date: z.number(),
  chat: Chat,
  // Every message Atende answers has a sender (channel posts, which have none, are not served).
  from: User,
  text: z.string().optional(),
});

const CallbackShape = z.object({
  id: z.string(),
  from: User,
  data: z.string().optional(),
  message: z.object({ message_id: z.number().int(), chat: Chat }).optional(),
});

const MemberShape = z.object({ chat: Chat, from: User });

/** The update kinds Atende handles, each with the fields it reads; anything else is ignored. */
const UpdateShape = z.union([
  z.object({ update_id: z.number().int(), message: MessageShape }),
  z.object({ update_id: z.number().int(), callback_query: CallbackShape }),
  z.object({ update_id: z.number().int(), my_chat_member: MemberShape }),
]);

/** True when the update is one Atende handles and every field it reads has the right type. */
export function isHandledUpdate(update: unknown): boolean {
  return UpdateShape.safeParse(update).success;
}
