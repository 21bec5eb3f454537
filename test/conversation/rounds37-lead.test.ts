// The thirty-seventh session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { kinds, realCatalogue, said, stepOf, talk, talkOn } from './real.ts';

/** The id of the form field asked on screen, or undefined off a form. */
function fieldOf(d: EngineDriver): string | undefined {
  const v = d.state.view;
  if (v.at !== 'form') return undefined;
  return realCatalogue.services.find((s) => s.id === v.serviceId)?.form?.fields[v.field]?.id;
}

describe('round 4150: a letter\'s greeting and closing, and the writer\'s trade', () => {
  it('a letter\'s greeting alone is a hello, not a search', () => {
    for (const text of ['Prezadas senhoras, boa noite.', 'Cordiais saudações.', 'Boa tarde, equipe.']) {
      const d = talk(text);
      expect(kinds(d)).not.toContain('no_results');
      expect(d.state.focus).toBeUndefined();
    }
  });
  it('a signature after "Atenciosamente" is small talk, and keeps the card in view', () => {
    const d = talkOn('ipva', 'Atenciosamente, Carla Nogueira, contadora.');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('ipva');
  });
  it('a hello with the writer\'s trade is a hello', () => {
    const d = talk('boa tarde pessoal, sou contadora aqui de uberaba');
    expect(kinds(d)).not.toContain('no_results');
    expect(d.state.focus).toBeUndefined();
    const e = talk('olá, trabalho no departamento pessoal de uma construtora');
    expect(e.state.focus).toBeUndefined();
    expect(kinds(e)).not.toContain('card');
  });
  it('the writer\'s trade before the need is not searched', () => {
    const d = talk('Sou despachante e preciso tirar a certidão de débitos tributários de um cliente.');
    expect(d.state.focus).toBe('certidao-debitos');
  });
  it('a week wished on leaving is understood', () => {
    const d = talkOn('ipva', 'ótima semana pra vocês');
    expect(kinds(d)).not.toContain('no_results');
  });
  it('a verb near a closing word is no goodbye ("e se ela não respeitar…")', () => {
    const d = talkOn('medida-protetiva', 'e se o agressor nao respeitar a ordem do juiz?');
    expect(d.state.focus).toBe('medida-protetiva');
    expect(kinds(d)).not.toContain('bye');
  });
});

describe('round 4151: a request made in a letter\'s first person', () => {
  it('"solicito o agendamento" with a greeting and whom it is for starts the form', () => {
    const d = talk('Prezados, solicito o agendamento de atendimento numa UAI para uma senhora que acompanhamos no CRAS.');
    expect(fieldOf(d)).toBe('nome');
  });
  it('"desejo agendar" starts the form', () => {
    const d = talk('Desejo agendar um atendimento na UAI.');
    expect(fieldOf(d)).toBe('nome');
  });
  it('a complaint lodged in the first person starts the Ouvidoria\'s form', () => {
    const d = talk('Na condição de diretora escolar, apresento reclamação à Ouvidoria-Geral do Estado.');
    expect(d.state.view.at).toBe('form');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('the pre-booking asked for a client, with an age said of the client, starts the form', () => {
    const d = talk('Solicito o pré-agendamento da 2ª via da identidade de um cliente maior de idade.');
    expect(fieldOf(d)).toBe('nome');
  });
  it('asking to be told ("venho solicitar informações") is no request to start a form', () => {
    const d = talk('Venho solicitar informações sobre a segunda via da identidade.');
    expect(d.state.view.at).not.toBe('form');
  });
  it('"gostaria de agendar" with nothing in focus shows the card first, then the form (round 4501)', () => {
    const d = talk('Gostaria de agendar um atendimento na UAI.');
    expect(kinds(d)).toEqual(['card', 'field']);
  });
});

describe('round 4152: a paper\'s formalities asked on a card', () => {
  it('"firma reconhecida em cartório?" on a card is asked of the card, not the civil registry', () => {
    const d = talkOn('indicacao-condutor', 'o formulário tem que ter firma reconhecida no cartório?');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(d.state.focus).toBe('indicacao-condutor');
  });
  it('"reconhecer firma" finds the card\'s sentence on signing', () => {
    const d = talkOn('baixa-empresa', 'tem que reconhecer firma dos sócios?');
    expect(said(d)).toMatch(/assin/);
  });
  it('arriving early finds the card\'s sentence on arriving in advance', () => {
    const d = talkOn('exames-detran', 'é bom chegar mais cedo no dia da prova?');
    expect(said(d)).toContain('antecedencia');
  });
  it('a certificate from the civil registry asked with no card in view is still the registry\'s', () => {
    const d = talk('onde reconheço firma de um documento?');
    expect(kinds(d)).toContain('elsewhere');
  });
});

describe('round 4153: answers written as in a filled-in sheet', () => {
  function cinForm(): EngineDriver {
    const d = talkOn('cin-2a-via');
    d.send({ kind: 'option', id: 'card:form' });
    expect(fieldOf(d)).toBe('nome');
    return d;
  }
  it('a label and a colon before each answer are not part of it', () => {
    const d = cinForm();
    d.say('Nome da interessada: Rosa Maria Teixeira.');
    expect(fieldOf(d)).toBe('cpf');
    d.say('CPF da interessada: 111.444.777-35');
    expect(fieldOf(d)).toBe('municipio');
    d.say('Cidade: Ipatinga.');
    expect(fieldOf(d)).toBe('data_preferida');
  });
  it('the town after "município de" or "UAI de" is taken', () => {
    const d = cinForm();
    d.say('Rosa Maria Teixeira');
    d.say('111.444.777-35');
    d.say('Preferencialmente no município de Sete Lagoas.');
    expect(fieldOf(d)).toBe('data_preferida');
    const e = cinForm();
    e.say('Rosa Maria Teixeira');
    e.say('111.444.777-35');
    e.say('na UAI de Uberlândia');
    expect(fieldOf(e)).toBe('data_preferida');
  });
  it('"o documento foi perdido" is the loss, not the damaged document', () => {
    const d = cinForm();
    for (const answer of ['Rosa Maria Teixeira', '111.444.777-35', 'Betim', '20/03/2027']) d.say(answer);
    expect(fieldOf(d)).toBe('motivo');
    d.say('O documento foi extraviado no ônibus.');
    expect(fieldOf(d)).toBe('telefone');
  });
  it('a formal refusal of an optional field skips it', () => {
    const d = talk('registra uma manifestação na ouvidoria geral pra mim');
    for (const answer of ['Sugestão', 'Secretaria de Saúde', 'Contagem', 'Sugiro mais horários de atendimento no posto do bairro.']) d.say(answer);
    expect(fieldOf(d)).toBe('email');
    d.say('Não pretendo informar o e-mail.');
    expect(d.state.view.at).toBe('confirm');
  });
  it('a letter\'s confirmation of the summary sends the request', () => {
    const d = cinForm();
    for (const answer of ['Rosa Maria Teixeira', '111.444.777-35', 'Betim', '20/03/2027', 'perda', '(31) 98765-4321']) d.say(answer);
    expect(d.state.view.at).toBe('confirm');
    d.say('Confirmo as informações prestadas.');
    expect(said(d)).toMatch(/atd-\d{8}-\d{6}/);
  });
  it('in the account, asking what "this field" is for explains it', () => {
    const d = talk('registra uma manifestação na ouvidoria geral pra mim');
    for (const answer of ['Reclamação', 'Escola estadual', 'Contagem']) d.say(answer);
    expect(fieldOf(d)).toBe('relato');
    d.say('Gostaria de entender antes para que serve este campo e quem terá acesso ao que eu escrever.');
    expect(fieldOf(d)).toBe('relato');
    expect(kinds(d)).toContain('notice');
  });
});

describe('round 4154: the procedure asked for, and the steps moved, in a letter\'s words', () => {
  it('"Qual é o procedimento?" shows the steps', () => {
    const d = talkOn('ipva-parcelamento', 'Por gentileza, qual é o procedimento?');
    expect(said(d)).toContain('etapas');
  });
  it('"Vá diretamente à etapa 3" goes to step 3', () => {
    const d = talkOn('abrir-empresa');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('Vá diretamente à etapa 3, por favor.');
    expect(stepOf(d)).toBe(3);
  });
  it('"Encerre o passo a passo" leaves the steps, and the question after it is answered', () => {
    const d = talkOn('licenciamento-ambiental');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('Encerre o passo a passo; quero saber apenas quanto custa.');
    expect(d.state.view.at).not.toBe('walkthrough');
    expect(said(d)).toContain('custo');
  });
});

describe('round 4156: a letter\'s questions about the chat, and its last line', () => {
  it('which services the chat offers, asked formally, is the help', () => {
    const d = talk('Quais serviços vocês prestam por aqui?');
    expect(kinds(d)).toContain('help');
  });
  it('a first contact told is met with patience, not a search', () => {
    const d = talk('este é o meu primeiro contato com vocês');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBeUndefined();
  });
  it('"Sem mais para o momento" closes the conversation', () => {
    const d = talkOn('ipva', 'Sem mais no momento.');
    expect(kinds(d)).toContain('bye');
  });
  it('a formal refusal of the e-mail with "pode pular" after it skips the field', () => {
    const d = talk('registra uma manifestação na ouvidoria geral pra mim');
    for (const answer of ['Elogio', 'Escola estadual', 'Betim', 'Quero elogiar a diretora pela organização da festa junina.']) d.say(answer);
    expect(fieldOf(d)).toBe('email');
    d.say('Não pretendo passar o e-mail; pode pular esta pergunta.');
    expect(d.state.view.at).toBe('confirm');
  });
});
