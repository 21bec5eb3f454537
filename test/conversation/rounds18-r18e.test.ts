// The eighteenth session's rounds 1180–1199 (r18e): blind set 39's corrections and first messages, then probing by
// hand the services the dialogue sets visit least. One `describe` per round; each test was checked to fail on the code
// before the round.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/engine.ts';
import { asked, kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => d.last?.replies.map((r) => r.text).join('\n') ?? '';
/** The intent a message gets on a service's card. */
const understandOn = (serviceId: string, said: string): string => {
  const d = talkOn(serviceId);
  return understand(d.state, said, d.ctx);
};

describe('round 1180: a word both titles hold names neither the card in view nor the other service', () => {
  for (const said of ['as dividas somem depois da baixa?', 'a divida some se eu der baixa?', 'depois que eu der baixa as dividas continuam?', 'a baixa apaga as dividas?']) {
    it(`"${said}" on closing a company quotes that tax debts stay, not the vehicle's write-off`, () => {
      const d = talkOn('baixa-empresa', said);
      expect(d.state.focus).toBe('baixa-empresa');
      expect(text(d)).toMatch(/Débitos de impostos continuam sendo cobrados/);
    });
  }

  it('"a renovação é automatica?" on the school re-enrolment stays on it (the CNH renewal shares "renovação")', () => {
    const d = talkOn('renovacao-matricula', 'a renovação é automatica?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(kinds(d)).toEqual(['unanswered']);
  });

  it('"a visita é com vidro?" on the prison visitor registration stays on it (the virtual visit shares "visita")', () => {
    const d = talkOn('visita-presidio', 'a visita é com vidro?');
    expect(d.state.focus).toBe('visita-presidio');
  });

  it('"a ouvidoria resolve mesmo?" on the SUS ombudsman stays on it (the general one shares "ouvidoria")', () => {
    const d = talkOn('ouvidoria-saude', 'a ouvidoria resolve mesmo?');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });

  it('a word the other service alone holds, or "e a …", still opens the other service', () => {
    expect(talkOn('baixa-empresa', 'e a baixa do carro?').state.focus).toBe('baixa-veiculo');
    expect(talkOn('baixa-empresa', 'depois da baixa o carro pode circular?').state.focus).toBe('baixa-veiculo');
    expect(talkOn('ouvidoria-saude', 'e a ouvidoria geral?').state.focus).toBe('ouvidoria');
    expect(talkOn('renovacao-matricula', 'a renovação da cnh é no detran?').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 1181: "o pessoal da prefeitura" (the people) is no question about going in person', () => {
  const cases: [string, string][] = [
    ['tenho um terreno no interior e o pessoal da prefeitura falou q o poço q meu pai furou nos anos 90 nunca foi regularizado', 'outorga-agua'],
    ['o pessoal do detran disse que minha cnh venceu', 'cnh-renovacao'],
    ['o pessoal da escola falou pra eu fazer o cadastro do meu filho', 'cadastro-escolar'],
    ['meu pessoal lá de casa quer doar sangue', 'doacao-sangue'],
  ];
  for (const [said, id] of cases) {
    it(`"${said}" opens the card, not whether it is done online`, () => {
      const d = talk(said);
      expect(kinds(d)).toEqual(['card']);
      expect(d.state.focus).toBe(id);
    });
  }

  it('"o pessoal do detran atende sabado?" on the renewal asks the hours', () => {
    expect(asked(talkOn('cnh-renovacao', 'o pessoal do detran atende sabado?'))).toEqual(['hours']);
  });

  it('"tenho que ir pessoalmente?" and "é presencial?" still ask whether it is done online', () => {
    for (const said of ['tenho que ir pessoalmente?', 'precisa ir pessoalmente?', 'é presencial?']) expect(asked(talkOn('cnh-renovacao', said))).toEqual(['online']);
  });
});

describe('round 1182: "graças a Deus" is no "de graça", "expliquei mal" corrects, and who gives a house does not hide the gift', () => {
  it('"Perdão, expliquei mal. Ele está vivo, graças a Deus, e quer doar a casa para mim em vida." on the ITCD keeps the ITCD', () => {
    const d = talkOn('itcd', 'Perdão, expliquei mal. Ele está vivo, graças a Deus, e quer doar a casa para mim em vida.');
    expect(d.state.focus).toBe('itcd');
  });

  for (const said of ['meu pai quer doar a casa pra mim', 'minha mae quer doar o apartamento pro meu irmao']) {
    it(`"${said}" opens the ITCD (the kin word left the search contested)`, () => {
      const d = talk(said);
      expect(kinds(d)).toEqual(['card']);
      expect(d.state.focus).toBe('itcd');
    });
  }

  it('"graças a deus achei minha cnh, quero cancelar o boletim" opens the loss report, not a list', () => {
    expect(talk('graças a deus achei minha cnh, quero cancelar o boletim').state.focus).toBe('bo-perda-documentos');
  });

  it('"expliquei mal", "disse errado" open a correction', () => {
    expect(understandOn('ipva', 'expliquei mal, quero parcelar o ipva atrasado')).toBe('correction_first');
    expect(understandOn('cnh-2a-via', 'desculpa, expliquei mal, minha cnh venceu')).toBe('correction_first');
    expect(talkOn('ipva', 'expliquei mal, quero parcelar o ipva atrasado').state.focus).toBe('ipva-parcelamento');
  });

  it('a missing relative is still the missing person, not what the words without them find', () => {
    expect(talk('Meu irmão sumiu desde ontem à noite, o que eu faço?').state.focus).toBe('pessoa-desaparecida');
    expect(talk('Meu pai tem Alzheimer e saiu de casa ontem e não voltou.').state.focus).toBe('pessoa-desaparecida');
    expect(talk('é de graça?').state.focus).toBeUndefined();
  });
});
