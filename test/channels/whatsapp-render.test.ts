import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutRepeatedOptions } from '../../src/channels/shared/choices.ts';
import { MAX_MESSAGE_LENGTH, optionsPrompt, renderReplies, renderReply, splitText } from '../../src/channels/whatsapp/render.ts';
import type { Reply } from '../../src/conversation/types.ts';

const menu: Reply = {
  text: 'Como posso ajudar? Escolha uma opção:',
  options: [
    { id: 'categories', label: '📂 Ver serviços por categoria' },
    { id: 'search', label: '🔎 Buscar um serviço' },
    { id: 'handoff', label: '🙋 Falar com uma pessoa' },
  ],
};

describe('a reply with options', () => {
  it('becomes one message with a numbered menu and "Digite 1, 2 ou 3"', () => {
    expect(renderReply(menu)).toEqual([
      'Como posso ajudar? Escolha uma opção:\n\n1. 📂 Ver serviços por categoria\n2. 🔎 Buscar um serviço\n3. 🙋 Falar com uma pessoa\n\n_Digite 1, 2 ou 3._',
    ]);
  });

  it('asks for the right numbers whatever the length of the menu', () => {
    expect(optionsPrompt(1)).toBe('Digite 1.');
    expect(optionsPrompt(2)).toBe('Digite 1 ou 2.');
    expect(optionsPrompt(5)).toBe('Digite 1, 2, 3, 4 ou 5.');
    expect(optionsPrompt(14)).toBe('Digite um número de 1 a 14.');
  });

  const choices = [
    { id: 'form:choice:0', label: 'Reclamação' },
    { id: 'form:choice:1', label: 'Denúncia' },
    { id: 'form:cancel', label: '❌ Cancelar' },
  ];

  it('does not list a form choice twice when the text already numbers it', () => {
    const reply: Reply = { text: 'Qual o tipo de manifestação?\n1. Reclamação\n2. Denúncia', options: choices, hint: { kind: 'field', serviceId: 'ouvidoria', field: 1, of: 5, choices: 2 } };
    const [text] = renderReply(reply);
    expect(text).toBe('Qual o tipo de manifestação?\n\n1. Reclamação\n2. Denúncia\n3. ❌ Cancelar\n\n_Digite 1, 2 ou 3._');
  });

  it('decides from the reply hint, not from how the question is worded', () => {
    const text = '(1/5) Tipo de manifestação:\n1. Reclamação\n2. Denúncia';
    expect(withoutRepeatedOptions({ text, options: choices })).toBe(text);
  });

  it('keeps numbered lines that are not the options', () => {
    const text = 'Etapas:\n1. Agende\n2. Compareça';
    expect(withoutRepeatedOptions({ text, options: [{ id: 'a', label: 'Outra coisa' }], hint: { kind: 'field', serviceId: 'x', field: 1, of: 2, choices: 1 } })).toBe(text);
  });

  it('never drops a line that a citizen typed, even one that looks like the menu', () => {
    const text = '*Confira seus dados:*\n• *Relato:* veja abaixo\n1. ✅ Confirmar\n\nEstá tudo certo?';
    expect(withoutRepeatedOptions({ text, options: [{ id: 'form:confirm', label: '✅ Confirmar' }], hint: { kind: 'summary', serviceId: 'x' } })).toBe(text);
  });
});

describe('a reply with links', () => {
  it('shows every URL in full, before the menu', () => {
    const [text] = renderReply({
      text: '*CNH — renovação*',
      links: [{ label: 'Página oficial do serviço', url: 'https://www.detran.mg.gov.br/habilitacao/renovacao_cnh?x=1&y=2' }],
      options: [{ id: 'menu', label: '🏠 Menu' }],
    });
    expect(text).toBe('*CNH — renovação*\n\n🔗 Página oficial do serviço: https://www.detran.mg.gov.br/habilitacao/renovacao_cnh?x=1&y=2\n\n1. 🏠 Menu\n\n_Digite 1._');
  });
});

describe('emphasis', () => {
  it('keeps *negrito* and _itálico_ as they are: the engine already writes WhatsApp syntax', () => {
    expect(renderReply({ text: '*Atenção:* leve o _original_.' })).toEqual(['*Atenção:* leve o _original_.']);
  });

  it('adds no menu or prompt to a reply without options', () => {
    expect(renderReply({ text: 'Atendimento encerrado.' })).toEqual(['Atendimento encerrado.']);
  });
});

describe('long texts', () => {
  it('are split at paragraph boundaries, each part under the limit, menu in the last part', () => {
    const paragraph = `*Etapa*\n${'Leve o documento original e uma cópia. '.repeat(40).trim()}`;
    const reply: Reply = { text: Array.from({ length: 6 }, () => paragraph).join('\n\n'), options: menu.options ?? [] };
    const parts = renderReply(reply);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    // Whole paragraphs: every part starts at a paragraph and bold never spans two parts.
    for (const p of parts.slice(0, -1)) expect(p.startsWith('*Etapa*')).toBe(true);
    expect(parts[parts.length - 1]).toMatch(/_Digite 1, 2 ou 3\._$/);
  });

  it('cuts a single huge word without breaking an emoji in half', () => {
    const parts = splitText('😀'.repeat(10), 5);
    expect(parts.join('')).toBe('😀'.repeat(10));
    for (const p of parts) expect(Array.from(p).every((c) => c === '😀')).toBe(true);
  });

  it('never exceeds the limit and never loses a word (any text)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('\n', '\n\n', ' '), fc.string({ minLength: 1, maxLength: 30 })), { maxLength: 60 }), fc.integer({ min: 8, max: 80 }), (pieces, max) => {
        const text = pieces.join('');
        const parts = splitText(text, max);
        for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
        const squash = (s: string): string => s.replace(/\s+/g, '');
        expect(squash(parts.join(''))).toBe(squash(text));
      }),
    );
  });
});

describe('several replies of one turn', () => {
  it('become messages in the same order', () => {
    expect(renderReplies([{ text: 'Primeira' }, { text: 'Segunda' }])).toEqual(['Primeira', 'Segunda']);
  });
});
