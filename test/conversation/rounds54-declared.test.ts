// The fifty-fourth session's declared rounds, written after the held-out pair 115/116 was read (its figures before them
// are the blind ones). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are
// things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('declared round 6681: an emergency going on now gets its number first, in any view', () => {
  it('"socorro, a cozinha lá de casa tá pegando fogo": the firemen, 193, and no service', () => {
    const d = talk('socorro, a cozinha lá de casa tá pegando fogo');
    expect(said(d)).toContain('193');
    expect(d.state.focus).toBeUndefined();
  });
  it('"minha avó desmaiou agora e não tá respirando direito": the SAMU, 192', () => {
    const d = talk('minha avó desmaiou agora e não tá respirando direito');
    expect(said(d)).toContain('192');
  });
  it('"tem um homem tentando pular o muro aqui de casa agora": the police, 190', () => {
    const d = talk('tem um homem tentando pular o muro aqui de casa agora');
    expect(said(d)).toContain('190');
    expect(d.state.focus).toBeUndefined();
  });
  it('"o rio tá subindo e entrando no quintal, e agora?": the firemen or the Defesa Civil, 199', () => {
    const d = talk('o rio tá subindo e entrando no quintal, e agora?');
    expect(said(d)).toContain('199');
  });
  it('in the UAI booking\'s form, "ele tá na minha porta agora com uma faca": 190, and the form stays where it was', () => {
    const d = talk('quero agendar na uai', 'ele tá na minha porta agora com uma faca');
    expect(said(d)).toContain('190');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('after the firemen\'s number, "ufa, todo mundo bem, os bombeiros já chegaram" is relief: no service put forward', () => {
    const d = talk('ta pegando fogo no predio agora', 'ufa, todo mundo bem, os bombeiros já chegaram');
    expect(d.state.view.at).not.toBe('service');
    expect(said(d)).not.toContain('avcb');
  });
  it('guard: "teve um incêndio lá em casa semana passada e perdi meus documentos" is a loss told: no emergency number', () => {
    const d = talk('teve um incêndio lá em casa semana passada e perdi meus documentos');
    expect(said(d)).not.toContain('193');
  });
  it('guard: "a enchente do ano passado levou minha identidade, como tiro outra?" is the identity card\'s 2nd copy', () => {
    const d = talk('a enchente do ano passado levou minha identidade, como tiro outra?');
    expect(said(d)).not.toContain('199');
  });
});

describe('declared round 6682: a case compared on a card, its subject handled elsewhere, asks of the card', () => {
  it('"no colégio particular dela a transferência saiu na hora, aqui também sai?" on the school transfer: the card, not private schools', () => {
    const d = talkOn('transferencia-escola', 'no colégio particular dela a transferência saiu na hora, aqui também sai?');
    expect(d.state.focus).toBe('transferencia-escola');
    expect(said(d)).not.toContain('servicos particulares');
  });
  it('"meu cunhado que trabalhava numa loja teve 4 meses pra pedir, eu também tenho?" on the unemployment insurance: the card, not "no products sold"', () => {
    const d = talkOn('seguro-desemprego', 'meu cunhado que trabalhava numa loja teve 4 meses pra pedir, eu também tenho?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(said(d)).not.toContain('nao vendo produtos');
  });
  it('guard: "quero pôr meu filho numa escola particular, o estado ajuda a pagar?" on the school enrolment: private schools are not the State\'s', () => {
    const d = talkOn('cadastro-escolar', 'quero pôr meu filho numa escola particular, o estado ajuda a pagar?');
    expect(said(d)).toContain('particular');
  });
});
