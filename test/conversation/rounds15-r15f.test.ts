// The fifteenth session's rounds by helper r15f (610–615), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

/** The ouvidoria's form, up to the field `n` answers in (1: órgão, 2: município, 3: relato). */
function ouvidoriaAt(n: number, said: string): ReturnType<typeof talkOn> {
  const d = talkOn('ouvidoria');
  d.press('Fazer solicitação');
  for (const a of ['Reclamação', 'Detran', 'Montes Claros'].slice(0, n)) d.say(a);
  d.say(said);
  return d;
}

describe('round 610: "o que devo escrever aqui?" in a form asks what the field is for, and it is asked again', () => {
  it('on the ouvidoria\'s account, the question is not taken as the account', () => {
    const d = ouvidoriaAt(3, 'O que devo escrever aqui?');
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(3);
    expect(kinds(d)).toEqual(['notice', 'field']);
    expect(d.last?.replies[0]?.text).toMatch(/LGPD/);
  });

  it('"o que eu coloco aqui?" on the town is no town', () => {
    const d = ouvidoriaAt(2, 'o que eu coloco aqui?');
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(2);
    expect(kinds(d)).toEqual(['notice', 'field']);
  });
});

describe('round 611: "sair disso e voltar pro menu" in the steps goes to the menu', () => {
  for (const said of ['sair disso e voltar pro menu', 'sai daqui e vai pro menu']) {
    it(`"${said}"`, () => {
      const d = talk('seguro desemprego', 'passo a passo', 'ok', said);
      expect(d.state.view.at).toBe('menu');
      expect(kinds(d)).toEqual(['menu']);
    });
  }
});

describe('round 612: "é seguro falar aqui?" is answered on personal data, with who the bot is when asked', () => {
  it('"Você é do governo mesmo? É seguro falar aqui?" says both, and nothing is searched', () => {
    const d = talk('Boa tarde', 'Você é do governo mesmo? É seguro falar aqui?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/LGPD/);
    expect(d.last?.replies[0]?.text).toMatch(/Governo de Minas Gerais/);
  });

  it('"é seguro usar isso?" alone', () => {
    const d = talk('oi', 'é seguro usar isso?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/LGPD/);
  });
});

describe('round 613: the chat\'s own hours ("vcs funcionam ate q horas?") with no card in view', () => {
  for (const said of ['vcs funcionam ate q horas? ta tarde ja', 'vcs funcionam ate que horas', 'voces atendem de noite?']) {
    it(`"${said}" says the chat answers any time, and asks which service's hours are wanted`, () => {
      const d = talk('boa noite', said);
      expect(kinds(d)).toEqual(['notice']);
      expect(d.state.focus).toBeUndefined();
      expect(d.last?.replies[0]?.text).toMatch(/qualquer hora/);
      // On a card, the same question asks that service's hours.
      const card = talk('agendamento uai', said);
      expect(asked(card)).toEqual(['hours']);
      expect(card.state.focus).toBe('agendamento-uai');
    });
  }
});

describe('round 614: "minha filha de 17 pode ir?" asks the rules for minors', () => {
  it('with another question before it, both are answered', () => {
    const d = talk('quero doar sangue no hemominas', 'precisa marcar antes? e minha filha de 17 pode ir cmg?');
    expect(asked(d)).toEqual(['appointment', 'minors']);
  });

  it('"meu neto de 16 pode doar tambem?"', () => {
    expect(asked(talk('quero doar sangue', 'meu neto de 16 pode doar tambem?'))).toEqual(['minors']);
  });
});

describe('round 615: a child said to be little ("criança pequena pode tirar?") asks the rules for minors', () => {
  it('with "como faz", both are answered', () => {
    const d = talk('boa tarde minha neta de 5 ano nunca tirou identidade', 'crianca pequena pode tirar? como q faz');
    expect(asked(d)).toContain('minors');
    expect(d.state.focus).toBe('cin-1a-via');
  });

  it('"bebe de colo precisa ir?" on the identity card', () => {
    expect(asked(talk('segunda via da identidade', 'bebe de colo precisa ir?'))).toContain('minors');
  });
});

describe('round 616: "sair disso" in the steps leaves the steps, not the conversation', () => {
  // Round 6165 (forty-ninth session) reversed the second half: "sair" alone in the steps leaves the steps too, as four
  // sets' writers expected (b26-nav-16, b93-na-011, b101-na-013, b103-na-020); "tchau" still ends the conversation.
  it('"sair disso" shows the card again; "tchau" ends the conversation', () => {
    const d = talk('seguro desemprego', 'passo a passo', 'sair disso');
    expect(kinds(d)).toEqual(['card']);
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(kinds(talk('seguro desemprego', 'passo a passo', 'tchau'))).toEqual(['bye']);
  });
});
