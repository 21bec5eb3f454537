// The forty-fourth session's lead rounds (5500–): written from the citizen's side, with wordings other than the
// dialogues'. Tests marked "guard" pass before and after: they keep what already worked.
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { talk, talkOn } from './real.ts';

function formOf(d: EngineDriver): string | undefined {
  const v = d.state.view;
  return v.at === 'form' ? v.serviceId : undefined;
}

describe('round 5500: a first message that tells a story and then asks for the booking starts the form', () => {
  it('a wish word told done before the wish ("já registramos o boletim. Quero o pré-agendamento") does not hide it', () => {
    const d = talk('Roubaram a carteira do meu marido no ônibus, já registramos a ocorrência. Queremos o pré-agendamento da identidade dele.');
    expect(formOf(d)).toBe('cin-2a-via');
  });
  it('"quero adiantar o pré-agendamento pra ela" after the story is a wish', () => {
    const d = talk('Minha tia de 70 anos perdeu a carteira de identidade. Quero adiantar o pré-agendamento pra ela.');
    expect(formOf(d)).toBe('cin-2a-via');
  });
  it('a relative clause after the wish ("…, cujo documento se perdeu") tells, it asks nothing', () => {
    const d = talk('Quero pré-agendar a segunda via da identidade da minha sogra, cujo documento se perdeu na mudança.');
    expect(formOf(d)).toBe('cin-2a-via');
  });
  it('a question word inside what the wish is for ("para quando ela voltar") asks nothing', () => {
    const d = talk('Minha neta mora fora e perdeu o RG. Quero pré-agendar a segunda via para quando ela voltar de férias.');
    expect(formOf(d)).toBe('cin-2a-via');
  });
  it('"registrar um trem na ouvidoria": a vague word ("trem", Minas\' word for a thing) names nothing else', () => {
    const d = talk('quero registrar um trem na ouvidoria');
    expect(formOf(d)).toBe('ouvidoria');
  });
  it('"um negócio na ouvidoria aqui mesmo pelo zap": the chat named as the way asks nothing', () => {
    const d = talk('quero registrar um negócio na ouvidoria aqui mesmo pelo zap');
    expect(formOf(d)).toBe('ouvidoria');
  });
  it('guard: a wish told only as done ("já registrei uma reclamação na ouvidoria") starts no form', () => {
    const d = talk('já registrei uma reclamação na ouvidoria e ninguém respondeu');
    expect(formOf(d)).toBeUndefined();
  });
  it('guard: a question after the wish ("…, que documento levo?") is answered first, no form', () => {
    const d = talk('quero pré-agendar a segunda via do rg, que documento levo?');
    expect(formOf(d)).toBeUndefined();
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "quero agendar na uai, quanto custa" asks the cost, no form', () => {
    const d = talk('quero agendar na uai, quanto custa');
    expect(formOf(d)).toBeUndefined();
  });
});

describe('round 5501 (declared, after the blind figure): when a thing was done names no step done', () => {
  function stepNow(d: EngineDriver): number | undefined {
    const v = d.state.view;
    return v.at === 'walkthrough' ? v.step + 1 : undefined;
  }
  it('"o cadastro do rebanho ta em dia, atualizei ontem. proximo" on step 1 of the GTA: step 2, not the step titled "em dia"\'s next', () => {
    const d = talkOnSteps('gta', 'o cadastro do rebanho ta em dia, atualizei ontem. proximo');
    expect(stepNow(d)).toBe(2);
  });
  it('guard: the vaccines told done ("ta em dia, fiz mes passado") still go to the step after theirs', () => {
    const d = talkOnSteps('gta', 'a vacinação do gado ta em dia, fiz mes passado. proximo');
    expect(stepNow(d)).toBe(3);
  });
});

function talkOnSteps(serviceId: string, ...messages: string[]): EngineDriver {
  return talkOn(serviceId, 'passo a passo', ...messages);
}

describe('round 5502 (declared, after the blind figure): the form named as the thing wished starts it', () => {
  it('"gostaria de usar o formulário da ouvidoria do estado" starts the ombudsman\'s form', () => {
    expect(formOf(talk('gostaria de usar o formulário da ouvidoria do estado'))).toBe('ouvidoria');
  });
  it('guard: "onde acho o formulário da ouvidoria?" asks where, no form', () => {
    expect(formOf(talk('onde acho o formulário da ouvidoria?'))).toBeUndefined();
  });
});
