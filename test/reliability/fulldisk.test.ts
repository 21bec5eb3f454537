// A full disk while a Telegram message is being stored: the error is logged (without what the citizen wrote),
// the citizen gets an apology on Telegram rather than silence, and the bot recovers once there is room again.
import { afterEach, describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '../../src/core/logger.ts';
import { copy } from '../../src/conversation/text.ts';
import { type BotUnderTest, startBot } from '../channels/telegram-support.ts';
import { sqliteOf } from '../support/app.ts';

let bot: BotUnderTest | undefined;
afterEach(async () => {
  await bot?.cleanup();
  bot = undefined;
});

/** A logger that keeps every record, at every level. */
function recordingLogger(): { logger: Logger; records: { level: string; fields: LogFields; msg?: string }[] } {
  const records: { level: string; fields: LogFields; msg?: string }[] = [];
  const at =
    (level: string) =>
    (fields: LogFields, msg?: string): void => {
      records.push(msg === undefined ? { level, fields } : { level, fields, msg });
    };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return { logger, records };
}

describe('the Telegram channel when the disk fills up', () => {
  it('apologises to the citizen, logs SQLITE_FULL without the message text, and recovers when space returns', async () => {
    const { logger, records } = recordingLogger();
    bot = await startBot({ RATE_LIMIT_MESSAGES: '1000' }, {}, logger);
    const { fake, app, play } = bot;
    await play(() => fake.pushText(1, 'oi'));

    // Cap the file at its current size: the next page allocation fails with SQLITE_FULL, as on a full disk.
    const pages = Number(sqliteOf(app).pragma('page_count', { simple: true }));
    sqliteOf(app).pragma(`max_page_count = ${pages}`);
    const secret = 'meu cpf é 529.982.247-25 e moro na rua tal ';
    let citizen = 0;
    let answer: string[] = [];
    for (let i = 0; i < 60; i++) {
      citizen = 1000 + i;
      answer = (await play(() => fake.pushText(citizen, secret.repeat(20)))).map((m) => m.text);
      if (answer.some((t) => t.includes(copy.apology))) break;
    }
    expect(answer).toEqual([copy.apology]);

    const failures = records.filter((r) => r.level === 'error');
    expect(failures.some((r) => r.fields.code === 'SQLITE_FULL')).toBe(true);
    const printable = JSON.stringify(records.map((r) => ({ ...r, fields: { ...r.fields, err: r.fields.err instanceof Error ? r.fields.err.message : r.fields.err } })));
    expect(printable).not.toContain('529.982');

    // Room again: the same citizen writes again and gets a real answer.
    sqliteOf(app).pragma('max_page_count = 1073741823');
    const after = (await play(() => fake.pushText(citizen, 'perdi meu rg'))).map((m) => m.text).join('\n');
    expect(after).toContain('Carteira de Identidade');
    expect(after).not.toContain(copy.apology);
  });
});
