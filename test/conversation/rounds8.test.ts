// The eighth session's rounds (109 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, realCatalogue, talk, talkOn } from './real.ts';

describe('round 109: asking for the form, tired or laughing citizens, walkthrough words, names said whole', () => {
  it('"vc consegue agendar pra mim ou tenho q entrar no site?" and "pode agendar pra mim? e pro meu filho autista" start the form', () => {
    expect(talk('agendamento na uai', 'vc consegue agendar pra mim ou tenho q entrar no site?').state.view).toMatchObject({ at: 'form', field: 0 });
    expect(talkOn('agendamento-uai', 'pode agendar pra mim? e pro meu filho autista').state.view).toMatchObject({ at: 'form', field: 0 });
  });

  it('a greeting with the time of day, a tired citizen in a hurry, and a laugh are small talk', () => {
    for (const text of ['boa noite, ou bom dia ne kkkk 3 da manha aqui', 'to exausta, plantao de 12h, so queria resolver isso logo', 'hahaha nem sei pq to aqui']) {
      expect(kinds(talk(text))).toEqual(['small_talk']);
    }
  });

  it('a tired citizen in a hurry is not told to take it slowly', () => {
    const text = talk('to exausta, plantao de 12h, so queria resolver isso logo').text;
    expect(text).not.toMatch(/sem pressa/i);
    expect(text).toMatch(/direto ao ponto/i);
  });

  it('"E depois disso, o que eu faço?" in the steps is the next step', () => {
    expect(talkOn('cin-2a-via', 'Me explique as etapas.', 'E depois disso, o que eu faço?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"passo a passo por favor" in the steps does not pick "Sair do passo a passo"', () => {
    const d = talk('minha filha de 15 anos nao voltou da escola', 'oq eu faço primeiro', 'passo a passo por favor');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'pessoa-desaparecida' });
  });

  it('"quer dizer, …" corrects: a theft report that was a scam', () => {
    expect(talk('fui roubada, quero fazer bo', 'quer dizer, n foi bem roubo, foi golpe no pix de um vendedor do insta').state.focus).toBe('bo-estelionato');
  });

  it('"Precisa esperar 24 horas para registrar?" asks about the missing person report: "esperar" is no "espera,"', () => {
    expect(talk('Meu pai tem Alzheimer e saiu de casa ontem e não voltou.', 'Precisa esperar 24 horas para registrar?').state.focus).toBe('pessoa-desaparecida');
  });

  it('the State\'s fee slip paid at the bank is the DAE, not the bank', () => {
    expect(talk('Preciso gerar uma guia de taxa estadual para pagar no banco.').state.focus).toBe('dae');
  });

  it('with nothing found, a phrase of one service\'s names said whole opens it ("abrir empresa" of a beauty salon)', () => {
    expect(talk('eu e minha socia queremos abrir empresa de salão de beleza').state.focus).toBe('abrir-empresa');
  });

  it('an ad to sell a car on OLX is handled elsewhere', () => {
    expectElsewhere('como faço anuncio pra vender meu carro na olx');
  });

  it('a virtual visit\'s card, then "na verdade … a carteirinha de visitante", is the visitor registration', () => {
    expect(talk('Quero agendar a visita virtual ao meu filho.', 'Na verdade preciso primeiro fazer a carteirinha de visitante, que eu ainda não tenho.').state.focus).toBe('visita-presidio');
  });
});

describe('round 110: corrections that deny what was understood, and forms that carry on', () => {
  it('"nao perdi nao, ela ta vencida" on the CNH\'s 2nd copy is its renewal', () => {
    expect(talk('2 via da cnh', 'nao perdi nao, ela ta vencida').state.focus).toBe('cnh-renovacao');
  });

  it('on a list led by the theft report, "não foi furto: acho que perdi na rodoviária" is the loss report, not the bus station', () => {
    expect(talk('Preciso registrar um BO de furto da minha carteira.', 'Pensando bem, não foi furto: acho que perdi na rodoviária.').state.focus).toBe('bo-perda-documentos');
  });

  it('"eu perdi, ninguem roubou" takes the kind of the listed service the denied word finds (the theft report)', () => {
    expect(talk('roubaram minha carteira com os documento', 'acho q na verdade eu perdi, ninguem roubou').state.focus).toBe('bo-perda-documentos');
  });

  it('the clause right after the cue says what it is; the story after it does not decide', () => {
    expect(talk('transferencia de carro', 'nao, eu q vendi o carro, o comprador nao passou pro nome dele').state.focus).toBe('comunicacao-venda');
    expect(talk('recorrer de multa', 'na verdade a multa ta certa, so q quem tava dirigindo era meu cunhado').state.focus).toBe('indicacao-condutor');
  });

  it('asked whether to leave the form, "nao, deixa, continua o agendamento" carries on; "Não quero continuar" still cancels', () => {
    const d = talkOn('cin-2a-via', 'pode agendar pra mim', 'Aparecida Rocha', 'ah e o ipva da minha moto como pago?', 'nao, deixa, continua o agendamento');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
    expect(talkOn('cin-2a-via', 'pode agendar pra mim', 'Não quero continuar.').state.view.at).not.toBe('form');
  });

  it('"esqueci a senha do gov br, como recupero?" in a form offers to leave for the gov.br account; it does not cancel', () => {
    const d = talkOn('agendamento-uai', 'quero marcar', 'esqueci a senha do gov br, como recupero?');
    expect(d.state.view.at).toBe('leave');
    expect(talkOn('agendamento-uai', 'quero marcar', 'esqueci a senha do gov br, como recupero?', 'sim, quero ver isso').state.focus).toBe('conta-govbr');
  });

  it('"fazer pelo chat" on a card with a form starts it', () => {
    expect(talkOn('ouvidoria', 'fazer pelo chat').state.view).toMatchObject({ at: 'form', field: 0 });
  });
});

describe('round 111: the question about a subject handled elsewhere after a story, weak questions on the card, two requests', () => {
  it('a story naming a service, then "como …" about a subject handled elsewhere in a clause of its own, is that subject', () => {
    for (const text of ['vou trabalhar em portugal, como tiro passaporte', 'fui mandado embora, como saco meu fgts', 'trabalhei 30 anos na roça, como dou entrada na aposentadoria rural no inss']) expectElsewhere(text);
  });

  it('a story of the State\'s keeps the State\'s service: the state servant\'s health plan is the IPSEMG', () => {
    expect(talk('Sou servidor estadual aposentado. Como incluo minha esposa como dependente no plano de saúde do Estado?').state.focus).toBe('ipsemg');
  });

  it('after the passport\'s reply, "e a identidade nova, onde faz?" is the identity card', () => {
    const d = talk('qro tirar passaporte pra viajar', 'e a identidade nova, onde faz?');
    expect(d.state.focus ?? d.state.options[0]?.id.slice(4)).toMatch(/^cin-/);
  });

  it('"consulta no site msm?" on the intercity buses asks whether it is online; "comunicar a venda tem custo?" still names the sale', () => {
    const d = talk('horario do onibus de sete lagoas pra bh', 'consulta no site msm?');
    expect(d.state.focus).toBe('onibus-intermunicipal');
    expect(kinds(d)).toContain('follow_up');
    expect(talk('vendi minha moto e o cara n transferiu, ta no meu nome ainda', 'comunicar a venda tem custo?').state.focus).toBe('comunicacao-venda');
  });

  it('two requests joined by "e tbm" are both offered, and "começa pelo ipva" picks the listed one it names', () => {
    const d = talk('preciso pagar o ipva da moto e tbm ver quantos pontos tenho na cnh');
    expect(d.state.options.slice(0, 2).map((o) => o.id)).toEqual(['svc:ipva', 'svc:multas-pontuacao']);
    expect(talk('preciso pagar o ipva da moto e tbm ver quantos pontos tenho na cnh', 'começa pelo ipva').state.focus).toBe('ipva');
  });
});

describe('round 112: asked again about a subject handled elsewhere, in its own words', () => {
  const again = (...messages: string[]): void => {
    const d = talk(...messages);
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  };

  it('"e o visto?" after the passport, "e moto?" after buying a car, "algum bom em contagem?" after a private dentist', () => {
    again('vou pra portugal em marco, como tiro meu passaporte', 'e o visto?');
    again('onde compro um carro usado baratinho em bh kkk', 'e moto?');
    again('quero marcar consulta com um dentista particular perto de casa', 'algum bom em contagem?');
  });

  it('"nem sei a quem recorrer" after the maternity leave an employer denies', () => {
    again('meu patrao ta dizendo q n tenho direito a licença maternidade, trabalho no supermercado', 'nem sei a quem recorrer');
  });
});

describe('round 113: a question about the card that the search answers with a service it does not name', () => {
  it('"posso mandar foto?" on the environmental report stays on it, with the official page (not the unemployment insurance)', () => {
    const d = talk('uma mineradora ta jogando lama no rio onde eu pesco', 'posso mandar foto?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    // Since round 160 the card's own sentence on photos answers it ("se for seguro, tire fotos"), with the official page.
    expect(kinds(d)).toEqual(['passage']);
    expect(d.last?.replies[0]?.links?.map((l) => l.url)).toEqual([realCatalogue.byId.get('denuncia-ambiental')?.url]);
  });

  it('"a prova pratica pode ser em carro automatico?" on the first licence and "eles entregam o remedio em casa?" on the medicines stay', () => {
    expect(talkOn('cnh-primeira-habilitacao', 'a prova pratica pode ser em carro automatico?').state.focus).toBe('cnh-primeira-habilitacao');
    expect(talkOn('medicamentos-alto-custo', 'eles entregam o remedio em casa? moro sozinha e tenho 78 anos').state.focus).toBe('medicamentos-alto-custo');
  });

  it('a question that names another service still opens it', () => {
    expect(talkOn('cin-2a-via', 'e a segunda via da cnh, como faço?').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 114: verb forms of catalogue words are not cue typos; a question for the documents is not a request for the form', () => {
  it('"Como eu renovo?" on the school re-enrolment is how it is done ("renovo" is no "denovo")', () => {
    const d = talkOn('renovacao-matricula', 'Como eu renovo?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(kinds(d)).not.toContain('notice');
    expect(d.text).toMatch(/como fazer/i);
  });

  it('"Que papéis o médico precisa preencher e o que mais devo levar?" lists the documents ("preencher" asks for no form)', () => {
    const d = talkOn('medicamentos-alto-custo', 'Que papéis o médico precisa preencher e o que mais devo levar?');
    expect(d.text).toMatch(/^\*Documentos/);
  });

  it('"posso denunciar sem falar meu nome?" on the environmental report stays on it', () => {
    expect(talkOn('denuncia-ambiental', 'posso denunciar sem falar meu nome? o cara do desmatamento é meu vizinho').state.focus).toBe('denuncia-ambiental');
  });
});

describe('round 115: where something was lost is the story', () => {
  it('"perdi minha cnh ontem no onibus" opens the CNH\'s 2nd copy (the bus named no category of licence)', () => {
    expect(talk('perdi minha cnh ontem no onibus').state.focus).toBe('cnh-2a-via');
  });

  it('"perdeu a identidade na escola" in a question names no school service', () => {
    const d = talk('Meu filho de 15 anos perdeu a identidade na escola. Como registro a perda?');
    const put = d.state.focus ?? d.state.options[0]?.id.slice(4);
    expect(put).not.toMatch(/escol|matricula/);
  });
});

describe('round 116: documents named as such, walkthrough and social words, forms asked for and left (blind set 21)', () => {
  it('"levo a carteira de trabalho?" and "precisa da cnh dele?" name one of the card\'s documents: the documents', () => {
    const sine = talk('to procurando servico de servente ou pedreiro, o sine tem vaga?', 'levo a carteira de trabalho?');
    expect(sine.state.focus).toBe('sine-emprego');
    expect(sine.text).toMatch(/^\*Documentos/);
    const driver = talkOn('indicacao-condutor', 'precisa da cnh dele?');
    expect(driver.state.focus).toBe('indicacao-condutor');
    expect(driver.text).toMatch(/^\*Documentos/);
  });

  it('"passa" in the steps is the next step', () => {
    expect(talkOn('nota-fiscal-avulsa', 'como q faz isso, passo a passo', 'passa').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"bom dia a todos, paz do senhor" greets, and "muchas gracias, muy amable" thanks', () => {
    expect(kinds(talk('bom dia a todos, paz do senhor'))).toEqual(['menu']);
    expect(kinds(talkOn('sine-emprego', 'muchas gracias, muy amable'))).toEqual(['small_talk']);
  });

  it('"vou fazer a reclamação por aqui", "separa um horario pra mim la" and "vc mesmo consegue marcar ou tenho q entrar naquele site?" start the form', () => {
    expect(talkOn('ouvidoria', 'vou fazer a reclamação por aqui').state.view).toMatchObject({ at: 'form', field: 0 });
    expect(talkOn('agendamento-uai', 'separa um horario pra mim la').state.view).toMatchObject({ at: 'form', field: 0 });
    expect(talkOn('agendamento-uai', 'vc mesmo consegue marcar ou tenho q entrar naquele site?').state.view).toMatchObject({ at: 'form', field: 0 });
  });

  it('"opa o telefone ta errado, deixa eu corrigir" on the summary asks the phone again ("deixa eu" cancels nothing)', () => {
    const filled = ['quero agendar', 'Maria Souza', '529.982.247-25', 'BH', 'identidade', '10/02/2027', '31999991234'];
    expect(talkOn('agendamento-uai', ...filled, 'opa o telefone ta errado, deixa eu corrigir').state.view).toMatchObject({ at: 'form', field: 5 });
  });

  it('"para tudo, cancela isso ai, fiquei com medo" in a free-text field cancels; an account with "cancelar" in it is an answer', () => {
    expect(talkOn('ouvidoria', 'vou fazer a reclamação por aqui', 'denuncia', 'para tudo, cancela isso ai, fiquei com medo').state.view.at).not.toBe('form');
    const told = talkOn('ouvidoria', 'vou fazer a reclamação por aqui', 'denuncia', 'o atendente da delegacia mandou eu cancelar e voltar outro dia');
    expect(told.state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 117: a loss told in other words, Spanish words for work, the prefeitura\'s subjects', () => {
  it('"ninguem roubou, acho q deixei cair no onibus com os documentos" on the theft report\'s list is the loss report', () => {
    expect(talk('quero fazer bo de furto da minha carteira', 'na real ninguem roubou, acho q deixei cair no onibus com os documentos').state.focus).toBe('bo-perda-documentos');
  });

  it('a Venezuelan asking for "trabajo" and "vagas de empleo" gets the Sine', () => {
    expect(talk('hola buenos dias, soy refugiado de venezuela y necesito trabajo, hay vagas de empleo?').state.focus).toBe('sine-emprego');
  });

  it('a late IPTU to pay in instalments and a street stall are the prefeitura\'s, and "é com a prefeitura entao?" gets the same answer', () => {
    expectElsewhere('iptu da minha casa ta atrasado, como parcelo');
    expectElsewhere('preciso de licença pra colocar minha barraca de pastel na praça');
    expect(kinds(talk('preciso de licença pra colocar minha barraca de pastel na praça', 'é com a prefeitura entao?'))).toEqual(['elsewhere']);
  });
});

describe('round 118: rubbish in a stream, a visa, a migrant\'s registration', () => {
  it('rubbish dumped and burnt by a stream is the environmental report; the prefeitura\'s rubbish fee is still the prefeitura\'s', () => {
    expect(talk('tao jogando entulho e queimando lixo na beira do corrego aqui do bairro').state.focus).toBe('denuncia-ambiental');
    expect(kinds(talk('boleto do iptu da prefeitura', 'e a taxa de lixo?'))).toEqual(['elsewhere']);
  });

  it('a visa and a migrant\'s registration card (CRNM) are the Polícia Federal\'s', () => {
    expectElsewhere('Recebi uma proposta de trabalho nos Estados Unidos. Como tiro o visto?');
    expectElsewhere('soy venezolano, como renovo minha carteira de registro migratorio crnm');
  });
});

describe('round 119: two requests are offered as two, whatever their words name', () => {
  it('"quero renovar minha cnh e tbm pagar o ipva do carro" lists both, the first first', () => {
    expect(talk('quero renovar minha cnh e tbm pagar o ipva do carro').state.options.slice(0, 2).map((o) => o.id)).toEqual(['svc:cnh-renovacao', 'svc:ipva']);
  });

  it('the second request ends at its pause ("e tbm da de luz, mudei e n chegou"), and "a de agua primeiro" picks the water bill', () => {
    const d = talk('preciso da 2 via da conta de agua e tbm da de luz, mudei e n chegou');
    expect(d.state.options.slice(0, 2).map((o) => o.id)).toEqual(['svc:copasa-conta', 'svc:cemig-conta']);
    d.say('a de agua primeiro');
    expect(d.state.focus).toBe('copasa-conta');
  });
});
