// The fortieth session's r40c rounds: what the card's words mean, what a thing is for, and saying the last answer
// plainer. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 4740: what a word of the card\'s own text means, asked with no not-following cue', () => {
  it('"religação quer dizer o que?" on the power bill: the card\'s sentence that uses the word', () => {
    const d = talkOn('cemig-conta', 'religação quer dizer o que?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/cortada/);
  });
  it('"o que quer dizer religamento?" on the water bill: the same, not the card said again', () => {
    const d = talkOn('copasa-conta', 'o que quer dizer religamento?');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/religamento/);
  });
  it('guard: a bare "o que é isso?" still asks the last answer again', () => {
    expect(kinds(talkOn('cemig-conta', 'o que é isso?'))).not.toContain('passage');
  });
});

describe('round 4741: "explica mais simples" after the card\'s sentences quoted: those sentences again', () => {
  it('after a quoted sentence, "nao entendi, fala mais simples" says that sentence again, not the whole card', () => {
    const d = talkOn('cnh-renovacao', 'o que é essa renovação automática?', 'nao entendi, fala mais simples');
    expect(said(d)).toMatch(/registro nacional positivo/);
    expect(said(d)).not.toMatch(/para que serve/);
  });
  it('"pode resumir pra mim?" and "diz em portugues claro" are asks to say it plainer', () => {
    expect(said(talkOn('cnh-renovacao', 'o que é essa renovação automática?', 'pode resumir pra mim?'))).toMatch(/vou explicar de outro jeito/);
    expect(said(talkOn('cnh-renovacao', 'o que é essa renovação automática?', 'diz em portugues claro por favor'))).toMatch(/vou explicar de outro jeito/);
  });
  it('guard: "explica de forma simples as etapas" asks for the steps', () => {
    expect(said(talkOn('cnh-renovacao', 'explica de forma simples as etapas'))).not.toMatch(/vou explicar de outro jeito/);
  });
});

describe('round 4742: what the card in view is for, asked by its own name', () => {
  it('"e a ciptea, serve pra que mesmo?" on the autism card: what the card is, not a sentence holding its name', () => {
    const d = talkOn('ciptea', 'e a ciptea, serve pra que mesmo?');
    expect(d.state.focus).toBe('ciptea');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/prioridade no atendimento/);
  });
  it('"a conta gov.br serve pra q mesmo?" on the account recovery: what the account is used for', () => {
    expect(said(talkOn('conta-govbr', 'a conta gov.br serve pra q mesmo?'))).toMatch(/servicos federais/);
  });
});

describe('round 4743: letters the card does not spell out where it uses them', () => {
  it('"cesec seria o que?" on the EJA: the name the letters stand for, alone', () => {
    expect(said(talkOn('eja', 'cesec seria o que?'))).toMatch(/centro estadual de educacao continuada/);
  });
  it('"e-gta seria o que?" on the animal transit guide: the electronic form\'s sentence', () => {
    expect(said(talkOn('gta', 'e-gta seria o que?'))).toMatch(/eletronico/);
  });
  it('"o que vem a ser o siare?" on the state registration: where it is, after the comma', () => {
    expect(said(talkOn('inscricao-estadual', 'o que vem a ser o siare?'))).toMatch(/fazenda/);
  });
  it('"que que é essa ladv?" on the category change: the card\'s sentence with the words another card spells it with', () => {
    const d = talkOn('cnh-mudanca-categoria', 'que que é essa ladv?');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(said(d)).toMatch(/licenca de aprendizagem/);
  });
});

describe('round 4744: a number drawn as a conclusion ("então tenho…"), checked against the card with no mark', () => {
  it('"entao sao 30 dias pra pedir" on the unemployment insurance: the card\'s deadline sentence', () => {
    const d = talkOn('seguro-desemprego', 'ah entao sao 30 dias pra pedir');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(said(d)).toMatch(/120/);
  });
  it('"entao posso pedir ate 6 meses depois" on the same card: its deadline, though no mark closes it', () => {
    const d = talkOn('seguro-desemprego', 'entao posso pedir ate 6 meses depois');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/120/);
  });
});
