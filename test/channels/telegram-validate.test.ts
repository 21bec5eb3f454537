import { describe, expect, it } from 'vitest';
import { isHandledUpdate } from '../../src/channels/telegram/validate.ts';

const chat = { id: 42, type: 'private', first_name: 'Ana' };
const from = { id: 42, is_bot: false, first_name: 'Ana' };

describe('isHandledUpdate', () => {
  it('accepts the update kinds Atende handles', () => {
    expect(isHandledUpdate({ update_id: 1, message: { message_id: 1, date: 1, chat, from, text: 'oi' } })).toBe(true);
    expect(isHandledUpdate({ update_id: 2, message: { message_id: 1, date: 1, chat, from, photo: [] } })).toBe(true);
    expect(isHandledUpdate({ update_id: 3, callback_query: { id: 'q', from, data: 'menu', chat_instance: 'c', message: { message_id: 5, date: 1, chat } } })).toBe(true);
    expect(isHandledUpdate({ update_id: 4, my_chat_member: { chat: { id: -5, type: 'group', title: 'G' }, from, date: 1 } })).toBe(true);
  });

  it.each([
    ['a text that is not a string', { update_id: 1, message: { message_id: 1, date: 1, chat, from, text: 12 } }],
    ['a message without sender', { update_id: 1, message: { message_id: 1, date: 1, chat, text: 'oi' } }],
    ['a chat id that is a string', { update_id: 1, message: { message_id: 1, date: 1, chat: { id: '42', type: 'private' }, from, text: 'oi' } }],
    ['an unknown chat type', { update_id: 1, message: { message_id: 1, date: 1, chat: { id: 42, type: 'x' }, from, text: 'oi' } }],
    ['button data that is not a string', { update_id: 1, callback_query: { id: 'q', from, data: {} } }],
    ['an unknown update kind', { update_id: 1, message_reaction: {} }],
    ['no update id', { message: { message_id: 1, date: 1, chat, from, text: 'oi' } }],
  ])('rejects %s', (_label, update) => {
    expect(isHandledUpdate(update)).toBe(false);
  });
});
