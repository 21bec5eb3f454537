// Corrections search what the citizen meant, without the filler and the part said "no" to.
import { describe, expect, it } from 'vitest';
import { correctionWords } from '../../src/conversation/correct.ts';
import { reader } from '../../src/conversation/intents.ts';
import { talk } from './real.ts';

const meant = (text: string, cueTokens: number[]) => correctionWords(reader.read(text, () => false), cueTokens);

describe('what a correction means', () => {
  it('drops the part said "no" to', () => {
    expect(meant('é CNH e não RG', [])).toEqual(['cnh']);
    expect(meant('não é RG, é CNH', [])).toEqual(['cnh']);
    expect(meant('é a conta de água e não a de luz', [])).toEqual(['conta', 'agua']);
  });

  it('keeps what follows a "não," that answers the bot', () => {
    expect(meant('não, a primeira via', [])).toEqual(['primeira', 'via']);
  });
});

describe('a correction after a service was shown', () => {
  it('"errei, é a CNH e não o RG" looks for CNH services, not identity cards', () => {
    const d = talk('segunda via do rg', 'errei, é a CNH e não o RG');
    const shown = [d.state.view.at === 'service' ? d.state.view.serviceId : '', ...d.state.options.map((o) => o.id)].join(' ');
    expect(shown).toMatch(/cnh/);
    expect(d.state.focus).not.toBe('cin-2a-via');
  });

  it('"ops, na verdade é a conta de água" opens the water bill', () => {
    const d = talk('segunda via da conta de luz', 'ops, na verdade é a conta de água');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'copasa-conta' });
  });

  it('"não, a primeira via" on the 2nd copy of the identity card opens the 1st copy, a related service', () => {
    const d = talk('perdi meu rg', 'não, a primeira via');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-1a-via' });
  });

  it('"na verdade é da moto" on IPVA stays on IPVA, which covers motorcycles', () => {
    const d = talk('ipva', 'na verdade é da moto');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'ipva' });
  });

  it('"na verdade é da moto" on the vehicle licence keeps the licence first: the words qualify, they name nothing new', () => {
    const d = talk('documento do carro atrasado');
    expect(d.state.focus).toBe('crlv-licenciamento');
    d.say('na verdade é da moto');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'crlv-licenciamento' });
  });

  it('"ah nao, eu q vendi o carro" drops the interjection and the "não", and finds the sale notice', () => {
    const d = talk('passar o carro pro meu nome', 'ah nao, eu q vendi o carro');
    const shown = [d.state.view.at === 'service' ? d.state.view.serviceId : '', ...d.state.options.map((o) => o.id)].join(' ');
    expect(shown).toContain('comunicacao-venda');
  });

  it('"Desculpa, na verdade é transferência de escola" searches without the apology', () => {
    const d = talk('cadastro escolar', 'Desculpa, na verdade é transferência de escola');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'transferencia-escola' });
  });

  it('records the search of the corrected words, not the filler', () => {
    const d = talk('segunda via da conta de luz', 'ops, na verdade é a conta de água');
    const search = d.last?.events.find((e) => e.type === 'search');
    expect(search && 'query' in search ? search.query : '').not.toContain('ops');
  });
});

describe('a correction inside a form', () => {
  it('"errei o cpf" asks the CPF again', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', '529.982.247-25', 'errei o cpf');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });

  it('"errei" alone asks the previous field again', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', 'errei');
    expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
  });
});
