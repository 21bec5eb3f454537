// The fifteenth session's rounds by helper r15a (510–529), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

/** The services put in front of the citizen on the last turn: cards viewed, then services offered as buttons. */
function viewed(d: ReturnType<typeof talk>): string[] {
  return (d.last?.events ?? []).flatMap((e) => (e.type === 'service_viewed' ? [e.serviceId] : []));
}

describe('round 510: "não é X (não), foi Y" corrects what was understood, even when Y is the card already shown', () => {
  it('"nao e o menino q sumiu nao, foi o celular q furtaram" after the theft report shows the theft report again', () => {
    const d = talk('meu filho sumiu com o celular do pai dele', 'nao e o menino q sumiu nao, foi o celular q furtaram');
    expect(viewed(d)).toEqual(['bo-furto']);
  });

  it('"nao e o rg que perdi nao, foi o celular que furtaram" after a lost RG opens the theft report', () => {
    expect(talk('perdi meu rg', 'nao e o rg que perdi nao, foi o celular que furtaram').state.focus).toBe('bo-furto');
  });
});

describe('round 511: "nem sei se tenho multa, quero consultar primeiro" is doubt, then the lookup asked for', () => {
  it('on the appeal of a fine, the fines lookup opens', () => {
    expect(talk('multa de transito quero recorrer', 'nao pera, eu nem sei se tenho multa, quero consultar primeiro').state.focus).toBe('multas-pontuacao');
  });

  it('"nao, nem sei se tenho pontos na carteira, quero consultar antes" too', () => {
    expect(talk('recurso de multa', 'nao, nem sei se tenho pontos na carteira, quero consultar antes').state.focus).toBe('multas-pontuacao');
  });
});

describe('round 512: a service\'s whole title said, close behind the first found, is what is asked for', () => {
  it('"Certidão negativa da Junta Comercial" opens the Junta\'s certificates; the tax certificate by its own words still opens', () => {
    expect(talk('Certidão negativa da Junta Comercial').state.focus).toBe('certidao-jucemg');
    expect(talk('certidao negativa de debitos estaduais').state.focus).toBe('certidao-debitos');
  });
});

/** A conversation in a service's form, up to the town asked, after a name and a CPF. */
function atTown(): ReturnType<typeof talkOn> {
  const d = talkOn('agendamento-uai');
  d.press('Fazer solicitação');
  d.say('Tereza Exemplo Ramos');
  d.say('859.030.651-80');
  return d;
}

describe('round 513: an apology before the town ("desculpa, é Teófilo Otoni") still answers the town', () => {
  for (const said of ['desculpa e teofilo otoni', 'foi mal, era Betim', 'desculpe, é em Contagem']) {
    it(`"${said}" after a town not found is taken, and the next field asked`, () => {
      const d = atTown();
      d.say('xyzlandia');
      d.say(said);
      expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(3);
    });
  }
});

describe('round 514: an option\'s word inside a correction that asks about another service is not the choice', () => {
  it('"Pensando bem, a reclamação é de um hospital do SUS. Tem uma ouvidoria específica?" at the kind of message opens the SUS ombudsman', () => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    d.say('Pensando bem, a reclamação é de um hospital do SUS. Tem uma ouvidoria específica?');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });
});

describe('round 515: in a correction, what follows "mas" is what is the case', () => {
  it('"nao pera ele e brasileiro mas a carteira e de outro estado, de sp" on the foreign licence opens the transfer from another state', () => {
    expect(talk('carteira de motorista pra estrangeiro', 'nao pera ele e brasileiro mas a carteira e de outro estado, de sp').state.focus).toBe('cnh-transferencia-estado');
  });

  it('"nao, eu sou brasileiro mas minha cnh e de goias" too; "ja renovei mas perdi a carteira" on the renewal is still the 2nd copy', () => {
    expect(talk('habilitação de estrangeiro', 'nao, eu sou brasileiro mas minha cnh e de goias').state.focus).toBe('cnh-transferencia-estado');
    expect(talk('renovar cnh', 'na verdade ja renovei mas perdi a carteira').state.focus).toBe('cnh-2a-via');
  });
});
