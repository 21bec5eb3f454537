// The forty-second session's rounds of helper r42d (one reading of "is it asked?", and the review's leftovers).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the round).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

const booking = ['quero a segunda via do rg', 'pre agendamento'];

describe('round 5160: a statement closed by a tag is asked in a form too (commands.ts isAsked)', () => {
  it('"precisa ser o nome completo ne" at the name: what the field is for, the field stays', () => {
    const d = talk(...booking, 'precisa ser o nome completo ne');
    expect(kinds(d)).toEqual(['notice', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
    const e = talk(...booking, 'tem que ser o nome todo, certo');
    expect(kinds(e)).toEqual(['notice', 'field']);
  });
  it('"é so os numeros do cpf ne" at the CPF: what the field is for, not an invalid CPF', () => {
    const d = talk(...booking, 'Carla Mendes Rocha', 'é so os numeros do cpf ne');
    expect(kinds(d)).toEqual(['notice', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });
  it('"ja pedi isso semana passada, vai duplicar ne" at the date: a request made before, not a wrong date', () => {
    const d = talk(...booking, 'Carla Mendes Rocha', '529.982.247-25', 'Contagem', 'ja pedi isso semana passada, vai duplicar ne');
    expect(said(d)).toMatch(/pedidos feitos antes/);
    expect(d.state.view).toMatchObject({ at: 'form', field: 3 });
  });
  it('guard: a name given goes on to the CPF', () => {
    expect(talk(...booking, 'Carla Mendes Rocha').state.view).toMatchObject({ at: 'form', field: 1 });
  });
  it('guard: an account in a free-text field with a tag stays the answer ("… ne" at the body of the ombudsman)', () => {
    const d = talk('quero fazer uma reclamacao na ouvidoria', 'reclamação', 'a escola estadual do meu bairro ne');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 5161: one list of what may come before a "não" that answers the bot (cues.ts BEFORE_NO)', () => {
  it('"pera nao, é do postinho…" on the ombudsman answers the bot: the health ombudsman (NO_ANSWERING gains "pera")', () => {
    const d = talk('quero reclamar de uma escola estadual na ouvidoria', 'pera nao, e do postinho que nunca tem medico');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });
  it('"desculpa, nao, … entao é a segunda via ne" on the 1st copy corrects, its tag asks nothing: the 2nd copy (OPENS_WITH_NO, then named CORRECTING, gains the apologies)', () => {
    const d = talkOn('cin-1a-via', 'desculpa, nao, eu perdi a minha, entao é a segunda via ne');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(kinds(d)).toEqual(['card']);
  });
  it('guard: "ops nao, …" still answers the bot (round 4984)', () => {
    expect(talk('quero reclamar de uma escola estadual na ouvidoria', 'vixe nao, e do hospital do sus que nao me atendeu').state.focus).toBe('ouvidoria-saude');
  });
  it('guard: "perdao, nao sei, o desconto é so a vista ne" on the IPVA still gets the cost', () => {
    expect(asked(talkOn('ipva', 'perdao, nao sei, o desconto é so a vista ne'))).toEqual(['cost']);
  });
});
