// The thirty-seventh session's r37d rounds (the conversation's moves). Written from the citizen's side, with wordings
// other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/engine.ts';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 4260: dictated navigation in the steps and back to the service before', () => {
  it('the last step asked with a word of talk and a reason after it', () => {
    const d = talkOn('cin-2a-via', 'passo a passo');
    d.say('pula pra última etapa aí que as outras eu já fiz');
    expect(stepOf(d)).toBe(4);
  });
  it('the last step asked with "logo" goes there, not to the first step', () => {
    const d = talkOn('cin-2a-via', 'passo a passo');
    d.say('vai pra ultima etapa logo');
    expect(stepOf(d)).toBe(4);
  });
  it('"volta no de antes que não vi direito" goes to the step before', () => {
    const d = talkOn('cin-2a-via', 'passo a passo', 'proximo', 'proximo');
    d.say('volta no de antes que eu nao vi direito');
    expect(stepOf(d)).toBe(2);
  });
  it('"volta naquele de antes" on a card opens the service seen before', () => {
    const d = talk('preciso pagar o ipva da moto', 'e o licenciamento como que faz');
    expect(d.state.focus).toBe('crlv-licenciamento');
    d.say('volta no anterior por favor');
    expect(d.state.focus).toBe('ipva');
    expect(d.state.view.at).toBe('service');
  });
});

describe('round 4261: a form answered with a move, not a value', () => {
  /** The Ombudsman's form filled up to its optional e-mail. */
  function ombudsmanOnEmail() {
    const d = talkOn('ouvidoria');
    d.send({ kind: 'option', id: 'card:form' });
    d.say('reclamação');
    d.say('posto de identificação da polícia civil');
    d.say('Juiz de Fora');
    d.say('fui atendido com grosseria no balcão e ninguém resolveu o meu problema');
    expect(d.state.view.at).toBe('form');
    return d;
  }
  it('"não precisa, obrigada" on the optional e-mail leaves it blank and shows the summary', () => {
    const d = ombudsmanOnEmail();
    d.say('não precisa não, obrigada');
    expect(d.state.view.at).toBe('confirm');
  });
  it('"pode mandar o pedido então" on the summary sends it', () => {
    const d = ombudsmanOnEmail();
    d.say('pular');
    expect(d.state.view.at).toBe('confirm');
    d.say('pode finalizar o pedido entao');
    expect(d.last?.request).toBeDefined();
  });
  it('putting it off in a field ("pensando bem, depois eu vejo") drops the request', () => {
    const d = talk('quero fazer o pré-agendamento da 2ª via da CIN', 'Maria Aparecida Souza');
    expect(d.state.view.at).toBe('form');
    d.say('Pensando bem, agora não. Vejo isso outro dia.');
    expect(d.state.view.at).not.toBe('form');
  });
  it('an account closed by giving up, in a free-text field, drops the request', () => {
    const d = talkOn('ouvidoria');
    d.send({ kind: 'option', id: 'card:form' });
    d.say('reclamação');
    expect(d.state.view.at).toBe('form');
    d.say('opa, o diretor já resolveu tudo ontem, esquece isso');
    expect(d.state.view.at).not.toBe('form');
  });
  it('a free-text answer that only tells of someone leaving it stays an answer', () => {
    const d = talkOn('ouvidoria');
    d.send({ kind: 'option', id: 'card:form' });
    d.say('reclamação');
    expect(d.state.view.at).toBe('form');
    d.say('escola estadual, o diretor falou deixa');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 4262: small talk about the chat itself in the middle of a service', () => {
  it('"demorou, hein" on a card is impatience at the chat, not a question of time', () => {
    const d = talkOn('crlv-licenciamento');
    d.say('nossa como demorou hein');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
  it('"ta demorando" with a sigh on the menu is impatience, with no insult read in the sigh', () => {
    const d = talk('oi');
    d.say('affe ta demorando muito');
    expect(kinds(d)).toContain('small_talk');
    expect(said(d)).not.toMatch(/sinto muito se nao ajudei/);
  });
  it('the service taking long, told with what was done, is still about the service', () => {
    const d = talkOn('cin-2a-via');
    d.say('ja fiz o pedido faz um mes e ta demorando');
    expect(kinds(d)).not.toContain('small_talk');
  });
  it('asked where the bot answers for, it says what it covers and opens no service', () => {
    const d = talk('oi');
    d.say('vcs atendem o interior ou so a capital?');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toMatch(/governo de minas/);
  });
  it('a voice message told as sent, on the menu, gets the reply about audio, not a request', () => {
    const d = talk('oi');
    d.say('eu enviei um audio, voce nao ouviu nao?');
    expect(said(d)).toMatch(/audio/);
    expect(d.state.view.at).not.toBe('results');
  });
});

describe('round 4263: a form field answered as spoken, or asked about in passing', () => {
  /** The UAI booking's form, opened from its card. */
  function uaiForm() {
    const d = talkOn('agendamento-uai');
    d.send({ kind: 'option', id: 'card:form' });
    return d;
  }
  it('a name introduced after fillers with no pause ("ah bom o meu nome é…") is taken without them', () => {
    const d = uaiForm();
    d.say('hum então meu nome completo é José Carlos Pereira');
    expect(d.state.view.at === 'form' ? d.state.view.answers['nome'] : undefined).toBe('José Carlos Pereira');
  });
  it('a town said again between words of talk after one turned down is taken', () => {
    const d = uaiForm();
    d.say('José Carlos Pereira');
    d.say('046.450.130-09');
    d.say('rio de janeiro');
    const v = d.state.view;
    expect(v.at === 'form' ? v.field : -1).toBe(2);
    // Dictated, with no pause: "ah não, é…" with its comma was already taken (round 783).
    d.say('ah não é Sabará então');
    const after = d.state.view;
    expect(after.at === 'form' ? after.field : -1).toBe(3);
  });
  it('not knowing what a free-text field asks, said without a "?", explains the field instead of taking it', () => {
    const d = uaiForm();
    d.say('José Carlos Pereira');
    d.say('046.450.130-09');
    d.say('Sabará');
    const v = d.state.view;
    expect(v.at === 'form' ? v.field : -1).toBe(3);
    d.say('sei la moça, o que voce quer saber');
    const after = d.state.view;
    expect(after.at === 'form' ? after.field : -1).toBe(3);
  });
  it('relief, then a question about the service, in a field: the question answered, the field kept', () => {
    const d = talk('quero fazer o pré-agendamento da 2ª via da CIN');
    expect(d.state.view.at).toBe('form');
    d.say('Nossa, que alívio. E a segunda via é de graça nesse caso?');
    expect(kinds(d)).toContain('follow_up');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 4264: coming back to what was open', () => {
  it('a question held back with "pera" right after a goodbye is about the service that was open', () => {
    const d = talkOn('ipva');
    d.say('blz, tchau');
    expect(d.state.focus).toBeUndefined();
    d.say('pera, e quanto tempo leva?');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toContain('follow_up');
  });
  it('back after a pause "with the same question", the card that was open is taken up again', () => {
    const d = talk('quero consultar os pontos da minha carteira de motorista');
    const focus = d.state.focus;
    expect(focus).toBeDefined();
    expect(understand(d.state, 'Boa noite, voltei. Ainda tô com a mesma dúvida.', d.ctx)).toBe('form_where_stopped');
    d.say('Boa noite, voltei. Ainda tô com a mesma dúvida.');
    expect(d.state.focus).toBe(focus);
    expect(d.state.view.at).toBe('service');
  });
  it('"the same question about" another service is that service', () => {
    const d = talkOn('ipva');
    d.say('tenho a mesma duvida sobre o licenciamento do carro');
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 4265: an exclamation about what is shown', () => {
  it('a laugh and "que nome grande" on a card is small talk, the card kept', () => {
    const d = talkOn('licenciamento-ambiental');
    d.say('kkkk que nome grande');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('licenciamento-ambiental');
    expect(d.state.view.at).toBe('service');
  });
  it('"que processo trabalhoso, hein" is a remark, not a search for its noun', () => {
    const d = talkOn('abrir-empresa');
    d.say('nossa, que processo trabalhoso hein');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBe('abrir-empresa');
  });
  it('a question that opens with "que" is still a question', () => {
    const d = talkOn('licenciamento-ambiental');
    d.say('que documentos eu preciso');
    expect(kinds(d)).not.toContain('small_talk');
  });
});

describe('round 4266: a pause word opening a question names nothing', () => {
  it('after a goodbye, "espera, e quanto custa?" is about the service that was open, not searched', () => {
    const d = talkOn('ipva');
    d.say('valeu, tchau');
    d.say('espera, e quanto custa?');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toContain('follow_up');
  });
  it('"perai, quanto custa a carteira de identidade?" with nothing open is about the identity card', () => {
    const d = talk('oi');
    d.say('perai, quanto custa a carteira de identidade?');
    expect(d.state.focus).toMatch(/^cin-/);
  });
});
