// The fifteenth session's rounds by helper r15b (530–535), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

describe('round 530: "precisa de X?" where X is one of the card\'s own documents stays on the card', () => {
  it('"precisa de antecedentes?" on the prison visit answers its documents, not the criminal record certificate', () => {
    const d = talkOn('visita-presidio', 'precisa de antecedentes?');
    expect(d.state.focus).toBe('visita-presidio');
    expect(asked(d)).toEqual(['documents']);
    expect(d.last?.replies[0]?.text).toMatch(/antecedentes/i);
  });

  it('"precisa de certidão de antecedentes criminais?" on the prison visit stays too', () => {
    expect(talkOn('visita-presidio', 'precisa de certidão de antecedentes criminais?').state.focus).toBe('visita-presidio');
  });
});

describe('round 531: whether one may have it free ("posso … de graça") asks for the free thing, not a cost', () => {
  it('"tenho 67 anos e ganho um salario minimo posso andar de onibus de graca pra outra cidade" opens the free pass', () => {
    expect(talk('tenho 67 anos e ganho um salario minimo posso andar de onibus de graca pra outra cidade').state.focus).toBe('passe-livre');
  });

  it('"tenho 66 anos consigo andar de onibus de graca pra outra cidade" opens the free pass', () => {
    expect(talk('tenho 66 anos consigo andar de onibus de graca pra outra cidade').state.focus).toBe('passe-livre');
  });
});

describe('round 532: "preciso levar elas de caminhão" carries someone or something; it asks for no documents', () => {
  it('heifers sold and carried by truck open the animal transit guide', () => {
    const d = talk('bom dia moço eu vendi umas novilhas pro compadre la de curvelo e preciso levar elas de caminhao o que eu tenho que tirar');
    expect(d.state.focus).toBe('gta');
    d.say('e quanto que custa essa guia');
    expect(asked(d)).toEqual(['cost']);
  });
});
