// The sixteenth session's rounds by helper r16b (720–739), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 720: "eu perdi, ninguém roubou" on a list led by the theft report opens the loss report, even when the list had no room for it', () => {
  it('"roubaram meus documentos", then "na verdade eu perdi, ninguem roubou"', () => {
    const d = talk('roubaram meus documentos', 'na verdade eu perdi, ninguem roubou');
    expect(d.state.focus).toBe('bo-perda-documentos');
    expect(kinds(d)).toEqual(['card']);
  });
});

describe('round 721: registering a theft is the theft report; "foi um golpe, não um furto" corrects it to the scam report', () => {
  it('"quero registrar um furto" opens the theft report', () => {
    const d = talk('quero registrar um furto');
    expect(d.state.focus).toBe('bo-furto');
    expect(kinds(d)).toEqual(['card']);
  });

  it('"ah foi um golpe pelo telefone, não um roubo" on the theft report opens the scam report', () => {
    const d = talk('BO de furto', 'ah foi um golpe pelo telefone, não um roubo');
    expect(d.state.focus).toBe('bo-estelionato');
    expect(kinds(d)).toEqual(['card']);
  });
});

describe('round 722: "nem era eu dirigindo, era meu irmão" on the fine\'s appeal is the driver\'s nomination', () => {
  it('"não, nem era eu que tava dirigindo, era meu irmão"', () => {
    const d = talk('quero contestar a multa', 'não, nem era eu que tava dirigindo, era meu irmão');
    expect(d.state.focus).toBe('indicacao-condutor');
  });

  it('"dirigindo era minha esposa" said first, the relative after the driving', () => {
    const d = talk('o carro é meu mas dirigindo era minha esposa');
    expect(d.state.focus).toBe('indicacao-condutor');
  });
});
