// The sixth session's rounds (77 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/conversation/places.ts';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 77: "e a do rg?" asks for the same kind of service, for the thing named', () => {
  it('"e a do rg?" after the cost of the 2nd copy of the CNH answers the cost of the 2nd copy of the identity card', () => {
    const d = talkOn('cnh-2a-via', 'quanto custa', 'e a do rg?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'cost', serviceId: 'cin-2a-via' });
  });

  it('"e a da cnh?" on the 2nd copy of the identity card opens the 2nd copy of the CNH', () => {
    expect(talkOn('cin-2a-via', 'e a da cnh?').state.focus).toBe('cnh-2a-via');
  });

  it('"e a da carteira de motorista?" after the cost of the 2nd copy of the identity card answers the CNH\'s', () => {
    const d = talkOn('cin-2a-via', 'quanto custa?', 'e a da carteira de motorista?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'cost', serviceId: 'cnh-2a-via' });
  });

  it('"e a do rg?" on the CNH renewal, which shares no kind with any identity card service, still lists them', () => {
    const d = talkOn('cnh-renovacao', 'e a do rg?');
    expect(d.state.view.at).toBe('results');
  });
});

describe('round 78: "tava certo antes" goes back to the service before a correction', () => {
  for (const text of ['nao nao, tava certo antes, é renovar mesmo que ela venceu', 'era o de antes mesmo', 'desculpa, o anterior tava certo']) {
    it(`"${text}" after correcting the CNH renewal to its 2nd copy shows the renewal again`, () => {
      const d = talkOn('cnh-renovacao', 'ops é a 2 via da cnh', text);
      expect(d.state.focus).toBe('cnh-renovacao');
      expect(d.state.view).toEqual({ at: 'service', serviceId: 'cnh-renovacao' });
    });
  }

  it('"volta pra anterior" in a walkthrough still goes to the previous step', () => {
    const d = talkOn('cnh-renovacao', 'ops é a 2 via da cnh', 'como faço', 'proxima', 'volta pra anterior');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cnh-2a-via', step: 0 });
  });
});

describe('round 79 (blind set 15, after its blind measure): "é o X" is no "e a do X"', () => {
  it('"é o cadastro escolar msm" on the school registration keeps it', () => {
    const d = talkOn('cadastro-escolar', 'é o cadastro escolar msm');
    expect(d.state.focus).toBe('cadastro-escolar');
  });
});

describe('round 80 (blind set 15): private services, another state\'s Detran, credit cards', () => {
  for (const text of [
    'meu celular quebrou a tela 😭 onde conserta barato',
    'Nossa empresa precisa contratar um contador. Vocês indicam algum?',
    'sô quem compra gado aqui na regiao de Unaí, quero vender umas vaca',
    'Meu carro é emplacado em São Paulo. Como pago o IPVA de lá?',
    'moro no rio de janeiro agora, como renovo minha cnh aqui no detran rj',
    'o boleto do meu cartao de credito atrasou, da pra parcelar?',
  ]) {
    it(`"${text}" says who handles it and opens no service`, () => {
      expectElsewhere(text);
    });
  }

  it('"preciso da gta pra vender umas vaca" still opens the animal transit guide', () => {
    expect(talk('preciso da gta pra vender umas vaca').state.focus).toBe('gta');
  });

  it('"posso parcelar o ipva atrasado no cartao de credito?" still opens the IPVA instalments', () => {
    expect(talk('posso parcelar o ipva atrasado no cartao de credito?').state.focus).toBe('ipva-parcelamento');
  });

  it('"meu carro é de sp, quero passar pra minas" still opens a vehicle service', () => {
    expect(talk('meu carro é de sp, quero passar pra minas').state.focus).toBe('transferencia-veiculo');
  });
});

describe('round 81 (blind set 15): a question naming the field asked; cancelling with second thoughts; verbs that tell services apart', () => {
  it('"precisa do nome completo msm?" on the name of the UAI form explains the field and asks it again', () => {
    const d = talkOn('agendamento-uai', 'bora agendar', 'precisa do nome completo msm?');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
    expect(kinds(d)).toEqual(['notice', 'field']);
  });

  it('"Pensando bem, não quero mais. Pode cancelar." in a free-text field cancels the form', () => {
    const d = talkOn('ouvidoria', 'Desejo registrar uma manifestação.', 'Reclamação', 'Pensando bem, não quero mais. Pode cancelar.');
    expect(d.state.view.at).not.toBe('form');
  });

  it('"Como faço para renovar a carteira de motorista?" as a first message answers how to renew the CNH', () => {
    const d = talk('Como faço para renovar a carteira de motorista?');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
});

describe('round 82 (blind set 15): answers with words around them', () => {
  it('"ta bom, Raimundo Nonato Ferreira" answers the name with the name alone', () => {
    const d = talkOn('agendamento-uai', 'bora agendar', 'precisa do nome completo msm?', 'ta bom, Raimundo Nonato Ferreira');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Raimundo Nonato Ferreira' } });
  });

  it('"meu nome é Maria da Silva" keeps "Maria da Silva"', () => {
    const d = talkOn('agendamento-uai', 'bora agendar', 'meu nome é Maria da Silva');
    expect(d.state.view).toMatchObject({ at: 'form', answers: { nome: 'Maria da Silva' } });
  });

  it('"Certo Silva Souza" (Certo is a surname) is kept whole', () => {
    const d = talkOn('agendamento-uai', 'bora agendar', 'Certo Silva Souza');
    expect(d.state.view).toMatchObject({ at: 'form', answers: { nome: 'Certo Silva Souza' } });
  });

  for (const [text, city] of [['ela mora em bh', 'Belo Horizonte'], ['minha mãe mora em Contagem', 'Contagem'], ['gov valadares', 'Governador Valadares']] as const) {
    it(`"${text}" is ${city}`, () => {
      expect(findMunicipality(text)).toBe(city);
    });
  }
});

describe('round 83 (blind set 15): a word said twice, 🙏 after a question, "dispois"', () => {
  for (const text of ['👍👍', 'ok ok']) {
    it(`"${text}" on a card is an acknowledgement`, () => {
      const d = talkOn('eja', text);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBe('eja');
    });
  }

  it('"da pra pedir pelo celular? 🙏" answers whether it is online, not "de nada"', () => {
    expect(talkOn('cnh-2a-via', 'da pra pedir pelo celular? 🙏').events).toContainEqual({ type: 'follow_up', kind: 'online', serviceId: 'cnh-2a-via' });
  });

  it('"🙏" alone still thanks', () => {
    expect(kinds(talkOn('cnh-2a-via', '🙏'))).toEqual(['small_talk']);
  });

  it('"uai e dispois?" on step 1 shows step 2', () => {
    expect(talkOn('cin-2a-via', 'como faço', 'uai e dispois?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });
});

describe('round 84 (blind set 15): a request with a vocative before it and its reason as a sentence after it', () => {
  for (const text of ['pode repetir? Não consegui ler direito.', 'Minha filha, pode repetir? Não consegui ler direito.']) {
    it(`"${text}" on step 2 shows step 2 again`, () => {
      const d = talkOn('cnh-primeira-habilitacao', 'Pode me mostrar as etapas, uma de cada vez?', 'Próxima.', text);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 1 });
      expect(kinds(d)).toEqual(['step']);
    });
  }
});

describe('round 85 (blind set 15): asking for the steps on a card, with words about one\'s own case', () => {
  for (const [id, text] of [
    ['medicamentos-alto-custo', 'Quero ver o passo a passo para pedir o remédio da minha mãe.'],
    ['avcb', 'Preciso regularizar o galpão da nossa empresa. Pode me guiar pelas etapas?'],
    ['abrir-empresa', 'me explica passo a passo como abre a empresa que eu tô dirigindo e vou ouvindo'],
  ] as const) {
    it(`"${text}" on ${id} starts its steps`, () => {
      expect(talkOn(id, text).state.view).toEqual({ at: 'walkthrough', serviceId: id, step: 0 });
    });
  }

  it('"como consulto o bo depois? me mostra as etapas" on the CIN does not start the CIN steps', () => {
    expect(talkOn('cin-2a-via', 'como consulto o bo depois? me mostra as etapas').state.view.at).not.toBe('walkthrough');
  });

  it('"Pode avançar para a etapa 4." on step 2 shows step 4', () => {
    expect(talkOn('avcb', 'me guia pelas etapas', 'Seguinte.', 'Pode avançar para a etapa 4.').state.view).toMatchObject({ at: 'walkthrough', step: 3 });
  });

  it('"pode falar de novo mais devagar rs" on step 1 repeats step 1', () => {
    const d = talkOn('eja', 'minha vó quer ver o passo a passo da matricula', 'pode falar de novo mais devagar rs');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });
});

describe('round 86 (blind set 16, after its blind measure): subjects handled elsewhere, asked as a question', () => {
  for (const text of [
    'Preciso tirar o passaporte para viajar em janeiro. Como agendo?',
    'como agendo o passaporte?',
    'qnd abre a inscricao do enem?',
    'preciso de vaga na creche da prefeitura pro meu bebe de 1 ano',
    'quero marcar consulta pro meu filho no posto de saude do bairro',
    'segunda via da conta da claro',
    'preciso tirar o rntrc da antt pro meu caminhao',
    'como tiro minha primeira carteira de trabalho? vou comecar de jovem aprendiz',
    'Meu carro é emplacado no Paraná e eu moro em Curitiba. Onde pago o IPVA do Paraná?',
  ]) {
    it(`"${text}" says who handles it and opens no service`, () => {
      expectElsewhere(text);
    });
  }

  for (const [text, id] of [
    ['como marco consulta no ipsemg?', 'ipsemg'],
    ['Desejo reclamar do atendimento de um posto de saúde do SUS.', 'ouvidoria-saude'],
    ['minha filha precisa do historico escolar pro enem', 'historico-escolar'],
  ] as const) {
    it(`"${text}" still opens ${id}`, () => {
      expect(talk(text).state.focus).toBe(id);
    });
  }
});

describe('round 87 (blind set 16): asking to book on a card with a form, with a story, a date or whom it is for', () => {
  for (const text of ['quero marcar horario pra fazer a identidade da minha bebe', 'cheguei de goias agora e quero agendar na uai', 'sera q consigo marcar pra segunda? preciso mto']) {
    it(`"${text}" on the UAI card starts its form`, () => {
      expect(talkOn('agendamento-uai', text).state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
    });
  }

  it('"quero agendar a segunda via" on the UAI card still opens the 2nd copy of the identity card', () => {
    expect(talkOn('agendamento-uai', 'quero agendar a segunda via').state.focus).toBe('cin-2a-via');
  });
});

describe('round 88 (blind set 16): who may ask, with a son, a school year or a duration in the question', () => {
  for (const [id, text] of [
    ['gta', 'Meu filho pode pedir a GTA por mim, ou tem que ser o produtor?'],
    ['cnh-mudanca-categoria', 'qual o requisito? tenho C faz 2 anos'],
    ['curso-tecnico', 'quem pode se inscrever? to no 1 ano do ensino medio'],
  ] as const) {
    it(`"${text}" on ${id} answers who may ask`, () => {
      expect(talkOn(id, text).events).toContainEqual({ type: 'follow_up', kind: 'requirements', serviceId: id });
    });
  }

  it('"posso levar meu filho de 10 anos pra visitar o pai dele?" still answers the rules for minors', () => {
    expect(talkOn('visita-presidio', 'posso levar meu filho de 10 anos pra visitar o pai dele?').events).toContainEqual({ type: 'follow_up', kind: 'minors', serviceId: 'visita-presidio' });
  });

  it('"É mais rápido pagar pela internet ou no banco?" on the IPVA answers whether it is online, not "see your bank"', () => {
    const d = talkOn('ipva', 'É mais rápido pagar pela internet ou no banco?');
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'online', serviceId: 'ipva' });
    expect(kinds(d)).not.toContain('elsewhere');
  });

  it('"Onde eu vejo o valor?" on the IPVA answers its cost', () => {
    expect(talkOn('ipva', 'Onde eu vejo o valor?').events).toContainEqual({ type: 'follow_up', kind: 'cost', serviceId: 'ipva' });
  });
});

describe('round 89 (blind set 16): a question word in chat spelling before the service, "quando cai"', () => {
  it('"qntos pontos tenho na cnh" opens the points of the CNH', () => {
    expect(talk('qntos pontos tenho na cnh').state.focus).toBe('multas-pontuacao');
  });

  it('"quanto ta o dolar hj" still names no service', () => {
    expect(talk('quanto ta o dolar hj').state.focus).toBeUndefined();
  });

  it('"e qnd cai o dinheiro?" on the unemployment insurance answers its time', () => {
    expect(talkOn('seguro-desemprego', 'e qnd cai o dinheiro?').events).toContainEqual({ type: 'follow_up', kind: 'time', serviceId: 'seguro-desemprego' });
  });
});

describe('round 90: "me mostra como faz" walks; who asks through the citizen', () => {
  it('"bora, me mostra como faz" on the technical course starts its steps', () => {
    expect(talkOn('curso-tecnico', 'bora, me mostra como faz').state.view).toEqual({ at: 'walkthrough', serviceId: 'curso-tecnico', step: 0 });
  });

  it('"vc é gente ou é robo? minha avó quer saber rs" says who the bot is', () => {
    const d = talkOn('cin-1a-via', 'vc é gente ou é robo? minha avó quer saber rs');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('cin-1a-via');
  });
});

describe('round 91 (blind set 16): picking up for someone else asks who may', () => {
  it('"cuido da minha mae acamada, posso pegar o remedio por ela?" on the high-cost medicines answers who may ask', () => {
    expect(talkOn('medicamentos-alto-custo', 'cuido da minha mae acamada, posso pegar o remedio por ela?').events).toContainEqual({ type: 'follow_up', kind: 'requirements', serviceId: 'medicamentos-alto-custo' });
  });
});

describe('round 92 (blind set 17, after its blind measure): booking a consultation at the IPSEMG is no municipal matter', () => {
  it('"moro no interior, como marco consulta pelo ipsemg aqui" answers about the IPSEMG', () => {
    expect(talk('moro no interior, como marco consulta pelo ipsemg aqui').state.focus).toBe('ipsemg');
  });
});

describe('round 93: numbers spelt out in a run are a phone or a document number, not "0 km"', () => {
  it('"me liga nove três zero sete sete, três zero seis dois" opens no service', () => {
    const d = talk('me liga nove três zero sete sete, três zero seis dois');
    expect(d.state.focus).toBeUndefined();
  });

  it('"meu numero é nove nove oito sete seis zero zero" opens no service', () => {
    expect(talk('meu numero é nove nove oito sete seis zero zero').state.focus).toBeUndefined();
  });

  it('"Comprei um carro zero, como faço o emplacamento?" still opens the 0 km registration', () => {
    expect(talk('Comprei um carro zero, como faço o emplacamento?').state.focus).toBe('primeiro-emplacamento');
  });
});

describe('round 94 (blind set 17, after its blind measure): a clear question is no small talk; "to perdida" asks for help', () => {
  for (const text of ['to perdida', 'sla, to meio perdida']) {
    it(`"${text}" on a card explains how to use the bot, and opens no lost-documents report`, () => {
      const d = talkOn('cadastro-escolar', text);
      expect(kinds(d)).toEqual(['help']);
      expect(d.state.focus).toBe('cadastro-escolar');
    });
  }

  it('"sla, vou ver amanha. tchau" says goodbye', () => {
    expect(kinds(talkOn('seguro-desemprego', 'sla, vou ver amanha. tchau'))).toContain('bye');
  });

  for (const [id, text, kind] of [
    ['ipva-restituicao', 'É feito pela internet?', 'online'],
    ['bo-perda-documentos', 'e demora mto pra chegar?', 'time'],
  ] as const) {
    it(`"${text}" on ${id} answers ${kind}`, () => {
      const d = talkOn(id, 'Quais documentos são necessários?', text);
      expect(d.events).toContainEqual({ type: 'follow_up', kind, serviceId: id });
      expect(kinds(d)).not.toContain('small_talk');
    });
  }

  it('"nossa, muito bom, foi bem rápido!" is still praise', () => {
    expect(kinds(talkOn('ipva', 'nossa, muito bom, foi bem rápido!'))).toEqual(['small_talk']);
  });
});
