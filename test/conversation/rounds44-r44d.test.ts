// The forty-fourth session's rounds of helper r44d (other languages: a name staff listed among words the catalogue does
// not know, a Spanish message told by its negation, a Spanish "qué", a Spanish give-up in a form). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they pass
// with or without the round).
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

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
