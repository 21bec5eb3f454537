// Pure rendering of replies for the web widget, and parsing of its requests: no server, no browser.
import { describe, expect, it } from 'vitest';
import { parseMessageRequest, toIncoming } from '../../src/channels/web/parse.ts';
import { isWebUrl, lineSpans, optionOf, paragraphsOf, renderReply } from '../../src/channels/web/render.ts';
import type { Reply } from '../../src/conversation/types.ts';

describe('emphasis and links in a line', () => {
  it('turns *negrito* and _itálico_ into styled spans', () => {
    expect(lineSpans('*Quanto custa:* é _gratuito_.')).toEqual([{ text: 'Quanto custa:', bold: true }, { text: ' é ' }, { text: 'gratuito', italic: true }, { text: '.' }]);
  });

  it('keeps underscores inside words, such as file names, as they are', () => {
    expect(lineSpans('veja services/cnh_renovacao.yaml')).toEqual([{ text: 'veja services/cnh_renovacao.yaml' }]);
  });

  it('keeps markup typed by a citizen as plain text: nothing is ever HTML', () => {
    const spans = lineSpans('<img src=x onerror=alert(1)> *<b>oi</b>*');
    expect(spans).toEqual([{ text: '<img src=x onerror=alert(1)> ' }, { text: '<b>oi</b>', bold: true }]);
  });

  it('links http(s) addresses written in the text, without the sentence\'s final punctuation', () => {
    expect(lineSpans('Acesse https://www.mg.gov.br/servico/x.')).toEqual([{ text: 'Acesse ' }, { text: 'https://www.mg.gov.br/servico/x', href: 'https://www.mg.gov.br/servico/x' }, { text: '.' }]);
  });

  it('never links other schemes', () => {
    expect(lineSpans('javascript:alert(1) data:text/html,x').some((s) => s.href !== undefined)).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('https://www.mg.gov.br/')).toBe(true);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and keeps line breaks inside a paragraph', () => {
    expect(paragraphsOf('*Título*\n\nlinha 1\nlinha 2\n\n\n')).toEqual([[{ text: 'Título', bold: true }], [{ text: 'linha 1\nlinha 2' }]]);
  });
});

describe('a reply', () => {
  it('carries its options as buttons, with the leading emoji apart', () => {
    const r = renderReply({ text: 'Escolha:', options: [{ id: 'card:steps', label: '📋 Passo a passo' }, { id: 'svc:x', label: '↪️ Outro serviço' }, { id: 'fb:yes', label: 'Sim' }] });
    expect(r.options).toEqual([
      { id: 'card:steps', label: 'Passo a passo', icon: '📋' },
      { id: 'svc:x', label: 'Outro serviço', icon: '↪️' },
      { id: 'fb:yes', label: 'Sim' },
    ]);
    expect(optionOf('x', '1️⃣ Um').icon).toBeUndefined();
  });

  it('reads its kind and progress from the hint, never from the Portuguese words', () => {
    const step: Reply = { text: 'Qualquer texto', hint: { kind: 'step', serviceId: 'x', step: 2, of: 4 } };
    expect(renderReply(step)).toMatchObject({ kind: 'step', progress: { kind: 'step', at: 2, of: 4 } });
    expect(renderReply({ text: 'Etapa 2 de 4' })).toMatchObject({ kind: 'text' });
    expect(renderReply({ text: 'Etapa 2 de 4' }).progress).toBeUndefined();
  });

  it('drops a form question\'s listed choices from the text, since they are buttons', () => {
    const reply: Reply = {
      text: '(1/5) Tipo de manifestação:\n1. Reclamação\n2. Elogio\n\nOu digite o número.',
      options: [{ id: 'form:choice:0', label: 'Reclamação' }, { id: 'form:choice:1', label: 'Elogio' }, { id: 'form:cancel', label: 'Cancelar' }],
      hint: { kind: 'field', serviceId: 'ouvidoria', field: 1, of: 5, choices: 2 },
    };
    const r = renderReply(reply);
    expect(r.paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(['(1/5) Tipo de manifestação:', 'Ou digite o número.']);
    expect(r.progress).toEqual({ kind: 'field', at: 1, of: 5 });
  });

  it('keeps a line the citizen typed even when it looks like a choice', () => {
    const reply: Reply = { text: 'Confira:\n1. Reclamação', options: [{ id: 'form:confirm', label: 'Confirmar' }], hint: { kind: 'summary', serviceId: 'ouvidoria' } };
    expect(renderReply(reply).paragraphs[0]?.map((s) => s.text).join('')).toBe('Confira:\n1. Reclamação');
  });

  it('keeps web links as links, and writes out the others as text', () => {
    const r = renderReply({ text: 'Veja:', links: [{ label: 'Página oficial', url: 'https://www.mg.gov.br/' }, { label: 'Telefone', url: 'tel:155' }] });
    expect(r.links).toEqual([{ label: 'Página oficial', url: 'https://www.mg.gov.br/' }]);
    expect(r.paragraphs.at(-1)).toEqual([{ text: 'Telefone: tel:155' }]);
  });
});

describe('a widget request', () => {
  it('becomes the engine\'s message: text trimmed, option, start on a service', () => {
    const parse = (input: unknown) => {
      const p = parseMessageRequest(JSON.stringify({ id: 'abcdefgh', input }));
      if (!p.ok) throw new Error(p.problem);
      return toIncoming(p.request.input);
    };
    expect(parse({ kind: 'text', text: '  perdi meu rg ' })).toEqual({ kind: 'text', text: 'perdi meu rg' });
    expect(parse({ kind: 'text', text: '/start ipva' })).toEqual({ kind: 'text', text: '/start ipva' });
    expect(parse({ kind: 'option', id: 'card:steps' })).toEqual({ kind: 'option', id: 'card:steps' });
    expect(parse({ kind: 'start', service: 'cnh-renovacao' })).toEqual({ kind: 'start', payload: 'cnh-renovacao' });
    expect(parse({ kind: 'start' })).toEqual({ kind: 'start' });
  });

  it('is refused when a field is missing, malformed or unknown', () => {
    const problem = (body: unknown): string => {
      const p = parseMessageRequest(typeof body === 'string' ? body : JSON.stringify(body));
      return p.ok ? '' : p.problem;
    };
    expect(problem('not json')).toBe('the body is not JSON');
    expect(problem({ input: { kind: 'start' } })).toContain('id');
    expect(problem({ id: 'abcdefgh', session: 'short', input: { kind: 'start' } })).toContain('session');
    expect(problem({ id: 'abcdefgh', input: { kind: 'start', service: '../etc' } })).toContain('input.service');
    expect(problem({ id: 'abcdefgh', input: { kind: 'text', text: 'x'.repeat(2001) } })).toContain('input.text');
    expect(problem({ id: 'abcdefgh', input: { kind: 'media' } })).toContain('input');
    expect(problem({ id: 'abcdefgh', input: { kind: 'start' }, admin: true })).toContain('admin');
  });
});
