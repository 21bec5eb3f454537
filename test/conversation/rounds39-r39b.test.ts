// The thirty-ninth session, helper r39b. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

describe('round 4520: trouble naming the card\'s own tool keeps the card', () => {
  it('the payment slip that will not come out, on a card paid by it: stays on the card', () => {
    const d = talkOn('itcd', 'a guia do imposto nao gera de jeito nenhum, o que eu faço?');
    expect(d.state.focus).toBe('itcd');
    expect(said(d)).toContain('155');
  });
  it('a forgotten gov.br password told on a card whose way goes through it: stays on the card', () => {
    const d = talkOn('comunicacao-venda', 'esqueci a senha do gov.br e o sms nao chega');
    expect(d.state.focus).toBe('comunicacao-venda');
    expect(said(d)).toContain('nao consigo resolver');
  });
  it('the app the card names, stuck on its login: stays on the card', () => {
    const d = talkOn('multas-pontuacao', 'o aplicativo da cnh do brasil trava no login do gov.br');
    expect(d.state.focus).toBe('multas-pontuacao');
  });
  it('a question about the slip, no trouble told, is no trouble', () => {
    const d = talkOn('avcb', 'o DAE pode ser pago no pix?');
    expect(kinds(d)).not.toContain('unanswered');
    expect(said(d)).not.toContain('transtorno');
  });
});

describe('round 4521: the farm\'s market, animal medicine and the ITR slip are not the GTA', () => {
  it('the price of cattle asked: out of scope, no GTA', () => {
    const d = talk('qual o preço da arroba essa semana');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toContain('elsewhere');
  });
  it('medicine for an animal: the vet, no service', () => {
    const d = talk('o cavalo tá com berne, tem remédio de graça?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('veterinario');
  });
  it('the ITR\'s slip for the farm is the federal tax, not the animal transit guide', () => {
    const d = talk('onde emito a guia do itr da fazenda');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('receita federal');
  });
  it('cattle sold and to be moved still find the GTA', () => {
    const d = talk('vendi 10 bois, como faço a guia pra levar?');
    expect(d.state.focus).toBe('gta');
  });
});

describe('round 4522: a promise to come back is a pause that keeps the place', () => {
  it('an errand and "volto logo" on a card: a short reply, the card stays, the next question is asked of it', () => {
    const d = talkOn('outorga-agua', 'vou dar comida pras galinhas e volto logo');
    expect(said(d)).toContain('sem pressa');
    expect(d.state.view.at).toBe('service');
    d.say('quais documentos precisa?');
    expect(d.state.focus).toBe('outorga-agua');
    expect(kinds(d)).toContain('follow_up');
  });
  it('"já volto" alone keeps the card, no menu', () => {
    const d = talkOn('ipva', 'ja volto');
    expect(d.state.view.at).toBe('service');
    expect(said(d)).toContain('sem pressa');
  });
  it('in a form, the field waits', () => {
    const d = talkOn('agendamento-uai');
    d.send({ kind: 'option', id: 'card:form' });
    d.say('vou ali buscar a identidade e ja volto');
    expect(d.state.view.at).toBe('form');
    expect(said(d)).toContain('sem pressa');
  });
});

describe('round 4523: after a subject handled elsewhere, a service named with an address word is searched', () => {
  it('the driver\'s address asked after the passport: the address change of the licence', () => {
    const d = talk('como tiro passaporte', 'mudei de casa, e o endereço da carteira de motorista, atualizo por aqui?');
    expect(d.state.focus).toBe('cnh-endereco');
  });
  it('the address of the body just named is still asked of it', () => {
    const d = talk('quero transferir meu titulo de eleitor', 'e onde fica o endereço deles?');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toContain('elsewhere');
  });
});

describe('round 4524: a request refused or sent back, asked what now', () => {
  it('sent back for more, asked what now: the card\'s sentence on it, the card kept', () => {
    const d = talkOn('abrir-empresa', 'a junta devolveu com exigencia, e agora?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(said(d)).toContain('corrija');
  });
  it('denied at the desk: what the card says happens then', () => {
    const d = talkOn('medicamentos-alto-custo', 'recusaram o remedio do meu pai la na farmacia, e agora?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(said(d)).toContain('motivo');
  });
  it('a card with no word on a refusal: it stays, with the page and 155', () => {
    const d = talkOn('passe-livre', 'foi recusado, o que eu faço?');
    expect(d.state.focus).toBe('passe-livre');
    expect(said(d)).toContain('155');
  });
});
