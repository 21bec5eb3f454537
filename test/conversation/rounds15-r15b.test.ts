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

describe('round 533: a correction whose words find nothing ends on what is wanted, said with no pause', () => {
  it('"alias e pra mim mesmo q parei na 7 serie quero terminar os estudos" on the technical course opens the EJA', () => {
    expect(talk('curso tecnico de graça pro meu filho', 'alias e pra mim mesmo q parei na 7 serie quero terminar os estudos').state.focus).toBe('eja');
  });
});

describe('round 534: a name given for a relative ("o nome é da minha mãe …") is the name', () => {
  for (const said of ['o nome e da minha mae Conceicao Exemplo Teixeira', 'o nome da minha mãe é Maria das Dores Silva', 'é do meu pai, José Exemplo Souza']) {
    it(`"${said}" answers the name and asks the CPF`, () => {
      const d = talkOn('agendamento-uai');
      d.press('Fazer solicitação');
      d.say(said);
      const view = d.state.view;
      expect(view.at === 'form' ? view.field : -1).toBe(1);
    });
  }

  it('"é da minha conta" is still no name, while "é da minha mãe, Ana Exemplo Souza" is', () => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    d.say('é da minha conta');
    const asked0 = d.state.view;
    expect(asked0.at === 'form' ? asked0.field : -1).toBe(0);
    d.say('é da minha mãe, Ana Exemplo Souza');
    const asked1 = d.state.view;
    expect(asked1.at === 'form' ? asked1.field : -1).toBe(1);
  });
});

describe('round 535: "sem aparecer meu nome" asks whether it may be anonymous', () => {
  it('"da pra denunciar sem aparecer meu nome?" on the environmental report answers who may report, on that card', () => {
    const d = talk('o vizinho ta jogando esgoto no rio aqui atras de casa em itauna', 'da pra denunciar sem aparecer meu nome?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(asked(d)).toEqual(['requirements']);
  });

  it('"posso fazer sem revelar o nome?" on the environmental report stays on it', () => {
    const d = talkOn('denuncia-ambiental', 'posso fazer sem revelar o nome?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(asked(d)).toEqual(['requirements']);
  });
});
