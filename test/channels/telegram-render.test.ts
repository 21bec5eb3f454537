import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { dedupKey, mediaKind, parseCallbackData, parseCommand, parseMessage, parseText } from '../../src/channels/telegram/parse.ts';
import { escapeHtml, keyboardOf, MESSAGE_LIMIT, optionData, renderReply, renderVerbatim, shouldEdit, splitText, toHtml } from '../../src/channels/telegram/render.ts';
import { parseTelegramHtml } from '../fakes/telegram-api.ts';
import type { Reply } from '../../src/conversation/types.ts';

const visible = (html: string): string => {
  const parsed = parseTelegramHtml(html);
  if ('error' in parsed) throw new Error(`Telegram would refuse this HTML: ${parsed.error}\n${html}`);
  return parsed.text;
};

describe('HTML rendering', () => {
  it('escapes &, < and > so citizen text can never become markup', () => {
    expect(escapeHtml('<b>oi</b> & "tchau"')).toBe('&lt;b&gt;oi&lt;/b&gt; &amp; "tchau"');
    expect(visible(toHtml('Não encontrei "<b>rg</b> & cnh"'))).toBe('Não encontrei "<b>rg</b> & cnh"');
  });

  it('turns *negrito* into <b> and _itálico_ into <i>', () => {
    expect(toHtml('*Etapa 1 de 3: Agendar*')).toBe('<b>Etapa 1 de 3: Agendar</b>');
    expect(toHtml('_(opcional: digite "pular")_')).toBe('<i>(opcional: digite "pular")</i>');
    expect(toHtml('veja *Documentos:* e _depois_ volte')).toBe('veja <b>Documentos:</b> e <i>depois</i> volte');
  });

  it('leaves underscores inside words and lone asterisks alone', () => {
    expect(toHtml('arquivo foo_bar_baz.yaml')).toBe('arquivo foo_bar_baz.yaml');
    expect(toHtml('nota* de rodapé')).toBe('nota* de rodapé');
  });

  it('never produces crossed tags, which Telegram refuses', () => {
    for (const text of ['*a _b* c_', '_a *b_ c*', '*x* _y_ *z _w*_', '*_a_*']) {
      expect(() => visible(toHtml(text))).not.toThrow();
    }
  });
});

describe('splitting long texts', () => {
  it('keeps a text that fits in one part', () => {
    expect(splitText('linha 1\nlinha 2')).toEqual(['linha 1\nlinha 2']);
  });

  it('cuts between lines, every part within the limit once rendered', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `*Linha ${i}*: documentos & custos <importante>`);
    const parts = splitText(lines.join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(toHtml(p).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('cuts a single line longer than a message at spaces, losing no word', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `palavra${i}`);
    const parts = splitText(words.join(' '));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(toHtml(p).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(parts.join('').split(/\s+/).filter(Boolean)).toEqual(words);
  });

  it('cuts a line without spaces by characters, never inside an emoji', () => {
    const text = '😀'.repeat(3000);
    const parts = splitText(text, 1000);
    expect(parts.join('')).toBe(text);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(1000);
      expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('counts escaping in the limit (& becomes 5 characters)', () => {
    const parts = splitText('&'.repeat(2000), MESSAGE_LIMIT);
    for (const p of parts) expect(toHtml(p).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(parts.join('')).toBe('&'.repeat(2000));
  });
});

describe('replies', () => {
  const options = [
    { id: 'card:steps', label: '📋 Passo a passo' },
    { id: 'fb:yes', label: '👍 Sim' },
    { id: 'fb:no', label: '👎 Não' },
  ];

  it('puts links first as URL buttons, then options as callback buttons; short ones share a row', () => {
    const keyboard = keyboardOf({ text: 'x', options, links: [{ label: 'Página oficial', url: 'https://www.mg.gov.br/x' }] });
    expect(keyboard?.inline_keyboard).toEqual([
      [{ text: 'Página oficial', url: 'https://www.mg.gov.br/x' }],
      [{ text: '📋 Passo a passo', callback_data: 'card:steps' }, { text: '👍 Sim', callback_data: 'fb:yes' }],
      [{ text: '👎 Não', callback_data: 'fb:no' }],
    ]);
  });

  it('writes a link that cannot be a button into the text', () => {
    const [only] = renderReply({ text: 'Ligue', links: [{ label: 'Telefone', url: 'tel:155' }] });
    expect(only?.html).toContain('🔗 Telefone: tel:155');
    expect(only?.keyboard).toBeUndefined();
  });

  it('uses "#n" as button data when an option id is over 64 bytes', () => {
    const long = { id: `cat:${'Ação e Educação '.repeat(4)}`.slice(0, 64), label: 'Longa' };
    expect(Buffer.byteLength(long.id)).toBeGreaterThan(64);
    expect(optionData(long, 2)).toBe('#3');
    expect(optionData(options[0]!, 0)).toBe('card:steps');
    expect(parseCallbackData('#3')).toEqual({ kind: 'text', text: '3' });
  });

  it('puts the keyboard on the last part only', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Linha número ${i} com algum texto`).join('\n');
    const parts = renderReply({ text, options });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(0, -1).every((p) => p.keyboard === undefined)).toBe(true);
    expect(parts.at(-1)?.keyboard).toBeDefined();
    for (const p of parts) expect(visible(p.html).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it('shows staff text verbatim (file names with underscores) with a bold title', () => {
    const [only] = renderVerbatim('Erros', ['data/services/foo_bar_.yaml › *campo*: <x>']);
    expect(only?.html).toBe('<b>Erros</b>\ndata/services/foo_bar_.yaml › *campo*: &lt;x&gt;');
  });

  it('edits only for walking through steps, with one single-part answer', () => {
    const step: Reply = { text: 'Pague a taxa.', hint: { kind: 'step', serviceId: 'x', step: 2, of: 4 } };
    expect(shouldEdit('walk:next', [step])).toBe(true);
    expect(shouldEdit('walk:prev', [step])).toBe(true);
    expect(shouldEdit('walk:next', [step, { text: 'mais' }])).toBe(false);
    expect(shouldEdit('card:docs', [step])).toBe(false);
    expect(shouldEdit('walk:finish', [{ text: 'Pronto, você viu todas as etapas' }])).toBe(false);
  });

  it('decides from the reply hint, never from the words of the text', () => {
    expect(shouldEdit('walk:next', [{ text: '*Etapa 2 de 4: Pagar*\n\nPague a taxa.' }])).toBe(false);
    expect(shouldEdit('walk:next', [{ text: 'Texto reescrito da etapa', hint: { kind: 'step', serviceId: 'x', step: 3, of: 4 } }])).toBe(true);
  });
});

describe('parsing', () => {
  it('reads commands, with or without the bot name', () => {
    expect(parseCommand('/start agendamento-uai')).toEqual({ name: 'start', payload: 'agendamento-uai' });
    expect(parseCommand('/Menu@atende_mg_bot')).toEqual({ name: 'menu', payload: '' });
    expect(parseCommand('menu')).toBeUndefined();
  });

  it('maps /start to a start (with the deep-link payload) and the other commands to the engine words', () => {
    expect(parseText('/start')).toEqual({ kind: 'start' });
    expect(parseText('/start cin-2a-via')).toEqual({ kind: 'start', payload: 'cin-2a-via' });
    expect(parseText('/ajuda')).toEqual({ kind: 'text', text: 'ajuda' });
    expect(parseText('/cancelar')).toEqual({ kind: 'text', text: 'cancelar' });
    expect(parseText('/menu')).toEqual({ kind: 'text', text: 'menu' });
    expect(parseText('/recarregar')).toEqual({ kind: 'text', text: '/recarregar' });
    // A command named like an object built-in is typed text, never an object handed to the engine.
    for (const c of ['/__proto__', '/constructor', '/toString', '/valueOf']) expect(parseText(c)).toEqual({ kind: 'text', text: c });
  });

  const base = { message_id: 1, date: 0, chat: { id: 1, type: 'private' as const, first_name: 'A' } };
  it('reports non-text messages as media, and ignores service messages', () => {
    expect(parseMessage({ ...base, photo: [] } as unknown as Message)).toEqual({ kind: 'media', media: 'photo' });
    expect(mediaKind({ ...base, voice: {} } as unknown as Message)).toBe('voice');
    expect(mediaKind({ ...base, sticker: {} } as unknown as Message)).toBe('sticker');
    expect(mediaKind({ ...base, location: {} } as unknown as Message)).toBe('location');
    expect(mediaKind({ ...base, dice: {} } as unknown as Message)).toBe('other');
    expect(parseMessage({ ...base, pinned_message: {} } as unknown as Message)).toBeUndefined();
  });

  it('keys updates for deduplication by update id', () => {
    expect(dedupKey(123)).toBe('tg:123');
  });
});

describe('the fake Bot API HTML check (what the tests above rely on)', () => {
  it('refuses unescaped markup characters and crossed tags, like Telegram', () => {
    expect(parseTelegramHtml('a & b')).toHaveProperty('error');
    expect(parseTelegramHtml('<script>')).toHaveProperty('error');
    expect(parseTelegramHtml('<b>a<i>b</b></i>')).toHaveProperty('error');
    expect(parseTelegramHtml('<b>a &amp; b</b>')).toEqual({ text: 'a & b' });
  });
});
