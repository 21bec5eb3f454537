// The fortieth session's rounds of r40d: trouble after paying, and everyday words. Written from the citizen's side,
// with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

describe('round 4760: a payment made and not credited, or made twice, keeps the card in view', () => {
  it('paid and still shown as owed: the card\'s sentence on when a payment is credited', () => {
    const d = talkOn('ipva', 'ja quitei faz dois dias e continua aparecendo como devendo');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/mesmo dia|quitado/);
    expect(said(d)).toContain('155');
  });
  it('paid by slip and the document not released: compensation, then updating the situation', () => {
    const d = talkOn('crlv-licenciamento', 'fiz o pagamento no boleto e o crlv nao liberou');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/compens/);
    expect(said(d)).toMatch(/atualizar a situacao/);
  });
  it('a card with no sentence on it says it does not know, with LigMinas 155, and stays', () => {
    const d = talkOn('cnh-mudanca-categoria', 'ja paguei a guia semana passada e ate agora nao apareceu nada pra marcar a clinica');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(kinds(d)).toEqual(['unanswered']);
    expect(said(d)).toContain('155');
  });
  it('paid twice: no sentence on when a payment shows is offered as the answer', () => {
    const d = talkOn('ipva', 'acho que paguei em dobro, saiu duas vezes da minha conta');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toEqual(['unanswered']);
  });
  it('told with the service it was for, first thing: that service, on the payment', () => {
    const d = talk('fiz o pagamento do licenciamento e o crlv nao baixou');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/atualizar a situacao/);
  });
  it('asked when it shows, the time answers (a time question, not trouble)', () => {
    const d = talkOn('ipva', 'paguei hoje cedo, quanto tempo demora pra aparecer?');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).not.toContain('unanswered');
  });
});

describe('round 4762: a booking undone in everyday words ("desmarcar") is asked of the booking', () => {
  it('on the blood donation, the card\'s "cancele o agendamento"', () => {
    const d = talkOn('doacao-sangue', 'da pra eu desmarcar?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(said(d)).toContain('cancele');
  });
  it('on the UAI booking, whether to undo it or just not go: its "cancele para liberar a vaga"', () => {
    const d = talkOn('agendamento-uai', 'nao vou poder ir amanha, como eu desmarco?');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(said(d)).toContain('cancele');
  });
  it('"cancelar" on another card is not moved to the booking\'s sentence', () => {
    const d = talkOn('sine-emprego', 'e se eu me inscrever e depois desistir, da pra cancelar?');
    expect(d.state.focus).not.toBe('agendamento-uai');
  });
});

describe('round 4763: a count told or asked against a limit the card sets', () => {
  it('a pile-up of many cars, may it be registered here: the card\'s limit on vehicles', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'foram nove carros batidos, da pra registrar por aqui?');
    expect(d.state.focus).toBe('bo-acidente-sem-vitima');
    expect(said(d)).toMatch(/ate 5 veiculos/);
  });
  it('a count told alone, with no question: the limit, not the card again', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'eram 8 carros');
    expect(said(d)).toMatch(/ate 5 veiculos/);
  });
  it('a count on a card that sets no limit on it is read as before', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'faz 10 dias, ainda da tempo?');
    expect(said(d)).toMatch(/30 dias/);
  });
});

describe('round 4761: a request refused on a card is declined, not made', () => {
  it('"não quero agendar agora" starts no form', () => {
    const d = talkOn('cin-2a-via', 'eu nao quero fazer o pre agendamento agora');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(kinds(d)).toEqual(['small_talk']);
  });
  it('put off with the time first: still declined, the card in view', () => {
    const d = talkOn('agendamento-uai', 'agora nao quero agendar');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('agendamento-uai');
  });
  it('a request asked after a refusal of something else is still the request', () => {
    const d = talkOn('cin-2a-via', 'nao quero esperar mais, quero fazer o pre agendamento');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 4764: who drives, asked, is read as the cards\' "condutor"', () => {
  it('who may drive the car out of the pound: "com um condutor habilitado"', () => {
    const d = talkOn('veiculo-removido', 'e quem pode dirigir ele na hora de sair do patio?');
    expect(said(d)).toContain('condutor habilitado');
  });
});

describe('round 4765: asked of a payment made, when it shows or what then once credited', () => {
  it('paid, when does it show as paid: the card\'s time, with the confirmation not the same day', () => {
    const d = talkOn('ipva', 'quitei ontem a noite, quando vai constar como pago?');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toContain('mesmo dia');
  });
  it('what to do once it is credited: the step that says to update the situation', () => {
    const d = talkOn('crlv-licenciamento', 'assim que o pagamento for compensado eu faco o que?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/atualizar a situacao/);
  });
});
