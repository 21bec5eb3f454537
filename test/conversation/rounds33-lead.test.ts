// The thirty-third session's lead rounds, made after blind sets 73 and 74 were measured (declared; not blind
// figures). Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { withLeftBehindRead } from '../../src/conversation/story.ts';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 3500: what the letters on the card stand for', () => {
  it('the letters first and the words after a comma, in the same brackets ("REDS, Registro de …")', () => {
    const d = talkOn('consulta-reds', 'REDS significa o que?');
    expect(d.state.focus).toBe('consulta-reds');
    expect(said(d)).toMatch(/registro de eventos de defesa social/);
  });
  it('where the card writes the letters twice, the sentence that spells them out as a name', () => {
    expect(said(talkOn('medicamentos-alto-custo', 'que que é LME?'))).toMatch(/laudo para solicitacao/);
  });
  it('letters spelt out only where a step is done (a place of the steps)', () => {
    expect(said(talkOn('outorga-agua', 'o que significa sout?'))).toMatch(/sistema de outorga/);
  });
});

describe('round 3501: the thing of a topic wanted, after a "não" that refuses the last answer', () => {
  it('"não, queria o endereço" answers where; "quero os documentos" the documents', () => {
    expect(kinds(talkOn('antecedentes-criminais', 'não, queria o endereço'))).toContain('follow_up');
    expect(said(talkOn('cnh-renovacao', 'nao. quero os documentos'))).toMatch(/documentos —/);
  });
  it('a verb wanted is a request, and "não quero" refuses', () => {
    expect(talk('parcelar ipva', 'não, só quero quitar o deste ano').state.focus).toBe('ipva');
    expect(kinds(talkOn('exames-detran', 'nao quero o endereco'))).not.toContain('follow_up');
  });
});

describe('round 3502: a step pointed at by what it is about', () => {
  it('"onde fala da …", "volta pra parte de …", a step titled with common words', () => {
    const transfer = talkOn('transferencia-veiculo', 'passo a passo', 'em que parte fala da vistoria?');
    expect(stepOf(transfer)).toBe(3);
    const d = talkOn('cemig-conta', 'passo a passo', 'vai pra etapa 4', 'retorna na parte de pagar');
    expect(stepOf(d)).toBe(3);
    expect(stepOf(talkOn('seguro-desemprego', 'passo a passo', 'me leva pra parte de fazer o pedido pela internet'))).toBe(2);
  });
  it('a word of the service’s name weighs less than the one that tells the step', () => {
    expect(stepOf(talkOn('medida-protetiva', 'passo a passo', 'vai pra parte de quando ele descumpre a medida'))).toBe(4);
  });
});

describe('round 3503: a story around a lost or spoiled document', () => {
  it('a stain spoils an identity card like a tear', () => {
    expect(talk('a identidade ficou toda manchada de tinta').state.focus).toBe('cin-2a-via');
  });
  it('the place a document was taken from, "dentro do ônibus", is the story', () => {
    expect(talk('perdi minha carteira com meus documentos dentro do ônibus').state.focus).toBe('bo-perda-documentos');
  });
  it('forgetting a thing somewhere is losing it, not a forgotten password', () => {
    expect(withLeftBehindRead('esqueci minha carteira no uber')).toBe('perdi minha carteira no uber');
    expect(withLeftBehindRead('esqueci a senha no celular')).toBe('esqueci a senha no celular');
    expect(talk('a identidade tava na bolsa que esqueci no onibus').state.focus).toBe('cin-2a-via');
  });
});

describe('round 3504: letting the bot take the details down', () => {
  it('"pode ir anotando" on a card with a form starts it', () => {
    expect(kinds(talkOn('agendamento-uai', 'entao vai anotando'))).toContain('field');
  });
});

describe('round 3505: a moment asked in a form, what was done, then going to fetch something', () => {
  it('the field is asked again, nothing searched', () => {
    const d = talkOn('agendamento-uai', 'quero agendar por aqui');
    for (const answer of ['Ana Maria Souza', '529.982.247-25', 'Betim', 'carteira de identidade', '15/04/2027']) d.say(answer);
    const field = d.state.view.at === 'form' ? d.state.view.field : -1;
    d.say('peraí que troquei de celular, vou olhar o número novo');
    expect(kinds(d)).toEqual(['field']);
    expect(d.state.view.at === 'form' ? d.state.view.field : -2).toBe(field);
  });
});

describe('round 3506: asking to send a photo or a file', () => {
  it('in a free-text field: only text is taken, and the field is asked again', () => {
    const d = talkOn('ouvidoria', 'quero registrar por aqui');
    for (const answer of ['Reclamação', 'Secretaria de Saúde', 'Contagem']) d.say(answer);
    d.say('consigo mandar um print?');
    expect(said(d)).toMatch(/so recebo texto/);
    expect(d.state.view.at).toBe('form');
  });
  it('on a card, with the chat named; without it, what the service takes', () => {
    expect(said(talkOn('bo-estelionato', 'da pra te mandar o print por aqui?'))).toMatch(/so recebo texto/);
    expect(said(talkOn('ouvidoria', 'posso enviar fotos junto com a reclamação?'))).not.toMatch(/so recebo texto/);
  });
});

describe('round 3507: a thing said to be in English is no request to talk in English', () => {
  it('the question is asked of the card', () => {
    const d = talkOn('equivalencia-estudos', 'o diploma veio em ingles, tem que traduzir?');
    expect(said(d)).not.toMatch(/so converso em portugues/);
    expect(said(talk('can we talk in english?'))).toMatch(/so converso em portugues/);
  });
});

describe('round 3508: the question tag that asks to check a claim is no part of it', () => {
  it('"… sai na hora. Confere?" is answered by how long it takes', () => {
    const d = talkOn('antecedentes-criminais', 'me falaram que o atestado fica pronto na hora. confere?');
    expect(kinds(d)).toContain('follow_up');
    expect(said(d)).toMatch(/quanto tempo leva/);
  });
});

describe('round 3509: a fact about the citizen told before the question', () => {
  it('a federal programme the citizen receives is their case, the question the card’s', () => {
    const d = talkOn('cin-2a-via', 'Recebo Bolsa Família. Quanto custa pra mim?');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(said(d)).toMatch(/baixa renda/);
  });
  it('a request told first is still handled elsewhere', () => {
    expect(kinds(talkOn('cin-2a-via', 'Quero fazer o passaporte. Qual o valor?'))).toContain('elsewhere');
  });
});

describe('round 3510: an opinion on politics asked of the bot', () => {
  it('no service, no opinion', () => {
    const d = talk('e ai, vc vota em quem pra governador?');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toEqual(['elsewhere']);
  });
});
