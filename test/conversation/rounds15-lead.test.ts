// The fifteenth session's rounds by the lead (500–509), one `describe` per round; each test was checked to fail on the
// code before the round.
import { describe, expect, it } from 'vitest';
import { asked, expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 500: surprise alone ("eita", "nossa!", "sério?") is a social turn, not an "ok" nor a question', () => {
  for (const said of ['eita', 'nossa!', 'sério?', 'vixe', 'nossa senhora', 'caramba']) {
    it(`"${said}" after the cost keeps the card in focus and answers no "combinado" nor "não entendi"`, () => {
      const d = talkOn('ipva', 'quanto custa?', said);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBe('ipva');
      expect(d.last?.replies[0]?.text).not.toMatch(/Combinado|Não entendi|Não tenho essa informação/);
    });
  }

  it('"nossa, muito bom" is still praise, and "eita, foi mal" still an apology', () => {
    expect(talkOn('ipva', 'nossa, muito bom').last?.replies[0]?.text).toMatch(/Obrigad/);
    expect(talkOn('ipva', 'eita, foi mal').last?.replies[0]?.text).toMatch(/Sem problema/);
  });

  it('"nossa, perdi meu rg" is still a request', () => {
    expect(talkOn('ipva', 'nossa, perdi meu rg').state.focus).toBe('cin-2a-via');
  });
});

describe('round 501: "é preciso / precisa de" before another question is that question\'s need, not the documents', () => {
  for (const [said, topic] of [
    ['e precisa agendar?', 'appointment'],
    ['e precisa pagar?', 'cost'],
    ['e precisa ir la?', 'online'],
    ['e precisa de agendamento?', 'appointment'],
    ['é preciso marcar horário?', 'appointment'],
  ] as const) {
    it(`"${said}" answers ${topic} only`, () => {
      expect(asked(talkOn('ipva', said))).toEqual([topic]);
    });
  }

  it('"é preciso levar o quê?" and "precisa de que?" still ask the documents', () => {
    expect(asked(talkOn('ipva', 'é preciso levar o quê?'))).toEqual(['documents']);
    expect(asked(talkOn('ipva', 'precisa de que?'))).toEqual(['documents']);
  });
});

describe('round 502: a death told with the request opens the answer with a word of sympathy', () => {
  it('"minha mãe faleceu e preciso saber do imposto da herança" opens the ITCD with condolences', () => {
    const d = talk('boa noite, minha mae faleceu e preciso saber do imposto da heranca');
    expect(d.state.focus).toBe('itcd');
    expect(d.last?.replies[0]?.text).toMatch(/^Sinto muito pela sua perda/);
  });

  it('"perdi meu pai mês passado, como faço pra transferir o carro dele" opens the transfer with condolences', () => {
    const d = talk('perdi meu pai mes passado, como faço pra transferir o carro dele pro meu nome');
    expect(d.state.focus).toBe('transferencia-veiculo');
    expect(d.last?.replies[0]?.text).toMatch(/^Sinto muito pela sua perda/);
  });

  it('said once: the next question about the same service gets no condolence again', () => {
    const d = talk('minha mae faleceu e preciso saber do imposto da heranca');
    expect(d.last?.replies[0]?.text).toMatch(/^Sinto muito/);
    d.say('quanto custa?');
    expect(asked(d)).toEqual(['cost']);
    expect(d.last?.replies[0]?.text).not.toMatch(/Sinto muito/);
  });

  it('a phone that "died" or a lost document is no death', () => {
    expect(talk('meu celular morreu e perdi meus documentos').last?.replies[0]?.text).not.toMatch(/Sinto muito/);
  });
});

describe('round 503: "ok" said with thanks, praise or an apology goes without saying', () => {
  for (const said of ['ok valeu', 'blz obg', 'certo, obrigado pela ajuda']) {
    it(`"${said}" gets "De nada!" without "Combinado!"`, () => {
      const text = talkOn('ipva', 'quanto custa?', said).last?.replies[0]?.text ?? '';
      expect(text).toMatch(/De nada/);
      expect(text).not.toMatch(/Combinado/);
    });
  }

  it('a bare "blz" is still "Combinado!"', () => {
    expect(talkOn('ipva', 'blz').last?.replies[0]?.text).toMatch(/Combinado/);
  });
});

describe('round 504: a town with "na verdade" after it, typed at a free-text field, amends the town', () => {
  const atService = (): ReturnType<typeof talkOn> => talkOn('agendamento-uai', 'quero agendar', 'Maria Exemplo da Silva', '529.982.247-25', 'beaga');

  for (const said of ['contagem na verdade', 'é contagem na verdade', 'peraí, é contagem na verdade']) {
    it(`"${said}" at the service field is not taken as the service: the town is asked again`, () => {
      const d = atService();
      expect(d.state.view).toMatchObject({ at: 'form', field: 3 });
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
    });
  }

  it('"renovar cnh na verdade" at the service field is still the service asked for', () => {
    const d = atService();
    d.say('renovar cnh na verdade');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
  });
});

describe('round 505: a question that names a step by number, in a walkthrough, shows that step', () => {
  for (const [said, step] of [
    ['e na etapa 2 eu preciso levar o que?', 1],
    ['na etapa 3 precisa levar o que?', 2],
    ['e no passo 4 tem que levar algum documento?', 3],
  ] as const) {
    it(`"${said}" on step 2 of the blood donation shows step ${step + 1}, not the first again`, () => {
      const d = talkOn('doacao-sangue', 'passo a passo', 'proxima', said);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', step });
    });
  }

  it('"quantas etapas são?" names no step: the steps are shown from the first', () => {
    const d = talkOn('doacao-sangue', 'passo a passo', 'proxima', 'quantas etapas são?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });
});

describe('round 506: help already given is thanks, not a call for help', () => {
  for (const said of ['valeu, me ajudou demais', 'me ajudou demais', 'obrigado, ajudou muito']) {
    it(`"${said}" on a card is small talk that keeps the card, not the help screen`, () => {
      const d = talkOn('antecedentes-criminais', said);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBe('antecedentes-criminais');
    });
  }

  it('"valeu, me ajudou demais" is answered once ("Fico feliz em ajudar"), not "De nada! Obrigado!"', () => {
    const text = talkOn('antecedentes-criminais', 'valeu, me ajudou demais').last?.replies[0]?.text ?? '';
    expect(text).toMatch(/Fico feliz em ajudar/);
    expect(text).not.toMatch(/De nada/);
  });

  it('"me ajuda" and "preciso de ajuda" still ask for help', () => {
    expect(kinds(talkOn('antecedentes-criminais', 'me ajuda'))).toEqual(['help']);
    expect(kinds(talkOn('antecedentes-criminais', 'preciso de ajuda'))).toEqual(['help']);
  });
});

describe('round 507: "onde faz aqui em <cidade>?" asks where, not for the bot to do it here', () => {
  it('"onde faz aqui em uberaba?" on the identity card answers where it is done', () => {
    expect(asked(talkOn('cin-1a-via', 'onde faz aqui em uberaba?'))).toEqual(['where']);
  });

  it('"onde faz aqui em uberaba?" on the UAI booking answers where, and starts no form', () => {
    const d = talkOn('agendamento-uai', 'onde faz aqui em uberaba?');
    expect(asked(d)).toEqual(['where']);
    expect(d.state.view.at).not.toBe('form');
  });

  it('"tem como agendar por aqui?" on the UAI booking still starts the form', () => {
    expect(talkOn('agendamento-uai', 'tem como agendar por aqui?').state.view.at).toBe('form');
  });
});

describe('round 508: whether a child may go alone asks the rules for minors', () => {
  it('"e ele pode ir sozinho?" on the identity card\'s 1st copy answers what it says about minors', () => {
    expect(asked(talkOn('cin-1a-via', 'e ele pode ir sozinho?'))).toEqual(['minors']);
  });

  it('"ela pode ir desacompanhada?" too', () => {
    expect(asked(talkOn('cin-1a-via', 'ela pode ir desacompanhada?'))).toEqual(['minors']);
  });
});

describe('round 509: organ donation is not the blood donation', () => {
  for (const said of ['como faço pra ser doador de orgaos', 'quero doar meus órgãos', 'minha mae ta na fila de transplante']) {
    it(`"${said}" is answered as a subject handled elsewhere, with no service opened`, () => {
      expectElsewhere(said);
    });
  }

  it('"quero doar sangue" still opens the blood donation', () => {
    expect(talk('quero doar sangue').state.focus).toBe('doacao-sangue');
  });
});

describe('round 510: in a walkthrough, how many steps are left', () => {
  it('"quantas etapas faltam?" on step 2 of 4 says where the citizen is and that 2 are left, and stays on the step', () => {
    const d = talkOn('transferencia-veiculo', 'me mostra o passo a passo', 'proxima', 'quantas etapas faltam?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(kinds(d)).toEqual(['notice']);
    expect(d.last?.replies[0]?.text).toMatch(/etapa 2 de 4.*faltam 2/);
    expect(asked(d)).toEqual([]);
  });

  it('"falta muito?" on step 4 of 4 says it is the last', () => {
    const d = talkOn('transferencia-veiculo', 'me mostra o passo a passo', 'vai pra etapa 4', 'falta muito?');
    expect(d.last?.replies[0]?.text).toMatch(/etapa 4 de 4.*última/);
  });
});

describe('round 511: "de graça" is free of charge, not "gracias"', () => {
  it('"quero um advogado de graça" gets who gives free legal help, not "De nada!"', () => {
    const d = talk('quero um advogado de graça');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.last?.replies[0]?.text).toMatch(/Defensoria/);
  });

  it('"gracias" is still thanks', () => {
    expect(kinds(talk('gracias'))).toEqual(['small_talk']);
  });
});
