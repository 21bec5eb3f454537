// Long polling that confirms only handled updates, and a cap on each chat's share of the runner's slots, against
// the fake Bot API over real HTTP.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copy } from '../../src/conversation/text.ts';
import { type BotUnderTest, startBot } from './telegram-support.ts';

let bot: BotUnderTest | undefined;
afterEach(async () => {
  await bot?.cleanup();
  bot = undefined;
});

const SLOW = 7001;
const QUICK = [7002, 7003, 7004];
const FLOODER = 7100;
const CALM = 7101;

describe('long polling', () => {
  it('never confirms an update that is still being handled, while later ones are answered', async () => {
    bot = await startBot({ RATE_LIMIT_MESSAGES: '1000' }, { pollTimeoutSeconds: 1 });
    const { fake } = bot;
    // Telegram is slow to take SLOW's answer: its update stays in flight.
    const slow = fake.hold((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === SLOW);
    const held = fake.pushText(SLOW, 'perdi meu rg');
    await slow.waitHeld(1);
    const mark = fake.mark();
    const quick = QUICK.map((user) => fake.pushText(user, 'perdi meu rg'));
    for (const user of QUICK) await fake.waitFor((c) => c.seq > mark && c.method === 'sendMessage' && Number(c.payload.chat_id) === user && c.status === 'ok', 20_000, mark);
    // A few more polls after the quick ones were answered: none of them confirms the held update.
    const polled = fake.mark();
    await fake.waitFor((c) => c.seq > polled && c.method === 'getUpdates', 20_000, polled);
    await fake.waitFor((c) => c.seq > polled + 1 && c.method === 'getUpdates', 20_000, polled + 1);
    const offsets = fake.calls.filter((c) => c.seq > mark && c.method === 'getUpdates').map((c) => Number(c.payload.offset ?? 0));
    expect(Math.max(...offsets)).toBeLessThanOrEqual(held.update_id);
    expect(quick.every((u) => u.update_id > held.update_id)).toBe(true);

    slow.release();
    await fake.waitForConsumed(quick.at(-1)?.update_id ?? 0);
  });
});

describe('an update that breaks Telegram\'s schema', () => {
  it('is confirmed at once and holds nothing back: the next citizen is answered (a message with no chat once held the offset 30 s)', async () => {
    bot = await startBot({}, { pollTimeoutSeconds: 1 });
    const { fake } = bot;
    const broken = fake.pushUpdate({ message: { message_id: 1, date: 0, chat: null, text: 'oi' } as never });
    const mark = fake.mark();
    fake.pushText(7200, 'perdi meu rg');
    const answer = await fake.waitFor((c) => c.seq > mark && c.method === 'sendMessage' && Number(c.payload.chat_id) === 7200 && c.status === 'ok', 10_000, mark);
    expect(String(answer.payload.text)).toContain('Carteira de Identidade');
    await fake.waitForConsumed(broken.update_id, 10_000);
  });
});

describe('a chat that floods', () => {
  it('holds only a few of the slots: another citizen is answered meanwhile, and the flooder gets one notice', async () => {
    bot = await startBot({ RATE_LIMIT_MESSAGES: '5' }, { pollTimeoutSeconds: 1, chatQueueCap: 6 });
    const { fake } = bot;
    // The flooder's answers are stuck (a flood wait on that chat): each of their updates holds a slot while it waits.
    const stuck = fake.hold((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === FLOODER && c.payload.text !== copy.rateLimited);
    const flood = Array.from({ length: 100 }, (_, i) => fake.pushText(FLOODER, `mensagem ${i}`));
    await stuck.waitHeld(1);
    const mark = fake.mark();
    fake.pushText(CALM, 'perdi meu rg');
    const answer = await fake.waitFor((c) => c.seq > mark && c.method === 'sendMessage' && Number(c.payload.chat_id) === CALM && c.status === 'ok', 20_000, mark);
    expect(String(answer.payload.text)).toContain('Carteira de Identidade');
    stuck.release();
    await fake.waitForConsumed(flood.at(-1)?.update_id ?? 0);
    await bot.channel.idle();
    const notices = fake.calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === FLOODER && c.payload.text === copy.rateLimited);
    expect(notices).toHaveLength(1);
    // Five answers and the notice; the rest of the flood was dropped (by the cap, or by the rate limit).
    expect(fake.calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === FLOODER && c.status === 'ok')).toHaveLength(6);
  });
});

describe('the channel’s health (for /healthz)', () => {
  it('is up while polling, and down once Telegram stops the polling (409: another process took the token)', async () => {
    bot = await startBot({ RATE_LIMIT_MESSAGES: '1000' }, { pollTimeoutSeconds: 1 });
    const { fake, channel } = bot;
    expect(channel.health()).toEqual({ ok: true });
    fake.failNext('getUpdates', { error_code: 409, description: 'Conflict: terminated by other getUpdates request' }, { times: 1_000 });
    const mark = fake.mark();
    fake.pushText(CALM, 'oi');
    await fake.waitFor((c) => c.seq > mark && c.method === 'getUpdates' && c.errorCode === 409, 20_000, mark);
    await vi.waitFor(() => expect(channel.health().ok).toBe(false), { timeout: 10_000 });
  });
});
