// The fifth session's rounds (56 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { checkField, matchChoice } from '../../src/conversation/fields.ts';
import { findMunicipality } from '../../src/conversation/places.ts';
import { expectElsewhere, kinds, realCatalogue, talk, talkOn } from './real.ts';

describe('round 56: going back, with a reason after "volta na anterior"', () => {
  for (const text of ['volta na anterior que eu não li direito', 'volta na etapa anterior que eu nao li direito']) {
    it(`"${text}" on step 2 shows step 1`, () => {
      const d = talkOn('cnh-2a-via', 'como faço', 'proxima', text);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    });
  }
});

describe('round 57: a tie in the names found is broken by the titles', () => {
  it('"renovação da matrícula do meu filho na escola estadual" opens the renewal, whose title it is', () => {
    const d = talk('bom dia', 'Gostaria de informações sobre a renovação da matrícula do meu filho na escola estadual.');
    expect(d.state.focus).toBe('renovacao-matricula');
  });
});

describe('round 58: a story the search found nothing in, read by the words that name a service', () => {
  for (const [text, id] of [
    ['uai sô a conta da agua nao chegou esse mes', 'copasa-conta'],
    ['tem uma amiga precisando de sangue no hospital, quero ajudar doando', 'doacao-sangue'],
  ] as const) {
    it(`"${text}" opens ${id}`, () => {
      const d = talk(text);
      expect(d.state.focus).toBe(id);
    });
  }

  for (const text of ['onde compro um carro usado baratinho?', 'me passa uma receita de bolo de fuba', 'onde faço exame de sangue particular']) {
    it(`"${text}" still opens no service (words of prose or of popular names alone)`, () => {
      const d = talk(text);
      expect(d.state.focus).toBeUndefined();
      expect(kinds(d)).not.toContain('card');
    });
  }
});

describe('round 59 (catalogue data): damage words, "dagua", a leather wallet', () => {
  const motivo = realCatalogue.byId.get('cin-2a-via')?.form?.fields.find((f) => f.id === 'motivo');

  for (const text of ['molhou e estragou tudo', 'rasgou', 'ta todo desgastado']) {
    it(`"${text}" chooses "Documento danificado" for the reason of a 2nd identity card`, () => {
      expect(matchChoice(motivo?.options ?? [], text, realCatalogue.synonyms)).toBe('Documento danificado');
    });
  }

  it('"a conta dagua nao chegou" opens the water bill', () => {
    const d = talk('a conta dagua nao chegou');
    expect(d.state.focus).toBe('copasa-conta');
  });

  it('"minha carteira de couro rasgou, onde eu conserto?" opens no service', () => {
    const d = talk('minha carteira de couro rasgou, onde eu conserto?');
    expect(d.state.focus).toBeUndefined();
  });
});

describe('round 60: asking the bot to book, on a list of results', () => {
  it('"consegue agendar pra mim?" after a list with the UAI starts the UAI booking form', () => {
    const d = talk('preciso ir na uai fazer minha identidade', 'consegue agendar pra mim?');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
  });
});

describe('round 61: an acknowledgement before a whole-message command', () => {
  it('"ah legal. e vc faz o q" gets the help', () => {
    const d = talk('qual seu nome?', 'ah legal. e vc faz o q');
    expect(kinds(d)).toEqual(['help']);
  });

  it('an opening that is not an acknowledgement still keeps the command from being the message', () => {
    const d = talk('perdi meu rg. ajuda');
    expect(kinds(d)).not.toEqual(['help']);
  });
});

describe('round 62: two questions in one message, and "tenho 17 anos posso?"', () => {
  const topicsOf = (d: ReturnType<typeof talk>): unknown[] => d.events.flatMap((e) => (e.type === 'follow_up' ? [e.kind] : []));

  it('"quanto gasta pra abrir e demora quantos dias" on opening a company answers the cost and the time', () => {
    expect(topicsOf(talkOn('abrir-empresa', 'quanto gasta pra abrir e demora quantos dias'))).toEqual(expect.arrayContaining(['cost', 'time']));
  });

  it('"ela pode fazer o tecnico junto? e é pago?" on the technical course answers who may and the cost', () => {
    expect(topicsOf(talkOn('curso-tecnico', 'ela pode fazer o tecnico junto? e é pago?'))).toEqual(expect.arrayContaining(['requirements', 'cost']));
  });

  it('"tenho 17 anos posso?" on blood donation answers who may donate and the rules for minors', () => {
    expect(topicsOf(talkOn('doacao-sangue', 'tenho 17 anos posso?'))).toEqual(expect.arrayContaining(['requirements', 'minors']));
  });

  it('"meu filho tem 15 anos, pode pedir?" is still about minors alone', () => {
    expect(topicsOf(talkOn('cin-1a-via', 'meu filho tem 15 anos, pode pedir?'))).toEqual(['minors']);
  });
});

describe('round 63: what a follow-up question is about', () => {
  const about = (d: ReturnType<typeof talk>): unknown[] => d.events.flatMap((e) => (e.type === 'follow_up' ? [e.serviceId] : []));

  it('"e quem pode fazer? precisa ter terminado o ensino medio?" on the technical course asks about its own conditions', () => {
    expect(about(talkOn('curso-tecnico', 'e quem pode fazer? precisa ter terminado o ensino medio?'))).toEqual(['curso-tecnico']);
  });

  it('"to desempregado faz 3 mes como q funciona isso ai" on the Sine asks about the Sine', () => {
    expect(about(talkOn('sine-emprego', 'to desempregado faz 3 mes como q funciona isso ai'))).toEqual(['sine-emprego']);
  });

  it('"me passa o site oficial pq tenho medo de golpe" on the IPVA gives the IPVA link, not the fraud report', () => {
    const d = talkOn('ipva', 'me passa o site oficial pq tenho medo de golpe');
    expect(d.state.focus).toBe('ipva');
    expect(about(d)).toEqual(['ipva']);
  });

  it('"e pra cnh, como funciona?" on the identity card still asks about the CNH (no "isso")', () => {
    expect(talkOn('cin-2a-via', 'e pra cnh, como funciona?').state.focus).not.toBe('cin-2a-via');
  });
});

describe('round 64: "isso" told on a card; new cues for conditions and minors', () => {
  it('"a empresa pediu isso pra minha contratacao" on the criminal record certificate keeps the card', () => {
    const d = talkOn('antecedentes-criminais', 'a empresa pediu isso pra minha contratacao');
    expect(d.state.focus).toBe('antecedentes-criminais');
    expect(kinds(d)).toEqual(['notice']);
  });

  const topicsOf = (d: ReturnType<typeof talk>): unknown[] => d.events.flatMap((e) => (e.type === 'follow_up' ? [e.kind] : []));

  it('"oq precisa pra se inscrever" on the technical course answers who may enrol', () => {
    expect(topicsOf(talkOn('curso-tecnico', 'oq precisa pra se inscrever'))).toContain('requirements');
  });

  it('"Precisa que os pais estejam presentes?" on the 1st identity card answers the rules for minors', () => {
    expect(topicsOf(talkOn('cin-1a-via', 'Precisa que os pais estejam presentes?'))).toContain('minors');
  });
});

describe('round 65 (reference data): labour rights are handled elsewhere, with words of their context', () => {
  for (const text of ['a empresa onde eu trabalho não paga hora extra, isso pode?', 'Trabalho em uma empresa privada e gostaria de saber quantos dias de licença-maternidade tenho direito.']) {
    it(`"${text}" says who handles it and opens no service`, () => {
      expectElsewhere(text);
    });
  }

  it('"quero abrir uma empresa" still opens the company registration', () => {
    const d = talk('quero abrir uma empresa');
    expect(d.state.focus).toBe('abrir-empresa');
  });
});

describe('round 66: a message that opens denying what was understood', () => {
  it('"nao perdi nao kkk so mudei de casa e quero atualizar o endereco da cnh" on the 2nd CNH opens the change of address', () => {
    expect(talkOn('cnh-2a-via', 'nao perdi nao kkk so mudei de casa e quero atualizar o endereco da cnh').state.focus).toBe('cnh-endereco');
  });

  it('"meu filho de 15 anos nao voltou pra casa desde ontem" still tells what happened (the denial is not at the start)', () => {
    const d = talk('meu filho de 15 anos nao voltou pra casa desde ontem');
    expect(d.state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 67 (catalogue data): a country is abroad, a state is another state; a passport trip stays a passport', () => {
  for (const text of ['Concluí o ensino médio em Portugal e voltei para o Brasil. Como valido meu certificado?', 'Prezados, concluí o ensino médio na Argentina e agora desejo ingressar em uma faculdade em Minas.']) {
    it(`"${text}" opens the equivalence of studies abroad`, () => {
      const d = talk(text);
      expect(d.state.focus).toBe('equivalencia-estudos');
    });
  }

  it('"vou pra portugal em marco, como tiro meu passaporte" says the passport is federal and opens no service', () => {
    expectElsewhere('vou pra portugal em marco, como tiro meu passaporte');
  });
});

describe('round 68: a service found lower whose title the words hold twice; sending by post', () => {
  it('"quero tirar licença pra pescar no rio" opens the fishing licence, not the environmental report', () => {
    const d = talk('quero tirar licença pra pescar no rio');
    expect(d.state.focus).toBe('licenca-pesca');
  });

  it('"a blitz levou minha moto pq tava sem licenciamento, e agora?" does not open the licensing (one word of its title)', () => {
    const d = talk('a blitz levou minha moto pq tava sem licenciamento, e agora?');
    expect(d.state.focus).not.toBe('crlv-licenciamento');
  });

  it('"Posso enviar pelos Correios?" on the appeal of a fine asks how it is sent', () => {
    const d = talkOn('recurso-multa', 'Posso enviar pelos Correios?');
    expect(d.events.flatMap((e) => (e.type === 'follow_up' ? [e.kind] : []))).toContain('online');
  });
});

describe('round 69 (blind set 13): where one lives, a date among words, steps in the citizen\'s words, "no celular"', () => {
  for (const [text, city] of [
    ['moro em juiz de fora', 'Juiz de Fora'],
    ['sou de lafaiete', 'Conselheiro Lafaiete'],
    ['eu moro em Betim - MG', 'Betim'],
    ['aqui é uberlandia', 'Uberlândia'],
  ] as const) {
    it(`"${text}" is the município ${city}`, () => expect(findMunicipality(text)).toBe(city));
  }

  it('"moro em casa" is no município', () => expect(findMunicipality('moro em casa')).toBeUndefined());

  const date = { id: 'data', label: 'Data', type: 'date', purpose: 'Para marcar.', personal: false } as const;
  const now = new Date(2026, 11, 2, 12);

  it('"hmm nao sei ainda... pode ser 05/05/2027" is the date 05/05/2027', () => {
    expect(checkField(date as never, 'hmm nao sei ainda... pode ser 05/05/2027', now)).toEqual({ ok: true, value: '05/05/2027' });
  });

  it('two dates among words are no answer ("entre 10/01 e 12/01")', () => {
    expect(checkField(date as never, 'entre 10/01 e 12/01', now).ok).toBe(false);
  });

  for (const text of ['pode ir pra frente', 'continua de onde parou', 'terminei, qual a outra']) {
    it(`"${text}" on step 1 shows step 2`, () => {
      expect(talkOn('cnh-2a-via', 'como faço', text).state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    });
  }

  it('"e a 5?" on the last of six steps shows step 5', () => {
    const d = talkOn('medicamentos-alto-custo', 'como faço', 'etapa 6', 'e a 5?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 4 });
  });

  it('"funciona no celular?" on the intercity buses asks whether it is done online', () => {
    expect(talkOn('onibus-intermunicipal', 'funciona no celular?').events.flatMap((e) => (e.type === 'follow_up' ? [e.kind] : []))).toContain('online');
  });
});

describe('round 70 (blind set 13): a term of the steps, asking for oneself, a related service asked about', () => {
  it('"esse DAE é tipo um boleto?" on the CIN steps says what a DAE is, from its service, and keeps the step', () => {
    const d = talkOn('cin-2a-via', 'como faço passo a passo', 'esse DAE é tipo um boleto?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cin-2a-via', step: 0 });
    expect(d.text).toContain((realCatalogue.byId.get('dae')?.description ?? '(none)').slice(0, 40));
    expect(d.last?.replies.flatMap((r) => (r.options ?? []).map((o) => o.id))).toContain('svc:dae');
  });

  it('"eu sou a avó que cria ele, eu posso fazer a inscrição dele?" answers who may enrol, not the form', () => {
    const d = talkOn('cadastro-escolar', 'meu neto tem 6 ano, eu sou a avó que cria ele, eu posso fazer a inscrição dele?');
    expect(d.events.flatMap((e) => (e.type === 'follow_up' ? [e.kind] : []))).toContain('requirements');
  });

  it('"como faz o boletim" on the 2nd identity card opens the related report of lost documents', () => {
    expect(talkOn('cin-2a-via', 'como faz o boletim').state.focus).toBe('bo-perda-documentos');
  });

  it('"e precisa de bo?" on the same card asks for its documents', () => {
    expect(talkOn('cin-2a-via', 'e precisa de bo?').state.focus).toBe('cin-2a-via');
  });
});

describe('round 70, guards', () => {
  it('"A UAI abre no sábado?" on the 2nd identity card stays on it (the place where it is done)', () => {
    expect(talkOn('cin-2a-via', 'A UAI abre no sábado?').state.focus).toBe('cin-2a-via');
  });
});

describe('round 71 (reference data): civil marriage is the registry office; shopping for a used vehicle is not a transfer', () => {
  for (const text of ['vou casar, como marco o casamento no civil?', 'quero comprar uma moto usada baratinha']) {
    it(`"${text}" says who handles it and opens no service`, () => {
      expectElsewhere(text);
    });
  }

  it('"comprei um carro usado e quero passar pro meu nome" still opens the transfer', () => {
    const d = talk('comprei um carro usado e quero passar pro meu nome');
    expect(d.state.focus).toBe('transferencia-veiculo');
  });
});

describe('round 72 (blind set 13): fixing one answer from the summary', () => {
  const filled = ['quero agendar', 'Maria Souza', '529.982.247-25', 'BH', 'identidade', '10/02/2027', '31999991234'] as const;

  it('"opa o telefone ta errado, quero corrigir" asks the phone again, then shows the summary with the other answers kept', () => {
    const d = talkOn('agendamento-uai', ...filled, 'opa o telefone ta errado, quero corrigir');
    expect(d.state.view).toMatchObject({ at: 'form', field: 5 });
    d.say('31988887777');
    expect(d.state.view).toMatchObject({ at: 'confirm', answers: { nome: 'Maria Souza', telefone: '(31) 98888-7777' } });
  });

  it('"o cpf ta errado" corrects the CPF and goes back to the summary, not through every later field', () => {
    const d = talkOn('agendamento-uai', ...filled, 'o cpf ta errado');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
    d.say('111.444.777-35');
    expect(d.state.view).toMatchObject({ at: 'confirm', answers: { cpf: '111.444.777-35', telefone: '(31) 99999-1234' } });
  });
});

describe('round 73 (blind set 13): going back to a subject', () => {
  it('"voltando no ipva, da pra pagar pela internet?" after the Cemig bill asks about the IPVA', () => {
    const d = talkOn('ipva', 'qto ta o ipva esse ano', 'ah e a conta da cemig, como tiro 2 via?', 'voltando no ipva, da pra pagar pela internet?');
    expect(d.state.focus).toBe('ipva');
  });
});

describe('round 74 (blind set 13): "não foi X, foi Y" corrects', () => {
  it('"nao foi furto, foi golpe, um cara se passou por meu filho no zap e eu mandei dinheiro" on the theft report opens the fraud report', () => {
    expect(talkOn('bo-furto', 'nao foi furto, foi golpe, um cara se passou por meu filho no zap e eu mandei dinheiro').state.focus).toBe('bo-estelionato');
  });

  it('"nao foi furto nao, foi golpe, fiz um pix pra um cara q se passou pelo meu sobrinho" too', () => {
    expect(talkOn('bo-furto', 'nao foi furto nao, foi golpe, fiz um pix pra um cara q se passou pelo meu sobrinho').state.focus).toBe('bo-estelionato');
  });
});

describe('round 75 (blind set 14, after its blind measure)', () => {
  it('"Prezados, gostaria de saber como dar entrada em minha aposentadoria por idade." says the INSS handles it (not thanks)', () => {
    expectElsewhere('Prezados, gostaria de saber como dar entrada em minha aposentadoria por idade.');
  });

  it('"Gostaria de saber como dar entrada no divórcio consensual." says who handles it', () => {
    expectElsewhere('Gostaria de saber como dar entrada no divórcio consensual.');
  });

  it('"Muito obrigado pela atenção dispensada." is thanks', () => {
    expect(kinds(talkOn('certidao-debitos', 'Muito obrigado pela atenção dispensada.'))).toEqual(['small_talk']);
  });

  it('"quero preencher o formulario por aqui" on the Ouvidoria starts its form', () => {
    expect(talkOn('ouvidoria', 'quero preencher o formulario por aqui').state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria' });
  });

  it('"Não é necessária a consulta de viabilidade no meu caso. Prossiga, por favor." goes to the next step', () => {
    expect(talkOn('baixa-empresa', 'passo a passo', 'Não é necessária a consulta de viabilidade no meu caso. Prossiga, por favor.').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"me guia ai q eu to perdido" starts the steps', () => {
    expect(talkOn('bo-furto', 'me guia ai q eu to perdido').state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });

  it('"entao contagem" is the município Contagem', () => expect(findMunicipality('entao contagem')).toBe('Contagem'));
});

describe('round 76 (blind set 14): whom to turn to, "chega quando", is this official', () => {
  for (const text of ['Boa tarde. A empresa onde trabalho não paga as horas extras há seis meses. A quem devo recorrer?', 'o condominio me deu uma multa por barulho, posso recorrer?']) {
    it(`"${text}" says who handles it and opens no service`, () => {
      expectElsewhere(text);
    });
  }

  it('"quero recorrer da multa de transito" still opens the appeal', () => {
    const d = talk('quero recorrer da multa de transito');
    expect(d.state.focus).toBe('recurso-multa');
  });

  it('"e o numero do bo chega quando" on the theft report answers its time', () => {
    expect(talkOn('bo-furto', 'e o numero do bo chega quando').events).toContainEqual({ type: 'follow_up', kind: 'time', serviceId: 'bo-furto' });
  });

  it('"isso aqui é do governo msm ou é golpe?" says who the bot is', () => {
    const d = talk('oi', 'isso aqui é do governo msm ou é golpe?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });
});
