// What citizens see on the official WhatsApp channel: replies rendered as Cloud API messages, each checked
// against Meta's rules by the fake Graph API's validator (written independently of the renderer).
import { describe, expect, it } from 'vitest';
import { CHOOSE, LIST_BUTTON, LIST_SECTION, SHORT_TITLES } from '../../src/channels/whatsapp-cloud/copy.ts';
import { type OutgoingMessage, type RenderedReply, renderReply } from '../../src/channels/whatsapp-cloud/render.ts';
import { opt } from '../../src/conversation/turn.ts';
import type { Option, Reply } from '../../src/conversation/types.ts';
import { META_LIMITS, checkOutgoing } from '../fakes/graph-api.ts';

const options = (n: number, label: (i: number) => string = (i) => `Opção ${i + 1}`): Option[] => Array.from({ length: n }, (_, i) => ({ id: `o:${i + 1}`, label: label(i) }));

/** Renders and checks every message the way Meta would; fails the test on the first refusal. */
function render(reply: Reply): RenderedReply {
  const rendered = renderReply(reply);
  for (const m of [...rendered.messages, ...(rendered.fallback ?? [])]) {
    expect(checkOutgoing({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '5531988887777', ...m })).toBeUndefined();
  }
  return rendered;
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function interactiveOf(r: RenderedReply): Extract<OutgoingMessage, { type: 'interactive' }> {
  const last = r.messages[r.messages.length - 1];
  if (last?.type !== 'interactive') throw new Error(`expected an interactive message, got ${JSON.stringify(last)}`);
  return last;
}

function textOf(messages: readonly OutgoingMessage[]): string {
  return messages.map((m) => (m.type === 'text' ? m.text.body : m.interactive.body.text)).join('\n');
}

describe('a reply without options', () => {
  it('is one text message, without a link preview when it has no link', () => {
    const m = only(render({ text: 'Olá, *tudo bem*?' }).messages);
    expect(m).toEqual({ type: 'text', text: { body: 'Olá, *tudo bem*?', preview_url: false } });
  });

  it('writes its links in the text and asks for a preview', () => {
    const m = only(render({ text: 'Veja:', links: [{ label: 'Página oficial', url: 'https://www.mg.gov.br/servico' }] }).messages);
    expect(m.type === 'text' && m.text).toEqual({ body: 'Veja:\n\n🔗 Página oficial: https://www.mg.gov.br/servico', preview_url: true });
  });

  it('is split at 4,096 characters, at paragraph boundaries, with nothing lost', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Parágrafo ${i + 1}: ${'texto '.repeat(60).trim()}`);
    const { messages } = render({ text: paragraphs.join('\n\n') });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.type === 'text' && m.text.body.length).toBeLessThanOrEqual(META_LIMITS.text);
    expect(textOf(messages).replace(/\n+/g, '\n')).toBe(paragraphs.join('\n'));
  });
});

describe('2 options that fit a button', () => {
  it('become reply buttons carrying the option ids', () => {
    const r = render({ text: 'Esta informação ajudou?', options: [opt.yes, opt.no] });
    const m = interactiveOf(r);
    expect(r.messages).toHaveLength(1);
    expect(m.interactive).toEqual({
      type: 'button',
      body: { text: 'Esta informação ajudou?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'fb:yes', title: '👍 Sim' } },
          { type: 'reply', reply: { id: 'fb:no', title: '👎 Não' } },
        ],
      },
    });
  });

  it('keep a numbered text version for when Meta refuses the buttons', () => {
    const r = render({ text: 'Esta informação ajudou?', options: [opt.yes, opt.no] });
    expect(textOf(r.fallback ?? [])).toBe('Esta informação ajudou?\n\n1. 👍 Sim\n2. 👎 Não\n\n_Digite 1 ou 2._');
  });
});

describe('the main menu (3 fixed options whose labels exceed 20 characters)', () => {
  it('uses the channel’s shorter titles, keeping the ids', () => {
    const m = interactiveOf(render({ text: 'Como posso ajudar?', options: [opt.categories, opt.search, opt.handoff] }));
    expect(m.interactive.type).toBe('button');
    if (m.interactive.type !== 'button') return;
    expect(m.interactive.action.buttons.map((b) => [b.reply.id, b.reply.title])).toEqual([
      ['categories', '📂 Ver categorias'],
      ['search', '🔎 Buscar um serviço'],
      ['handoff', '🙋 Falar com alguém'],
    ]);
  });
});

describe('the shorter titles of fixed options', () => {
  it('belong to options the engine offers, and fit a button', () => {
    const ids = new Set(Object.values(opt).map((o) => o.id));
    for (const [id, title] of Object.entries(SHORT_TITLES)) {
      expect(ids.has(id), id).toBe(true);
      expect(title.length, title).toBeLessThanOrEqual(META_LIMITS.buttonTitle);
    }
  });

  it('leave no fixed option that cannot be a button', () => {
    for (const o of Object.values(opt)) {
      const m = interactiveOf(render({ text: 'Escolha:', options: [o] }));
      expect(m.interactive.type, o.label).toBe('button');
    }
  });
});

describe('buttons whose labels fit only without their emoji', () => {
  it('drop the emoji of every button, so they look alike', () => {
    const m = interactiveOf(render({ text: 'E agora?', options: [{ id: 'a', label: '🧾 Emitir segunda via' }, { id: 'b', label: '🏠 Menu' }] }));
    expect(m.interactive.type === 'button' && m.interactive.action.buttons.map((b) => b.reply.title)).toEqual(['Emitir segunda via', 'Menu']);
  });
});

describe('7 options', () => {
  const seven = options(7, (i) => ['Atendimento', 'Documentos', 'Impostos', 'Saúde', 'Segurança', 'Trânsito', 'Veículos'][i] ?? '');

  it('become a list message with one row per option and the option ids', () => {
    const m = interactiveOf(render({ text: '*Categorias*\nEscolha uma categoria:', options: seven }));
    expect(m.interactive.type).toBe('list');
    if (m.interactive.type !== 'list') return;
    expect(m.interactive.body.text).toBe('*Categorias*\nEscolha uma categoria:');
    expect(m.interactive.action.button).toBe('Ver opções');
    const rows = m.interactive.action.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => r.id)).toEqual(seven.map((o) => o.id));
    expect(rows.map((r) => r.title)).toEqual(seven.map((o) => o.label));
  });

  it('shorten long service titles in the row and show them whole in the description', () => {
    const titles = ['Agendar atendimento na UAI (Unidade de Atendimento Integrado)', 'Consultar e pagar IPVA', 'Isenção de IPVA', 'Carteira de Identidade Nacional (CIN)', 'Certidão negativa de débitos', 'Licenciamento anual do veículo', 'Segunda via da CNH'];
    const m = interactiveOf(render({ text: 'Encontrei estes serviços:', options: options(7, (i) => titles[i] ?? '') }));
    if (m.interactive.type !== 'list') throw new Error('expected a list');
    const rows = m.interactive.action.sections.flatMap((s) => s.rows);
    rows.forEach((row, i) => {
      const label = titles[i] ?? '';
      if (label.length <= META_LIMITS.rowTitle) expect(row).toEqual({ id: `o:${i + 1}`, title: label });
      else {
        expect(row.title.endsWith('…'), row.title).toBe(true);
        expect(label.startsWith(row.title.slice(0, -1)), row.title).toBe(true);
        expect(row.description).toBe(label);
      }
    });
  });
});

describe('30 options', () => {
  it('become the numbered text menu, every option listed with its number', () => {
    const r = render({ text: 'Escolha um serviço:', options: options(30) });
    expect(r.fallback).toBeUndefined();
    const text = textOf(r.messages);
    expect(r.messages.every((m) => m.type === 'text')).toBe(true);
    for (let i = 1; i <= 30; i++) expect(text).toContain(`\n${i}. Opção ${i}\n`.trimEnd());
    expect(text).toContain('_Digite um número de 1 a 30._');
  });
});

describe('exactly 10 and 11 options', () => {
  it('10 fit one list, 11 do not', () => {
    expect(interactiveOf(render({ text: 'Escolha:', options: options(10) })).interactive.type).toBe('list');
    expect(render({ text: 'Escolha:', options: options(11) }).messages.every((m) => m.type === 'text')).toBe(true);
  });
});

describe('a label of 1,000 characters', () => {
  const huge = `Serviço ${'muito '.repeat(165)}longo`.slice(0, 1000);

  it('is never cut: the reply becomes the numbered text menu with the whole label', () => {
    const r = render({ text: 'Escolha:', options: [{ id: 'a', label: huge }, { id: 'b', label: 'Outro' }] });
    expect(huge).toHaveLength(1000);
    expect(r.messages.every((m) => m.type === 'text')).toBe(true);
    expect(textOf(r.messages).replace(/\n/g, ' ')).toContain(huge.replace(/\n/g, ' ').slice(0, 400));
    expect(textOf(r.messages)).toContain('2. Outro');
  });

  it('made of one word, still goes whole into the numbered menu', () => {
    const word = 'a'.repeat(1000);
    const r = render({ text: 'Escolha:', options: [{ id: 'a', label: word }] });
    expect(textOf(r.messages).replace(/\s/g, '')).toContain(word);
  });
});

describe('a label too long for a row title and for a description alone', () => {
  it('is continued from the title into the description, so the row shows all of it', () => {
    const label = 'Carteira de Identificação da Pessoa com Transtorno do Espectro Autista (Ciptea)';
    const m = interactiveOf(render({ text: 'Escolha:', options: [...options(3), { id: 'ciptea', label }] }));
    if (m.interactive.type !== 'list') throw new Error('expected a list');
    const row = m.interactive.action.sections[0]?.rows[3];
    expect(row?.title).toBe('Carteira de…');
    expect(row?.description).toBe('…Identificação da Pessoa com Transtorno do Espectro Autista (Ciptea)');
    expect(`${row?.title.slice(0, -1)} ${row?.description?.slice(1)}`).toBe(label);
  });
});

describe('emoji in labels', () => {
  it('count 2 units each: 10 thumbs fill a 20-character button, 11 move the options to a list', () => {
    const ten = interactiveOf(render({ text: 'Nota?', options: [{ id: 'a', label: '👍'.repeat(10) }] }));
    expect(ten.interactive.type).toBe('button');
    const eleven = interactiveOf(render({ text: 'Nota?', options: [{ id: 'a', label: '👍'.repeat(11) }] }));
    expect(eleven.interactive.type).toBe('list');
  });

  it('are never cut in half when a row title is shortened', () => {
    const label = `${'🇧🇷'.repeat(8)} Minas Gerais e seus serviços públicos`;
    const m = interactiveOf(render({ text: 'Escolha:', options: options(4, (i) => (i === 0 ? label : `Opção ${i + 1}`)) }));
    if (m.interactive.type !== 'list') throw new Error('expected a list');
    const row = m.interactive.action.sections[0]?.rows[0];
    expect(row?.title).toBe(`${'🇧🇷'.repeat(5)}…`);
    expect(row?.title.length).toBeLessThanOrEqual(META_LIMITS.rowTitle);
    expect(row?.description).toBe(label);
    expect(row?.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('joined by ZWJ keep their sequence whole in a shortened title', () => {
    const family = '👨‍👩‍👧';
    expect(family).toHaveLength(8);
    const label = family.repeat(10);
    const m = interactiveOf(render({ text: 'Escolha:', options: options(4, (i) => (i === 0 ? label : `Opção ${i + 1}`)) }));
    if (m.interactive.type !== 'list') throw new Error('expected a list');
    const row = m.interactive.action.sections[0]?.rows[0];
    expect(row?.title).toBe(`${family.repeat(2)}…`);
    expect(row?.description).toBe(`…${family.repeat(8)}`);
  });
});

describe('two options that would look the same once shortened', () => {
  it('are not buttons (Meta refuses equal titles): a list shows them whole', () => {
    const a = { id: 'a', label: 'Emitir certidão de nascimento' };
    const b = { id: 'b', label: 'Emitir certidão de casamento' };
    const m = interactiveOf(render({ text: 'Qual?', options: [a, b] }));
    if (m.interactive.type !== 'list') throw new Error('expected a list');
    expect(m.interactive.action.sections[0]?.rows.map((r) => r.description)).toEqual([a.label, b.label]);
  });
});

describe('a reply with options and a text longer than an interactive body', () => {
  it('sends the text first and keeps the last part, within 1,024, as the body', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Linha ${i + 1}: ${'conteúdo '.repeat(6).trim()}`);
    const r = render({ text: lines.join('\n'), options: [opt.yes, opt.no], links: [{ label: 'Página oficial', url: 'https://www.mg.gov.br/x' }] });
    const m = interactiveOf(r);
    expect(r.messages.length).toBeGreaterThan(1);
    expect(m.interactive.body.text.length).toBeLessThanOrEqual(META_LIMITS.body);
    expect(m.interactive.body.text.endsWith('🔗 Página oficial: https://www.mg.gov.br/x')).toBe(true);
    expect(textOf(r.messages).replace(/\n+/g, '\n')).toBe(`${lines.join('\n')}\n🔗 Página oficial: https://www.mg.gov.br/x`);
    const first = r.messages[0];
    expect(first?.type === 'text' && first.text.preview_url).toBe(false);
  });
});

describe('a form question with more choices than a list holds', () => {
  it('lists the choices once, in the numbered menu', () => {
    const choices = options(12, (i) => `Município ${i + 1}`);
    const text = ['Em qual município você mora?', ...choices.map((c, i) => `${i + 1}. ${c.label}`)].join('\n');
    const r = render({ text, options: [...choices, opt.cancelForm], hint: { kind: 'field', serviceId: 's', field: 1, of: 3, choices: 12 } });
    const shown = textOf(r.messages);
    expect(shown.match(/Município 7\b/g)).toHaveLength(1);
    expect(shown).toContain('13. ❌ Cancelar');
  });
});

describe('the channel’s own words', () => {
  it('fit where they go', () => {
    expect(LIST_BUTTON.length).toBeLessThanOrEqual(META_LIMITS.listButton);
    expect(LIST_SECTION.length).toBeLessThanOrEqual(META_LIMITS.sectionTitle);
    expect(CHOOSE.length).toBeLessThanOrEqual(META_LIMITS.body);
  });
});

describe('options without text', () => {
  it('get a short body asking to choose', () => {
    expect(interactiveOf(render({ text: '', options: [opt.yes, opt.no] })).interactive.body.text).toBe('Escolha uma opção:');
  });
});
