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

const NOW = READY * 1000 + 700; // ms, the host's clock
const FIVE_MINUTES = 5 * 60_000;
const at = { now: NOW, maxAgeMs: FIVE_MINUTES };

describe('messages the bot must not answer', () => {
  it('answers a person writing now', () => {
    expect(skipReason(message(), at)).toBeUndefined();
  });

  it('ignores its own messages, status updates and groups', () => {
    expect(skipReason(message({ fromMe: true }), at)).toBe('own');
    expect(skipReason(message({ isStatus: true }), at)).toBe('status');
    expect(skipReason(message({ from: 'status@broadcast' }), at)).toBe('status');
    expect(skipReason(message({ from: '120363000000000000@g.us' }), at)).toBe('not_direct');
    expect(skipReason(message({ from: '120363000000000000@newsletter' }), at)).toBe('not_direct');
  });

  it('ignores messages older than the age limit, with a few seconds of grace for clock drift', () => {
    const age = (seconds: number): WhatsAppMessage => message({ timestamp: Math.floor(NOW / 1000) - seconds });
    expect(skipReason(age(6 * 3600), at)).toBe('too_old');
    expect(skipReason(age(300 + 6), at)).toBe('too_old');
    expect(skipReason(age(300 + 3), at)).toBeUndefined();
    expect(skipReason(age(60), at)).toBeUndefined();
  });

  it('compares seconds with seconds: timestamps are Unix seconds, the clock is in milliseconds', () => {
    expect(skipReason(message({ timestamp: READY }), { now: NOW, maxAgeMs: 0 })).toBeUndefined();
    expect(skipReason(message({ timestamp: READY + 30 }), { now: NOW, maxAgeMs: 0 })).toBeUndefined();
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
    // A type named like an object built-in is no media kind.
    for (const type of ['constructor', '__proto__', 'toString']) expect(parseMessage({ type, body: '' }), type).toBeUndefined();
  });

  it.each(['revoked', 'reaction', 'e2e_notification', 'notification_template', 'call_log', 'ciphertext', 'protocol'])('ignores the system message type %s', (type) => {
    expect(parseMessage({ type, body: '' })).toBeUndefined();
  });
});
