// The twenty-eighth session's rounds of helper r28a (2820 on): navigation and forms. One `describe` per round;
// written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, stepOf, talk } from './real.ts';

describe('round 2820: a first message that names a service and asks for its steps opens them at step 1', () => {
  it('the steps as a whole, the object of a verb of showing or explaining, open the walkthrough', () => {
    for (const [text, id] of [
      ['quero tirar a cnh pela primeira vez, me mostra os passos', 'cnh-primeira-habilitacao'],
      ['licença de pesca amadora, quero ver as etapas', 'licenca-pesca'],
      ['segunda via da identidade, vai me explicando as etapa', 'cin-2a-via'],
    ] as const) {
      const d = talk(text);
      expect(d.state.focus, text).toBe(id);
      expect(stepOf(d), text).toBe(1);
    }
  });
  it('a request word before the steps asked for ("quero pedir…, me explica as etapas?") opens the steps, not the request', () => {
    const d = talk('Quero fazer a inscrição no EJA. Você pode me mostrar as etapas?');
    expect(d.state.focus).toBe('eja');
    expect(stepOf(d)).toBe(1);
  });
  it('a count of the steps, or one step asked for, opens no walkthrough', () => {
    expect(stepOf(talk('qual o primeiro passo pra tirar a identidade?'))).toBeUndefined();
    expect(stepOf(talk('quantas etapas tem o licenciamento do carro?'))).toBeUndefined();
  });
  it('"de alto custo" describes the thing named, and asks no cost', () => {
    const d = talk('remedio de alto custo, como que eu faço pra conseguir?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(asked(d)).toEqual(['how']);
    expect(asked(talk('remedio de alto custo, quanto custa?'))).toEqual(['cost']);
  });
});
