// The twenty-fifth session's rounds of the lead (2400 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 2400: right after "this is handled elsewhere", a question pointing back at it asks about it again', () => {
  it('a pronoun for the person of the story, or "vc" doubting the reply, keeps the subject and offers no service', () => {
    for (const [first, next] of [
      ['meu senhorio quer me despejar sem aviso', 'posso denunciar ele?'],
      ['a imobiliaria nao devolveu minha caucao', 'da pra processar ela?'],
      ['quero comprar um celular novo', 'voce nao vende nao?'],
      ['quero uma pizza', 'vc nao entrega?'],
    ] as const) {
      const d = talk(first, next);
      expect(kinds(d), `${first} → ${next}`).toEqual(['elsewhere']);
      expect(d.state.focus, next).toBeUndefined();
    }
  });
  it('a service named beside the pronoun is still that service', () => {
    const d = talk('meu senhorio quer me despejar sem aviso', 'e a segunda via da identidade dele, como tiro?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('rounds 2401 and 2406: typing for someone else, "ele não tem email" leaves the optional field blank', () => {
  const toEmail = (): ReturnType<typeof talk> => talk('registra pra mim uma reclamacao na ouvidoria geral', '1', 'Secretaria de Educação', 'Uberlândia', 'a escola da minha neta esta sem professor de matematica desde marco');
  it('the field is left blank and the form goes on to its summary', () => {
    for (const q of ['ele nao tem email nao', 'minha mae nao tem e-mail', 'ela não usa email', 'ele nao possui e-mail', 'meu pai nao tem email', 'a gente nao tem email']) {
      const d = toEmail();
      expect(d.state.view.at, 'on the e-mail field first').toBe('form');
      d.say(q);
      expect(d.state.view.at, q).toBe('confirm');
    }
  });
  it('a required field still takes a story that starts the same way as its answer', () => {
    const story = 'ele nao tem professor de matematica desde marco e a escola nao resolve';
    const d = talk('registra pra mim uma reclamacao na ouvidoria geral', '1', 'Secretaria de Educação', 'Uberlândia', story);
    expect(d.state.view.at === 'form' ? d.state.view.answers['relato'] : undefined).toBe(story);
  });
});

describe('round 2402: a situation told on the card in view, that the search finds the same card for, gets the sentence about it', () => {
  it('the card\'s sentence about the case, with the focus kept, not the whole card again', () => {
    for (const [svc, q, want] of [
      ['medida-protetiva', 'ele descumpriu a medida', /descumpr.*190|190.*descumpr/],
      ['medida-protetiva', 'o agressor ta descumprindo a medida protetiva', /190/],
      ['doacao-sangue', 'fiz tatuagem e quero doar sangue mes que vem', /tatuagem/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(kinds(d), q).toEqual(['passage']);
      expect(said(d), q).toMatch(want);
    }
  });
});

describe('round 2403: a word a related service\'s names only say denied ("não voltou") names it only when denied', () => {
  it('"ele voltou a me ameaçar" on the protective order stays on it; "não voltou pra casa" still opens the missing person', () => {
    for (const q of ['ele voltou a me ameaçar', 'o meu ex voltou a me procurar e me ameaçou']) {
      const d = talkOn('medida-protetiva', q);
      expect(d.state.focus, q).toBe('medida-protetiva');
    }
    const d = talkOn('medida-protetiva', 'minha filha saiu ontem e nao voltou pra casa');
    expect(d.state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 2404: hard times said of life itself are met with a word of comfort, the card kept', () => {
  it('"tá difícil a vida" and the like get small talk, with the focus kept', () => {
    for (const [svc, q] of [['seguro-desemprego', 'ta dificil a vida viu'], ['ipva-parcelamento', 'a vida ta dificil demais'], ['medicamentos-alto-custo', 'ta osso aqui']] as const) {
      const d = talkOn(svc, q);
      expect(kinds(d), q).toEqual(['small_talk']);
      expect(d.state.focus, q).toBe(svc);
    }
  });
  it('a question after it is still answered', () => {
    const d = talkOn('seguro-desemprego', 'ta dificil de entender, como faz?');
    expect(kinds(d)).not.toContain('small_talk');
    expect(asked(d)).toContain('how');
  });
});

describe('round 2405: asking whether the bot works at the place ("vc trabalha la na uai?") is a question about the bot', () => {
  it('who the bot is, with the card kept', () => {
    for (const [svc, q] of [['agendamento-uai', 'vc trabalha la na uai?'], ['agendamento-uai', 'voce é funcionaria da uai?'], ['cin-2a-via', 'vc é atendente daqui?']] as const) {
      const d = talkOn(svc, q);
      expect(kinds(d), q).toEqual(['small_talk']);
      expect(said(d), q).toMatch(/assistente virtual/);
      expect(d.state.focus, q).toBe(svc);
    }
  });
});

describe('round 2407: in a free-text field, "pera, antes me fala como…" is a question on the way, not the answer', () => {
  it('the question about another service is answered and the form is held, not filled with it', () => {
    for (const q of ['pera, antes me fala como tiro a segunda via da conta de luz', 'espera, me explica onde pago o ipva', 'calma, antes me diz como faço a carteira de identidade']) {
      const d = talk('quero registrar na ouvidoria do estado, abre pra mim', 'reclamaçao', q);
      expect(d.state.view.at, q).toBe('leave');
      const held = d.state.view.at === 'leave' ? d.state.view.form.answers['orgao'] : 'none';
      expect(held, q).toBeUndefined();
    }
  });
  it('an account that only asks to be told about the organ is still the answer', () => {
    const d = talk('quero registrar na ouvidoria do estado, abre pra mim', 'reclamaçao', 'foi no detran de contagem, me atenderam mal');
    expect(d.state.view.at === 'form' ? d.state.view.answers['orgao'] : undefined).toBe('foi no detran de contagem, me atenderam mal');
  });
});

describe('round 2408: violence or danger told on a card that says what to do in danger gets that, never a cheerful "Entendi"', () => {
  it('the card\'s emergency sentence, with the focus kept', () => {
    for (const q of ['ele voltou aqui e me bateu de novo', 'meu ex ta na porta armado']) {
      const d = talkOn('medida-protetiva', q);
      expect(d.state.focus, q).toBe('medida-protetiva');
      expect(said(d), q).toMatch(/190/);
      expect(said(d), q).not.toMatch(/entendi/);
    }
  });
});

describe('round 2409: "com" is no "como", and "faço o que com X?" asks about X', () => {
  it('"me ameaçou com uma faca" is no "como faço": the card\'s sentence on threats', () => {
    for (const q of ['o cara me ameaçou com uma faca', 'o ladrao me ameaçou com uma arma, e agora']) {
      const d = talkOn('bo-furto', q);
      expect(asked(d), q).not.toContain('how');
      expect(said(d), q).toMatch(/190/);
    }
  });
  it('"falar com atendente" still hands off; "como faço" is still how', () => {
    expect(kinds(talkOn('bo-furto', 'quero falar com atendente'))).toEqual(['handoff']);
    expect(asked(talkOn('bo-furto', 'como faço'))).toContain('how');
  });
  it('what to do with a thing of the card quotes what the card says of it, not the cost its words brush', () => {
    const d = talkOn('dae', 'depois de pagar faço oq com o comprovante');
    expect(asked(d)).not.toContain('cost');
    expect(said(d)).toMatch(/guarde a guia e o comprovante/);
    expect(said(talkOn('baixa-veiculo', 'faço o que com as placas?'))).toMatch(/placas sao recolhidas/);
  });
});

describe('round 2410: the death pension said by the loss is the INSS\'s, never the protective order or the inheritance tax', () => {
  it('who handles it, and no service', () => {
    for (const q of ['meu marido faleceu, como faço pra receber a pensão?', 'como recebo a pensao do meu marido que morreu', 'fiquei viuva, tenho direito a pensao?']) {
      const d = talk(q);
      expect(said(d), q).toMatch(/inss/);
      expect(d.state.focus, q).toBeUndefined();
    }
  });
  it('alimony is still the family court\'s', () => {
    expect(said(talk('nao to recebendo a pensao dos meus filhos'))).toMatch(/vara de familia/);
  });
});

describe('round 2411 (from r25b): "errei …, dá pra corrigir?" asks about the citizen\'s own slip, no correction of the bot', () => {
  it('the card\'s sentence about correcting, with the focus kept', () => {
    for (const [svc, q, want] of [
      ['itcd', 'errei a declaração do itcd, da pra corrigir?', /retificadora/],
      ['itcd', 'errei uns valores na declaracao, consigo corrigir?', /retificadora/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
  it('a correction of what the bot understood still moves', () => {
    const d = talkOn('cnh-renovacao', 'errei, quero a segunda via da identidade');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 2412: "fiz o registro" on a card tells having done its own thing; the card stays', () => {
  it('the focus is kept (it opened the fisherman\'s registration, or a list of police reports)', () => {
    for (const [svc, q] of [['pessoa-desaparecida', 'fiz o registro'], ['pessoa-desaparecida', 'ja fiz o boletim'], ['bo-furto', 'ja fiz o registro']] as const) {
      expect(talkOn(svc, q).state.focus, q).toBe(svc);
    }
  });
});

describe('round 2413: paid, and the debt still shows: the card\'s sentence on when a payment shows', () => {
  it('answers with when the payment is seen, not a sentence that only says to check', () => {
    for (const [svc, q, want] of [
      ['ipva', 'ja quitei semana passada e ainda consta em aberto', /mesmo dia/],
      ['situacao-veiculo', 'paguei ontem mas continua aparecendo', /atualizar/],
      ['crlv-licenciamento', 'paguei o boleto e ainda ta pendente', /compensar/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
});
