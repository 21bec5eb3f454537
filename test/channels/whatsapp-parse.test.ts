import { describe, expect, it } from 'vitest';
import type { WhatsAppMessage } from '../../src/channels/whatsapp/client.ts';
import { chatKind, dedupKey, parseMessage, skipReason } from '../../src/channels/whatsapp/parse.ts';

const READY = 1_800_000_000; // Unix seconds

function message(over: Partial<WhatsAppMessage> = {}): WhatsAppMessage {
  return { from: '5531999990000@c.us', body: 'oi', type: 'chat', timestamp: READY, fromMe: false, isStatus: false, id: { _serialized: 'false_5531999990000@c.us_AAA', id: 'AAA' }, ...over };
}

describe('chat ids', () => {
  it('tells people, groups, status, broadcast lists and channels apart', () => {
    expect(chatKind('5531999990000@c.us')).toBe('direct');
    expect(chatKind('123456789012345@lid')).toBe('direct');
    expect(chatKind('120363000000000000@g.us')).toBe('group');
    expect(chatKind('status@broadcast')).toBe('status');
    expect(chatKind('1234567890@broadcast')).toBe('broadcast');
    expect(chatKind('120363000000000000@newsletter')).toBe('channel');
  });
});

describe('messages the bot must not answer', () => {
  it('answers a person writing after the client became ready', () => {
    expect(skipReason(message(), READY)).toBeUndefined();
  });

  it('ignores its own messages, status updates and groups', () => {
    expect(skipReason(message({ fromMe: true }), READY)).toBe('own');
    expect(skipReason(message({ isStatus: true }), READY)).toBe('status');
    expect(skipReason(message({ from: 'status@broadcast' }), READY)).toBe('status');
    expect(skipReason(message({ from: '120363000000000000@g.us' }), READY)).toBe('not_direct');
    expect(skipReason(message({ from: '120363000000000000@newsletter' }), READY)).toBe('not_direct');
  });

  it('ignores the backlog: messages from before ready, or before any ready at all', () => {
    expect(skipReason(message({ timestamp: READY - 1 }), READY)).toBe('before_ready');
    expect(skipReason(message(), undefined)).toBe('before_ready');
  });

  it('compares in seconds: a message of the same second as ready is answered', () => {
    // whatsapp-web.js timestamps are seconds; comparing them with milliseconds would drop everything.
    expect(skipReason(message({ timestamp: READY }), READY)).toBeUndefined();
  });
});

describe('the dedup key', () => {
  it('is the message id alone: the same under either address of the sender, and no phone number', () => {
    const byPhone = dedupKey(message({ id: { _serialized: 'false_5531999990000@c.us_3EB0AB', id: '3EB0AB' } }));
    const byLid = dedupKey(message({ from: '123456789012345@lid', id: { _serialized: 'false_123456789012345@lid_3EB0AB', id: '3EB0AB' } }));
    expect(byLid).toBe(byPhone);
    expect(byPhone).not.toContain('5531999990000');
  });
});

describe('parsing', () => {
  it('turns a text message into text', () => {
    expect(parseMessage({ type: 'chat', body: 'renovar CNH' })).toEqual({ kind: 'text', text: 'renovar CNH' });
  });

  it.each([
    ['ptt', 'voice'],
    ['audio', 'audio'],
    ['image', 'photo'],
    ['sticker', 'sticker'],
    ['location', 'location'],
    ['video', 'video'],
    ['document', 'document'],
    ['vcard', 'contact'],
  ])('turns a %s message into media "%s"', (type, media) => {
    expect(parseMessage({ type, body: '' })).toEqual({ kind: 'media', media });
  });

  it('treats a captioned image as media, as on Telegram', () => {
    expect(parseMessage({ type: 'image', body: 'foto do meu RG' })).toEqual({ kind: 'media', media: 'photo' });
  });

  it.each(['revoked', 'reaction', 'e2e_notification', 'notification_template', 'call_log', 'ciphertext', 'protocol'])('ignores the system message type %s', (type) => {
    expect(parseMessage({ type, body: '' })).toBeUndefined();
  });
});
