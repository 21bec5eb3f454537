// The fiftieth session's rounds of helper r50c (the wrong topic, or a false "no information", on a follow-up).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talk, talkOn } from './real.ts';

describe('round 6240: a cost asked for an elderly or low-income person quotes the card\'s sentence on that case', () => {
  it('"meu pai já fez 68 anos, ele tem que pagar a passagem?" on the intercity buses: the elderly\'s gratuity', () => {
    const d = talkOn('onibus-intermunicipal', 'meu pai já fez 68 anos, ele tem que pagar a passagem?');
    expect(asked(d)).toContain('cost');
    expect(said(d)).toContain('passe livre');
  });
  it('"aqui em casa a gente ganha muito pouco, a conta de agua tem algum desconto?" on the Copasa bill: the social tariff', () => {
    const d = talkOn('copasa-conta', 'aqui em casa a gente ganha muito pouco, a conta de agua tem algum desconto?');
    expect(asked(d)).toContain('cost');
    expect(said(d)).toContain('tarifa social');
  });
  it('"sou da terceira idade, pago a viagem inteira?" on the intercity buses: the gratuity first', () => {
    const d = talkOn('onibus-intermunicipal', 'sou da terceira idade, pago a viagem inteira?');
    expect(said(d)).toContain('gratuidade');
  });
  it('guard: "quanto custa tirar a segunda via?" on the Copasa bill says the cost, no social tariff', () => {
    const d = talkOn('copasa-conta', 'quanto custa tirar a segunda via?');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).not.toContain('tarifa social');
  });
  it('guard: "tenho 19 anos, pago alguma coisa?" on the intercity buses quotes no gratuity', () => {
    const d = talkOn('onibus-intermunicipal', 'tenho 19 anos, pago alguma coisa?');
    expect(said(d)).not.toContain('passe livre');
  });
});

describe('round 6241: a monthly or yearly fee named alone on a card in view asks its cost, not the private schools\' subject', () => {
  it('"tem alguma mensalidade?" on the adult education: the cost (free)', () => {
    const d = talkOn('eja', 'tem alguma mensalidade?');
    expect(asked(d)).toEqual(['cost']);
    expect(d.state.focus).toBe('eja');
  });
  it('"existe alguma anuidade?" on the technical course: the cost, not "no information"', () => {
    const d = talkOn('curso-tecnico', 'existe alguma anuidade?');
    expect(asked(d)).toContain('cost');
    expect(asked(d)).not.toContain('unanswered');
  });
  it('"e mensalidade, tem?" on the technical course: the cost, not the private schools\' subject', () => {
    const d = talkOn('curso-tecnico', 'e mensalidade, tem?');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).not.toContain('particulares');
  });
  it('guard: "quanto ta a mensalidade do colegio particular?" on the adult education is still the private schools\' subject', () => {
    const d = talkOn('eja', 'quanto ta a mensalidade do colegio particular?');
    expect(asked(d)).toEqual([]);
    expect(said(d)).toContain('particulares');
  });
  it('guard: "mensalidade da faculdade" as a first message is the private schools\' subject', () => {
    const d = talk('mensalidade da faculdade');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('particulares');
  });
});

describe('round 6242: a bare "como?" asked after another question asks how that is done', () => {
  it('"consigo fazer pelo app? como?" on the unemployment insurance: online, then the steps', () => {
    const d = talkOn('seguro-desemprego', 'consigo fazer pelo app? como?');
    expect(asked(d)).toContain('online');
    expect(asked(d)).toContain('how');
  });
  it('"sai pela internet mesmo? de que jeito?" on the criminal record certificate: the steps too', () => {
    const d = talkOn('antecedentes-criminais', 'sai pela internet mesmo? de que jeito?');
    expect(asked(d)).toContain('how');
  });
  it('"precisa agendar? e como?" on the CNH renewal: the booking, then how', () => {
    const d = talkOn('cnh-renovacao', 'precisa agendar? e como?');
    expect(asked(d)).toContain('how');
  });
  it('guard: "como?" alone on a card asks the last answer again in other words, no topic', () => {
    const d = talkOn('seguro-desemprego', 'como?');
    expect(asked(d)).toEqual([]);
  });
  it('guard: "dá pra pedir pela internet?" alone is only whether it is online', () => {
    const d = talkOn('seguro-desemprego', 'dá pra pedir pela internet?');
    expect(asked(d)).toEqual(['online']);
  });
});

describe('round 6243: an order to issue or pay for the citizen gets, besides the steps, the step that does it and where', () => {
  it('"tira a conta de luz pra mim" on the Cemig bill: the issuing step, with the Cemig Atende and its phone', () => {
    const d = talkOn('cemig-conta', 'tira a conta de luz pra mim');
    expect(said(d)).toContain('nao consigo fazer isso');
    expect(said(d)).toContain('cemig atende');
    expect(said(d)).toContain('116');
  });
  it('guard: "emite a conta da agua pra mim" on the Copasa bill quotes the issuing sentence once', () => {
    const d = talkOn('copasa-conta', 'emite a conta da agua pra mim');
    expect(said(d).split('entre na agencia virtual').length).toBe(2);
  });
  it('"voce pode gerar a guia da taxa pra mim?" on the ID card copy: where the DAE is issued', () => {
    const d = talkOn('cin-2a-via', 'voce pode gerar a guia da taxa pra mim?');
    expect(said(d)).toContain('fazenda');
  });
  it('guard: "vc consegue ver pra mim?" on the Cemig bill says how, with no step of issuing', () => {
    const d = talkOn('cemig-conta', 'vc consegue ver pra mim?');
    expect(said(d)).not.toContain('etapa 2, emitir');
  });
});

describe('round 6244: knowing who did it is the cards\' "conhece o autor" / "suspeito conhecido"', () => {
  it('"e se a gente souber quem aplicou o golpe?" on the fraud report: the police station, when the author is known', () => {
    const d = talkOn('bo-estelionato', 'e se a gente souber quem aplicou o golpe?');
    expect(said(d)).toContain('conhece o autor');
  });
  it('"e se eu souber quem é a golpista?" on the fraud report: the same sentence, not "no information"', () => {
    const d = talkOn('bo-estelionato', 'e se eu souber quem é a golpista?');
    expect(said(d)).toContain('delegacia');
    expect(asked(d)).not.toContain('unanswered');
  });
  it('guard: "quais dados do golpista eu informo?" on the fraud report still quotes what to tell of the fraudster', () => {
    const d = talkOn('bo-estelionato', 'quais dados do golpista eu informo?');
    expect(said(d)).toContain('golpista');
  });
});

describe('round 6245: what to note or prepare before doing it gets the card\'s step of gathering, in full', () => {
  it('"o que eu preciso anotar antes de ligar pro 136?" on the SUS ombudsman: the steps, and what to note (date, place)', () => {
    const d = talkOn('ouvidoria-saude', 'o que eu preciso anotar antes de ligar pro 136?');
    expect(asked(d)).toContain('how');
    expect(said(d)).toContain('unidade de saude');
  });
  it('"o que devo preparar antes de pedir?" on the autism ID card: the step of gathering the papers, not "no information"', () => {
    const d = talkOn('ciptea', 'o que devo preparar antes de pedir?');
    expect(asked(d)).not.toContain('unanswered');
    expect(said(d)).toContain('relatorio medico');
  });
  it('"o que eu preparo antes de pedir?" on the Cemig bill: the holder\'s CPF at hand', () => {
    const d = talkOn('cemig-conta', 'o que eu preparo antes de pedir?');
    expect(said(d)).toContain('tenha em maos');
  });
  it('guard: "oq eu separo pra levar na delegacia?" on a missing person is still the documents', () => {
    const d = talkOn('pessoa-desaparecida', 'oq eu separo pra levar na delegacia?');
    expect(asked(d)).toContain('documents');
  });
});
