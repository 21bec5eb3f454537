// The twenty-fourth session's rounds of r24a (2100 on): a citizen tells their situation on a card, with no question.
// One `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's
// side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2100: a situation told on a card, that no service is named by, answered by the card sentence holding it', () => {
  it('the sentence holding the story\'s words (or a near-synonym of them) is quoted, the focus kept', () => {
    const cases: [string, string, RegExp][] = [
      ['doacao-sangue', 'fiz uma tatuagem no braço', /tatuagem recente/],
      ['doacao-sangue', 'tomei umas cachaças no sabado', /12 horas/],
      ['contracheque-servidor', 'sou professora com 2 cargos no estado', /vinculo/],
      ['historico-escolar', 'esqueci o ano de conclusao', /ano de conclusao/],
      ['doacao-sangue', 'tenho hepatite b', /hepatite depois dos 11/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(want);
    }
  });

  it('not when a long word of the story is none of the card\'s: no sentence says anything of it', () => {
    const d = talkOn('doacao-sangue', 'fiz piercing semana passada');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(said(d)).not.toMatch(/informa:/);
  });
});

describe('round 2101: what the citizen tells did not happen, or must they tell someone, read in the card\'s own words', () => {
  it('"não aparece" told is the card\'s sentence saying it may not appear ("pode não aparecer")', () => {
    const d = talkOn('ipva', 'ja quitei mas ainda nao aparece pago');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/pode nao aparecer no mesmo dia/);
  });

  it('"avisar" is the card\'s "comunicar": whether to tell anyone once the person is back', () => {
    for (const msg of ['meu pai voltou pra casa, preciso avisar?', 'a menina voltou ontem, tenho q avisar a policia?']) {
      const d = talkOn('pessoa-desaparecida', msg);
      expect(d.state.focus, msg).toBe('pessoa-desaparecida');
      expect(said(d), msg).toMatch(/comunicar a localizacao/);
    }
  });
});

describe('round 2102: a situation told on a card, that the search finds others for by a stray word, stays on the card', () => {
  it('what the card says of the story, not the service a word of it brushes', () => {
    const cases: [string, string, RegExp][] = [
      ['bo-acidente-sem-vitima', 'o outro condutor foi embora sem deixar a placa', /placa e dados do outro veiculo/],
      ['ipva-restituicao', 'a policia achou a moto depois', /se o veiculo for encontrado/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(want);
    }
  });

  it('a request is no story: "quero …" still opens what it names', () => {
    expect(talkOn('bo-acidente-sem-vitima', 'quero renovar minha cnh').state.focus).toBe('cnh-renovacao');
  });
});
