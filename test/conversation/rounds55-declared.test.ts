// The fifty-fifth session's declared rounds (after the blind figure of the held-out pair 117/118). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 6780: the citizen\'s working day told beside a question on a card is its reason, not the job search', () => {
  it('"Quanto tempo leva? Não posso perder dia de trabalho." on the vehicle licensing: its time, the card stays', () => {
    const d = talkOn('crlv-licenciamento', 'Quanto tempo leva? Não posso perder dia de trabalho.');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(asked(d)).toContain('time');
  });
  it('guard: "Faço bico de servente o dia inteiro. Abre sábado?" on the UAI booking: the card stays', () => {
    const d = talkOn('agendamento-uai', 'Faço bico de servente o dia inteiro. Abre sábado?');
    expect(d.state.focus).toBe('agendamento-uai');
  });
  it('guard: "quero procurar emprego, onde vejo as vagas?" on the CNH renewal is the job search', () => {
    const d = talkOn('cnh-renovacao', 'quero procurar emprego, onde vejo as vagas?');
    expect(d.state.focus).toBe('sine-emprego');
  });
});

describe('round 6781: a fright, nerves or a paper nobody understands, told with no need, is small talk', () => {
  for (const text of ['nossa, tomei um susto aqui', 'Sou leigo nesses assuntos de papelada, desculpe.', 'Estou nervosa, nunca recebi uma carta assim.', 'kkk o governo escreve coisas que ninguém entende']) {
    it(`"${text}": small talk, no service`, () => {
      const d = talk(text);
      expect(kinds(d)).toContain('small_talk');
      expect(d.state.focus).toBeUndefined();
    });
  }
  it('guard: "o que é print? sou meio leigo" on the scam report asks what a print is: no small talk alone', () => {
    const d = talkOn('bo-estelionato', 'o que é print? sou meio leigo');
    expect(kinds(d)).not.toEqual(['small_talk']);
  });
});
