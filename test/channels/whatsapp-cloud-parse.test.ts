// Meta's webhook payloads (built as Meta sends them) parsed into what the Cloud API channel acts on.
import { describe, expect, it } from 'vitest';
import { type MessageEvent, parseWebhook } from '../../src/channels/whatsapp-cloud/parse.ts';
import type { Incoming } from '../../src/conversation/types.ts';
import { type MessageContent, MetaWebhook } from '../fakes/graph-api.ts';

const PHONE_ID = '106540352242922';
const meta = new MetaWebhook({ url: 'http://127.0.0.1:1', appSecret: 'x', phoneNumberId: PHONE_ID });
const MARIA = { phone: '5531988887777', bsuid: 'BR.1502576394655843' };

function incomingOf(content: MessageContent): Incoming | undefined {
  const { events } = parseWebhook(meta.message(MARIA, content), PHONE_ID);
  const e = events[0];
  if (e?.kind !== 'message') throw new Error('expected a message');
  return e.incoming;
}

describe('a text message', () => {
  it('is the text as typed, with its wamid, sender and time', () => {
    const body = meta.text(MARIA, 'quero renovar a CNH', { id: 'wamid.ABC', timestamp: 1_760_000_000 });
    expect(parseWebhook(body, PHONE_ID)).toEqual({
      events: [{ kind: 'message', wamid: 'wamid.ABC', citizen: { id: MARIA.bsuid, phone: MARIA.phone, bsuid: MARIA.bsuid }, at: 1_760_000_000_000, type: 'text', incoming: { kind: 'text', text: 'quero renovar a CNH' } }],
      skipped: 0,
    });
  });
});

describe('a tap on a reply button or a list row', () => {
  it('is the option id, not its title', () => {
    expect(parseWebhook(meta.buttonReply(MARIA, 'fb:yes', '👍 Sim', 'wamid.X'), PHONE_ID).events[0]).toMatchObject({ incoming: { kind: 'option', id: 'fb:yes' } });
    expect(parseWebhook(meta.listReply(MARIA, 'svc:ipva', 'Consultar e pagar IPVA', 'desc'), PHONE_ID).events[0]).toMatchObject({ incoming: { kind: 'option', id: 'svc:ipva' } });
  });

  it('of a template quick reply is its text', () => {
    expect(incomingOf({ type: 'button', button: { text: 'Sim', payload: 'sim-payload' } })).toEqual({ kind: 'text', text: 'Sim' });
  });
});

describe('what the bot cannot read', () => {
  const cases: [string, MessageContent, Incoming][] = [
    ['a voice note', { type: 'audio', audio: { id: '1', mime_type: 'audio/ogg; codecs=opus', voice: true } }, { kind: 'media', media: 'voice' }],
    ['an audio file', { type: 'audio', audio: { id: '1', mime_type: 'audio/mpeg' } }, { kind: 'media', media: 'audio' }],
    ['a photo', { type: 'image', image: { id: '1', mime_type: 'image/jpeg', caption: 'meu documento' } }, { kind: 'media', media: 'photo' }],
    ['a sticker', { type: 'sticker', sticker: { id: '1', animated: false } }, { kind: 'media', media: 'sticker' }],
    ['a location', { type: 'location', location: { latitude: -19.92, longitude: -43.94 } }, { kind: 'media', media: 'location' }],
    ['a document', { type: 'document', document: { id: '1', filename: 'rg.pdf' } }, { kind: 'media', media: 'document' }],
    ['a contact card', { type: 'contacts', contacts: [{ name: { formatted_name: 'João' }, phones: [{ phone: '+55 31 99999-0000' }] }] }, { kind: 'media', media: 'contact' }],
    ['a video', { type: 'video', video: { id: '1' } }, { kind: 'media', media: 'video' }],
    ['a reaction', { type: 'reaction', reaction: { message_id: 'wamid.Y', emoji: '👍' } }, { kind: 'media', media: 'other' }],
    ['an unsupported message', { type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown' }] }, { kind: 'media', media: 'other' }],
  ];
  for (const [what, content, expected] of cases) {
    it(`${what} is media (answered "só entendo texto")`, () => {
      expect(incomingOf(content)).toEqual(expected);
    });
  }
});

describe('what needs no answer', () => {
  it('a reaction taken back, and a system notice, carry no incoming message', () => {
    expect(incomingOf({ type: 'reaction', reaction: { message_id: 'wamid.Y', emoji: '' } })).toBeUndefined();
    expect(incomingOf({ type: 'system', system: { body: 'User changed number', type: 'user_changed_number' } })).toBeUndefined();
  });
  it('a type named like an object built-in ("constructor", "__proto__", "toString") is nothing said, not a crash', () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(incomingOf({ type }), type).toBeUndefined();
  });
});

describe('a citizen who hides the phone number behind a username', () => {
  it('is named and answered by the business-scoped user id', () => {
    const e = parseWebhook(meta.text({ bsuid: 'BR.777' }, 'oi'), PHONE_ID).events[0] as MessageEvent;
    expect(e.citizen).toEqual({ id: 'BR.777', bsuid: 'BR.777' });
  });

  it('without any id, is skipped', () => {
    expect(parseWebhook(meta.text({}, 'oi'), PHONE_ID)).toEqual({ events: [], skipped: 1 });
  });
});

describe('a status of a sent message', () => {
  it('carries its wamid, status and error codes', () => {
    const body = meta.status('wamid.OUT', 'failed', MARIA, [{ code: 131026, title: 'Message undeliverable' }]);
    expect(parseWebhook(body, PHONE_ID).events).toEqual([{ kind: 'status', wamid: 'wamid.OUT', status: 'failed', citizenId: MARIA.bsuid, errors: [{ code: 131026, title: 'Message undeliverable' }] }]);
  });
});

describe('payloads that are not for this channel', () => {
  it('another business number of the same app is left out', () => {
    const other = new MetaWebhook({ url: 'http://127.0.0.1:1', appSecret: 'x', phoneNumberId: '999' });
    expect(parseWebhook(other.text(MARIA, 'oi'), PHONE_ID)).toEqual({ events: [], skipped: 0 });
  });

  it('another webhook field, or another object, is left out', () => {
    const body = meta.text(MARIA, 'oi') as { entry: { changes: { field: string }[] }[] };
    const change = body.entry[0]?.changes[0];
    if (change) change.field = 'account_update';
    expect(parseWebhook(body, PHONE_ID).events).toEqual([]);
    expect(parseWebhook({ object: 'page', entry: [] }, PHONE_ID)).toEqual({ events: [], skipped: 1 });
  });
});

describe('a batch with one malformed message', () => {
  it('keeps the others, in order', () => {
    const body = meta.batch(MARIA, [meta.messageObject(MARIA, { type: 'text', text: { body: 'um' } }), { id: 'wamid.bad', type: 'text' }, meta.messageObject(MARIA, { type: 'text', text: { body: 'dois' } })]);
    const { events, skipped } = parseWebhook(body, PHONE_ID);
    expect(skipped).toBe(1);
    expect(events.map((e) => (e.kind === 'message' ? e.incoming : undefined))).toEqual([
      { kind: 'text', text: 'um' },
      { kind: 'text', text: 'dois' },
    ]);
  });
});
