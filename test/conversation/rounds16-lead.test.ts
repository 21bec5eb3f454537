// The sixteenth session's rounds by the lead (760–), one `describe` per round; each test was checked to fail on the
// code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 760: "e se eu não tiver internet?" gets the ways to do it without the internet', () => {
  for (const said of ['e se eu nao tiver internet', 'minha mae é idosa nao usa computador', 'eu nao sei mexer no celular, tem outro jeito?', 'tem jeito sem ser pela internet?']) {
    it(`"${said}" on the Copasa bill names the phone 115 and the desks`, () => {
      const d = talkOn('copasa-conta', said);
      expect(asked(d)).toContain('online');
      const text = d.last?.replies.map((r) => r.text).join('\n') ?? '';
      expect(text).toMatch(/Sem internet/);
      expect(text).toMatch(/115/);
      expect(text).toMatch(/agência de atendimento/);
    });
  }

  it('"dá pra fazer pela internet?" still answers only whether it is online', () => {
    const text = talkOn('copasa-conta', 'da pra fazer pela internet?').last?.replies[0]?.text ?? '';
    expect(text).toMatch(/pela internet/);
    expect(text).not.toMatch(/Sem internet/);
  });

  it('an elderly citizen who cannot use the phone, as a first message, is greeted calmly, not asked about a service', () => {
    const d = talk('oi aqui é a dona maria, tenho 78 anos e nao sei mexer direito nesse celular');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/com calma/);
  });
});

describe('round 761: "dá pra fazer em ipatinga?" on a card asks where, and the town is answered honestly', () => {
  for (const said of ['da pra fazer em ipatinga?', 'faz em contagem?', 'tem em uberlandia?', 'consigo tirar aqui em betim?', 'atende em bh?']) {
    it(`"${said}" on the CNH renewal answers where, saying the catalogue lists no desk by town`, () => {
      const d = talkOn('cnh-renovacao', said);
      expect(asked(d)).toEqual(['where']);
      expect(d.state.focus).toBe('cnh-renovacao');
      expect(d.last?.replies[0]?.text).toMatch(/não traz os endereços de cada cidade/);
    });
  }

  it('the town is named by its official name ("bh" is Belo Horizonte)', () => {
    expect(talkOn('cnh-renovacao', 'atende em bh?').last?.replies[0]?.text).toMatch(/\*Belo Horizonte\*/);
  });

  it('"é em contagem" and "em contagem" in the town field of a form are still the answer', () => {
    for (const said of ['é em contagem', 'em contagem']) {
      const d = talkOn('agendamento-uai');
      d.press('Fazer solicitação');
      d.say('Maria da Silva');
      d.say('529.982.247-25');
      d.say(said);
      const view = d.state.view;
      expect(view.at === 'form' && view.answers['municipio']).toBe('Contagem');
    }
  });
});
