// The fifty-fifth session's rounds of the lead. Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6760: a free card that still lists a charge is not answered with a bare "É gratuito."', () => {
  it('"vou ter que pagar alguma coisa?" on the notice of sale: free in general, and the fee after 60 days below it', () => {
    const d = talkOn('comunicacao-venda', 'vou ter que pagar alguma coisa?');
    expect(said(d)).toMatch(/em geral e \*gratuito\*, mas atencao:/);
    expect(said(d)).toMatch(/apos 60 dias, taxa paga por dae/);
    expect(said(d)).not.toMatch(/(^|\n)e \*gratuito\*\.$/m);
  });
  it('"e caro?" on the DAE: free in general, the tax itself paid', () => {
    const d = talkOn('dae', 'e caro?');
    expect(said(d)).toMatch(/em geral e \*gratuito\*, mas atencao:/);
    expect(said(d)).toMatch(/valor da taxa ou do tributo/);
  });
  it('the card of the fines and points says free in general, with a charge, not a bare "Gratuito."', () => {
    const d = talkOn('multas-pontuacao');
    expect(said(d)).toMatch(/gratuito em geral; pode haver custo/);
  });
  it('guard: a free card with no charge ("quanto custa" on the blood donation) stays plainly free', () => {
    const d = talkOn('doacao-sangue', 'quanto custa?');
    expect(said(d)).toMatch(/^e \*gratuito\*\.$/m);
    expect(said(d)).not.toMatch(/em geral e gratuito/);
  });
});
