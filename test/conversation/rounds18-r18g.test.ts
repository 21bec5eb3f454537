// Helper r18g's rounds of the eighteenth session (1320 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 1320: whose thing it is ("do meu pai", "da minha mãe") names no service once a synonym names the subject', () => {
  it('the inheritance tax is found whoever the inheritance came from, in several wordings', () => {
    for (const q of [
      'como pago o imposto da herança do sitio do meu pai',
      'quanto é o imposto da herança da minha mãe',
      'inventário do meu avô',
      'como faço o inventário da minha avó',
      'imposto de herança do sitio do meu tio',
    ]) {
      expect(talk(q).state.focus, q).toBe('itcd');
    }
  });

  it('on other services too: a pay slip, a fine, a power bill of a relative', () => {
    const cases: [string, string][] = [
      // Before: the husband made a story of protection (medida-protetiva).
      ['contracheque do meu marido', 'contracheque-servidor'],
      ['o itcmd do sitio da minha sogra', 'itcd'],
      ['multa do carro do meu marido', 'multas-pontuacao'],
      ['segunda via da conta de luz da minha mãe', 'cemig-conta'],
      ['quero pagar o itcmd da casa da minha sogra', 'itcd'],
    ];
    for (const [q, id] of cases) {
      const d = talk(q);
      expect(d.state.focus, q).toBe(id);
      expect(d.last?.replies[0]?.hint?.kind, q).not.toBe('results');
    }
  });

  it('kin said otherwise (who goes, whom one takes, whom it is for) and kin with no service word keep their weight', () => {
    for (const q of ['meu tio precisa de dados', 'vai chover amanha em bh? tenho q levar minha mae no medico']) {
      expect(talk(q).state.focus, q).toBeUndefined();
    }
    expect(talk('minha mae pode ir la no meu lugar? eu trabalho o dia todo').state.focus).not.toBe('sine-emprego');
  });
});
