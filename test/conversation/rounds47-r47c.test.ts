// The forty-seventh session's rounds of helper r47c (say it again, shorter, simpler; slips inside a form). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { checkField } from '../../src/conversation/fields.ts';
import type { FormField } from '../../src/catalogue/schema.ts';
import { realCatalogue, said, talk, talkOn } from './real.ts';

/** The replies of one message, joined as the citizen reads them. */
const text = (replies: readonly { text: string }[]): string => replies.map((r) => r.text).join('\n\n');

describe('round 5960: "repete" on a card says the last answer again, whole', () => {
  it('an act asked of the bot, declined with the steps and the card\'s sentence, then "fala de novo": the same words', () => {
    const d = talkOn('crlv-licenciamento');
    const first = text(d.say('faz o licenciamento pra mim'));
    expect(text(d.say('fala de novo'))).toBe(first);
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'crlv-licenciamento' });
  });
  it('a time answer with the card\'s sentence quoted for the question, then "repete pf": the sentence comes again', () => {
    const d = talkOn('ipva');
    const first = text(d.say('qual o prazo pra pagar sem multa?'));
    expect(text(d.say('repete pf'))).toBe(first);
  });
  it('guard: "repete" after the card alone gives the card again', () => {
    const d = talkOn('cnh-renovacao');
    const card = d.last?.replies.at(-1)?.text;
    expect(text(d.say('repete'))).toBe(card);
  });
  it('guard: a message holding a CPF or a name keeps no reply in the state', () => {
    expect(talkOn('ipva', 'meu cpf é 123.456.789-09, quanto custa?').state.reply).toBeUndefined();
    expect(talk('meu nome é Josefina Albuquerque, quanto custa a cnh?').state.reply).toBeUndefined();
  });
  it('guard: inside a form no reply is kept (its replies may hold answers)', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Rosângela Pereira Dutra');
    expect(d.state.view.at).toBe('form');
    expect(d.state.reply).toBeUndefined();
  });
});

describe('round 5961: the way to say it ("mais fácil", "de outro jeito") beside a topic names no service', () => {
  it('"me explica de um jeito mais facil quem pode pedir" on the Passe Livre stays on it (not the Minas Fácil company)', () => {
    const d = talkOn('passe-livre', 'me explica de um jeito mais facil quem pode pedir');
    expect(d.state.focus).toBe('passe-livre');
  });
  it('"fala mais facil quanto custa" on the IPVA asks the IPVA\'s cost', () => {
    const d = talkOn('ipva', 'fala mais facil quanto custa');
    expect(d.state.focus).toBe('ipva');
    expect(d.state.topic).toBe('cost');
  });
  it('guard: "quero abrir empresa pelo minas facil" still opens the company\'s registration', () => {
    expect(talkOn('ipva', 'quero abrir empresa pelo minas facil').state.focus).toBe('abrir-empresa');
  });
});

describe('round 5964: a summary asked on a card ("resume tudo", "resumindo, como faço?") is the card in short', () => {
  it('"em resumo, como que faz?" on the fishing licence stays on the card (no walkthrough), with who does it', () => {
    const d = talkOn('licenca-pesca', 'em resumo, como que faz?');
    expect(d.state.view.at).toBe('service');
    expect(said(d)).toContain('quem faz');
  });
  it('"resume tudo pra mim" after a question on the CNH\'s 2nd copy: the card in short (who does it, the steps), not the cost again', () => {
    const d = talkOn('cnh-2a-via', 'quanto custa?', 'resume tudo pra mim');
    expect(d.state.view.at).toBe('service');
    expect(said(d)).toContain('quem faz: departamento estadual de transito');
    expect(said(d)).toContain('etapas: 1.');
  });
  it('guard: "me mostra o passo a passo" on a card still opens the steps', () => {
    expect(talkOn('licenca-pesca', 'me mostra o passo a passo').state.view.at).toBe('walkthrough');
  });
});

const nameField = { id: 'nome', label: 'Nome completo', type: 'name' } as unknown as FormField;
const now = new Date('2026-11-25T12:00:00-03:00');

describe('round 5963: a nickname after the whole name is no part of it', () => {
  it('"Maria Aparecida Lima, a Cida" and "José Carlos Dias, vulgo Zé": the name alone', () => {
    expect(checkField(nameField, 'Maria Aparecida Lima, a Cida', now, realCatalogue.synonyms)).toEqual({ ok: true, value: 'Maria Aparecida Lima' });
    expect(checkField(nameField, 'José Carlos Dias, vulgo Zé', now, realCatalogue.synonyms)).toEqual({ ok: true, value: 'José Carlos Dias' });
  });
  it('"Ana Paula Reis (Paulinha)" in a form: the name taken, the nickname never kept', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Ana Paula Reis (Paulinha)');
    expect(d.state.view.at === 'form' ? d.state.view.answers : {}).toEqual({ nome: 'Ana Paula Reis' });
    expect(JSON.stringify(d.state)).not.toContain('Paulinha');
  });
  it('guard: "moro em Belo Horizonte, o centro" is no name', () => {
    expect(checkField(nameField, 'moro em Belo Horizonte, o centro', now, realCatalogue.synonyms).ok).toBe(false);
  });
});

describe('round 5962: a CPF typed in pieces is read whole', () => {
  it('"529.982" then "247-25": the CPF taken, the next field asked, no piece left in the answers', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Rosângela Pereira Dutra', '529.982');
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(1);
    d.say('247-25');
    const v = d.state.view;
    expect(v.at === 'form' ? v.answers : {}).toEqual({ nome: 'Rosângela Pereira Dutra', cpf: '529.982.247-25' });
    expect(v.at === 'form' ? v.field : -1).toBe(2);
  });
  it('guard: a piece alone is not taken ("529.982": the CPF asked again)', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Rosângela Pereira Dutra', '529.982');
    expect(d.state.view.at === 'form' ? d.state.view.answers.cpf : 'x').toBeUndefined();
  });
});
