// The thirty-fourth session's r34d rounds: the conversation's moves after the first message (a question about another
// service in the steps, a yes to leaving a form, …). Written from the citizen's side, with wordings other than the
// dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, stepOf, talk, talkOn } from './real.ts';

describe('round 3660: in the steps, another service named whole with words the card in view also uses', () => {
  it('"depois" with words naming another service is no "next step"', () => {
    const d = talkOn('baixa-empresa', 'passo a passo', 'e depois pra abrir outra empresa, como fica?');
    expect(d.state.focus).toBe('abrir-empresa');
  });
  it('"isso" after naming another service whole is that service, not the card in view', () => {
    const d = talkOn('seguro-desemprego', 'passo a passo', 'e a vaga de emprego do sine? como funciona isso');
    expect(d.state.focus).toBe('sine-emprego');
  });
  it('with nothing else named, "depois" still goes on and "isso" is still the card in view', () => {
    expect(stepOf(talkOn('baixa-empresa', 'passo a passo', 'e depois, como é?'))).toBe(2);
    expect(talkOn('seguro-desemprego', 'passo a passo', 'como funciona isso?').state.focus).toBe('seguro-desemprego');
  });
});

describe('round 3661: asked whether to leave a form for another service, a yes with that service’s words', () => {
  it('"sim, me mostra a da carteira de motorista antes" leaves for the CNH’s 2nd copy offered', () => {
    const d = talkOn('cin-2a-via', 'quero agendar', 'Paulo Roberto Dias', 'e a segunda via da cnh, como faço?', 'sim, me mostra a da carteira de motorista antes');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 3663: in a form, where it is done asked as a choice between places', () => {
  const inTownField = (): ReturnType<typeof talkOn> => talkOn('cin-2a-via', 'quero agendar', 'Maria Aparecida Souza', '529.982.247-25');
  it('"vou ser atendida na uai ou na delegacia?", "tenho que ir na uai ou no detran?": where, then the field again', () => {
    for (const asked of ['vou ser atendida na uai ou na delegacia?', 'tenho que ir na uai ou no detran?']) {
      const d = inTownField();
      d.say(asked);
      expect(kinds(d)).toEqual(['follow_up', 'field']);
      expect(d.state.view.at).toBe('form');
    }
  });
});

describe('round 3664: a correction or a request in words the card in view speaks of, that clearly find another service', () => {
  it('a detail that names another service whole opens it ("é pra parcelar o atrasado" on the IPVA, with a year told)', () => {
    expect(talkOn('ipva', 'nao, é pra parcelar o que ficou atrasado do ano retrasado').state.focus).toBe('ipva-parcelamento');
    expect(talkOn('ipva', 'nao, é pra parcelar o atrasado desse ano').state.focus).toBe('ipva-parcelamento');
  });
  it('a detail the card still fits keeps it ("na verdade é da moto" on the IPVA instalments)', () => {
    expect(talkOn('ipva-parcelamento', 'na verdade é da moto').state.focus).toBe('ipva-parcelamento');
  });
  it('"preciso fazer a inscrição estadual antes" on the rural invoice opens the registration, not the invoice’s request', () => {
    const d = talkOn('nota-fiscal-avulsa', 'opa, preciso fazer a inscrição estadual antes');
    expect(d.state.focus).toBe('inscricao-estadual');
  });
  it('a request in the card’s own words still starts its form', () => {
    expect(talkOn('cin-2a-via', 'quero agendar a segunda via').state.view.at).toBe('form');
  });
});

describe('round 3665: in the steps, a case asked in other words than the later step’s title', () => {
  it('"e se acharem a moto?" on the IPVA refund goes to "Se o veículo for recuperado"', () => {
    expect(stepOf(talkOn('ipva-restituicao', 'passo a passo', 'e se acharem a moto?'))).toBe(4);
  });
  it('the case first, then "qual etapa fala disso"', () => {
    expect(stepOf(talkOn('ipva-restituicao', 'passo a passo', 'e se a moto for achada? qual etapa fala disso'))).toBe(4);
  });
  it('"e quando a gente encontrar ele?" on the missing person goes to the step of telling it was found', () => {
    expect(stepOf(talkOn('pessoa-desaparecida', 'passo a passo', 'e quando a gente achar ele?'))).toBe(4);
  });
});

describe('round 3666: a correction with a word the search does not know', () => {
  it('"pensando bem quero fechar, to no prejuizo" on opening a company opens closing one', () => {
    expect(talkOn('abrir-empresa', 'pensando bem quero fechar, to no prejuizo').state.focus).toBe('baixa-empresa');
  });
});

describe('round 3667 (synonyms): a job found, in other verbs', () => {
  it('"achar emprego" is the job service, not the BO lookup', () => {
    expect(talk('to querendo achar emprego logo').state.focus).toBe('sine-emprego');
    expect(talkOn('seguro-desemprego', 'na verdade to querendo achar emprego logo').state.focus).toBe('sine-emprego');
  });
});
