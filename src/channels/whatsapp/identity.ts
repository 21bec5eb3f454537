// Who a WhatsApp citizen is. WhatsApp is moving people from phone-number addresses (`<number>@c.us`) to LIDs
// (`<id>@lid`), so one person can write from either; the LID is the address that stays. The adapter keys each
// citizen on it: looked up once per address with whatsapp-web.js's getContactLidAndPhone, then cached.
import { z } from 'zod';

/** A citizen as the adapter keys them. */
export interface Identity {
  /** What the conversation is keyed on: the LID when known, else the address the message came from. */
  key: string;
  /** `<id>@lid`, when known. */
  lid?: string;
  /** `<number>@c.us`, when WhatsApp shares it. */
  pn?: string;
}

/** What resolving an address gave: the identity, and what failed (the lookup: keyed on the address; the move: on the LID). */
export interface Resolved {
  identity: Identity;
  failed?: { stage: 'lookup' | 'move'; error: unknown };
}

/** whatsapp-web.js `getContactLidAndPhone`: one `{ lid, pn }` per id, either missing when WhatsApp does not know it. */
export type LookUp = (userIds: string[]) => Promise<unknown>;

/** Moves what is stored under the phone-number address to the LID (the store's job; see docs/whatsapp.md). */
export type Rekey = (fromAddress: string, toLid: string) => Promise<void>;

// The answer comes out of the browser page: checked, never trusted. Client.js getContactLidAndPhone gives
// `lid?._serialized` and `phone?._serialized`, so undefined (not a wrong type) is what an unknown id looks like.
const LookUpAnswer = z.array(z.object({ lid: z.string().nullish(), pn: z.string().nullish() }));

/** Addresses remembered at most (the citizens of a busy day); the cache is dropped whole when full. */
const MAX_CACHED = 50_000;

const isLid = (address: string): boolean => address.endsWith('@lid');
const isPhone = (address: string): boolean => address.endsWith('@c.us');

/** Resolves addresses to identities, once per address; a failed lookup is tried again on the next message. */
export class Identities {
  private readonly known = new Map<string, Identity>();

  /** `rekey`, when given, runs once per citizen whose two addresses are both known, before they are keyed on the LID. */
  constructor(
    private readonly lookUp: LookUp,
    private readonly rekey?: Rekey,
  ) {}

  /** The identity of the sender at `address` (a direct chat id). Never rejects. */
  async resolve(address: string): Promise<Resolved> {
    const cached = this.known.get(address);
    if (cached) return { identity: cached };
    // A LID is the key already; its phone number only matters for moving what was stored under it.
    if (isLid(address) && !this.rekey) return { identity: this.remember({ key: address, lid: address }) };
    let row: { lid?: string | null | undefined; pn?: string | null | undefined } | undefined;
    try {
      row = LookUpAnswer.parse(await this.lookUp([address]))[0];
    } catch (error) {
      return { identity: isLid(address) ? { key: address, lid: address } : { key: address, pn: address }, failed: { stage: 'lookup', error } };
    }
    const lid = isLid(address) ? address : row?.lid && isLid(row.lid) ? row.lid : undefined;
    const pn = isPhone(address) ? address : row?.pn && isPhone(row.pn) ? row.pn : undefined;
    if (lid === undefined) {
      // Not cached: the next message tries again rather than keying this citizen on the phone number for good.
      return { identity: { key: address, ...(pn ? { pn } : {}) }, failed: { stage: 'lookup', error: new Error('WhatsApp gave no LID for this address') } };
    }
    const identity: Identity = { key: lid, lid, ...(pn ? { pn } : {}) };
    if (pn && this.rekey) {
      try {
        await this.rekey(pn, lid);
      } catch (error) {
        // Not cached, so the move is tried again on the next message; this one is answered under the LID already.
        return { identity, failed: { stage: 'move', error } };
      }
    }
    return { identity: this.remember(identity) };
  }

  private remember(identity: Identity): Identity {
    if (this.known.size >= MAX_CACHED) this.known.clear();
    // Under both addresses: the citizen's next message from the other one needs no lookup (and no second move).
    for (const address of [identity.lid, identity.pn, identity.key]) if (address) this.known.set(address, identity);
    return identity;
  }
}
