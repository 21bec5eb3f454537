// The thirty-fifth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 3900: the order of two acts asked is the steps, with the card\'s sentence that tells it', () => {
  it('"antes ou depois" between two acts answers how it is done, on the card in view', () => {
    const d = talkOn('crlv-licenciamento', 'quito as multas antes ou depois de licenciar?');
    expect(asked(d)).toEqual(['how']);
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
  it('an act "antes de" another act of the card stays on the card, though the second names another service', () => {
    const d = talkOn('cnh-mudanca-categoria', 'faço o exame médico antes de marcar a prova?');
    expect(asked(d)).toEqual(['how']);
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
  });
  it('the card\'s own sentence on the order is given with the steps', () => {
    const d = talkOn('cnh-endereco', 'atualizo o endereço primeiro ou peço a renovação antes?');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/antes de (renovar|pedir renovacao)/);
    expect(stepOf(d)).toBeUndefined();
  });
  it('booking before going is still whether it is booked; paying something before is still the cost', () => {
    expect(asked(talkOn('exames-detran', 'tenho que marcar antes de ir?'))).toEqual(['appointment']);
    expect(asked(talkOn('abrir-empresa', 'vou ter que pagar alguma coisa antes de mandar?'))).toEqual(['cost']);
  });
});

describe('round 3901: in the steps, a question whose words the card speaks of; the steps moved on in formal words', () => {
  it('a topic asked in the steps about a thing the card mentions is asked of the card', () => {
    const d = talkOn('denuncia-ambiental');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('em quanto tempo costumam fazer a vistoria?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(asked(d)).toEqual(['time']);
  });
  it('"Siga, por favor." and "Adiante." go to the next step', () => {
    const d = talkOn('baixa-veiculo');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('Siga, por favor.');
    expect(stepOf(d)).toBe(2);
    d.say('adiante');
    expect(stepOf(d)).toBe(3);
  });
});

describe('round 3902: relief, and the wait complained of', () => {
  it('"até que enfim alguém me responde" and "vocês demoram muito pra responder" are small talk; the card stays', () => {
    for (const text of ['ufa, até que enfim alguém me responde', 'vocês demoram muito pra responder', 'que alívio']) {
      const d = talkOn('cemig-conta', text);
      expect(kinds(d)).toContain('small_talk');
      expect(d.state.focus).toBe('cemig-conta');
    }
  });
});

describe('round 3903: where the conversation stopped, asked on a card or with nothing open', () => {
  it('with nothing open, the bot says so and shows the menu, no service', () => {
    const d = talk('onde a gente ficou?');
    expect(kinds(d)).toEqual(['notice', 'menu']);
    expect(d.state.focus).toBeUndefined();
  });
  it('after a question on a card, "volta pro que você estava falando" shows the card again', () => {
    const d = talkOn('ipva', 'quais documentos precisa?', 'volta no que voce estava dizendo');
    expect(kinds(d)).toContain('card');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('ipva');
  });
});

describe('round 3904: the pre-booking itself asked for; the request asked for again inside its form', () => {
  it('a first message asking for the pre-booking of a service with that form starts the form', () => {
    const d = talk('quero pré-agendar minha identidade, a segunda via');
    expect(d.state.view.at).toBe('form');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(kinds(d)).toContain('field');
  });
  it('asking for the service without the pre-booking still shows its card first', () => {
    const d = talk('quero tirar a segunda via da identidade');
    expect(d.state.view.at).toBe('service');
  });
  it('in the form, "vc consegue fazer o agendamento pra mim?" and "bora fazer a solicitação" keep the field asked', () => {
    const d = talk('quero pré-agendar minha identidade, a segunda via');
    const field = d.state.view.at === 'form' ? d.state.view.field : undefined;
    d.say('vc consegue fazer o agendamento pra mim?');
    expect(d.state.view.at).toBe('form');
    expect(d.state.view.at === 'form' ? d.state.view.field : undefined).toBe(field);
    d.say('bora fazer a solicitação');
    expect(d.state.view.at).toBe('form');
    expect(d.state.view.at === 'form' ? d.state.view.field : undefined).toBe(field);
  });
});

describe('round 3906: how often it must be done', () => {
  it('"isso é todo ano msm?" and "preciso fazer de ano em ano?" get the card\'s sentence of the period', () => {
    expect(said(talkOn('crlv-licenciamento', 'isso é todo ano msm?'))).toMatch(/todo ano o veiculo/);
    expect(said(talkOn('crlv-licenciamento', 'preciso fazer de ano em ano?'))).toMatch(/todo ano o veiculo/);
  });
});

describe('round 3907: a request made before, told inside a form', () => {
  it('"acho que eu já pedi isso semana passada, faço de novo?" says the bot cannot see it and asks the field again', () => {
    const d = talkOn('cin-2a-via');
    d.send({ kind: 'option', id: 'card:form' });
    d.say('Joana Pereira Lima');
    const field = d.state.view.at === 'form' ? d.state.view.field : undefined;
    d.say('acho que eu já pedi isso semana passada, faço de novo?');
    expect(said(d)).toMatch(/nao consigo ver pedidos feitos antes/);
    expect(d.state.view.at === 'form' ? d.state.view.field : undefined).toBe(field);
  });
  it('a long complaint text that tells what was done before is the answer to its field', () => {
    const d = talkOn('ouvidoria', 'registra ai pra mim', 'Reclamação', 'Hospital Regional', 'Contagem');
    expect(d.state.view.at === 'form' ? d.state.view.field : undefined).toBe(3);
    d.say('Já reclamei disso no mês passado e ninguém resolveu nada, o atendimento continua péssimo e as filas enormes, por que ninguém faz nada?');
    expect(d.state.view.at === 'form' ? d.state.view.field : undefined).toBe(4);
  });
});
