// A cue with words around it that name nothing is still the cue ("nossa, muito bom, foi bem rápido!",
// "não captei, fala de novo"), and a cue with words that name something is not ("oi, quero um passaporte",
// "preciso imprimir de novo o bo"). Wordings here are not in the cue lists: that is the point.
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/conversation/places.ts';
import { kinds, realCatalogue, talk, talkOn } from './real.ts';

describe('social turns with words that name nothing', () => {
  for (const text of ['Nossa, muito bom, foi bem rápido!', 'Certo, era isso. Valeu!', 'obrigado, salvou meu dia']) {
    it(`"${text}" on a card is small talk and the card stays in focus`, () => {
      const d = talk('segunda via da conta de luz', text);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.view).toEqual({ at: 'service', serviceId: 'cemig-conta' });
    });
  }

  it('a goodbye with thanks ("Até mais, agradeço a ajuda") thanks, then ends the conversation', () => {
    const d = talk('segunda via da conta de luz', 'Até mais, agradeço a ajuda');
    expect(kinds(d)).toEqual(['small_talk', 'bye']);
    expect(d.state.focus).toBeUndefined();
  });

  it('a greeting with a request after it is not small talk ("oi, quero tirar passaporte")', () => {
    const d = talk('oi, quero tirar passaporte');
    expect(kinds(d)).not.toContain('small_talk');
  });

  it('an "ok" with a service word after it is not small talk ("ah tá, e ela tá vencida também", about a CNH)', () => {
    const d = talk('minha cnh é de são paulo', 'ah tá, e ela tá vencida também');
    expect(kinds(d)).not.toContain('small_talk');
  });
});

describe('repeat and rephrase with words that name nothing', () => {
  it('"não captei, fala de novo" on a card says it again', () => {
    const d = talk('emitir dae', 'não captei, fala de novo');
    expect(d.text).toContain('Vou explicar de outro jeito');
    expect(d.state.focus).toBe('dae');
  });

  it('"preciso imprimir de novo o bo" is a search, not a request to repeat', () => {
    const d = talk('oi', 'preciso imprimir de novo o bo q eu fiz');
    expect(d.text).not.toContain('Vou explicar de outro jeito');
  });

  it('"Hein? Explica melhor" on a card says most of the card again, as a short list', () => {
    const d = talk('seguro desemprego', 'Hein? Explica melhor');
    expect(d.text).toContain('Quem pode pedir');
    expect(d.text).toContain('Quanto custa');
  });
});

describe('walkthrough words with words that name nothing', () => {
  it('"Quero ver as etapas" starts the steps', () => {
    const d = talk('segunda via da conta de luz', 'Quero ver as etapas');
    expect(d.state.view.at).toBe('walkthrough');
  });

  it('"E depois, o que vem?" goes to the next step', () => {
    const d = talk('segunda via da conta de luz', 'passo a passo', 'E depois, o que vem?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });
});

describe('requests in other words', () => {
  it('"registra pra mim por favor" on a service with a form starts the form', () => {
    const d = talk('ouvidoria', 'registra pra mim por favor');
    expect(d.state.view.at).toBe('form');
  });

  it('"Quero me inscrever num curso técnico" searches the course, not the whole sentence', () => {
    const d = talk('oi', 'Quero me inscrever num curso técnico');
    expect(d.state.focus).toBe('curso-tecnico');
  });

  it('in a free-text field, "aff, esquece isso, n vou mais registrar" cancels the form', () => {
    const d = talk('ouvidoria', 'registra pra mim por favor', 'denuncia', 'hospital regional', 'udi');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria' });
    d.say('aff, esquece isso, n vou mais registrar');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 2: more wordings read by rule, not by list', () => {
  it('on a list of results, "onde faz?" answers about the first service listed', () => {
    const d = talk('cnh');
    expect(d.state.view.at).toBe('results');
    const first = d.state.options[0]?.id.slice(4);
    d.say('onde faz?');
    expect(d.state.focus).toBe(first);
    expect(d.text).not.toContain('Sobre qual serviço');
  });

  for (const text of ['marca um horario pra mim', 'abre a manifestacao pra mim', 'Desejo registrar uma manifestação agora']) {
    it(`"${text}" on the Ouvidoria card starts its form`, () => {
      expect(talk('ouvidoria', text).state.view.at).toBe('form');
    });
  }

  it('"Estou falando com uma pessoa ou com uma máquina?" is a question about the bot, not a request for a person', () => {
    const d = talk('seguro desemprego', 'Estou falando com uma pessoa ou com uma máquina?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('seguro-desemprego');
  });

  it('"isso é gratis?" asks the cost (it is not "grato")', () => {
    const d = talk('mudei de endereço, atualizar na cnh', 'isso é gratis?');
    expect(kinds(d)).toContain('follow_up');
  });

  it('"foi mal a demora, tava no trampo" is an apology, the service stays in focus', () => {
    const d = talk('licença de pesca amadora', 'foi mal a demora, tava no trampo');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('licenca-pesca');
  });

  it('"Desculpa, na verdade é transferência de escola" is a correction, not an apology', () => {
    const d = talk('cadastro escolar', 'Desculpa, na verdade é transferência de escola');
    expect(d.state.focus).toBe('transferencia-escola');
  });

  it('"pula essa" in a walkthrough goes to the next step', () => {
    const d = talk('segunda via da conta de luz', 'passo a passo', 'pula essa');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"Não compreendi. Pode explicar de outro jeito?" says it again, in the same place', () => {
    const d = talk('itcd', 'Não compreendi. Pode explicar de outro jeito?');
    expect(d.text).toContain('Vou explicar de outro jeito');
    expect(d.state.focus).toBe('itcd');
  });

  it('"td bem contigo?" is small talk', () => {
    expect(kinds(talk('itcd', 'td bem contigo?'))).toEqual(['small_talk']);
  });
});

describe('round 3: steps, arithmetic and who may ask', () => {
  for (const text of ['Me mostra os passos', 'Pode me explicar por etapas?', 'Como faço? Me explique passo a passo.']) {
    it(`"${text}" starts the walkthrough`, () => {
      expect(talk('segunda via da conta de luz', text).state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    });
  }

  it('"passos para renovar a cnh" on another card is a search, not the steps of the card', () => {
    expect(talk('segunda via da conta de luz', 'passos para renovar a cnh').state.view.at).not.toBe('walkthrough');
  });

  it('"Quanto é 25 vezes 4?" on a card is not a question about the cost', () => {
    expect(kinds(talk('primeira habilitação', 'Quanto é 25 vezes 4?'))).not.toContain('follow_up');
  });

  it('"meu pai é cadeirante mas n dirige, ele pode pedir?" asks who may ask, about the card in focus', () => {
    const d = talk('isencao de ipva pra deficiente', 'meu pai é cadeirante mas n dirige, ele pode pedir?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(kinds(d)).toContain('follow_up');
  });
});

describe('round 4', () => {
  it('"Quero ir direto para a 3ª etapa" goes to step 3', () => {
    expect(talk('segunda via rg', 'passo a passo', 'Quero ir direto para a 3ª etapa').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
  });

  it('"Quanto é 25 vezes 4?" on a card opens no service', () => {
    const d = talk('primeira habilitação', 'Quanto é 25 vezes 4?');
    expect(d.last?.events.filter((e) => e.type === 'service_viewed')).toEqual([]);
  });

  it('"preciso de proteção" is never corrected into a subject handled elsewhere ("promoção")', () => {
    expect(kinds(talk('Meu companheiro me agride em casa, preciso de proteção'))).not.toContain('elsewhere');
  });
});

describe('round 5 (blind set 3 as a development set)', () => {
  it('"Gostaria de ver a etapa 5." goes to step 5', () => {
    expect(talk('primeira habilitação', 'passo a passo', 'Gostaria de ver a etapa 5.').state.view).toMatchObject({ at: 'walkthrough', step: 4 });
  });

  it('"passoapasso" (glued) starts the steps; "sou deficiente, tenho passe livre?" does not ("passe" is not "passos")', () => {
    expect(talk('parcelar ipva atrasado', 'passoapasso').state.view.at).toBe('walkthrough');
    expect(talk('onibus de bh pra ouro preto', 'sou deficiente, tenho passe livre?').state.view.at).not.toBe('walkthrough');
  });

  it('"porcaria de governo, vcs so enrolam" gets the calm reply', () => {
    expect(talk('seguro desemprego', 'porcaria de governo, vcs so enrolam').text).toContain('Sinto muito');
  });

  it('"Olá, ainda está aí?" in a walkthrough is small talk and the step stays', () => {
    const d = talk('segunda via da conta de luz', 'passo a passo', 'Olá, ainda está aí?');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });

  it('"sai na hora?" and "tem algum telefone pra tirar duvida?" are questions about the card', () => {
    expect(kinds(talk('gta', 'sai na hora?'))).toContain('follow_up');
    expect(kinds(talk('outorga de agua', 'tem algum telefone pra tirar duvida?'))).toContain('follow_up');
  });

  it('"quero fazer uma manifestacao por aqui" on the Ouvidoria card starts its form', () => {
    expect(talk('ouvidoria', 'quero fazer uma manifestacao por aqui').state.view.at).toBe('form');
  });

  it('"errei, nao perdi nao, ela so ta vencida" on the CNH 2nd copy searches what is left after the denial', () => {
    const d = talk('perdi minha cnh', 'errei, nao perdi nao, ela so ta vencida');
    expect(d.text).not.toContain('Escreva o nome do serviço');
  });

  it('"segunda via da conta do meu celular da vivo" says it is the operator\'s', () => {
    expect(kinds(talk('segunda via da conta do meu celular da vivo'))).toEqual(['elsewhere']);
  });

  it('"chega de passo, sai disso" leaves the walkthrough', () => {
    expect(talk('segunda via da conta de luz', 'passo a passo', 'chega de passo, sai disso').state.view.at).not.toBe('walkthrough');
  });
});

describe('round 6 (after blind set 4 was measured)', () => {
  it('"Desculpe, pode voltar à etapa anterior?" goes one step back', () => {
    expect(talk('segunda via da conta de luz', 'passo a passo', 'próxima', 'Desculpe, pode voltar à etapa anterior?').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });

  it('"Já fiz as primeiras, pode ir direto para a etapa 4?" goes to step 4', () => {
    expect(talk('abrir empresa', 'passo a passo', 'Já fiz as primeiras, pode ir direto para a etapa 4?').state.view).toMatchObject({ at: 'walkthrough', step: 3 });
  });

  it('"pode parar, ja entendi, nao precisa mais" leaves the walkthrough (it is no "next")', () => {
    expect(talk('segunda via da conta de luz', 'passo a passo', 'pode parar, ja entendi, nao precisa mais').state.view.at).not.toBe('walkthrough');
  });

  it('"Não compreendi bem, poderia repetir essa etapa?" says the step again', () => {
    const d = talk('segunda via da conta de luz', 'passo a passo', 'Não compreendi bem, poderia repetir essa etapa?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(d.text).not.toContain('Não entendi bem');
  });
});

describe('round 7 (blind set 4 as a development set)', () => {
  it('"Muito obrigada, você foi muito atencioso." and "Tudo bem, obrigado mesmo assim." are small talk', () => {
    expect(kinds(talk('cadastro escolar', 'Muito obrigada, você foi muito atencioso.'))).toEqual(['small_talk']);
    expect(kinds(talk('oi', 'Tudo bem, obrigado mesmo assim.'))).toEqual(['small_talk']);
  });

  it('"E depois, o que vem?" in a walkthrough is still "next" ("o que" never stretches into "não entendi")', () => {
    expect(talk('segunda via da conta de luz', 'passo a passo', 'E depois, o que vem?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"É necessário agendar?" asks about the appointment', () => {
    expect(kinds(talk('renovar cnh', 'É necessário agendar?'))).toContain('follow_up');
  });

  it('"Quero agendar o atendimento." on the UAI card starts its form; so do "quero mandar uma manifestacao" and "consigo marcar um horario por aqui msm?"', () => {
    expect(talk('agendar atendimento na uai', 'Quero agendar o atendimento.').state.view.at).toBe('form');
    expect(talk('ouvidoria', 'quero mandar uma manifestacao').state.view.at).toBe('form');
    expect(talk('agendar atendimento na uai', 'consigo marcar um horario por aqui msm?').state.view.at).toBe('form');
  });

  it('"e se for pro meu filho de 8 anos?" asks about minors on the card in focus (a number names no service)', () => {
    const d = talk('primeira via da identidade', 'e se for pro meu filho de 8 anos?');
    expect(d.state.focus).toBe('cin-1a-via');
  });

  it('"sim, pode sair do agendamento" leaves the form for the service asked about', () => {
    const d = talk('agendar atendimento na uai', 'Quero agendar o atendimento.', 'Maria da Silva', 'quero ver o ipva');
    expect(d.state.view.at).toBe('leave');
    d.say('sim, pode sair do agendamento');
    expect(d.state.view.at).not.toBe('leave');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 8 (blind set 5 as a development set, after it was measured)', () => {
  it('"Prossiga, por gentileza." goes to the next step; "chega, quero sair disso" leaves the steps', () => {
    expect(talk('segunda via da conta de luz', 'passo a passo', 'Prossiga, por gentileza.').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(talk('segunda via da conta de luz', 'passo a passo', 'chega, quero sair disso').state.view.at).not.toBe('walkthrough');
  });

  it('"Prefiro não continuar com o registro agora." cancels the form', () => {
    const d = talk('ouvidoria', 'registra pra mim por favor', 'Prefiro não continuar com o registro agora.');
    expect(d.state.view.at).not.toBe('form');
  });

  it('"quem está me respondendo é um atendente humano?" asks what the bot is, and keeps the card', () => {
    const d = talk('remedio de alto custo', 'Desculpe perguntar, mas quem está me respondendo é um atendente humano?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('medicamentos-alto-custo');
  });

  it('"E no caso de uma criança de cinco anos, como funciona?" asks about minors (an age in words)', () => {
    const d = talk('primeira via da identidade', 'E no caso de uma criança de cinco anos, como funciona?');
    expect(d.last?.replies[0]?.hint).toMatchObject({ kind: 'follow_up', serviceId: 'cin-1a-via', topic: 'minors' });
  });

  it('"preciso renovar meu passaporte q venceu" says who handles passports', () => {
    expect(kinds(talk('oi', 'preciso renovar meu passaporte q venceu'))).toEqual(['elsewhere']);
  });
});

describe('round 9: corrections read with what they correct (after blind set 6 was measured)', () => {
  it('"desculpa, me confundi, eu queria a da cnh" on the RG’s 2nd copy: the same kind of service for the CNH (its 2nd copy)', () => {
    const d = talk('2 via da identidade', 'desculpa, me confundi, eu queria a da cnh');
    expect(d.state.focus).toBe('cnh-2a-via');
  });

  it('on a list for "quero a segunda via", "ops, é a da carteira de motorista" amends the request: the CNH’s 2nd copy', () => {
    const d = talk('quero a segunda via', 'ops, é a da carteira de motorista');
    expect(d.state.focus).toBe('cnh-2a-via');
  });

  it('on the transfer’s card, "na real é uma moto" is a detail: still the transfer (not the IPVA, a related service)', () => {
    const d = talk('passar o carro pro meu nome', 'na real é uma moto');
    expect(d.state.focus).toBe('transferencia-veiculo');
  });

  it('"Perdão, me expressei mal: ela venceu, quero renovar." corrects (the courtesy does not make it small talk)', () => {
    const d = talk('perdi minha cnh', 'Perdão, me expressei mal: ela venceu, quero renovar.');
    expect(kinds(d)).not.toContain('small_talk');
    expect(d.state.focus).toBe('cnh-renovacao');
  });

  it('"não é isso não" says no to the service in focus: it is never opened again', () => {
    const d = talk('transferir cnh de outro estado', 'hmm não é isso não, é a cnh mesmo');
    expect(d.state.focus).not.toBe('cnh-transferencia-estado');
  });

  it('"errei, não perdi não, ela venceu" still denies the loss (a "não" after "errei" opens a denial)', () => {
    const d = talk('segunda via da carteira de motorista', 'errei, não perdi não, ela venceu');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
});

describe('round 10 (blind set 6 as a development set, after it was measured)', () => {
  it('"como faço a carteirinha de autista pro meu filho?" finds the CIPTEA (the verb and the child are in no service)', () => {
    expect(talk('como eu tiro a carteirinha de autista pro meu filho?').state.focus).toBe('ciptea');
  });

  it('"quero vender meu carro na olx pro meu tio" still opens nothing: an unknown word ("olx") may be what it is about', () => {
    expect(talk('quero vender meu carro na olx pro meu tio').state.focus).toBeUndefined();
  });

  it('"e se for pro meu filho de 9 anos, muda algo?" on the RG card asks about minors of that card', () => {
    const d = talk('segunda via do rg', 'e se for pro meu filho de 9 anos, muda alguma coisa?');
    expect(d.last?.replies[0]?.hint).toMatchObject({ kind: 'follow_up', serviceId: 'cin-2a-via', topic: 'minors' });
  });

  it('"o que faço primeiro?" on a card is how to do it, not the first copy of something', () => {
    const d = talk('pagar ipva', 'e o que eu faço primeiro?');
    expect(d.last?.replies[0]?.hint).toMatchObject({ kind: 'follow_up', serviceId: 'ipva', topic: 'how' });
  });

  it('"Não desejo prosseguir." cancels the form', () => {
    expect(talk('ouvidoria', 'registra pra mim por favor', 'Não desejo prosseguir.').state.view.at).not.toBe('form');
  });

  it('"marca pra mim na uai de uberlandia" on the UAI card starts the form (a town says where)', () => {
    expect(talk('agendar atendimento na uai', 'marca pra mim na uai de uberlandia').state.view.at).toBe('form');
  });

  it('"boiei" and "não saquei" ask to say it again; "tô falando c gente?" asks what the bot is', () => {
    expect(talk('pagar ipva', 'boiei').text).toContain('Vou explicar de outro jeito');
    expect(talk('pagar ipva', 'nao saquei').text).toContain('Vou explicar de outro jeito');
    expect(kinds(talk('tô falando c gente ou c robô?'))).toEqual(['small_talk']);
  });
});

describe('round 11: first messages with words of when and of whom', () => {
  it('"minha irmã sumiu desde ontem de manhã" is a missing person (one word, a synonym staff listed)', () => {
    expect(talk('minha irmã sumiu desde ontem de manhã').state.focus).toBe('pessoa-desaparecida');
  });

  it('"meu tio precisa de dados" opens nothing: one catalogue word left that is no listed synonym is not enough', () => {
    expect(talk('meu tio precisa de dados').state.focus).toBeUndefined();
  });
});

describe('round 12 (blind set 7 as a development set, after it was measured)', () => {
  const topicOf = (d: ReturnType<typeof talk>): unknown => d.last?.replies[0]?.hint;

  it('"oq tenho q separar?" asks for the documents; "qual o endereço eletrônico?" for the official page', () => {
    expect(topicOf(talk('emitir dae', 'oq tenho q separar?'))).toMatchObject({ kind: 'follow_up', serviceId: 'dae', topic: 'documents' });
    expect(topicOf(talk('emitir dae', 'qual o endereço eletrônico?'))).toMatchObject({ kind: 'follow_up', serviceId: 'dae', topic: 'link' });
  });

  it('"como eu consulto isso?" is how to do it; "que pessoas podem receber?" who may ask', () => {
    expect(topicOf(talk('consultar pontos da cnh', 'como eu consulto isso?'))).toMatchObject({ kind: 'follow_up', serviceId: 'multas-pontuacao', topic: 'how' });
    expect(topicOf(talk('passe livre', 'que pessoas podem receber?'))).toMatchObject({ kind: 'follow_up', serviceId: 'passe-livre', topic: 'requirements' });
  });

  it('"perdi meu título de eleitor" and "seguro pra moto" are handled elsewhere', () => {
    expect(kinds(talk('perdi meu título de eleitor'))).toEqual(['elsewhere']);
    expect(kinds(talk('quanto ta o seguro pra moto?'))).toEqual(['elsewhere']);
  });

  it('"Tenha uma boa noite." ends politely; "ta bom, e como pago o ipva?" after a failed search is the IPVA', () => {
    expect(kinds(talk('emitir dae', 'Tenha uma boa noite.'))).toContain('bye');
    expect(talk('receita de bolo de fubá', 'ta bom, e como pago o ipva?').state.focus).toBe('ipva');
  });
});

describe('round 13: walkthrough and requests in blind set 7’s words', () => {
  const view = (...said: string[]): unknown => talk(...said).state.view;

  it('"volta um passo" is one step back, not step 1; "vai pro passo 4, que é o da religação" describes the step with its own words', () => {
    expect(view('segunda via da conta de luz', 'passo a passo', 'vai pra etapa 4', 'volta um passo')).toMatchObject({ at: 'walkthrough', step: 2 });
    expect(view('segunda via da conta de luz', 'passo a passo', 'vai pro passo 4 que é o da religação')).toMatchObject({ at: 'walkthrough', step: 3 });
  });

  it('"Pronto, já separei. E qual é a próxima etapa?" goes on: the last clause asks for the next step', () => {
    expect(view('segunda via da conta de luz', 'passo a passo', 'Pronto, já separei os dados. E qual é a próxima etapa?')).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"me ajuda com o passo a passo" shows the steps (not a thanks); "quero deixar pré-agendado" starts the form', () => {
    expect(view('segunda via da conta de luz', 'me ajuda com o passo a passo pf')).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(view('segunda via do rg', 'quero deixar pre agendado')).toMatchObject({ at: 'form' });
  });
});

describe('round 14: words that share a stem with a cue, and questions about the bot', () => {
  it('"Fico grata pela explicação." thanks ("grata" is not "grátis")', () => {
    expect(kinds(talk('inscricao estadual', 'Fico grata pela explicação.'))).toEqual(['small_talk']);
  });

  it('"Você é um robô oficial do governo de Minas?" on the IPSEMG card asks what the bot is', () => {
    expect(kinds(talk('plano de saude do servidor ipsemg', 'Você é um robô oficial do governo de Minas?'))).toEqual(['small_talk']);
  });
});

describe('round 15: a citizen who finds the chat hard', () => {
  it('"Perdão, sou idoso e não sei mexer direito nisso." gets patience, once, and the card stays', () => {
    const d = talk('plano de saude do servidor ipsemg', 'Perdão, sou idoso e não sei mexer direito nisso.');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.text).toContain('Sem pressa');
    expect(d.text).not.toContain('Sem problema');
    expect(d.state.focus).toBe('ipsemg');
  });

  it('"tenho dificuldade com celular" at the menu is not a search that fails', () => {
    expect(kinds(talk('oi', 'tenho dificuldade com celular'))).toEqual(['small_talk']);
  });
});

describe('round 16 (blind set 8 as a development set, after it was measured)', () => {
  const hint = (d: ReturnType<typeof talk>): unknown => d.last?.replies[0]?.hint;

  it('"qto ta saindo pra renovar?" asks the cost; "qual a duração do processo?" the time', () => {
    expect(hint(talk('renovar cnh', 'qto ta saindo pra renovar?'))).toMatchObject({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'cost' });
    expect(hint(talk('renovar cnh', 'qual a duração do processo?'))).toMatchObject({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'time' });
  });

  it('"dá pra fazer o pedido pela internet ou tenho que ir lá?" asks how it is done; it does not start the form', () => {
    const d = talk('segunda via do rg', 'dá pra fazer o pedido pela internet ou tenho que ir lá?');
    expect(d.state.view.at).not.toBe('form');
    expect(hint(d)).toMatchObject({ kind: 'follow_up', serviceId: 'cin-2a-via' });
  });

  it('in a form, "com que finalidade?" asks why the field is needed; "Mudei de ideia, cancele o registro por favor." cancels', () => {
    const asked = talk('ouvidoria', 'registra pra mim por favor', 'Com que finalidade vocês pedem isso?');
    expect(asked.state.view.at).toBe('form');
    expect(asked.text).toMatch(/LGPD/);
    expect(talk('ouvidoria', 'registra pra mim por favor', 'Reclamação', 'Mudei de ideia, cancele o registro por favor.').state.view.at).not.toBe('form');
  });
});

describe('round 17: months, and subjects handled elsewhere in more words', () => {
  it('"vou pra portugal em março, como tiro o passaporte" says who handles passports ("março" is not "eu marco")', () => {
    expect(kinds(talk('vou pra portugal em marco, como tiro o passaporte'))).toEqual(['elsewhere']);
  });

  it('"quero dar entrada na aposentadoria por idade" and "como faço pix pelo app do banco?" are handled elsewhere', () => {
    expect(kinds(talk('quero dar entrada na aposentadoria por idade'))).toEqual(['elsewhere']);
    expect(kinds(talk('como fazer um pix pelo aplicativo do banco?'))).toEqual(['elsewhere']);
  });

  it('"quem te criou?" asks about the bot', () => {
    expect(kinds(talk('quem te criou?'))).toEqual(['small_talk']);
  });
});

describe('round 18: "como faço?" on a card starts the walkthrough', () => {
  it('"como faço?" alone, or with words of the title ("como que eu faco a inscricao" on the EJA), shows step 1 after the list of steps', () => {
    const d = talk('segunda via do rg', 'como faço?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cin-2a-via', step: 0 });
    expect(d.text).toMatch(/São \d+ etapas/);
    expect(talk('quero voltar a estudar na eja', 'como que eu faco a inscricao').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'eja', step: 0 });
  });

  it('with words that may name something else ("e como eu consulto o bo depois?") it stays on the card', () => {
    expect(talk('roubaram meu celular no onibus', 'e como eu consulto o bo depois?').state.view.at).not.toBe('walkthrough');
  });
});

describe('round 19: a first message told as a story opens the service that leads by far', () => {
  it('"MINHA CARTEIRA DE MOTORISTA VENCEU MES PASSADO" opens the renewal, not a list to choose from', () => {
    expect(talk('MINHA CARTEIRA DE MOTORISTA VENCEU MES PASSADO').state.focus).toBe('cnh-renovacao');
  });

  it('"guincharam meu carro hj cedo na frente de casa" opens the towed-vehicle card', () => {
    expect(talk('guincharam meu carro hj cedo na frente de casa').state.focus).toBe('veiculo-removido');
  });
});

describe('round 20: walkthrough words held by a longer cue, thanks from Minas', () => {
  it('"manda de novo" repeats the step ("manda" alone would go on); "avança de novo" goes on', () => {
    expect(talk('agendar na uai', 'passo a passo', 'manda de novo').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(talk('agendar na uai', 'passo a passo', 'avança de novo').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"para, nao quero mais ver isso" leaves the walkthrough ("mais" is not "next" there)', () => {
    expect(talk('agendar na uai', 'passo a passo', 'para, nao quero mais ver isso').state.view.at).toBe('service');
  });

  it('"DEUS TE PAGUE" thanks, and the service stays in focus', () => {
    const d = talk('remedio de alto custo', 'DEUS TE PAGUE');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('medicamentos-alto-custo');
  });
});

describe('round 21: short questions for documents and the phone number', () => {
  const hint = (d: ReturnType<typeof talk>): unknown => d.last?.replies[0]?.hint;

  it('"o q precisa" and "o que preciso pra consultar" ask for the documents', () => {
    expect(hint(talk('preciso tirar a guia pra levar umas vaca pra fazenda', 'o q precisa'))).toMatchObject({ kind: 'follow_up', serviceId: 'gta', topic: 'documents' });
    expect(hint(talk('situação do veículo', 'o que preciso pra consultar'))).toMatchObject({ kind: 'follow_up', serviceId: 'situacao-veiculo', topic: 'documents' });
  });

  it('"e o q tem q mandar" asks for the documents: "o que" is not "what?" when its verb is part of the question', () => {
    expect(hint(talk('indicação de condutor', 'e o q tem q mandar'))).toMatchObject({ kind: 'follow_up', serviceId: 'indicacao-condutor', topic: 'documents' });
    expect(kinds(talk('indicação de condutor', 'o que?'))).not.toContain('follow_up');
  });

  it('"qual o numero" asks for the phone', () => {
    expect(hint(talk('disque denúncia', 'qual o numero'))).toMatchObject({ kind: 'follow_up', serviceId: 'disque-denuncia', topic: 'contact' });
  });
});

describe('round 22: the steps asked for in the first message; back with a reason', () => {
  it('"Como tirar a licença de pesca amadora, passo a passo?" starts the walkthrough of the licence', () => {
    expect(talk('Como tirar a licença de pesca amadora, passo a passo?').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'licenca-pesca', step: 0 });
  });

  it('"pera, volta q eu nao li direito" goes one step back; "volta que eu quero a cnh" is not a plain back', () => {
    expect(talk('seguro desemprego', 'passo a passo', 'avança', 'pera, volta q eu nao li direito').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'seguro-desemprego', step: 0 });
    expect(talk('seguro desemprego', 'passo a passo', 'avança', 'volta que eu quero a cnh').state.focus).not.toBe('seguro-desemprego');
  });
});

describe('round 23: when the document is released, about the card in view', () => {
  const hint = (d: ReturnType<typeof talk>): unknown => d.last?.replies[0]?.hint;

  it('"paguei ontem no boleto, qnd libera o documento?" on the CRLV asks the time, about the CRLV ("boleto" alone names no other service)', () => {
    const d = talk('licenciamento do carro crlv', 'paguei ontem no boleto, qnd libera o documento?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(hint(d)).toMatchObject({ kind: 'follow_up', serviceId: 'crlv-licenciamento', topic: 'time' });
  });
});

describe('round 24: corrections by a slip of the finger, the opposite, and for whom', () => {
  it('"ops, cliquei errado, o q eu quero é pegar remedio de alto custo pro meu pai" opens the high-cost medicines', () => {
    expect(talk('doação de sangue', 'ops, cliquei errado, o q eu quero é pegar remedio de alto custo pro meu pai').state.focus).toBe('medicamentos-alto-custo');
  });

  it('"opa, ao contrario, eu que comprei o carro" on the notice of sale opens the transfer', () => {
    expect(talk('comunicação de venda de veículo', 'opa, ao contrario, eu que comprei o carro').state.focus).toBe('transferencia-veiculo');
  });
});

describe('round 25: a step said again in other words keeps all of it', () => {
  it('"NAO ENTENDI ESSA PARTE" on a step gives every sentence of it, one per line, and what to bring', () => {
    const d = talk('tirar rg pela primeira vez', 'passo a passo', 'próxima', 'NAO ENTENDI ESSA PARTE');
    const s = realCatalogue.byId.get('cin-1a-via');
    const step = s?.steps[1];
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cin-1a-via', step: 1 });
    for (const sentence of step?.description.split(/(?<=[.!?])\s+/) ?? ['(no step)']) expect(d.text).toContain(sentence);
  });
});

describe('round 26: questions about staying anonymous', () => {
  it('"preciso falar meu nome?" and "preciso me identificar?" ask who may report, and how', () => {
    for (const text of ['preciso falar meu nome?', 'preciso me identificar?']) {
      expect(talk('disque denúncia', text).last?.replies[0]?.hint).toMatchObject({ kind: 'follow_up', serviceId: 'disque-denuncia', topic: 'requirements' });
    }
  });
});

describe('round 27: asked to be guided in own words; a reason after a request', () => {
  it('"ME ENSINA COMO FAZ", "bora, como faz", "Como registro o boletim? Quero as instruções detalhadas." start the walkthrough', () => {
    expect(talk('passe livre intermunicipal', 'ME ENSINA COMO FAZ').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'passe-livre', step: 0 });
    expect(talk('licença de pesca amadora', 'bora, como faz').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'licenca-pesca', step: 0 });
    expect(talk('boletim de ocorrência de furto', 'Como registro o boletim? Quero as instruções detalhadas.').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'bo-furto' });
  });

  it('"Gostaria de ser orientada passo a passo no cadastro do meu filho." starts the walkthrough of the card in view', () => {
    expect(talk('cadastro escolar', 'Gostaria de ser orientada passo a passo no cadastro do meu filho.').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cadastro-escolar', step: 0 });
  });

  it('"FALA DE NOVO QUE EU NAO ENXERGO DIREITO" repeats the step', () => {
    const d = talk('passe livre intermunicipal', 'passo a passo', 'próxima', 'FALA DE NOVO QUE EU NAO ENXERGO DIREITO');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(d.last?.replies.map((r) => r.hint?.kind)).toEqual(['step']);
  });
});

describe('round 28: requests in a polite sentence, and "por aqui" in a question', () => {
  it('"tem como agendar por aqui?" on the CIN starts the form; "posso fazer o pedido pela internet ou preciso ir na delegacia?" does not', () => {
    expect(talk('segunda via do rg', 'tem como agendar por aqui?').state.view.at).toBe('form');
    expect(talk('segunda via do rg', 'posso fazer o pedido pela internet ou preciso ir na delegacia?').state.view.at).not.toBe('form');
  });

  it('"Gostaria de agendar um atendimento presencial." and "Desejo registrar uma manifestação através deste canal." start the form', () => {
    expect(talk('agendar na uai', 'Gostaria de agendar um atendimento presencial.').state.view.at).toBe('form');
    expect(talk('ouvidoria do estado', 'Desejo registrar uma manifestação através deste canal.').state.view.at).toBe('form');
  });

  it('in a form, "Por qual motivo é necessário informar meu nome completo?" asks why the field is needed', () => {
    const d = talk('agendar na uai', 'quero agendar', 'Por qual motivo é necessário informar meu nome completo?');
    expect(d.state.view.at).toBe('form');
    expect(d.text).toMatch(/LGPD/);
  });
});

describe('round 29: the cost, the site and leaving, in more words', () => {
  const hint = (d: ReturnType<typeof talk>): unknown => d.last?.replies[0]?.hint;

  it('"Há cobrança de taxa?" asks the cost; "tem algum site q mostra os horario?" the official link', () => {
    expect(hint(talk('inscrição estadual', 'Há cobrança de taxa?'))).toMatchObject({ kind: 'follow_up', serviceId: 'inscricao-estadual', topic: 'cost' });
    expect(hint(talk('horário de ônibus intermunicipal', 'tem algum site q mostra os horario?'))).toMatchObject({ kind: 'follow_up', serviceId: 'onibus-intermunicipal', topic: 'link' });
  });

  it('"chega, ja entendi" leaves the walkthrough', () => {
    expect(talk('guia de trânsito animal', 'passo a passo', 'chega, ja entendi').state.view.at).toBe('service');
  });
});

describe('round 30: a question in the words of the card in view stays on it', () => {
  it('"depois q pago em qnt tempo sai o documento" on the CRLV asks the time of the CRLV', () => {
    const d = talk('licenciamento do carro crlv', 'depois q pago em qnt tempo sai o documento');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(d.last?.replies.map((r) => r.hint)).toContainEqual({ kind: 'follow_up', serviceId: 'crlv-licenciamento', topic: 'time' });
  });
});

describe('review: a walkthrough started from a first message counts the service as viewed', () => {
  it('"Como tirar a licença de pesca amadora, passo a passo?" logs service_viewed and the how follow-up', () => {
    const d = talk('Como tirar a licença de pesca amadora, passo a passo?');
    expect(d.events).toContainEqual({ type: 'service_viewed', serviceId: 'licenca-pesca' });
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'how', serviceId: 'licenca-pesca' });
  });
});

describe('round 31: a question whose words only brush another service stays on the card in view', () => {
  const about = (d: ReturnType<typeof talk>): unknown => d.last?.replies.map((r) => r.hint);

  it('"e demora mto pra liberar?" on the high-cost medicines asks their time, not the towed vehicle', () => {
    const d = talk('remédio de alto custo pelo estado', 'e demora mto pra liberar?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(about(d)).toContainEqual({ kind: 'follow_up', serviceId: 'medicamentos-alto-custo', topic: 'time' });
  });

  it('"Qual o prazo médio para análise?" on the environmental licence and "sou contratado, tenho direito?" on the IPSEMG stay', () => {
    expect(talk('licenciamento ambiental', 'Qual o prazo médio para análise?').state.focus).toBe('licenciamento-ambiental');
    expect(talk('plano de saúde do ipsemg', 'sou contratado pelo estado, tenho direito ou so efetivo?').state.focus).toBe('ipsemg');
  });

  it('a question that names another service by its title, a synonym or a popular name moves to it', () => {
    // Which CNH service is not said: the CNH services are listed, the identity card is left.
    for (const text of ['e a cnh, quanto custa?', 'e pra carteira de motorista, quanto custa?']) {
      const d = talk('segunda via da identidade', text);
      expect(d.state.focus).not.toBe('cin-2a-via');
      expect(d.state.options.slice(0, 2).every((o) => o.id.startsWith('svc:cnh-'))).toBe(true);
    }
    expect(talk('consultar ipva', 'e se o carro foi guinchado, quanto custa?').state.focus).toBe('veiculo-removido');
  });
});

describe('round 32: the steps asked for in more words and with slips', () => {
  const at = (d: ReturnType<typeof talk>): unknown => d.state.view;

  it('"quero ver as etapas dessa declaracao" and "Quais são as etapas desse processo?" start the steps of the card in view', () => {
    expect(at(talk('itcd herança', 'quero ver as etapas dessa declaracao'))).toMatchObject({ at: 'walkthrough', serviceId: 'itcd', step: 0 });
    expect(at(talk('abrir empresa', 'Quais são as etapas desse processo?'))).toMatchObject({ at: 'walkthrough', serviceId: 'abrir-empresa', step: 0 });
  });

  it('"pasa a paso" (a doubled letter typed once) starts the steps', () => {
    expect(at(talk('remédio de alto custo pelo estado', 'pasa a paso'))).toMatchObject({ at: 'walkthrough', step: 0 });
  });

  it('"etpa 3" and "Por favor, mostre somente a terceira etapa." go to step 3', () => {
    expect(at(talk('abrir empresa', 'passo a passo', 'etpa 3'))).toMatchObject({ at: 'walkthrough', step: 2 });
    expect(at(talk('abrir empresa', 'passo a passo', 'Por favor, mostre somente a terceira etapa.'))).toMatchObject({ at: 'walkthrough', step: 2 });
  });

  it('"e dai?" and "ta entendi pode ir pra proxima parte" go on; "manda o passo a passo" on step 2 starts again', () => {
    expect(at(talk('abrir empresa', 'passo a passo', 'e dai?'))).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(at(talk('abrir empresa', 'passo a passo', 'ta entendi pode ir pra proxima parte'))).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(at(talk('abrir empresa', 'passo a passo', 'prox', 'manda o passo a passo'))).toMatchObject({ at: 'walkthrough', step: 0 });
  });

  it('"REPETE QUE NAO LI DIREITO" repeats the step', () => {
    const d = talk('renovar cnh', 'passo a passo', 'REPETE QUE NAO LI DIREITO');
    expect(kinds(d)).toContain('step');
    expect(d.text).not.toContain('Não entendi');
  });
});

describe('round 32: a request in few words, and a summary confirmed in full words', () => {
  it('"agendar atendimento presencial" on the UAI card and "agenda a 2 via pra mim" on the CIN start the form', () => {
    expect(talk('agendar na uai', 'agendar atendimento presencial').state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
    expect(talk('segunda via do rg', 'agenda a 2 via pra mim').state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via' });
  });

  it('"Confirmo os dados." on the summary submits the request', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', '529.982.247-25', 'bh', '15/12/2026', 'furto', '(31) 99999-1234', 'Confirmo os dados.');
    expect(kinds(d)).toContain('submitted');
  });

  it('"sou obrigado a dar meu email?" asks why the field is needed', () => {
    const d = talk('ouvidoria', 'quero registrar uma reclamação', 'reclamação', 'hospital regional', 'gv', 'fui mal atendido na recepção do hospital', 'sou obrigado a dar meu email?');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 4 });
    expect(d.text).toContain('LGPD');
    expect(d.text).not.toContain('não parece válido');
  });
});

describe('round 33: frustration, a related service named, corrections in more words', () => {

  it('"q bot inutil, ninguem resolve nada nesse estado" and "ja tentei 3 vezes e nada funciona to cansada disso" are small talk; the card stays', () => {
    for (const text of ['q bot inutil, ninguem resolve nada nesse estado', 'ja tentei 3 vezes e nada funciona to cansada disso', 'Boa noite, com quem eu falo?']) {
      const d = talkOn('multas-pontuacao', text);
      expect(kinds(d)).toContain('small_talk');
      expect(d.state.focus).toBe('multas-pontuacao');
    }
  });

  it('"nao moro perto, queria a visita por video" on the prison visitor registration opens the related video visit', () => {
    expect(talkOn('visita-presidio', 'nao moro perto, queria a visita por video').state.focus).toBe('visita-virtual');
  });

  it('"Na verdade ninguém furtou, eu perdi os documentos na rua." leaves the theft report for the loss report', () => {
    expect(talkOn('bo-furto', 'Na verdade ninguém furtou, eu perdi os documentos na rua.').state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 35: a first message that names one of the services found more than the others opens it', () => {
  it('"Preciso de atendimento presencial na UAI." opens the UAI; "cnh vencida msm" the CNH renewal', () => {
    expect(talk('Preciso de atendimento presencial na UAI.').state.focus).toBe('agendamento-uai');
    expect(talk('cnh vencida msm').state.focus).toBe('cnh-renovacao');
  });

  it('"cnh" alone still lists the CNH services', () => {
    expect(talk('cnh').state.view.at).toBe('results');
  });
});

describe('round 36: a word most services speak of names none; the focus named as much as another keeps it', () => {

  it('"Quem tem direito ao atendimento?" on the IPSEMG asks who may use the IPSEMG ("atendimento" names no service)', () => {
    const d = talkOn('ipsemg', 'Muito obrigado pela ajuda.', 'Quem tem direito ao atendimento?');
    expect(d.state.focus).toBe('ipsemg');
    expect(d.last?.replies.map((r) => r.hint)).toContainEqual({ kind: 'follow_up', serviceId: 'ipsemg', topic: 'requirements' });
  });

  it('"e adulto autista tbm pode pedir?" on the Ciptea stays on the Ciptea, not the EJA', () => {
    expect(talkOn('ciptea', 'e adulto autista tbm pode pedir?').state.focus).toBe('ciptea');
  });

  it('"voltei, oq precisa msm" on the state registration asks its documents, not the missing person report', () => {
    const d = talkOn('inscricao-estadual', 'ok vou pegar um cafe', 'voltei, oq precisa msm');
    expect(d.state.focus).toBe('inscricao-estadual');
  });
});

describe('round 37: a story the search is unsure of, that names one service by two rare words', () => {
  it('"to abrindo um restaurante e me pediram o alvara dos bombeiros" opens the fire department licence', () => {
    expect(talk('to abrindo um restaurante e me pediram o alvara dos bombeiros').state.focus).toBe('avcb');
  });

  it('common words do not count ("onde compro um carro usado baratinho?"), nor a subject handled elsewhere ("quero sacar meu fgts q fui mandado embora")', () => {
    for (const text of ['onde compro um carro usado baratinho?', 'quero sacar meu fgts q fui mandado embora']) {
      const d = talk(text);
      expect(d.state.focus).toBeUndefined();
      expect(d.events.filter((e) => e.type === 'service_viewed')).toEqual([]);
    }
  });
});

describe('round 38: on a list of results, words that find one of the services listed choose it', () => {
  it('"foi roubada" on the CNH services opens the CNH 2ª via; "ta vencida" the renewal', () => {
    expect(talk('cnh', 'foi roubada').state.focus).toBe('cnh-2a-via');
    expect(talk('cnh', 'ta vencida').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 39: when a period opens, "posso me inscrever?", "pode visitar", a pause before a question', () => {
  const topicOf = (d: ReturnType<typeof talk>): unknown => d.last?.replies.map((r) => r.hint);

  it('"pera, e qnd abre as inscricao?" on the school registration asks its time', () => {
    expect(topicOf(talkOn('cadastro-escolar', 'pera, e qnd abre as inscricao?'))).toContainEqual({ kind: 'follow_up', serviceId: 'cadastro-escolar', topic: 'time' });
  });

  it('"Tenho 52 anos... Posso me inscrever?" on the EJA and "namorada pode visitar ou so esposa" on the prison visits ask who may', () => {
    expect(topicOf(talkOn('eja', 'Tenho 52 anos e parei de estudar na quinta série. Posso me inscrever?'))).toContainEqual({ kind: 'follow_up', serviceId: 'eja', topic: 'requirements' });
    expect(topicOf(talkOn('visita-presidio', 'namorada pode visitar ou so esposa'))).toContainEqual({ kind: 'follow_up', serviceId: 'visita-presidio', topic: 'requirements' });
  });
});

describe('round 40: "é todo eletrônico?" and "vc faz oq exatamente"', () => {
  it('"O procedimento é todo eletrônico?" on the environmental licence asks whether it is online', () => {
    const d = talk('licenciamento ambiental', 'O procedimento é todo eletrônico?');
    expect(d.last?.replies.map((r) => r.hint)).toContainEqual({ kind: 'follow_up', serviceId: 'licenciamento-ambiental', topic: 'online' });
  });

  it('"e vc faz oq exatamente" gets the help', () => {
    expect(kinds(talk('oi', 'e vc faz oq exatamente'))).toContain('help');
  });
});

describe('round 41: "troquei de chip" is no correction', () => {
  it('"nao consigo entrar no gov br, esqueci a senha e troquei de chip" opens the gov.br account', () => {
    expect(talk('nao consigo entrar no gov br, esqueci a senha e troquei de chip').state.focus).toBe('conta-govbr');
  });
});

describe('round 42: "tendi foi nada", and "o que eu quero é…" corrects', () => {
  it('"tendi foi nada, explica de outro jeito" in the steps says the step in other words', () => {
    const d = talk('eja supletivo', 'passo a passo', 'tendi foi nada, explica de outro jeito');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'eja', step: 0 });
    expect(d.text).not.toContain('Não encontrei');
  });

  it('"consultar eu ja consultei, oq eu quero é recorrer dessa multa q ta errada" on the fines lookup opens the appeal', () => {
    const d = talkOn('multas-pontuacao', 'consultar eu ja consultei, oq eu quero é recorrer dessa multa q ta errada');
    expect(d.state.focus).toBe('recurso-multa');
  });
});

describe('round 44: a missing person told as a story (popular names the catalogue lacked)', () => {
  it('"Meu irmão saiu de casa ontem e não voltou, não atende o telefone. O que eu faço?" opens the missing person report', () => {
    expect(talk('Meu irmão saiu de casa ontem e não voltou, não atende o telefone. O que eu faço?').state.focus).toBe('pessoa-desaparecida');
    expect(talk('Minha filha de 15 anos não voltou da escola ontem. O que devo fazer?').state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 45: the fire department licence in the words of three blind sets', () => {
  it('"to abrindo uma padaria e falaram q preciso do papel dos bombeiro" opens the AVCB', () => {
    expect(talk('to abrindo uma padaria e falaram q preciso do papel dos bombeiro').state.focus).toBe('avcb');
  });
});

describe('round 46: citizens\' own words for five services (catalogue), and "ta bom, deixa"', () => {
  for (const [text, id] of [
    ['tem uma boca de fumo na minha rua, quero avisar a policia sem falar meu nome', 'disque-denuncia'],
    ['vou levar umas novilha pro leilao em outra cidade, q papel eu tiro', 'gta'],
    ['comprei uma biz zerinha na concessionaria, como coloco placa nela', 'primeiro-emplacamento'],
    ['tem gente botando fogo no mato aqui perto de casa, quero denunciar', 'denuncia-ambiental'],
    ['meu pai faleceu e deixou uma casa, tem imposto pra pagar pro estado?', 'itcd'],
  ] as const) {
    it(`"${text}" opens ${id}`, () => {
      expect(talk(text).state.focus).toBe(id);
    });
  }

  it('"kkk ta bom, deixa" after a joke request puts no service forward', () => {
    const d = talk('conta uma piada ai', 'kkk ta bom, deixa');
    expect(d.state.focus).toBeUndefined();
    expect(d.events.filter((e) => e.type === 'service_viewed')).toEqual([]);
  });
});

describe('round 47 (blind set 12, after its blind measure): steps, returns and names in more words', () => {

  it('"mostra os paso", "me mostra o caminho das pedra sô" and "Por favor, descreva o procedimento etapa por etapa." start the steps', () => {
    for (const text of ['mostra os paso', 'me mostra o caminho das pedra sô', 'Por favor, descreva o procedimento etapa por etapa.']) {
      expect(talkOn('gta', text).state.view).toMatchObject({ at: 'walkthrough', serviceId: 'gta', step: 0 });
    }
  });

  it('"sou deficiente, tenho passe livre?" is no request for the steps ("passe" is not "passo")', () => {
    expect(talkOn('onibus-intermunicipal', 'sou deficiente, tenho passe livre?').state.view.at).not.toBe('walkthrough');
  });

  it('"começa tudo de novo do inicio" goes to step 1; "volta pro começo" still does', () => {
    expect(talkOn('gta', 'passo a passo', 'prox', 'prox', 'começa tudo de novo do inicio').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(talkOn('gta', 'passo a passo', 'prox', 'prox', 'volta pro começo').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });

  it('"voltei" is the citizen back, and the card stays; "qual seu nome?" and "Espero que esteja tudo bem." are small talk', () => {
    const d = talkOn('transferencia-veiculo', 'pera ai', 'voltei');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('transferencia-veiculo');
    expect(kinds(talk('qual seu nome?'))).toContain('small_talk');
    expect(kinds(talk('Bom dia. Espero que esteja tudo bem.'))).toContain('small_talk');
  });

  it('"quero mandar um trem pra ouvidoria" and "Bom dia. Venho solicitar o pré-agendamento..." start the form in view', () => {
    expect(talkOn('ouvidoria', 'quero mandar um trem pra ouvidoria').state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria' });
    expect(talkOn('cin-2a-via', 'Bom dia. Venho solicitar o pré-agendamento da segunda via da minha identidade.').state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via' });
  });

  it('a município after the words that lead to it ("é em são joão del rei")', () => {
    expect(findMunicipality('é em são joão del rei')).toBe('São João del Rei');
    expect(findMunicipality('na cidade de Betim')).toBe('Betim');
  });
});

describe('round 48 (blind set 12): how it is paid, "precisa de…?", "anda", "por e-mail"', () => {
  const hints = (d: ReturnType<typeof talk>): unknown => d.last?.replies.map((r) => r.hint);

  it('"tem desconto a vista?" and "paga algo?" ask the cost', () => {
    expect(hints(talkOn('ipva', 'tem desconto a vista?'))).toContainEqual({ kind: 'follow_up', serviceId: 'ipva', topic: 'cost' });
    expect(hints(talkOn('nota-fiscal-avulsa', 'paga algo?'))).toContainEqual({ kind: 'follow_up', serviceId: 'nota-fiscal-avulsa', topic: 'cost' });
  });

  it('"É preciso laudo médico recente?" on the Ciptea and "precisa de vistoria?" on the transfer ask what is needed', () => {
    expect(hints(talkOn('ciptea', 'É preciso laudo médico recente?'))).toContainEqual({ kind: 'follow_up', serviceId: 'ciptea', topic: 'documents' });
    expect(hints(talkOn('transferencia-veiculo', 'precisa de vistoria?'))).toContainEqual({ kind: 'follow_up', serviceId: 'transferencia-veiculo', topic: 'documents' });
  });

  it('"anda" and "pronto ja fiz essa parte, e agora oq eu faço" go to the next step', () => {
    expect(talkOn('gta', 'passo a passo', 'anda').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(talkOn('gta', 'passo a passo', 'pronto ja fiz essa parte, e agora oq eu faço').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"O histórico pode ser enviado por e-mail?" asks whether it is done online', () => {
    expect(hints(talkOn('historico-escolar', 'O histórico pode ser enviado por e-mail?'))).toContainEqual({ kind: 'follow_up', serviceId: 'historico-escolar', topic: 'online' });
  });
});

describe('round 49: a reason at the end of a request for the steps', () => {
  it('"me explica as etapas direitinho por favor que eu não entendo nada disso" starts the steps', () => {
    const d = talkOn('gta', 'me explica as etapas direitinho por favor que eu não entendo nada disso');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'gta', step: 0 });
  });
});

describe('round 50: venting about caring for someone is met with patience, and the card stays', () => {
  it('"ai gente to tao cansada, minha mae doente e eu correndo atras disso sozinha" is small talk on the medicines card', () => {
    const d = talkOn('medicamentos-alto-custo', 'ai gente to tao cansada, minha mae doente e eu correndo atras disso sozinha');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
  });

  it('a request that names a service is still a search ("minha mae ta doente e precisa do remedio de alto custo")', () => {
    const d = talk('minha mae ta doente e precisa do remedio de alto custo');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
  });
});

describe('round 51: "perdi" with an object is a loss, not a request to repeat', () => {
  it('"não uai, a minha nao venceu nao, eu perdi ela" on the CNH renewal opens the CNH 2ª via', () => {
    const d = talkOn('cnh-renovacao', 'não uai, a minha nao venceu nao, eu perdi ela');
    expect(d.state.focus).toBe('cnh-2a-via');
  });

  it('"me perdi, repete" in the steps still repeats', () => {
    const d = talk('renovar cnh', 'passo a passo', 'me perdi, repete');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(d.text).not.toContain('Não entendi');
  });
});

describe('round 52: a correction whose last clause says what is wanted', () => {
  it('"nao, ja terminei o ensino medio, quero curso tecnico" on the EJA opens the technical course', () => {
    const d = talkOn('eja', 'nao, ja terminei o ensino medio, quero curso tecnico');
    expect(d.state.focus).toBe('curso-tecnico');
  });
});

describe('round 53: cancelling a free-text field with discouragement', () => {

  it('"ah deixa quieto, nao vai dar em nada mesmo" cancels the form', () => {
    expect(talkOn('ouvidoria', 'quero preencher a manifestacao', 'sugestao', 'ah deixa quieto, nao vai dar em nada mesmo').state.view.at).not.toBe('form');
  });

  it('an account that only quotes the words is an answer ("o atendente ... disse pra deixa quieto")', () => {
    expect(talkOn('ouvidoria', 'quero preencher a manifestacao', 'sugestao', 'o atendente nao quis me atender e disse pra deixa quieto').state.view.at).toBe('form');
  });
});

describe('round 54: who is responsible for a service', () => {
  for (const text of ['e quem emite a guia', 'qual órgão cuida disso?']) {
    it(`"${text}" on the GTA names its responsible body, from the catalogue, and where it is done`, () => {
      const d = talkOn('gta', text);
      expect(d.last?.replies.map((r) => r.hint)).toContainEqual({ kind: 'follow_up', serviceId: 'gta', topic: 'agency' });
      expect(d.text).toContain(realCatalogue.byId.get('gta')?.agency.name ?? '(no agency)');
      expect(d.events).toContainEqual({ type: 'follow_up', kind: 'agency', serviceId: 'gta' });
    });
  }
});

describe('round 55: something the citizen tells about the service in view keeps it', () => {

  it('"meu marido ta preso em ribeirao das neves" on the prison visits keeps the card and says what it can tell', () => {
    const d = talkOn('visita-presidio', 'meu marido ta preso em ribeirao das neves');
    expect(d.state.focus).toBe('visita-presidio');
    // Since round 3626 (marido ~ cônjuge), the card's sentence naming the spouses who may visit; before, "Entendi".
    expect(kinds(d)).toHaveLength(1);
    expect(['notice', 'passage']).toContain(kinds(d)[0]);
  });

  it('a question without "?" is still a search ("como recupero entao" is not a statement)', () => {
    expect(kinds(talkOn('conta-govbr', 'como recupero entao'))).not.toEqual(['notice']);
  });
});
