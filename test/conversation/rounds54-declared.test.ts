// The fifty-fourth session's declared rounds, written after the held-out pair 115/116 was read (its figures before them
// are the blind ones). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are
// things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('declared round 6680: another state\'s licence asked on a card with its own sentence on other states', () => {
  it('guard: after a question on the exams, "minha cnh é do rj mas moro em mg, renovo aqui?" on the renewal: the card kept, its sentence (transfer first)', () => {
    const d = talkOn('cnh-renovacao', 'tenho categoria C, da última vez só fiz o exame de vista, mudou?', 'minha cnh é do rj mas moro em mg, renovo aqui?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(said(d)).toContain('primeiro transferir');
  });
  it('guard: "minha carteira de identidade é de goiás, consigo tirar?" on the criminal record certificate: who may ask (round 6640)', () => {
    const d = talkOn('antecedentes-criminais', 'minha carteira de identidade é de goiás, consigo tirar?');
    expect(said(d)).toContain('emitida em minas gerais');
  });
});

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
