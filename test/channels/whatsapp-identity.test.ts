import { describe, expect, it } from 'vitest';
import { Identities, type LookUp } from '../../src/channels/whatsapp/identity.ts';

const PN = '5531999990001@c.us';
const LID = '123456789012345@lid';

/** A lookup that answers like getContactLidAndPhone for one person, and counts its calls. */
function book(answer: (ids: string[]) => unknown = (ids) => ids.map(() => ({ lid: LID, pn: PN }))): LookUp & { calls: number } {
  const lookUp = Object.assign(async (ids: string[]) => {
    lookUp.calls++;
    return answer(ids);
  }, { calls: 0 });
  return lookUp;
}

describe('resolving a sender', () => {
  it('keys a phone-number address on its LID, and knows the person under both addresses afterwards', async () => {
    const lookUp = book();
    const ids = new Identities(lookUp);
    expect((await ids.resolve(PN)).identity).toEqual({ key: LID, lid: LID, pn: PN });
    expect((await ids.resolve(LID)).identity.key).toBe(LID);
    expect(lookUp.calls).toBe(1);
  });

  it('needs no lookup for a LID when nothing has to be moved', async () => {
    const lookUp = book();
    expect((await new Identities(lookUp).resolve(LID)).identity).toEqual({ key: LID, lid: LID });
    expect(lookUp.calls).toBe(0);
  });

  it('treats an answer of the wrong shape as a failed lookup, and asks again next time', async () => {
    const lookUp = book(() => ({ lid: 42 }));
    const ids = new Identities(lookUp);
    const first = await ids.resolve(PN);
    expect(first.identity.key).toBe(PN);
    expect(first.failed?.stage).toBe('lookup');
    await ids.resolve(PN);
    expect(lookUp.calls).toBe(2);
  });
});

describe('moving what was stored under the phone number', () => {
  it('tries the move again on the next message when it failed, keying the citizen on the LID meanwhile', async () => {
    let attempts = 0;
    const ids = new Identities(book(), async () => {
      attempts++;
      if (attempts === 1) throw new Error('database busy');
    });
    const first = await ids.resolve(PN);
    expect(first.identity.key).toBe(LID);
    expect(first.failed?.stage).toBe('move');
    expect((await ids.resolve(PN)).failed).toBeUndefined();
    await ids.resolve(LID);
    expect(attempts).toBe(2);
  });
});
