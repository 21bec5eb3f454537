// The Telegram channel end to end: grammY's real HTTP client and runner against the fake Bot API.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { startTelegram } from '../../src/channels/telegram/index.ts';
import { projectRoot } from '../../src/config.ts';
import { buttonsOf, type SentMessage } from '../fakes/telegram-api.ts';
import { sqliteOf } from '../support/app.ts';
import { type BotUnderTest, startBot } from './telegram-support.ts';

const CITIZEN = 4242;
const OTHER = 4343;
const STAFF = 9001;

let bot: BotUnderTest | undefined;
const tempDirs: string[] = [];
afterEach(async () => {
  await bot?.cleanup();
  bot = undefined;
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<BotUnderTest> {
  bot = await startBot(env);
  return bot;
}

/** A copy of the bundled catalogue that a test may edit. */
function catalogueCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atende-catalogue-'));
  tempDirs.push(dir);
  cpSync(join(projectRoot, 'data'), dir, { recursive: true });
  return dir;
}

function editService(dir: string, id: string, edit: (doc: Record<string, unknown>) => void): void {
  const file = join(dir, 'services', `${id}.yaml`);
  const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(doc);
  writeFileSync(file, stringify(doc));
}

const texts = (sent: SentMessage[]): string => sent.map((m) => m.text).join('\n---\n');
const last = (sent: SentMessage[]): SentMessage => {
  const m = sent.at(-1);
  if (!m) throw new Error('the bot sent nothing');
  return m;
};

function futureDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

describe('on start-up', () => {
  it('registers /start, /menu, /ajuda and /cancelar with pt-BR descriptions, and staff commands for staff', async () => {
    const { fake } = await start({ STAFF_TELEGRAM_IDS: String(STAFF) });
    expect(fake.callsOf('getMe')).toHaveLength(1);
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
    expect(fake.commands.get('{}')).toEqual([
      { command: 'start', description: 'Começar a conversa' },
      { command: 'menu', description: 'Voltar ao menu principal' },
      { command: 'ajuda', description: 'Como usar o Atende' },
      { command: 'cancelar', description: 'Cancelar o que está em andamento' },
    ]);
    const staffMenu = fake.commands.get(JSON.stringify({ type: 'chat', chat_id: STAFF }))?.map((c) => c.command);
    expect(staffMenu).toEqual(['start', 'menu', 'ajuda', 'cancelar', 'recarregar', 'estatisticas']);
  });

  it('fails with a clear message when Telegram refuses the token', async () => {
    const { FakeTelegramApi } = await import('../fakes/telegram-api.ts');
    const fake = new FakeTelegramApi({ token: '999:RIGHT' });
    const { url } = await fake.start();
    const { testApp } = await import('../support/app.ts');
    const t = await testApp({ TELEGRAM_BOT_TOKEN: '123:WRONG', TELEGRAM_API_ROOT: url });
    try {
      await expect(startTelegram(t.app.channels, t.app.config.telegram)).rejects.toThrow(/TELEGRAM_BOT_TOKEN.*401.*BotFather/);
    } finally {
      await t.cleanup();
      await fake.stop();
    }
  });
});

describe('a whole conversation with buttons', () => {
  it('goes from a deep link to a submitted request with a protocol number', async () => {
    const { fake, app, play } = await start();
    let sent = await play(() => fake.pushText(CITIZEN, '/start agendamento-uai'));
    expect(texts(sent)).toContain('Agendar atendimento na UAI');
    expect(buttonsOf(last(sent)).map((b) => b.text)).toContain('📝 Fazer solicitação');

    sent = await play(() => fake.pushPress(CITIZEN, '📝 Fazer solicitação'));
    expect(last(sent).text).toContain('(1/6)');
    const answers: [string, string][] = [
      ['Maria da Silva', '(2/6)'],
      ['529.982.247-25', '(3/6)'],
      ['Belo Horizonte', '(4/6)'],
      ['carteira de identidade & CNH <urgente>', '(5/6)'],
      [futureDate(10), '(6/6)'],
      ['(31) 99999-1234', 'Confira seus dados'],
    ];
    for (const [answer, next] of answers) {
      sent = await play(() => fake.pushText(CITIZEN, answer));
      expect(last(sent).text).toContain(next);
    }
    // The citizen's own text comes back escaped, exactly as typed.
    expect(last(sent).text).toContain('carteira de identidade & CNH <urgente>');
    expect(last(sent).raw).toContain('carteira de identidade &amp; CNH &lt;urgente&gt;');

    sent = await play(() => fake.pushPress(CITIZEN, '✅ Confirmar'));
    const protocol = /ATD-\d{8}-\d{6}/.exec(texts(sent))?.[0];
    expect(protocol).toBeDefined();
    expect(texts(sent)).toContain('Solicitação registrada');
    const stored = sqliteOf(app).prepare('SELECT protocol, service_id AS serviceId, channel FROM requests').all();
    expect(stored).toEqual([{ protocol, serviceId: 'agendamento-uai', channel: 'telegram' }]);
    // Every press was answered, so no button spins forever.
    expect(fake.callsOf('answerCallbackQuery').filter((c) => c.status === 'ok')).toHaveLength(2);
  });

  it('walks through steps by editing the same message ("Etapa 2 de 3" replaces "Etapa 1 de 3")', async () => {
    const { fake, play } = await start();
    await play(() => fake.pushText(CITIZEN, '/start agendamento-uai'));
    let sent = await play(() => fake.pushPress(CITIZEN, '📋 Passo a passo'));
    const step = last(sent);
    expect(step.text).toMatch(/^Etapa 1 de 3/);
    const before = fake.callsOf('sendMessage').length;

    sent = await play(() => fake.pushPress(CITIZEN, '➡️ Próxima etapa', step.messageId));
    expect(fake.callsOf('sendMessage')).toHaveLength(before);
    expect(fake.message(CITIZEN, step.messageId)?.text).toMatch(/^Etapa 2 de 3/);
    expect(fake.message(CITIZEN, step.messageId)?.edits).toBe(1);

    await play(() => fake.pushPress(CITIZEN, '⬅️ Etapa anterior', step.messageId));
    expect(fake.message(CITIZEN, step.messageId)?.text).toMatch(/^Etapa 1 de 3/);
    expect(fake.callsOf('sendMessage')).toHaveLength(before);
  });
});

describe('deep links', () => {
  it('/start <service-id> opens the service card directly', async () => {
    const { fake, play } = await start();
    const sent = await play(() => fake.pushText(CITIZEN, '/start cin-2a-via'));
    expect(last(sent).text).toContain('O que é:');
    expect(buttonsOf(last(sent)).some((b) => 'url' in b)).toBe(true);
  });

  it('/start with an unknown id falls back to the greeting and menu', async () => {
    const { fake, play } = await start();
    const sent = await play(() => fake.pushText(CITIZEN, '/start nao-existe'));
    expect(last(sent).text).toContain('Como posso ajudar');
  });
});

describe('commands', () => {
  it('/ajuda explains how to use the bot and /cancelar leaves a form', async () => {
    const { fake, play } = await start();
    expect(texts(await play(() => fake.pushText(CITIZEN, '/ajuda')))).toContain('Como usar o Atende');
    await play(() => fake.pushText(CITIZEN, '/start agendamento-uai'));
    await play(() => fake.pushPress(CITIZEN, '📝 Fazer solicitação'));
    expect(texts(await play(() => fake.pushText(CITIZEN, '/cancelar')))).toContain('Solicitação cancelada');
    expect(texts(await play(() => fake.pushText(CITIZEN, '/menu')))).toContain('Como posso ajudar');
  });
});

describe('rendering', () => {
  it('escapes HTML in text typed by the citizen (<b>, &) instead of interpreting it', async () => {
    const { fake, play } = await start();
    const sent = await play(() => fake.pushText(CITIZEN, '<b>zzqx</b> & wvkj'));
    const reply = last(sent);
    expect(reply.text).toContain('<b>zzqx</b> & wvkj');
    expect(reply.raw).toContain('&lt;b&gt;zzqx&lt;/b&gt; &amp; wvkj');
  });

  it('splits a message over 4096 characters, with the keyboard on the last part', async () => {
    const dir = catalogueCopy();
    const long = Array.from({ length: 900 }, (_, i) => `frase${i}`).join(' ');
    editService(dir, 'ipva', (doc) => {
      doc.description = long;
    });
    const { fake, play } = await start({ CATALOGUE_DIR: dir });
    const sent = await play(() => fake.pushText(CITIZEN, '/start ipva'));
    const card = sent.slice(1); // after the greeting
    expect(card.length).toBeGreaterThan(1);
    for (const part of card) expect(part.text.length).toBeLessThanOrEqual(4096);
    expect(card.slice(0, -1).every((m) => m.keyboard === undefined)).toBe(true);
    expect(buttonsOf(last(card)).map((b) => b.text)).toContain('📋 Passo a passo');
    expect(card.map((m) => m.text).join(' ')).toContain('frase0 frase1');
    expect(card.map((m) => m.text).join(' ')).toContain('frase899');
  });
});

describe('non-text messages', () => {
  it('answers a photo with "Ainda só entendo texto"', async () => {
    const { fake, play } = await start();
    expect(texts(await play(() => fake.pushPhoto(CITIZEN)))).toContain('Ainda só entendo texto');
  });

  it('answers a location the same way', async () => {
    const { fake, play } = await start();
    const sent = await play(() => fake.pushUpdate(fake.messageUpdate(CITIZEN, { location: { latitude: -19.9, longitude: -43.9 } })));
    expect(texts(sent)).toContain('Ainda só entendo texto');
  });
});

describe('groups', () => {
  const GROUP = -100_777;

  it('get one note with a link to the private chat, not one per message', async () => {
    const { fake, play } = await start();
    const first = await play(() => fake.pushGroupText(GROUP, CITIZEN, 'oi bot'));
    expect(first).toHaveLength(1);
    expect(first[0]?.chatId).toBe(GROUP);
    expect(first[0]?.text).toContain('https://t.me/atende_mg_bot');
    expect(buttonsOf(first[0])).toEqual([{ text: 'Abrir conversa privada', url: 'https://t.me/atende_mg_bot' }]);

    expect(await play(() => fake.pushGroupText(GROUP, OTHER, 'quero renovar a CNH'))).toHaveLength(0);
    expect(fake.messages(GROUP)).toHaveLength(1);
  });

  it('get the note when the bot is added, and not again on the next message', async () => {
    const { fake, play } = await start();
    expect(await play(() => fake.pushAddedToGroup(GROUP, CITIZEN))).toHaveLength(1);
    expect(await play(() => fake.pushGroupText(GROUP, CITIZEN, '/start'))).toHaveLength(0);
  });

  it('are remembered across restarts', async () => {
    const { fake, app, play } = await start();
    await play(() => fake.pushGroupText(GROUP, CITIZEN, 'oi'));
    await bot?.channel.stop();
    const again = await startTelegram(app.channels, app.config.telegram, { shutdownGraceMs: 2_000 });
    try {
      const u = fake.pushGroupText(GROUP, CITIZEN, 'oi de novo');
      await fake.waitForConsumed(u.update_id);
      await again.idle();
      expect(fake.messages(GROUP)).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });
});

describe('Telegram errors', () => {
  it('retries a 429 after retry_after, and the answer arrives', async () => {
    const { fake, play } = await start();
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    const sent = await play(() => fake.pushText(CITIZEN, 'oi'));
    expect(last(sent).text).toContain('Como posso ajudar');
    const attempts = fake.callsOf('sendMessage');
    expect(attempts.map((c) => c.errorCode ?? c.status)).toEqual([429, 'ok']);
    expect(attempts[0]?.payload.text).toBe(attempts[1]?.payload.text);
  });

  it('retries after a dropped connection', async () => {
    const { fake, play } = await start();
    fake.failNext('sendMessage', 'network');
    const sent = await play(() => fake.pushText(CITIZEN, 'oi'));
    expect(last(sent).text).toContain('Como posso ajudar');
    expect(fake.callsOf('sendMessage').map((c) => c.status)).toEqual(['network', 'ok']);
  });

  it('apologises when an answer fails in one chat, and keeps serving everyone', async () => {
    const { fake, play } = await start();
    fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' }, { when: (p) => p.chat_id === CITIZEN });
    const sent = await play(() => fake.pushText(CITIZEN, 'oi'));
    expect(texts(sent)).toContain('Desculpe, tive um problema');
    expect(texts(await play(() => fake.pushText(OTHER, 'oi')))).toContain('Como posso ajudar');
    expect(texts(await play(() => fake.pushText(CITIZEN, 'oi')))).toContain('Como posso ajudar');
  });

  it('does not insist on a citizen who blocked the bot', async () => {
    const { fake, play } = await start();
    fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await play(() => fake.pushText(CITIZEN, 'oi'))).toHaveLength(0);
    expect(fake.callsOf('sendMessage')).toHaveLength(1);
    expect(texts(await play(() => fake.pushText(OTHER, 'oi')))).toContain('Como posso ajudar');
  });
});

describe('a flood from one citizen', () => {
  it('gets one notice, and does not hold up another citizen', async () => {
    const { fake, channel } = await start({ RATE_LIMIT_MESSAGES: '5' });
    // Telegram is slow for the flooding chat: its first answer stays pending until released.
    const slow = fake.hold((c) => c.method === 'sendMessage' && c.payload.chat_id === CITIZEN);
    let lastUpdate = 0;
    for (let i = 0; i < 15; i++) lastUpdate = fake.pushText(CITIZEN, 'oi').update_id;
    fake.pushText(OTHER, 'oi');

    // The other citizen is answered while the flooding chat still waits on its first answer.
    await fake.waitForMessage(OTHER, 'Como posso ajudar');
    expect(slow.held).toBe(1);
    expect(fake.messages(CITIZEN)).toHaveLength(0);

    slow.release();
    await fake.waitForConsumed(lastUpdate);
    await channel.idle();
    const toCitizen = fake.messages(CITIZEN).map((m) => m.text);
    const notices = toCitizen.filter((t) => t.includes('Você enviou muitas mensagens'));
    expect(notices).toHaveLength(1);
    expect(toCitizen).toHaveLength(6); // 5 answers, then the one notice; the other 9 messages are dropped
    expect(toCitizen.at(-1)).toContain('Você enviou muitas mensagens');
  });
});

describe('redelivered updates', () => {
  it('are not answered twice (the update id is the dedup key)', async () => {
    const { fake, app, play } = await start();
    const update = fake.textUpdate(CITIZEN, 'oi');
    await play(() => fake.pushUpdate(update));
    expect(fake.messages(CITIZEN)).toHaveLength(1);
    // A restart that gets the same update again (Telegram redelivers what was not confirmed).
    await bot?.channel.stop();
    const again = await startTelegram(app.channels, app.config.telegram, { shutdownGraceMs: 2_000 });
    try {
      fake.pushUpdate(update);
      await fake.waitForConsumed(update.update_id);
      await again.idle();
      expect(fake.messages(CITIZEN)).toHaveLength(1);
      const next = fake.pushText(CITIZEN, 'menu');
      await fake.waitForConsumed(next.update_id);
      await again.idle();
      expect(fake.messages(CITIZEN)).toHaveLength(2);
    } finally {
      await again.stop();
    }
  });
});

describe('staff commands', () => {
  it('/estatisticas from a staff id shows today\'s sessions per channel', async () => {
    const { fake, play } = await start({ STAFF_TELEGRAM_IDS: `1,${STAFF}` });
    await play(() => fake.pushText(CITIZEN, 'oi'));
    const sent = await play(() => fake.pushText(STAFF, '/estatisticas'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toMatch(/^📊 Sessões de hoje \(\d{2}\/\d{2}\/\d{4}\)/);
    expect(sent[0]?.text).toContain('• Telegram: 1');
    expect(sent[0]?.text).toContain('Total: 1');
  });

  it('/estatisticas and /recarregar from anyone else are ordinary text for the engine', async () => {
    const { fake, app, play } = await start({ STAFF_TELEGRAM_IDS: String(STAFF) });
    const reload = vi.spyOn(app.catalogue, 'reload');
    const stats = await play(() => fake.pushText(CITIZEN, '/estatisticas'));
    expect(stats.length).toBeGreaterThan(0);
    expect(texts(stats)).not.toContain('Sessões de hoje');
    const again = await play(() => fake.pushText(CITIZEN, '/recarregar'));
    expect(again.length).toBeGreaterThan(0);
    expect(texts(again)).not.toContain('Catálogo');
    expect(reload).not.toHaveBeenCalled();
  });

  it('/recarregar from a staff id reloads the catalogue', async () => {
    const { fake, app, play } = await start({ STAFF_TELEGRAM_IDS: String(STAFF) });
    const reload = vi.spyOn(app.catalogue, 'reload');
    const sent = await play(() => fake.pushText(STAFF, '/recarregar'));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(texts(sent)).toContain('✅ Catálogo recarregado');
    expect(texts(sent)).toContain('74 serviços em vigor');
  });

  it('/recarregar with a broken file names file, field and fix, and keeps the old catalogue', async () => {
    const dir = catalogueCopy();
    const { fake, app, play } = await start({ STAFF_TELEGRAM_IDS: String(STAFF), CATALOGUE_DIR: dir });
    editService(dir, 'ipva', (doc) => {
      doc.delivery = 'pombo-correio';
    });
    const sent = await play(() => fake.pushText(STAFF, '/recarregar'));
    expect(sent).toHaveLength(1); // the report only: no second "rejected" notice for the same reload
    const report = sent[0]?.text ?? '';
    expect(report).toContain('❌ O catálogo tem erros e não foi recarregado');
    expect(report).toMatch(/ipva\.yaml › delivery: valor inválido; use um destes: "online"/);
    expect(report).toContain('74 serviços');
    expect(app.catalogue.current().catalogue.byId.get('ipva')?.delivery).not.toBe('pombo-correio');
  });

  it('a rejected hot reload is told to staff ids, and to no one else', async () => {
    const dir = catalogueCopy();
    const { fake, app } = await start({ STAFF_TELEGRAM_IDS: `${STAFF},9002`, CATALOGUE_DIR: dir });
    editService(dir, 'ipva', (doc) => {
      delete doc.title;
    });
    const result = await app.catalogue.reload(); // what the file watcher does on save
    expect(result.ok).toBe(false);
    const note = await fake.waitForMessage(STAFF, 'Uma alteração no catálogo foi rejeitada');
    expect(note.text).toMatch(/ipva\.yaml › title: campo obrigatório ausente/);
    await fake.waitForMessage(9002, 'Uma alteração no catálogo foi rejeitada');
    await bot?.channel.idle();
    expect(fake.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id !== STAFF && c.payload.chat_id !== 9002)).toHaveLength(0);
  });
});

describe('shutdown', () => {
  it('lets an update in flight finish before stop() resolves', async () => {
    const { fake, channel } = await start();
    const slow = fake.hold((c) => c.method === 'sendMessage');
    fake.pushText(CITIZEN, 'oi');
    await slow.waitHeld(1);
    // The runner polls again while the answer is held (the update comes back unconfirmed, and is skipped).
    const held = fake.mark();
    await fake.waitFor((c) => c.method === 'getUpdates', 20_000, held);
    let stopped = false;
    const stopping = channel.stop().then(() => {
      stopped = true;
    });
    // Polling stops, and stop() waits for the answer in flight ...
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    // ... and the answer in flight still reaches the citizen.
    slow.release();
    await stopping;
    expect(fake.messages(CITIZEN).map((m) => m.text).join('')).toContain('Como posso ajudar');
  });
});
