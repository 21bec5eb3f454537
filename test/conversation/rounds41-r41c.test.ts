// The forty-first session's rounds of helper r41c (forms and the walkthrough, leftovers). Written from the citizen's
// side, with wordings other than the dialogues'. Guards (things that must NOT change) say so in their names.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 4940: a licence brought from another state or abroad, asked with how to go on', () => {
  it('from a state said by its letters, with "o que eu faço?" and nothing in view: the transfer', () => {
    const d = talk('minha cnh é do rj e agora moro em betim, o que eu faço?');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
    const e = talk('a carteira de motorista é de sp, agora moro em uberlandia, o que faço?');
    expect(e.state.focus).toBe('cnh-transferencia-estado');
  });
  it('guard: from abroad, with "como faço?": the foreign licence, as before', () => {
    const d = talk('cnh dos eua, moro em bh, como faço?');
    expect(d.state.focus).toBe('cnh-estrangeiro');
  });
  it('guard: living in another state with a licence run out is still the renewal', () => {
    const d = talk('moro em sp e minha cnh venceu, o que faço?');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
});

describe('round 4941: "aí" pointing at the step is no "passa aí"', () => {
  it('"repete essa etapa aí" and "fala de novo esse passo aí" keep the step', () => {
    const d = talkOn('cin-2a-via', 'passo a passo', 'proxima', 'fala de novo esse passo ai');
    expect(stepOf(d)).toBe(2);
    const e = talkOn('cnh-renovacao', 'passo a passo', 'proxima', 'proxima', 'repete o passo aí por favor');
    expect(stepOf(e)).toBe(3);
  });
  it('guard: "passa aí" still goes on', () => {
    const d = talkOn('cin-2a-via', 'passo a passo', 'passa ai');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 4942: the summary confirmed in a hurry', () => {
  const upToPhone = ['quero a segunda via do rg', 'pre agendamento', 'Carla Mendes Rocha', '529.982.247-25', 'Contagem', '18/03/2027', 'perdi', '(31) 99999-1234'];
  it('"pode confirmar agora", "registra logo isso" send the request', () => {
    expect(kinds(talk(...upToPhone, 'pode confirmar agora'))).toContain('submitted');
    expect(kinds(talk(...upToPhone, 'registra logo isso'))).toContain('submitted');
  });
  it('guard: "agora não, confirma depois" sends nothing', () => {
    expect(kinds(talk(...upToPhone, 'agora não, confirma depois'))).not.toContain('submitted');
  });
});

describe('round 4943: giving up in a free-text field, opened by a word of exasperation', () => {
  const atBody = ['quero registrar por aqui', 'Reclamação'];
  it('"olha, esquece, ninguém resolve nada" drops the request', () => {
    const d = talkOn('ouvidoria', ...atBody, 'olha, esquece, ninguém resolve nada');
    expect(d.state.view.at).toBe('service');
    const e = talkOn('ouvidoria', ...atBody, 'sabe de uma coisa, deixa pra lá');
    expect(e.state.view.at).toBe('service');
  });
  it('guard: an exasperated opener before the body named is the answer', () => {
    const d = talkOn('ouvidoria', ...atBody, 'olha, o posto de saúde do meu bairro');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 4944: an optional field skipped with why the citizen refuses', () => {
  const upToEmail = ['quero registrar por aqui', 'Sugestão', 'escola estadual', 'Betim', 'A escola podia ter mais bebedouros no pátio.'];
  it('the reason first or after the skip: the summary', () => {
    expect(talkOn('ouvidoria', ...upToEmail, 'tenho medo de golpe, pode pular').state.view.at).toBe('confirm');
    expect(talkOn('ouvidoria', ...upToEmail, 'pula essa, prefiro não').state.view.at).toBe('confirm');
  });
  it('guard: a skip with an e-mail after it takes the e-mail', () => {
    const d = talkOn('ouvidoria', ...upToEmail, 'pula, meu email é carla@exemplo.com.br');
    expect(d.state.view).toMatchObject({ at: 'confirm', answers: { email: 'carla@exemplo.com.br' } });
  });
});

describe('round 4945: a value typed first, then a remark with "errado" in it', () => {
  const atCpf = ['quero marcar atendimento na uai', 'Carla Mendes Rocha'];
  it('a wrong CPF with "e não vem dizer que tá errado": the CPF asked again, no other service', () => {
    const d = talk(...atCpf, '529.982.247-26, e não vem me dizer que tá errado');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });
  it('guard: a right CPF with the same remark goes on', () => {
    const d = talk(...atCpf, '529.982.247-25, e não vem me dizer que tá errado');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 4946: an account in a free-text field that closes asking about another service', () => {
  const atStory = ['quero fazer uma manifestacao', 'reclamação', 'escola estadual', 'Betim'];
  it('"…, é com a ouvidoria do sus?": that service answered and leaving offered', () => {
    const d = talkOn('ouvidoria', ...atStory, 'esperei quatro horas na upa e ninguem me atendeu, isso é com a ouvidoria do sus?');
    expect(d.state.view).toMatchObject({ at: 'leave', target: 'ouvidoria-saude' });
  });
  it('guard: a story naming that service without asking stays the answer', () => {
    const d = talkOn('ouvidoria', ...atStory, 'a upa nao tem medico, liguei na ouvidoria do sus e nada');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
  });
  it('guard: a story closing on a question that names no service stays the answer', () => {
    const d = talkOn('ouvidoria', ...atStory, 'fui na uai e me trataram mal, isso pode?');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
  });
});

describe('round 4947: whether the citizen may go on driving, on a licence card', () => {
  it('on the transfer from another state: the card says the licence is valid in the whole country', () => {
    const d = talkOn('cnh-transferencia-estado', 'e ate eu transferir posso seguir dirigindo normal?');
    expect(said(d)).toMatch(/todo o pais/);
  });
  it('on the copy of the licence: the digital one may be used meanwhile', () => {
    const d = talkOn('cnh-2a-via', 'e ate a nova chegar, da pra continuar dirigindo?');
    expect(said(d)).toMatch(/digital/);
  });
  it('guard: a question of how long it takes is not one of driving on', () => {
    const d = talkOn('cnh-2a-via', 'quanto tempo demora pra chegar?');
    expect(asked(d)).toContain('time');
  });
});

describe('round 4948: a step pointed at by a relative clause ("a parte em que…")', () => {
  it('"pula pra etapa em que a gente paga" in the IPVA\'s steps: the step of paying, though "pagar" is in the name', () => {
    const d = talkOn('ipva', 'passo a passo', 'pula pra etapa em que a gente paga');
    expect(stepOf(d)).toBe(3);
  });
  it('"quero a parte em que eu vou no sine": the step with the Sine, not the Sine\'s card', () => {
    const d = talkOn('seguro-desemprego', 'passo a passo', 'quero a parte em que eu vou no sine');
    expect(stepOf(d)).toBe(3);
  });
  it('guard: "volta pra parte de pagar" in the Cemig bill\'s steps, as before', () => {
    const d = talkOn('cemig-conta', 'passo a passo', 'proxima', 'proxima', 'proxima', 'volta pra parte de pagar');
    expect(stepOf(d)).toBe(3);
  });
});
