// The twenty-fourth session's rounds of r24e (2180 on): other states and places outside Minas, navigation leftovers.
// One `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's
// side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, said, talk, talkOn } from './real.ts';

describe('round 2180: a vehicle tax or a water or power bill of another state is that state\'s, not the Minas service', () => {
  it('answers who handles it, nothing in focus', () => {
    for (const text of ['quero pagar o ipva da minha moto do parana', 'ipva atrasado do carro de goias', 'como tiro a segunda via da conta de agua em santa catarina', 'conta de energia la da bahia ta atrasada']) expectElsewhere(text);
  });

  it('asked again right after, it stays the other state\'s', () => {
    const d = talk('a conta de luz do meu apartamento em curitiba venceu', 'e onde eu pago?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });

  it('without another state, or coming into Minas, the Minas service is still found', () => {
    expect(talk('ipva da moto').state.focus).toBe('ipva');
    expect(talk('conta de luz atrasada').state.focus).toBe('cemig-conta');
    const moved = talk('paguei o ipva em goias e mudei pra minas, como transfiro o carro');
    expect(kinds(moved)).not.toEqual(['elsewhere']);
    expect(moved.state.focus).toBeDefined();
  });
});

describe('round 2180: asking where or how to reach whom the last reply sent the citizen to is the same subject', () => {
  it('stays with who handles it', () => {
    for (const [first, next] of [['como tiro meu cpf', 'e onde fica a receita federal?'], ['quero tirar passaporte', 'como falo com a policia federal']] as const) {
      const d = talk(first, next);
      expect(kinds(d), next).toEqual(['elsewhere']);
      expect(d.state.focus, next).toBeUndefined();
    }
    expect(said(talk('quero tirar passaporte', 'como falo com a policia federal'))).toMatch(/policia federal/);
  });
});

describe('round 2181: on a card, someone of another state asking whether they may do it here is answered from the card', () => {
  it('quotes the card\'s condition that sets the thing or the person in Minas, focus kept', () => {
    for (const [svc, text] of [['primeiro-emplacamento', 'eu moro no parana, consigo emplacar meu carro novo aqui?'], ['antecedentes-criminais', 'meu rg foi feito na bahia, da pra pedir o atestado aqui?']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/em minas gerais/);
    }
  });

  it('a card with its own sentence on other states still answers with it', () => {
    const d = talkOn('cnh-renovacao', 'minha carteira de motorista é do espirito santo, posso renovar aqui?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(said(d)).toMatch(/outro estado/);
  });

  it('another state told with "posso pedir aqui?" asks whether one may, it does not start a request', () => {
    const d = talkOn('cnh-2a-via', 'minha habilitacao é de pernambuco, posso pedir aqui?');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(said(d)).toMatch(/transferir/);
  });
});

describe('round 2182: in a form, a case put in the negative that the card answers is no answer to the field', () => {
  it('quotes the card\'s sentence and asks the same field again', () => {
    const atName = talkOn('agendamento-uai', 'quero agendar por aqui', 'se eu nao puder ir, faço o que?');
    expect(atName.state.view).toMatchObject({ at: 'form', field: 0 });
    expect(said(atName)).toMatch(/cancele para liberar/);
    const atCpf = talkOn('agendamento-uai', 'quero agendar por aqui', 'Joana Pereira', 'e se eu n puder ir la?');
    expect(atCpf.state.view).toMatchObject({ at: 'form', field: 1 });
    expect(said(atCpf)).toMatch(/cancele para liberar/);
  });

  it('an answer is still an answer', () => {
    const d = talkOn('agendamento-uai', 'quero agendar por aqui', 'Joana Pereira');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });
});

describe('round 2183: everyday words widened: busy now or talking later is small talk, "seguinte" misspelt is the next step', () => {
  it('answers without a service, and keeps the card in view', () => {
    for (const text of ['estou no transito, falo mais tarde', 'depois a gente se fala', 'to no volante agora, depois te falo']) {
      const d = talk(text);
      expect(kinds(d), text).toEqual(['small_talk']);
      expect(d.state.focus, text).toBeUndefined();
      expect(said(d), text).not.toMatch(/direto ao ponto/);
    }
    const on = talkOn('ipva', 'to dirigindo, depois eu continuo');
    expect(on.state.focus).toBe('ipva');
    expect(kinds(on)).toEqual(['small_talk']);
  });

  it('"seguinte" misspelt or in Spanish on a step goes to the next step', () => {
    for (const next of ['siguiente', 'seginte']) {
      const d = talkOn('ipva', 'passo a passo', next);
      expect(d.state.view, next).toMatchObject({ at: 'walkthrough', step: 1 });
    }
  });

  it('driving said with a question is still the question', () => {
    expect(talk('to dirigindo sem cnh, da multa?').state.focus).toBeDefined();
  });
});
