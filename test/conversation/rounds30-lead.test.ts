// The thirtieth session's rounds of the lead (3090 on). Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('round 3090: "há" is a verb of existing, no word to find in the card', () => {
  it('"Há desconto para pagar a multa?" quotes the card\'s sentence on the discount', () => {
    const d = talkOn('multas-pontuacao', 'Há desconto para pagar a multa?');
    expect(d.state.focus).toBe('multas-pontuacao');
    expect(said(d)).toMatch(/desconto/);
  });
  it('a search with "há" finds what the same words find without it', () => {
    expect(talk('há como tirar a segunda via da identidade?').state.focus).toBe(talk('como tirar a segunda via da identidade?').state.focus);
  });
});

describe('round 3091: asked whether another way exists, "outra opção" is no correction', () => {
  it('"Se eu perder a inscrição, há outra opção?" on the EJA stays on the EJA and quotes the other way', () => {
    for (const text of ['Se eu perder a inscrição, há outra opção?', 'se eu perder a inscricao tem outra opcao?', 'e se eu perder o prazo, existe alguma outra opção?']) {
      const d = talkOn('eja', text);
      expect(d.state.focus, text).toBe('eja');
      expect(said(d), text).toMatch(/encceja/);
    }
  });
  it('"não, era outra opção" still corrects', () => {
    const d = talk('quero tirar a identidade');
    d.say('nao, era outra opcao');
    expect(said(d)).toMatch(/nome do servico/);
  });
});
