// The sixteenth session's rounds by helper r16b (720–739), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

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

describe('round 723: in a form, denying an earlier answer word for word amends that field ("não é identidade, é a ciptea")', () => {
  it('on the UAI booking, the service given is replaced and the date asked again', () => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    for (const a of ['Benedita Teste Alves', '529.982.247-25', 'Curvelo', 'carteira de identidade']) d.say(a);
    d.say('opa, nao é carteira de identidade nao, é a ciptea do meu filho');
    const view = d.state.view;
    expect(view.at).toBe('form');
    expect(view.at === 'form' ? view.answers['servico'] : undefined).toMatch(/ciptea/);
    expect(view.at === 'form' ? view.field : -1).toBe(4);
  });
});

describe('round 724: "casei", "casou", "casada" are about a marriage, not about home ("casa")', () => {
  it('"casei em janeiro e preciso trocar o nome na identidade" opens the CIN\'s 2nd copy', () => {
    const d = talk('casei em janeiro e preciso trocar o nome na identidade');
    expect(d.state.focus).toBe('cin-2a-via');
  });

  it('"minha filha casou" is no missing person', () => {
    const d = talk('minha filha casou e mudou o nome');
    expect(d.state.focus).not.toBe('pessoa-desaparecida');
    expect(d.last?.replies.map((r) => r.text).join(' ')).not.toMatch(/desaparec/i);
  });
});

describe('round 725: "e agora?" on a card asks what to do now: how it is done', () => {
  it('"levaram minha bolsa", then "e agora?"', () => {
    const d = talk('levaram minha bolsa no ônibus', 'e agora?');
    expect(d.state.focus).toBe('bo-furto');
    expect(asked(d)).toEqual(['how']);
  });
});

describe('round 726: booking at the UAI, told by a retired citizen, is the UAI booking', () => {
  it('"sou aposentado e preciso agendar horário na UAI de Uberaba"', () => {
    const d = talk('sou aposentado e preciso agendar horário na UAI de Uberaba');
    expect(d.state.focus).toBe('agendamento-uai');
  });
});

describe('round 727: "paga pra consultar?" on the vehicle lookup asks its cost, though the words brush the IPVA button', () => {
  for (const said of ['paga pra consultar?', 'consultar paga?']) {
    it(`"${said}"`, () => {
      const d = talk('quero ver se o carro usado tem restrição antes de comprar', said);
      expect(d.state.focus).toBe('situacao-veiculo');
      expect(asked(d)).toEqual(['cost']);
    });
  }
});
