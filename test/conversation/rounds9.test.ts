// The ninth session's rounds (120 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { asked, expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 120: a wish shows the card, dictated punctuation, the IPVA by the plate\'s end', () => {
  // Since round 4501 (the bare wish to book, a product decision taken in the thirty-ninth session) the card is shown and
  // the form starts in the same turn; before, the card alone.
  it('"quero marcar horario na uai" as a first message shows the booking\'s card and starts its form', () => {
    for (const text of ['quero marcar horario na uai', 'QUERO AGENDAR NA UAI', 'queria agendar atendimento na uai de contagem']) {
      const d = talk(text);
      expect(kinds(d), text).toEqual(['card', 'field']);
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
    }
  });

  it('asking the bot itself to book ("marca pra mim na uai") still starts the form', () => {
    for (const text of ['marca pra mim na uai', 'pode agendar pra mim na uai?']) {
      expect(talk(text).state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
    }
  });

  it('punctuation dictated by voice is read as the mark: thanks, a step request, a town', () => {
    expect(kinds(talk('segunda via da conta de luz', 'muito obrigado minha filha ponto de exclamação'))).toEqual(['small_talk']);
    expect(talk('seguro desemprego', 'me explica passo a passo ponto').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'seguro-desemprego', step: 0 });
    expect(talk('quero falar com a ouvidoria', 'pode registrar pra mim', 'reclamação', 'hospital regional', 'belo horizonte ponto').state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', answers: { municipio: 'Belo Horizonte' } });
  });

  it('"ponto" of a bus stop or of the CNH stays a word', () => {
    expect(talk('qual o site pra ver meus ponto').state.focus).toBe('multas-pontuacao');
  });

  it('the IPVA asked with the plate\'s end ("vírgula a placa é final 4") puts the IPVA first', () => {
    for (const text of ['eu quero saber quanto está o ipva do meu carro vírgula a placa é final 4 ponto', 'ipva placa final 7']) {
      const d = talk(text);
      const first = d.state.view.at === 'results' ? d.state.options[0]?.id : `svc:${d.state.focus ?? ''}`;
      expect(first).toBe('svc:ipva');
    }
  });
});

describe('round 121: the identity card damaged, renamed, corrected to or chosen first', () => {
  it('a damaged identity card is its 2nd copy, not the CNH\'s', () => {
    for (const text of ['minha identidade molhou e rasgou toda', 'meu rg ta todo rasgado', 'a identidade estragou']) {
      const d = talk(text);
      const first = d.state.view.at === 'results' ? d.state.options[0]?.id : `svc:${d.state.focus ?? ''}`;
      expect(first).toBe('svc:cin-2a-via');
    }
  });

  it('a new name after marriage is the identity card\'s data update, in the search and as the form\'s reason', () => {
    expect(talk('Casei e mudei de nome, preciso de uma nova carteira de identidade.').state.focus).toBe('cin-2a-via');
    expect(talk('mudei de nome, como faço o rg novo').state.focus).toBe('cin-2a-via');
    const d = talk('segunda via do rg', 'Quero fazer o pré-agendamento.', 'Ana Cláudia Ribeiro Teixeira', '839.125.349-00', 'Governador Valadares', '20/01/2027', 'troquei de nome quando casei');
    expect(d.state.view).toMatchObject({ at: 'form', answers: { motivo: 'Atualização de dados' } });
  });

  it('"não é a X, é a Y" on a card corrects to the same kind of service for Y, an interjection before it or not', () => {
    for (const text of ['opa, nao é a habilitação, é a identidade', 'não é a cnh, é o rg']) {
      expect(talk('2 via da cnh', text).state.focus).toBe('cin-2a-via');
    }
  });

  it('"começa pelo rg" on a list with both copies of the identity card opens the one listed higher', () => {
    for (const text of ['começa pelo rg', 'primeiro o rg']) {
      expect(talk('perdi a carteira com rg e cnh dentro, oq faço', text).state.focus).toBe('cin-2a-via');
    }
  });
});

describe('round 122: forms left for a question and taken up again; asking to register here; the Ouvidoria about a school', () => {
  it('asked whether to leave the form, "volta pro agendamento" stays in it, the service\'s words around or not', () => {
    const cin = talk('segunda via do rg', 'marca pra mim', 'Paulo Roberto Alves', '716.653.829-53', 'pera, e a cnh q eu perdi junto? como tiro outra?', 'ta, volta pro agendamento do rg');
    expect(cin.state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via', field: 2 });
    const uai = talk('agendamento na uai', 'quero agendar', 'Patricia Gomes Nunes', 'pera, antes: o atestado de antecedentes da pra tirar pela internet?', 'ok, retoma o pedido');
    expect(uai.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 1 });
  });

  it('in a free-text field, a question held by "antes disso:" or "pera," about another service is answered and leaving offered', () => {
    for (const text of ['Antes disso: como consigo a segunda via da conta de água?', 'pera, onde tiro a segunda via da conta de agua?']) {
      const d = talk('ouvidoria', 'Quero registrar uma manifestação aqui.', 'Solicitação', text);
      expect(d.state.view).toMatchObject({ at: 'leave', target: 'copasa-conta' });
    }
  });

  it('in a free-text field, an account that ends in a question stays the answer', () => {
    const d = talk('ouvidoria', 'Quero registrar uma manifestação aqui.', 'Reclamação', 'Copasa', 'Contagem', 'pera, a conta de agua veio errada de novo, o que faço?');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 4 });
  });

  it('"tem como registrar aqui?" on the Ouvidoria\'s card starts its form', () => {
    for (const text of ['tem como registrar aqui?', 'posso registrar por aqui?']) {
      expect(talk('ouvidoria', text).state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 0 });
    }
  });

  it('"falar com a ouvidoria sobre a escola" is the Ouvidoria: the school is what it is about', () => {
    expect(talk('preciso falar com a ouvidoria sobre a escola estadual do meu filho').state.focus).toBe('ouvidoria');
    expect(talk('queria mandar pra ouvidoria do estado uma reclamação a respeito da escola da minha filha').state.focus).toBe('ouvidoria');
  });

  it('a verb before "sobre" that names no service by its title leaves the whole message to the search', () => {
    expect(talk('quero reclamar sobre o hospital').state.focus).toBe('ouvidoria-saude');
  });
});

describe('round 123: who may ask, in the words of the conditions; a related service by the question\'s verb; the card asked for again', () => {
  const who = (d: ReturnType<typeof talk>): string => asked(d).join('+');

  it('"da certo mesmo assim?" after telling one\'s case asks who may ask, on the card in view', () => {
    const d = talk('atestado de antecedentes criminais', 'minha identidade é de sp, da certo mesmo assim?');
    expect(d.state.focus).toBe('antecedentes-criminais');
    expect(who(d)).toBe('requirements');
  });

  it('"Quem é responsável por pagar?" asks who owes the tax, not which body runs it', () => {
    for (const text of ['Quem é responsável por pagar?', 'quem é o responsavel pelo pagamento?']) {
      const d = talk('imposto sobre herança', text);
      expect(d.state.focus).toBe('itcd');
      expect(who(d)).toMatch(/^requirements/);
    }
  });

  it('"Ela pode se inscrever estando no segundo ano?" asks who may enrol in the course in view', () => {
    const d = talk('curso técnico gratuito', 'Ela pode se inscrever estando no segundo ano?');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(who(d)).toBe('requirements');
  });

  it('a question naming a word of the conditions ("precisa contratar engenheiro?") asks who may ask', () => {
    const d = talk('auto de vistoria do corpo de bombeiros', 'precisa contratar engenheiro?');
    expect(d.state.focus).toBe('avcb');
    expect(who(d)).toBe('requirements');
  });

  it('"quem pode registrar, o dono ou quem tava dirigindo?" stays on the accident report', () => {
    const d = talk('bateram na traseira do meu carro ontem na br, ninguem se machucou, o seguro pediu bo', 'quem pode registrar, o dono ou quem tava dirigindo?');
    expect(d.state.focus).toBe('bo-acidente-sem-vitima');
    expect(who(d)).toBe('requirements');
  });

  it('"e como recorro de uma q ta errada?" on the fines is the appeal, a related service its verb finds', () => {
    const d = talk('quero ver as multas do meu carro', 'e como recorro de uma q ta errada?');
    expect(d.state.focus).toBe('recurso-multa');
  });

  it('"ver minhas multas" on the fines\' card shows the card again', () => {
    expect(kinds(talk('multa', 'ver minhas multas'))).toContain('card');
    expect(kinds(talk('multa', 'consultar minhas multas'))).toContain('card');
  });

  it('"to perdido, me explica em etapas" on a card still starts its steps', () => {
    expect(talk('seguro desemprego', 'to perdido, me explica em etapas').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'seguro-desemprego' });
  });
});

describe('round 124: a boss who did not pay the 13th, a migrant\'s RNM, the baby\'s CPF; paying a fee by card', () => {
  it('a domestic worker\'s unpaid 13th and holidays are the Ministry of Labour\'s', () => {
    expectElsewhere('minha patroa nao pagou meu 13 nem as ferias, posso denunciar ela?');
    expectElsewhere('o patrao nao me pagou o 13 salario');
  });

  it('renewing the RNM (a migrant\'s registration) is the Polícia Federal\'s', () => {
    expectElsewhere('mi precisa renovar meu RNM, documento de estrangeiro');
  });

  it('"e o cpf dele, vcs fazem tbm?" after the baby\'s identity card is the Receita Federal\'s; the card stays in focus', () => {
    const d = talk('meu bebe nasceu, quero fazer o rg dele', 'e o cpf dele, vcs fazem tbm?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBe('cin-1a-via');
    expect(kinds(talk('onde faço o cpf do meu filho?'))).toEqual(['elsewhere']);
  });

  it('"aceita cartao de credito parcelado?" on the vehicle licence asks how it is paid, not about a bank', () => {
    for (const text of ['aceita cartao de credito parcelado?', 'da pra parcelar no cartao?']) {
      const d = talk('tenho q pagar o licenciamento da moto', text);
      expect(d.state.focus).toBe('crlv-licenciamento');
      expect(kinds(d)).toEqual(['follow_up']);
    }
  });

  it('a card\'s document named in a question stays a question about it ("precisa do cpf dele?")', () => {
    expect(talk('segunda via do rg', 'precisa do cpf dele?').state.focus).toBe('cin-2a-via');
  });
});

describe('round 125: a citizen in a hurry at work, a laugh before a story, a "que" that joins two clauses', () => {
  it('"ANDA LOGO Q EU TO NO SERVIÇO" and "agiliza ai, to no trabalho" are small talk, the card kept', () => {
    for (const text of ['ANDA LOGO Q EU TO NO SERVIÇO', 'agiliza ai, to no trabalho']) {
      const d = talk('parcelar ipva atrasado', text);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBe('ipva-parcelamento');
    }
  });

  it('a laugh, then a story the search cannot place, is small talk', () => {
    for (const text of ['kkkkk minha mulher disse q eu desmaio so de ver agulha', 'hahaha meu marido falou que eu tremo toda']) {
      const d = talk('quero doar sangue', text);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBe('doacao-sangue');
    }
  });

  it('a laugh before a request is still the request', () => {
    expect(talk('abrir empresa', 'kkk escrevi errado, quero FECHAR a empresa').state.focus).toBe('baixa-empresa');
    expect(talk('kkkk perdi meu rg na praia').state.focus).toBe('cin-2a-via');
  });

  it('"manda o passo a passo q eu vou lendo pra ele" starts the steps; "o que é isso" still asks again', () => {
    const d = talk('meu pai ta aqui no telefone, a carteira de motorista dele venceu, como renova?', 'manda o passo a passo q eu vou lendo pra ele');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cnh-renovacao', step: 0 });
    expect(kinds(talk('renovar cnh', 'o que e isso'))).not.toContain('step');
  });
});

describe('round 126: already holding the licence, a story around the request, steps already done, "como funciona?" on a list', () => {
  const first = (d: ReturnType<typeof talk>): string | undefined => (d.state.view.at === 'results' ? d.state.options[0]?.id.slice(4) : d.state.focus);

  it('"quero tirar carta de moto, ja tenho a B" puts the change of category before the first licence', () => {
    expect(first(talk('quero tirar carta de moto, ja tenho a B'))).toBe('cnh-mudanca-categoria');
    expect(first(talk('ja sou habilitado no carro e quero tirar a de moto'))).toBe('cnh-mudanca-categoria');
    expect(talk('carta de moto').state.focus).toBe('cnh-primeira-habilitacao');
  });

  it('holding a document of another kind ("ja tenho rg, quero tirar a cnh") still puts the first licence first', () => {
    expect(first(talk('ja tenho rg, quero tirar a cnh'))).toBe('cnh-primeira-habilitacao');
  });

  it('"como funciona?" on that list is about the first service listed; on the menu it is how the bot works', () => {
    const d = talk('quero tirar carta de moto, ja tenho a B', 'como funciona?');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(kinds(talk('como funciona?'))).toEqual(['help']);
  });

  it('"e preciso arrumar serviço" after leaving prison is the job search: "e preciso" joins a clause, it asks for no documents', () => {
    expect(talk('sai do presidio tem 2 semanas e preciso arrumar serviço, o estado ajuda?').state.focus).toBe('sine-emprego');
  });

  it('"o cara nao transferiu" is the story: the seller is told to communicate the sale', () => {
    for (const text of ['vendi meu carro tem 2 meses e o cara nao transferiu, ta tudo no meu nome ainda', 'vendi meu carro e o comprador nao transferiu']) {
      expect(first(talk(text))).toBe('comunicacao-venda');
    }
    expect(talk('comprei um carro e o vendedor nao quer passar pro meu nome').state.focus).toBe('transferencia-veiculo');
  });

  it('"posso denunciar sem falar meu nome?" asks who may report (anonymously), on the card in view', () => {
    const d = talk('denuncia ambiental', 'posso denunciar sem falar meu nome? o cara do desmatamento é meu vizinho');
    expect(d.state.focus).toBe('denuncia-ambiental');
    // Not the cost: "o cara" is a man, never "caro".
    expect(asked(d)).toEqual(['requirements']);
  });

  it('"ja fiz a atpv e ja paguei o dae, e agora?" goes to the step after the last one done', () => {
    const d = talk('passar carro pro meu nome', 'passo a passo por favor', 'ja fiz a atpv e ja paguei o dae, e agora?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'transferencia-veiculo', step: 2 });
    const exams = talk('primeira habilitação', 'como faço? me guia ai', 'feito, e agora?', 'ja fiz os exames, qual o proximo passo');
    expect(exams.state.view).toMatchObject({ at: 'walkthrough', step: 2 });
  });

  it('"a inscricao primeiro" on the card it names shows that card again', () => {
    expect(kinds(talk('sou produtor rural e preciso tirar nota, nao tenho inscricao ainda', 'a inscricao primeiro'))).toContain('card');
  });
});

describe('round 126, a guard the property tests found: a bare number in the steps', () => {
  it('a bare number past the last step says how many steps there are (round 3280: a bare "3" is step 3); "e a 3?" goes to step 3', () => {
    const d = talkOn('gta', 'passo a passo');
    d.say('9');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(kinds(d)).toEqual(['notice']);
    expect(talkOn('gta', 'passo a passo', '3').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
    expect(talkOn('gta', 'passo a passo', 'e a 3?').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
  });
});

describe('round 127: asking on someone\'s behalf, an upper age limit, an age with "fazer o pedido por ela?"', () => {
  it('"posso fazer por ele?" on a card asks who may ask', () => {
    for (const text of ['ele mesmo tem q pedir ou posso fazer por ele?', 'posso pedir por ela?', 'ela mesma precisa pedir ou posso fazer pra ela?']) {
      const d = talkOn('antecedentes-criminais', text);
      expect(d.state.focus).toBe('antecedentes-criminais');
      expect(asked(d)).toEqual(['requirements']);
    }
  });

  it('"tem idade maxima pra doar?" asks who may donate (the age limits are there), not the rules for minors', () => {
    for (const text of ['ah, tem idade maxima pra doar?', 'qual a idade maxima?', 'sou muito velho pra doar?']) {
      expect(asked(talkOn('doacao-sangue', text))).toEqual(['requirements']);
    }
    expect(asked(talkOn('doacao-sangue', 'menor de idade pode doar?'))).toEqual(['minors']);
  });

  it('"ela tem 14, eu tenho q fazer o pedido por ela?" asks the rules for minors; "quero fazer o pedido" still asks to do it', () => {
    expect(asked(talkOn('transferencia-escola', 'ela tem 14, eu tenho q fazer o pedido por ela?'))).toEqual(['minors']);
    expect(asked(talkOn('transferencia-escola', 'meu filho tem 15 anos, tenho que fazer o pedido?'))).toEqual(['minors']);
    expect(kinds(talkOn('transferencia-escola', 'quero fazer o pedido'))[0]).toBe('notice');
  });
});

describe('round 128: a question on the way through a form ("pera, tenho q pagar a taxa?", "aliás, como eu pego…?"), praise for an attendant', () => {
  const inForm = (...messages: string[]): ReturnType<typeof talk> => {
    const d = talk('segunda via rg');
    d.press('Fazer solicitação');
    for (const m of messages) d.say(m);
    return d;
  };

  it('"pera, antes disso, tenho q pagar a taxa?" on the name answers the cost and keeps the form', () => {
    for (const text of ['pera, antes disso, tenho q pagar a taxa?', 'tenho que pagar alguma coisa?', 'espera, quanto custa?', 'calma, vou ter que pagar?']) {
      const d = inForm(text);
      expect(asked(d)).toEqual(['cost']);
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via', field: 0 });
    }
  });

  it('"aliás, como eu pego a segunda via da conta de luz?" in a free-text field answers it and offers to leave', () => {
    // The wish starts the form with the card (round 4501): no button to press.
    const d = talk('quero fazer uma denuncia na ouvidoria do estado');
    d.say('denúncia');
    d.say('aliás, como eu pego a segunda via da conta de luz?');
    expect(d.state.view).toMatchObject({ at: 'leave', target: 'cemig-conta' });
    expect(asked(d)).toEqual(['how']);
  });

  it('praise or a complaint about an attendant is the Ouvidoria', () => {
    for (const text of ['quero fazer um elogio pra uma atendente da uai q me ajudou mto', 'elogio para o atendente', 'o atendente foi grosso comigo', 'a moça da uai foi grossa comigo']) {
      expect(talk(text).state.focus).toBe('ouvidoria');
    }
    expect(kinds(talk('quero falar com um atendente'))).toEqual(['handoff']);
  });
});

describe('round 129: "Existe telefone para pedir?" asks for the phone, as "tem telefone?" does', () => {
  it('"existe"/"há" a phone, or a phone "para pedir", on the card in view gives its phone', () => {
    for (const text of ['Existe telefone para pedir?', 'existe um numero pra ligar?', 'há algum telefone?', 'tem um telefone pra solicitar?']) {
      const d = talk('Preciso da segunda via da conta de luz.', text);
      expect(d.state.focus).toBe('cemig-conta');
      expect(asked(d)).toContain('contact');
      expect(d.last?.replies.map((r) => r.text).join('\n')).toMatch(/\b116\b/);
    }
  });
});

describe('round 130: "vc consegue marcar pra mim?" on a card without a form books through the form the card offers', () => {
  it('on the Ciptea (done at the UAI), asking the bot to book starts the UAI booking', () => {
    for (const text of ['vc consegue marcar pra mim?', 'pode agendar pra mim?']) {
      const d = talk('marcar horario na uai pra fazer a carteirinha do meu filho autista', text);
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
    }
  });

  it('a card that offers no form to book with still says it cannot register the request here', () => {
    expect(kinds(talkOn('exames-detran', 'pode agendar pra mim?'))[0]).toBe('notice');
    expect(kinds(talkOn('transferencia-escola', 'vc consegue fazer o pedido pra mim?'))[0]).toBe('notice');
  });
});

describe('round 131: a town\'s name is no subject handled elsewhere ("Juiz de Fora" speaks of no court)', () => {
  it('"Sou professora aposentada em Juiz de Fora e minha carteira de motorista venceu" is the licence renewal', () => {
    for (const text of ['Bom dia. Sou professora aposentada em Juiz de Fora e minha carteira de motorista venceu no mês passado.', 'moro em juiz de fora e minha cnh venceu']) {
      expect(talk(text).state.focus).toBe('cnh-renovacao');
    }
  });

  it('"Sou professora aposentada em Juiz de Fora" alone is not sent to the courts; the courts still are for a process', () => {
    expect(kinds(talk('Sou professora aposentada em Juiz de Fora'))).not.toEqual(['elsewhere']);
    expectElsewhere('quero ver meu processo no forum de juiz de fora');
    expectElsewhere('onde fica o forum');
  });
});

describe('round 132: "tem q esperar 24 horas pra avisar a polícia?" asks about the card in view, not the 24-hour hotline', () => {
  it('whether one must wait, on the missing person\'s card, stays on it', () => {
    for (const text of ['tem q esperar 24 horas pra avisar a policia?', 'preciso esperar um dia pra registrar?', 'tenho que esperar 48 horas?']) {
      const d = talk('minha mae tem alzheimer e saiu de casa de manha e nao voltou ate agora', text);
      expect(d.state.focus).toBe('pessoa-desaparecida');
      expect(asked(d)).toEqual(['time']);
    }
  });
});

describe('round 133: a question announced ("tenho uma dúvida")', () => {
  it('"tenho uma dúvida sobre o ipva" and "to com duvida no seguro desemprego" open the service named, not one the word "dúvida" is mistaken for', () => {
    expect(talk('tenho uma dúvida sobre o ipva').state.view).toMatchObject({ at: 'service', serviceId: 'ipva' });
    expect(talk('duvida sobre ipva').state.view).toMatchObject({ at: 'service', serviceId: 'ipva' });
    expect(talk('to com duvida no seguro desemprego').state.view).toMatchObject({ at: 'service', serviceId: 'seguro-desemprego' });
  });

  it('"queria tirar uma duvida sobre a cnh" is about the CNH, not about getting a first licence', () => {
    const d = talk('queria tirar uma duvida sobre a cnh');
    expect(d.state.view).not.toMatchObject({ serviceId: 'cnh-primeira-habilitacao' });
    expect(kinds(d)).toEqual(['results']);
  });

  it('a question only announced gets the help, never "not found", and a card in view stays in focus', () => {
    for (const text of ['tenho uma dúvida', 'oi, tenho uma duvida', 'queria tirar uma duvida', 'posso tirar uma dúvida?']) {
      expect(kinds(talk(text))).toEqual(['help']);
    }
    const d = talkOn('ipva', 'tenho uma duvida');
    expect(kinds(d)).toEqual(['help']);
    expect(d.state.focus).toBe('ipva');
  });
});
