// The tenth session's rounds 170–176 (blind set 25: forms, corrections, small talk, follow-ups), one `describe` per
// round; each test was checked to fail on the code before its round. The dialogue sets measure the same behaviour on
// whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';
import type { EngineDriver } from '../support/catalogue.ts';

/** A form opened from a service's card, with some answers typed or pressed ("press:" before a button label). */
function inForm(serviceId: string, ...answers: string[]): EngineDriver {
  const d = talkOn(serviceId);
  d.press('Fazer solicitação');
  for (const a of answers) {
    if (a.startsWith('press:')) d.press(a.slice('press:'.length));
    else d.say(a);
  }
  return d;
}

describe('round 170: "volta no motivo" goes back to that field', () => {
  it('going back to an earlier field named asks it again, even with a new value said', () => {
    const cin = ['Vera Teste Campos', '814.630.927-50', 'Pouso Alegre', '25/02/2027', 'press:Perda ou extravio'];
    for (const text of ['volta no motivo, na verdade foi furtado', 'volta pro motivo']) {
      const d = inForm('cin-2a-via', ...cin, text);
      expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
      d.press('Furto ou roubo');
      expect(d.state.view).toMatchObject({ at: 'form', field: 5, answers: { motivo: 'Furto ou roubo' } });
    }
    const uai = inForm('agendamento-uai', 'Jose Teste Sousa', '275.839.164-37', 'Divinopolis', 'carteira de identidade', 'volta, meu nome saiu errado, é José com acento e Souza com z');
    expect(uai.state.view).toMatchObject({ at: 'form', field: 0 });
  });

  it('in a free-text field, a short "volta no tipo" goes back; an account that says "voltar" is the answer', () => {
    const answers = ['press:Reclamação', 'delegacia de policia civil', 'Itabira'];
    expect(inForm('ouvidoria', ...answers, 'escolhi o tipo errado, volta no tipo').state.view).toMatchObject({ at: 'form', field: 0 });
    const account = 'o atendente mandou eu voltar no outro dia e quando voltei ninguem me atendeu, perdi o dia de trabalho';
    expect(inForm('ouvidoria', ...answers, account).state.view).toMatchObject({ at: 'form', field: 4, answers: { relato: account } });
  });
});

describe('round 171: "esquece, vou ligar" in a free-text field gives up the form', () => {
  it('a cancel cue, then another way of doing it, cancels; an account that says "vou ligar" is the answer', () => {
    for (const text of ['esquece, vou ligar no 162 msm', 'deixa, vou la pessoalmente']) {
      // Cancelled: back to the service (round 3040), the answers gone (taken as the account, the form would be on its next field).
      expect(inForm('ouvidoria', 'press:Reclamação', text).state.view).toEqual({ at: 'service', serviceId: 'ouvidoria' });
    }
    const account = 'a escola disse que vai ligar pra mim e nunca ligou';
    expect(inForm('ouvidoria', 'press:Reclamação', account).state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 172: "e vc resolve oq?" and "isso aqui é golpe?" are about the assistant', () => {
  it('asking what the assistant solves is answered as help, not searched', () => {
    for (const text of ['e vc resolve oq?', 'o que voce consegue fazer?']) {
      const d = talk('qual é o seu nome?', text);
      expect(kinds(d)).toEqual(['help']);
    }
  });

  it('asking whether the assistant is a scam puts no service forward', () => {
    const d = talk('isso aqui é golpe? é do governo mesmo?');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toEqual(['small_talk']);
    // A scam the citizen fell for is still the police report.
    expect(talk('cai num golpe do pix').state.focus).toBe('bo-estelionato');
  });
});

describe('round 173: "digo, quanto tempo demora" corrects the citizen\'s own question', () => {
  it('a correction cue before a clear question that names nothing else asks it of the service in focus', () => {
    const d = talkOn('itcd', 'qto custa?', 'digo, quanto tempo demora');
    expect(d.state.focus).toBe('itcd');
    expect(asked(d)).toEqual(['time']);
  });
});

describe('round 174: "até q dia dá pra fazer?" and "tem q renovar?" ask about time, with the renewal quoted', () => {
  it('"até que dia" asks the period of the service in focus', () => {
    for (const text of ['ate q dia da pra fazer isso', 'até que data posso fazer?']) {
      const d = talk('rematricula da minha filha na escola estadual', text);
      expect(d.state.focus).toBe('renovacao-matricula');
      expect(asked(d)).toEqual(['time']);
    }
  });

  it('asked whether it must be renewed, the sentence of the service that says how often is quoted', () => {
    const d = talkOn('pescador-profissional', 'esse cadastro tem q renovar?');
    expect(asked(d)).toEqual(['time']);
    expect(d.text).toMatch(/renovado todo ano/);
    // Asking to renew a card is still a request, not a question about time.
    expect(talk('preciso renovar minha carteira de motorista').state.focus).toBe('cnh-renovacao');
  });
});
