// The fifty-fourth session's rounds of helper r54b (the conversation around the services: small talk, corrections).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT
// change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn, uaiSummary } from './real.ts';

describe('round 6620: a hello or a remark with words of the citizen\'s day that find no service is small talk, not "not found"', () => {
  it('"Bom dia! Cheguei anteontem em Uberaba e ainda estou me adaptando." gets the welcome, no "not found"', () => {
    const d = talk('Bom dia! Cheguei anteontem em Uberaba e ainda estou me adaptando.');
    expect(kinds(d)).not.toContain('no_results');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).toBe('menu');
  });
  it('"Boa noite. Estou ajudando meu pai, que é aposentado, a arrumar a casa nova em Ipatinga." gets the welcome', () => {
    const d = talk('Boa noite. Estou ajudando meu pai, que é aposentado, a arrumar a casa nova em Ipatinga.');
    expect(kinds(d)).not.toContain('no_results');
    expect(d.state.focus).toBeUndefined();
  });
  it('"vc acha q vir morar em uberlandia foi boa escolha? kkk" is laughed with, no "not found"', () => {
    const d = talk('vc acha q vir morar em uberlandia foi boa escolha? kkk');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });
  it('guard: "boa tarde, to com o trem do seguro desemprego pra resolver" opens the unemployment insurance', () => {
    expect(talk('boa tarde, to com o trem do seguro desemprego pra resolver').state.focus).toBe('seguro-desemprego');
  });
  it('guard: "bom dia, quero a carteirinha de pescar" opens the fishing licence', () => {
    expect(talk('bom dia, quero a carteirinha de pescar').state.focus).toBe('licenca-pesca');
  });
  it('guard: "boa tarde, o bagulho do detran" still finds nothing (a word that lists the Detran\'s services is no day told)', () => {
    const d = talk('boa tarde, o bagulho do detran');
    expect(kinds(d)).toContain('no_results');
    expect(said(d)).toContain('nao encontrei');
  });
});

describe('round 6621: the citizen\'s own answer put for another\'s ("esse cpf é o meu, o dele é …") takes the other\'s', () => {
  const atCity = (...more: string[]): ReturnType<typeof talkOn> => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    for (const m of ['Joana Teste Souza', '123.456.789-09', ...more]) d.say(m);
    return d;
  };
  it('"putz, esse cpf foi o meu, o da minha sogra é 529.982.247-25" while the town is asked: the CPF becomes hers, the town asked again', () => {
    const d = atCity('putz, esse cpf foi o meu, o da minha sogra é 529.982.247-25');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2, answers: { cpf: '529.982.247-25' } });
  });
  it('"coloquei o meu cpf, o dela é 529.982.247-25": the same', () => {
    const d = atCity('coloquei o meu cpf, o dela é 529.982.247-25');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2, answers: { cpf: '529.982.247-25' } });
  });
  it('guard: "31 98800 4400, é o meu, ela não tem celular" on the phone field is the phone (the summary follows)', () => {
    const d = uaiSummary(['Joana Teste Souza', '123.456.789-09', 'Contagem', 'Carteira de identidade', '15/04/2027', '31 98800 4400, é o meu, ela não tem celular']);
    expect(d.state.view.at).toBe('confirm');
  });
});

describe('round 6622: an identity card asked with nothing said of a copy is the first issue, not a list of both', () => {
  it('"quero fazer a identidade da minha sobrinha" opens the first issue', () => {
    expect(talk('quero fazer a identidade da minha sobrinha').state.focus).toBe('cin-1a-via');
  });
  it('"vou fazer o rg do meu enteado" opens the first issue', () => {
    expect(talk('vou fazer o rg do meu enteado').state.focus).toBe('cin-1a-via');
  });
  it('"e o rg dela, voces fazem?" right after the passport\'s reply opens the first issue', () => {
    expect(talk('como tiro passaporte?', 'e o rg dela, voces fazem?').state.focus).toBe('cin-1a-via');
  });
  it('guard: "rg" alone still lists the first issue and the 2nd copy', () => {
    const d = talk('rg');
    expect(d.state.view.at).toBe('results');
  });
  it('guard: "quero a identidade do meu pai que ele perdeu" is the 2nd copy', () => {
    expect(talk('quero a identidade do meu pai que ele perdeu').state.focus).toBe('cin-2a-via');
  });
  it('guard: "minha identidade rasgou, preciso de outra" is the 2nd copy', () => {
    expect(talk('minha identidade rasgou, preciso de outra').state.focus).toBe('cin-2a-via');
  });
});
