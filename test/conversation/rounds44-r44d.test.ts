// The forty-fourth session's rounds of helper r44d (other languages: a name staff listed among words the catalogue does
// not know, a Spanish message told by its negation, a Spanish "qué", a Spanish give-up in a form). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they pass
// with or without the round).
import { describe, expect, it } from 'vitest';
import { asked, kinds, stepOf, talk, talkOn } from './real.ts';

const formOf = (...m: string[]): string | undefined => {
  const v = talk(...m).state.view;
  return v.at === 'form' ? v.serviceId : undefined;
};

describe('round 5460: a name staff listed for a service, said among words no service uses', () => {
  it('"quero mandar uma mensagem para a ouvidoria do governo de minas gerais" starts the State ombudsman\'s form', () => {
    expect(formOf('quero mandar uma mensagem para a ouvidoria do governo de minas gerais')).toBe('ouvidoria');
  });
  it('guard: "quero mandar uma mensagem para a ouvidoria do estado" still starts it', () => {
    expect(formOf('quero mandar uma mensagem para a ouvidoria do estado')).toBe('ouvidoria');
  });
  it('guard: "queria mandar mensagem pra ouvidoria do sus" is still the SUS ombudsman', () => {
    expect(talk('queria mandar mensagem pra ouvidoria do sus').state.focus).toBe('ouvidoria-saude');
  });
  it('guard: "mandar mensagem" alone finds nothing', () => {
    expect(talk('mandar mensagem').state.focus).toBeUndefined();
  });
});

describe('round 5461: a message opening with the Spanish "no" before its verb, with another word Spanish shares', () => {
  it('"no entendi ese paso, mas facil" on step 2 is asked again in other words, on step 2', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo', 'proximo', 'no entendi ese paso, mas facil');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(stepOf(d)).toBe(2);
  });
  it('"no entendi este paso, mas simple por favor" stays on step 2', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo', 'proximo', 'no entendi este paso, mas simple por favor');
    expect(stepOf(d)).toBe(2);
    expect(kinds(d)).toEqual(['notice']);
  });
  it('guard: "no entendi, mas tudo bem" (the Portuguese "but") stays on step 2 and moves nothing', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo', 'proximo', 'no entendi, mas tudo bem');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 5462: a Spanish question of what opening with a bare "qué" before a verb', () => {
  it('"que necesito para solicitarla?" on the Ciptea asks for the documents', () => {
    expect(asked(talkOn('ciptea', 'que necesito para solicitarla?'))).toEqual(['documents']);
  });
  it('guard: "que tengo que llevar?" on the fisher\'s register is the documents', () => {
    expect(asked(talkOn('pescador-profissional', 'que tengo que llevar?'))).toEqual(['documents']);
  });
});

describe('round 5463: giving up a form in Spanish in a field of the citizen\'s own words', () => {
  const REPORT = ['quero registrar uma reclamacao na ouvidoria do estado', '1', 'hospital regional', 'Uberaba'];
  it('"no quiero seguir, cancela todo" at the report leaves the form', () => {
    expect(talk(...REPORT, 'no quiero seguir, cancela todo').state.view.at).not.toBe('form');
  });
  it('guard: a report written in Spanish is the report (the form goes on)', () => {
    expect(talk(...REPORT, 'me robaron el celular en la sala de espera').state.view.at).toBe('form');
  });
});
