// The sixteenth session's rounds by the lead (760–), one `describe` per round; each test was checked to fail on the
// code before the round.
import { describe, expect, it } from 'vitest';
import { asked, expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 760: "e se eu não tiver internet?" gets the ways to do it without the internet', () => {
  for (const said of ['e se eu nao tiver internet', 'minha mae é idosa nao usa computador', 'eu nao sei mexer no celular, tem outro jeito?', 'tem jeito sem ser pela internet?']) {
    it(`"${said}" on the Copasa bill names the phone 115 and the desks`, () => {
      const d = talkOn('copasa-conta', said);
      expect(asked(d)).toContain('online');
      const text = d.last?.replies.map((r) => r.text).join('\n') ?? '';
      expect(text).toMatch(/Sem internet/);
      expect(text).toMatch(/115/);
      expect(text).toMatch(/agência de atendimento/);
    });
  }

  it('"dá pra fazer pela internet?" still answers only whether it is online', () => {
    const text = talkOn('copasa-conta', 'da pra fazer pela internet?').last?.replies[0]?.text ?? '';
    expect(text).toMatch(/pela internet/);
    expect(text).not.toMatch(/Sem internet/);
  });

  it('an elderly citizen who cannot use the phone, as a first message, is greeted calmly, not asked about a service', () => {
    const d = talk('oi aqui é a dona maria, tenho 78 anos e nao sei mexer direito nesse celular');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/com calma/);
  });
});

describe('round 761: "dá pra fazer em ipatinga?" on a card asks where, and the town is answered honestly', () => {
  for (const said of ['da pra fazer em ipatinga?', 'faz em contagem?', 'tem em uberlandia?', 'consigo tirar aqui em betim?', 'atende em bh?']) {
    it(`"${said}" on the CNH renewal answers where, saying the catalogue lists no desk by town`, () => {
      const d = talkOn('cnh-renovacao', said);
      expect(asked(d)).toEqual(['where']);
      expect(d.state.focus).toBe('cnh-renovacao');
      expect(d.last?.replies[0]?.text).toMatch(/não traz os endereços de cada cidade/);
    });
  }

  it('the town is named by its official name ("bh" is Belo Horizonte)', () => {
    expect(talkOn('cnh-renovacao', 'atende em bh?').last?.replies[0]?.text).toMatch(/\*Belo Horizonte\*/);
  });

  it('"é em contagem" and "em contagem" in the town field of a form are still the answer', () => {
    for (const said of ['é em contagem', 'em contagem']) {
      const d = talkOn('agendamento-uai');
      d.press('Fazer solicitação');
      d.say('Maria da Silva');
      d.say('529.982.247-25');
      d.say(said);
      const view = d.state.view;
      expect(view.at === 'form' && view.answers['municipio']).toBe('Contagem');
    }
  });
});

describe('round 762: "passo 2" on a card opens the walkthrough on that step, not the first', () => {
  for (const [said, step] of [['Passo 2', 2], ['etapa 3', 3], ['vai pra ultima etapa', 4]] as const) {
    it(`"${said}" on the school registration shows step ${step}`, () => {
      const d = talkOn('cadastro-escolar', said);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', step: step - 1 });
      expect(d.last?.replies[0]?.text).toMatch(new RegExp(`Etapa ${step} de 4`));
    });
  }

  it('"passo a passo" still opens the first step', () => {
    expect(talkOn('cadastro-escolar', 'passo a passo').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });
});

describe('round 763: "a carteira nova vai valer quanto tempo?" is how long it is valid, not how long it takes', () => {
  for (const said of ['tenho 72 anos, a carteira nova vai valer qnto tempo?', 'a nova dele vai valer quanto tempo?', 'vale quantos anos?']) {
    it(`"${said}" on the CNH renewal quotes the validity by age`, () => {
      const text = talkOn('cnh-renovacao', said).last?.replies.map((r) => r.text).join('\n') ?? '';
      expect(text).toMatch(/3 anos a partir dos 70/);
    });
  }
});

describe('round 764: "ainda dá tempo de fazer o BO pela internet?" gets the deadline with the other answer', () => {
  it('on the accident report, the 30 days follow whether it is online', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'ainda da tempo de fazer o bo pela internet?');
    expect(asked(d)).toContain('online');
    expect(d.last?.replies.map((r) => r.text).join('\n')).toMatch(/até 30 dias do fato/);
  });
});

describe('round 765: "tem como ser anônimo?" asks whether one may stay anonymous', () => {
  for (const said of ['tem como ser anonimo? tenho medo do vizinho descobrir', 'da pra fazer anonimamente?', 'meu nome fica em sigilo?']) {
    it(`"${said}" on the environmental report says it may be anonymous`, () => {
      const text = talkOn('denuncia-ambiental', said).last?.replies.map((r) => r.text).join('\n') ?? '';
      expect(text).toMatch(/anônima|anonimato/);
    });
  }
});

describe('round 766: a question the card itself answers in one sentence gets that sentence, not the card again', () => {
  it('"e se já cortaram a água daqui de casa?" on the Copasa bill gives the reconnection step', () => {
    const d = talkOn('copasa-conta', 'e se ja cortaram a agua daqui de casa?');
    expect(kinds(d)).toEqual(['passage']);
    expect(d.last?.replies[0]?.text).toMatch(/Etapa 4, Pedir o religamento.*115/s);
  });

  it('"pode entrar com celular na prova teórica?" on the driving tests says it is not allowed', () => {
    expect(talkOn('exames-detran', 'pode entrar com celular na prova teorica?').last?.replies[0]?.text).toMatch(/não é permitido entrar com celular/);
  });

  it('"posso tirar essa nota?" still shows who may ask', () => {
    expect(talkOn('nota-fiscal-avulsa', 'sô, eu vendo queijo na feira, posso tirar essa nota?').last?.replies[0]?.text).toMatch(/Sindicato, cooperativa/);
  });
});

describe('round 767: "e a restituição, quando cai?" right after the income tax stays with the Receita Federal', () => {
  it('the refund asked after the income tax is not the IPVA refund', () => {
    const d = talk('Como faço a declaração do imposto de renda deste ano?', 'E a restituição, quando cai?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
    expect(d.last?.replies[0]?.text).toMatch(/Receita Federal/);
  });

  it('the IPVA refund asked by name still opens it', () => {
    expect(talk('quero pedir restituição do ipva do carro roubado').state.focus).toBe('ipva-restituicao');
  });
});

describe('round 768: "e se eu perder o prazo?" and "qual o prazo?" ask the deadline of the service in view', () => {
  it('"e se eu perder o prazo?" on the driver indication stays on it (not the loss report) and says the deadline', () => {
    const d = talkOn('indicacao-condutor', 'e se eu perder o prazo?');
    expect(d.state.focus).toBe('indicacao-condutor');
    expect(d.last?.replies[0]?.text).toMatch(/dentro do prazo (da notificação|nela informado)/);
  });

  it('"qual o prazo" there quotes the deadline to indicate, not only the time of the analysis', () => {
    expect(talkOn('indicacao-condutor', 'qual o prazo').last?.replies[0]?.text).toMatch(/dentro do prazo (da notificação|nela informado)/);
  });
});

describe('round 769: "como indico o motorista?" asks how, with a verb the how cues do not list', () => {
  for (const said of ['como indico o motorista', 'como eu indico?', 'como q eu indico o condutor?']) {
    it(`"${said}" on the driver indication answers how (its steps), not the card again`, () => {
      const d = talkOn('indicacao-condutor', said);
      expect(asked(d)).toEqual(['how']);
      expect(d.last?.replies[0]?.text).toMatch(/São 4 etapas/);
    });
  }

  it('"como assim?" is still a request to say it again in other words', () => {
    const d = talkOn('indicacao-condutor', 'como assim?');
    expect(asked(d)).toEqual([]);
    expect(d.last?.replies[0]?.text).toMatch(/^Vou explicar de outro jeito/);
  });
});

describe('round 770: "precisa de curso?" on a card is a condition of that card, not the service the thing names', () => {
  for (const [card, said] of [['pescador-profissional', 'precisa de curso?'], ['gta', 'tem que ter cnh?'], ['cin-2a-via', 'precisa de boletim de ocorrencia?']] as const) {
    it(`"${said}" on ${card} stays on it and answers its documents or who may ask`, () => {
      const d = talkOn(card, said);
      expect(d.state.focus).toBe(card);
      expect(asked(d).some((k) => k === 'documents' || k === 'requirements')).toBe(true);
    });
  }

  it('"preciso de curso técnico" (the citizen\'s own need) still opens the technical course', () => {
    expect(talkOn('pescador-profissional', 'preciso de curso tecnico').state.focus).toBe('curso-tecnico');
  });
});

describe('round 771: a sentence whose condition is the citizen\'s case ("Se a escola foi fechada, …") answers that case', () => {
  it('"a escola que eu estudei fechou, como consigo meu histórico?" quotes where the closed school\'s records are', () => {
    const text = talk('a escola estadual q eu estudei fechou, como consigo meu historico?').last?.replies.map((r) => r.text).join('\n') ?? '';
    expect(text).toMatch(/Se a escola foi fechada.*Superintendência Regional de Ensino/s);
  });

  it('on the card, with the time told ("fechou faz anos"), the same', () => {
    const text = talkOn('historico-escolar', 'a escola q eu estudei fechou faz anos, e agora como q eu pego meu historico??').last?.replies.map((r) => r.text).join('\n') ?? '';
    expect(text).toMatch(/Superintendência Regional de Ensino/);
  });
});

describe('round 772: "e se ele aparecer, faço o que?" on the missing person gets what to do when they are found', () => {
  it('quotes the sentences on communicating the location', () => {
    const d = talkOn('pessoa-desaparecida', 'e se ele aparecer, faço o que?');
    expect(kinds(d)).toEqual(['passage']);
    expect(d.last?.replies[0]?.text).toMatch(/Quando a pessoa for encontrada/);
  });
});

describe('round 773: "por quanto tempo posso usar a minha carteira?" asks how long it stays valid', () => {
  it('on the foreign licence, the 180 days are quoted', () => {
    expect(talkOn('cnh-estrangeiro', 'Por quanto tempo posso usar a minha carteira?').last?.replies.map((r) => r.text).join('\n')).toMatch(/até 180 dias/);
  });
});

describe('round 774: "quero falar com um atendente de verdade" on a card asks for a person', () => {
  it('gets the handoff, not "não entendi"', () => {
    expect(kinds(talkOn('cnh-estrangeiro', 'quero falar com um atendente de verdade'))).toEqual(['handoff']);
  });
});

describe('round 775: "sou aposentado e não sei mexer nisso direito" is an elderly citizen asking for patience', () => {
  it('is greeted calmly, with no search', () => {
    const d = talk('boa tarde minha filha, sou aposentado e nao sei mexer nisso direito');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/com calma/);
  });

  it('"sou aposentada e preciso agendar um horário na UAI" is still the booking', () => {
    expect(talk('sou aposentada e preciso agendar um horario na uai de betim').state.focus).toBe('agendamento-uai');
  });
});

describe('round 776: a building permit is the prefeitura\'s', () => {
  for (const said of ['Preciso do alvará de construção da prefeitura para aumentar minha casa.', 'quero o habite-se da minha casa']) {
    it(`"${said}" is answered with the prefeitura`, () => {
      expectElsewhere(said);
    });
  }
});

describe('round 777: "dá pra tirar hj ainda?" asks how long it takes', () => {
  for (const said of ['da pra tirar hj ainda?', 'sai hoje?', 'consigo hoje ainda?']) {
    it(`"${said}" on the criminal record certificate answers its time (issued at once)`, () => {
      const d = talkOn('antecedentes-criminais', said);
      // Round 3840 (r35c) answers "dá pra tirar hj?" with whether it is done online too: the time is still answered.
      expect(asked(d)).toContain('time');
      expect(asked(d).every((k) => k === 'time' || k === 'online')).toBe(true);
      expect(d.state.focus).toBe('antecedentes-criminais');
    });
  }
});

describe('round 778: "precisa vistoria?" on the first plate asks what is needed, and the step that does it answers', () => {
  it('stays on the first plate and names the inspection step', () => {
    const d = talkOn('primeiro-emplacamento', 'precisa vistoria?');
    expect(d.state.focus).toBe('primeiro-emplacamento');
    expect(d.last?.replies[0]?.text).toMatch(/Sim: a etapa 2, \*Fazer a vistoria de identificação\*/);
  });

  it('"precisa reservar antes?" (a verb) is not read as a thing needed', () => {
    const d = talk('sou cadeirante e ganho pouco, tem como viajar de onibus de graça pra outra cidade aqui de minas?', 'precisa reservar antes?');
    expect(d.last?.replies.map((r) => r.text).join('\n')).toMatch(/12 horas/);
  });
});

describe('round 779: "a cidade tá errada" on the summary asks the town again', () => {
  it('the everyday word for the kind of field ("cidade") names the "Município" field', () => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    for (const said of ['Ana Teste', '529.982.247-25', 'contagem', 'identidade', '19/01/2027', '(31) 99555-0303', 'a cidade ta errada']) d.say(said);
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
    expect(d.last?.replies.map((r) => r.text).join('\n')).toMatch(/Em qual município/);
  });
});

describe('round 780: "a autoescola pode marcar pra mim?" asks whether someone else may do it, not the bot', () => {
  it('on the driving tests, the sentence on the driving school is quoted; no request is started', () => {
    const d = talkOn('exames-detran', 'a autoescola pode marcar pra mim?');
    expect(d.state.view.at).not.toBe('form');
    expect(d.last?.replies.map((r) => r.text).join('\n')).toMatch(/autoescola/);
    expect(d.last?.replies.map((r) => r.text).join('\n')).not.toMatch(/Por aqui não consigo registrar/);
  });

  it('"a sinhora pode marca pra mim?" still asks the bot', () => {
    const d = talkOn('cin-2a-via', 'a sinhora pode marca pra mim?');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 781: "e se for pouquinha água?" on the water-use grant gets the small uses that need only registering', () => {
  it('quotes the insignificant uses, not the well drilling ("for" is no word of the case)', () => {
    const text = talkOn('outorga-agua', 'e se for pouquinha agua?').last?.replies[0]?.text ?? '';
    expect(text).toMatch(/insignificantes, não precisam de outorga/);
    expect(text).not.toMatch(/perfurar poço/);
  });
});

describe('round 782: a question naming a related service that the card in view answers stays on the card', () => {
  it('"parcelando já consigo licenciar o carro?" on the IPVA instalments quotes its sentence on licensing', () => {
    const d = talkOn('ipva-parcelamento', 'parcelando ja consigo licenciar o carro?');
    expect(d.state.focus).toBe('ipva-parcelamento');
    expect(d.last?.replies[0]?.text).toMatch(/Para licenciar o veículo, confira/);
  });

  it('"quero licenciar o carro" (no question) still opens the licensing', () => {
    expect(talkOn('ipva-parcelamento', 'quero licenciar o carro').state.focus).toBe('crlv-licenciamento');
  });
});
