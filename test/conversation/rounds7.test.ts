// The seventh session's rounds (95 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, realCatalogue, talk, talkOn } from './real.ts';

describe('round 95: a request told as a story, subjects handled elsewhere, and a correction on a list', () => {
  it('"preciso imprimir o bo q fiz semana passada" opens the lookup of a report already made', () => {
    expect(talk('preciso imprimir o bo q fiz semana passada').state.focus).toBe('consulta-reds');
  });

  it('the MEI\'s DAS, a court case, a firearm, the SUS card, a municipal servant and a surname are handled elsewhere', () => {
    for (const text of ['tirar o boleto do mei, das do simples nacional', 'Gostaria de consultar o andamento do meu processo no Tribunal de Justiça.', 'Quero fazer o registro de uma arma de fogo na Polícia Federal.', 'fazer cartao do sus', 'sou servidor da prefeitura, quero pedir minhas ferias premio', 'bloquearam minha senha do banco do brasil, como desbloqueia']) expectElsewhere(text);
  });

  it('"Quero fazer um BO de furto da minha carteira" puts the theft report first', () => {
    const d = talk('Quero fazer um BO de furto da minha carteira');
    expect(d.state.focus ?? d.state.options[0]?.id.slice(4)).toBe('bo-furto');
  });

  it('"Na verdade eu perdi, ninguém levou" and "pensando bem acho q eu perdi msm" on that list open the loss report', () => {
    expect(talk('Quero fazer um BO de furto da minha carteira', 'Na verdade eu perdi, ninguém levou').state.focus).toBe('bo-perda-documentos');
    expect(talk('bo de furto da minha carteira', 'pensando bem acho q eu perdi msm, ngm roubou').state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 96: options by their place, a held letter, leaving the steps for something else, "como funciona?"', () => {
  it('"a segunda" answers a choice field with its second option, and "o ultimo" with its last', () => {
    const d = talkOn('cin-2a-via', 'quero fazer o pre agendamento', 'Bruno Henrique Alves', '41827365080', 'jf', '10/01/2027', 'a segunda');
    expect(d.state.view).toMatchObject({ at: 'form', answers: { motivo: 'Furto ou roubo' } });
    const o = talkOn('ouvidoria', 'quero registrar uma manifestação', 'o ultimo');
    expect(o.state.view).toMatchObject({ at: 'form', answers: { tipo: 'Solicitação' } });
  });

  it('"proxx" is the next step', () => {
    expect(talkOn('curso-tecnico', 'passo a passo', 'proxx').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"sai disso, quero ver outra coisa" leaves the steps', () => {
    expect(talkOn('agendamento-uai', 'passo a passo', 'segue', 'sai disso, quero ver outra coisa').state.view.at).not.toBe('walkthrough');
  });

  it('"Como funciona?" on a service is how the service works; with no service, how the bot works', () => {
    expect(kinds(talkOn('sine-emprego', 'Como funciona?'))).toContain('follow_up');
    expect(kinds(talk('como funciona?'))).toEqual(['help']);
  });
});

describe('round 97: questions in a form, who goes with a child, and questions the catalogue does not answer', () => {
  const form = ['quero agendar', 'Renata Castro', '418.273.650-80', 'montes claros', '22/12/2026', 'perda'];

  it('"pra q vc quer meu telefone?" on the phone field explains the phone, not the município ("quer" names no field)', () => {
    const d = talkOn('cin-2a-via', ...form, 'pra q vc quer meu telefone?');
    expect(d.text).toContain('Para a UAI entrar em contato');
    expect(d.state.view).toMatchObject({ at: 'form', field: 5 });
  });

  it('"pra que isso?" in a form gives the field\'s purpose and the privacy note, not a rephrasing', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Camila Rocha Dias', '730.215.984-04', 'pra que isso?');
    expect(d.text).toMatch(/LGPD/);
    expect(d.text).not.toMatch(/de outro jeito/);
  });

  it('"precisa ir com minha mae?" and "Criança precisa ir junto com quem?" are about minors', () => {
    for (const q of ['precisa ir com minha mae?', 'Criança precisa ir junto com quem?']) expect(talkOn('cin-1a-via', q).events).toContainEqual({ type: 'follow_up', kind: 'minors', serviceId: 'cin-1a-via' });
  });

  it('"A UAI tem estacionamento para cadeirante?" is answered with the official page and LigMinas 155, the service kept', () => {
    const d = talkOn('agendamento-uai', 'A UAI tem estacionamento para cadeirante?');
    expect(kinds(d)).toEqual(['unanswered']);
    expect(d.text).toContain('155');
    expect(d.last?.replies[0]?.links?.[0]?.url).toBe(realCatalogue.byId.get('agendamento-uai')?.url);
    expect(d.state.focus).toBe('agendamento-uai');
  });

  it('"como faço a carteirinha de estudante pra meia entrada" is handled by student bodies (it was "I sell no tickets")', () => {
    expectElsewhere('como faço a carteirinha de estudante pra meia entrada');
    expect(talk('como faço a carteirinha de estudante pra meia entrada').text).toContain('UNE');
  });

  it('"O que faço agora?" on a service is how to do it', () => {
    expect(kinds(talkOn('pessoa-desaparecida', 'O que faço agora?'))).toContain('follow_up');
  });
});

describe('round 98: a citizen who reads slowly, is in a hurry or speaks English; simpler words for a relative; who pays a tax', () => {
  it('"Me desculpe, eu digito devagar porque tenho deficiência visual." gets patience, no service', () => {
    const d = talk('Me desculpe, eu digito devagar porque tenho deficiência visual.');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.text).toMatch(/Sem pressa/);
    expect(d.state.focus).toBeUndefined();
  });

  it('"boa tarde, to no horario de almoço, seja rapido pf" and "Você fala inglês? Sou intercambista." are small talk', () => {
    expect(kinds(talk('boa tarde, to no horario de almoço, seja rapido pf'))).toEqual(['small_talk']);
    const d = talk('Você fala inglês? Sou intercambista.');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.text).toMatch(/português/);
  });

  it('"explica mais simples pf, é pro meu irmao q tem deficiencia intelectual" rephrases the card', () => {
    expect(talkOn('passe-livre', 'explica mais simples pf, é pro meu irmao q tem deficiencia intelectual').text).toMatch(/de outro jeito/);
  });

  it('"quem paga esse imposto?" asks who, not the cost', () => {
    expect(talkOn('itcd', 'quem paga esse imposto?').events).toContainEqual({ type: 'follow_up', kind: 'requirements', serviceId: 'itcd' });
  });
});

describe('round 99: the request in a clause of its own, and more subjects handled elsewhere', () => {
  it('"vendo salgado na rua e quero formalizar, abrir um cnpj" opens the opening of a company', () => {
    expect(talk('vendo salgado na rua e quero formalizar, abrir um cnpj').state.focus).toBe('abrir-empresa');
  });

  it('a clause that asks nothing of the State finds nothing ("saiu meu exame de sangue, colesterol 260 é muito alto?")', () => {
    expect(talk('saiu meu exame de sangue, colesterol 260 é muito alto?').state.focus).toBeUndefined();
  });

  it("a street vendor's licence, a parking card for a disabled driver, the school bus pass and the BPC for an autistic child are handled elsewhere", () => {
    for (const text of ['licença de ambulante pra vender na praça', 'Como tiro o cartão de estacionamento em vaga de deficiente para a minha mãe?', 'bpc loas pro meu filho autista, como pede?']) expectElsewhere(text);
    expect(kinds(talkOn('passe-livre', 'e o passe escolar de onibus da prefeitura pro meu filho?'))).toEqual(['elsewhere']);
  });
});

describe('round 100: back to a service visited before a detour, named by a word of its own', () => {
  it('"blz. e aquela da cnh, é online msm?" after a detour to the water bill is about the driver\'s address again', () => {
    const d = talkOn('cnh-endereco', 'e a conta de agua, como tiro a 2 via no endereço novo?', 'blz. e aquela da cnh, é online msm?');
    expect(d.state.focus).toBe('cnh-endereco');
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'online', serviceId: 'cnh-endereco' });
  });

  it('"ta e a cnh, enquanto nao chega posso dirigir com a digital?" goes back to the 2nd copy of the CNH', () => {
    const d = talk('roubaram minha cnh junto com a carteira', 'segunda via da cnh quanto custa', 'aproveitando, como tiro a 2 via da conta de agua', 'é de graça?', 'ta e a cnh, enquanto nao chega posso dirigir com a digital?');
    expect(d.state.focus).toBe('cnh-2a-via');
  });

  it('"e a cnh?" with no CNH service visited still asks which one', () => {
    expect(talkOn('copasa-conta', 'quanto custa?', 'e a cnh, quanto custa?').state.view.at).toBe('results');
  });
});

describe('round 101: a step asked for with its reason, what data or proof to bring, who must register', () => {
  it('"volta na 2 q eu quero ver oq juntar" goes to step 2', () => {
    expect(talkOn('pessoa-desaparecida', 'passo a passo', 'vai pra etapa 3', 'volta na 2 q eu quero ver oq juntar').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"tem q ter senha? quais dados preciso" and "quais provas eu junto? prints servem?" ask for the documents', () => {
    expect(talkOn('contracheque-servidor', 'me passa o link', 'tem q ter senha? quais dados preciso').events).toContainEqual({ type: 'follow_up', kind: 'documents', serviceId: 'contracheque-servidor' });
    expect(talkOn('bo-estelionato', 'como faço', 'quais provas eu junto? prints servem?').events).toContainEqual({ type: 'follow_up', kind: 'documents', serviceId: 'bo-estelionato' });
  });

  it('"tem q ser o dono do carro q registra?" on the accident report asks who may register it', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'tem custo?', 'tem q ser o dono do carro q registra? o carro é do meu pai');
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'requirements', serviceId: 'bo-acidente-sem-vitima' });
  });

  it('"e o holerite da prefeitura, onde tiro?" is the prefeitura\'s', () => {
    expect(kinds(talk('sou servidor da prefeitura, quero pedir minhas ferias premio', 'e o holerite da prefeitura, onde tiro?'))).toEqual(['elsewhere']);
  });
});

describe('round 102: asked again about a subject handled elsewhere; renewal; "vivo" is no phone company', () => {
  it('"e o caixa tem?" right after the bank\'s reply, and "nao é com o estado nao?" after the prefeitura\'s, get the same answer', () => {
    const bank = talk('bloquearam minha senha do banco do brasil, como desbloqueia', 'e o caixa tem?');
    expect(kinds(bank)).toEqual(['elsewhere']);
    expect(bank.text).toMatch(/banco/);
    expect(kinds(talk('iptu do meu lote', 'nao é com o estado nao?'))).toEqual(['elsewhere']);
  });

  it('the same words with no subject just answered are searched as usual, and a service named after the subject is found', () => {
    expect(kinds(talk('e o caixa tem?'))).not.toEqual(['elsewhere']);
    expect(talk('bpc loas pro meu filho autista, como pede?', 'e a carteirinha do autismo dele?').state.focus).toBe('ciptea');
  });

  it('"e tem q renovar?" on the fishers\' registration stays on it', () => {
    const d = talkOn('pescador-profissional', 'quem pode fazer esse cadastro', 'e tem q renovar?');
    expect(d.state.focus).toBe('pescador-profissional');
    expect(kinds(d)).toContain('follow_up');
  });

  it('"vivo da pesca no rio sao francisco" is no phone company', () => {
    expect(kinds(talkOn('pescador-profissional', 'vivo da pesca no rio sao francisco faz 10 ano'))).not.toContain('elsewhere');
  });
});

describe('round 103: a change of subject said as such; more follow-ups on subjects handled elsewhere', () => {
  it('"a proposito, como eu vejo se meu pai tem multa na carteira dele?" on the first licence opens the fines', () => {
    expect(talk('quero tirar a primeira habilitacao', 'a proposito, como eu vejo se meu pai tem multa na carteira dele?').state.focus).toBe('multas-pontuacao');
  });

  it('"como regulariza isso" after the Receita\'s reply and "é pro meu carro novo" after the condominium\'s get the same answers', () => {
    expect(kinds(talk('meu cpf ta suspenso', 'como regulariza isso'))).toEqual(['elsewhere']);
    expect(kinds(talk('briga por vaga de garagem no predio', 'é pro meu carro novo'))).toEqual(['elsewhere']);
  });
});

describe('round 104: a question about another service in a form, then going on with the form', () => {
  it('"pera ai, e pra mudar minha cnh pra categoria E como faz?" in a form answers it and offers to leave; "nao, continua o agendamento primeiro" goes on', () => {
    const d = talkOn('agendamento-uai', 'bora marcar', 'Valdir Antonio Rezende', 'pera ai, e pra mudar minha cnh pra categoria E como faz?');
    expect(kinds(d)).toContain('leave_form');
    d.say('nao, continua o agendamento primeiro');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });

  it('"nao, continua o rg primeiro" in the identity card\'s form asks the field again (it offered to leave for the 1st copy)', () => {
    const d = talkOn('cin-2a-via', 'quero agendar', 'Ana Paula Ribeiro', 'nao, continua o rg primeiro');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via', field: 1 });
  });
});

describe('round 105: "e a cnh?" asked in a form', () => {
  it('"e a cnh? perdi ela tbm" in the identity card\'s form offers to leave for the CNH\'s 2nd copy (it read it as a wrong CPF)', () => {
    const d = talkOn('cin-2a-via', 'quero agendar', 'Ana Paula Ribeiro', 'e a cnh? perdi ela tbm');
    expect(kinds(d)).toEqual(['leave_form']);
    expect(d.state.view).toMatchObject({ at: 'leave', target: 'cnh-2a-via' });
  });

  it('a statement in a form that only brushes another service is still an answer to the field', () => {
    const d = talkOn('cin-2a-via', 'quero agendar', 'Ana Paula Ribeiro', 'perdi ela tbm');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 106: corrections whose last clause or first half says what is wanted', () => {
  it('"nao, moro longe, quero a visita por video chamada" and "na vdd queria a visita por video chamada pq moro longe" on the prison visit open the video visit', () => {
    expect(talkOn('visita-presidio', 'nao, moro longe, quero a visita por video chamada').state.focus).toBe('visita-virtual');
    expect(talkOn('visita-presidio', 'na vdd queria a visita por video chamada pq moro longe').state.focus).toBe('visita-virtual');
  });

  it('"da identidade, nao da cnh" after "segunda via" and "a de identidade, nao a de motorista" open the identity card\'s 2nd copy', () => {
    expect(talk('segunda via', 'da identidade, nao da cnh').state.focus).toBe('cin-2a-via');
    expect(talk('perdi minha carteira preciso de outra', 'a de identidade, nao a de motorista').state.focus).toBe('cin-2a-via');
  });

  it('"meu filho nao voltou pra casa" still tells what happened (no pause before the "nao")', () => {
    expect(talk('meu filho nao voltou pra casa').state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 107 (blind set 19, after its blind measure): a word fixed with an asterisk, English words, more subjects handled elsewhere', () => {
  it('"*cnh" after "segunda via da cnj" and "*ipsemg" after "carteirinha do ispemg" search the request again with the word fixed', () => {
    expect(talk('segunda via da cnj', '*cnh').state.focus).toBe('cnh-2a-via');
    expect(talk('carteirinha do ispemg', '*ipsemg').state.focus).toBe('ipsemg');
  });

  it('"cnh*" after "rg perdido" is the same kind of service for the CNH', () => {
    expect(talk('rg perdido', 'cnh*').state.focus).toBe('cnh-2a-via');
  });

  it('"show me the steps pf" starts the steps, "back" goes back one, "cost?" asks the cost', () => {
    expect(talkOn('antecedentes-criminais', 'show me the steps pf').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(talkOn('antecedentes-criminais', 'passo a passo', 'proximo', 'back').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(talkOn('licenca-pesca', 'cost?').events).toContainEqual({ type: 'follow_up', kind: 'cost', serviceId: 'licenca-pesca' });
  });

  it('"como peço auxilio reclusao? meu marido ta preso" is the INSS\'s; "tem um buraco enorme na minha rua" the prefeitura\'s', () => {
    expectElsewhere('como peço auxilio reclusao? meu marido ta preso');
    expect(talk('tem um buraco enorme na minha rua, quem conserta').text).toMatch(/prefeitura/);
  });
});

describe('round 108: a service named by words that are also a question\'s cue, and a title said again', () => {
  it('"visita virtual" as a first message opens the video visit (its "virtual" asked whether the in-person visit is online)', () => {
    const d = talk('visita virtual');
    expect(d.state.focus).toBe('visita-virtual');
    expect(kinds(d)).toContain('card');
  });

  it('"a visita é virtual?" on the prison visit is still a question about it', () => {
    expect(talkOn('visita-presidio', 'a visita é virtual?').events).toContainEqual({ type: 'follow_up', kind: 'online', serviceId: 'visita-presidio' });
  });

  it('"Comecemos pela renovação da CNH." on that card shows the card again', () => {
    expect(kinds(talk('Bom dia. 1) Renovar minha carteira de motorista 2) Saber se tenho multas 3) Pagar o IPVA', 'Comecemos pela renovação da CNH.'))).toContain('card');
  });
});
