// The forty-second session's rounds of helper r42a (confirming a fact the card states). Written from the citizen's side,
// with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they pass with or
// without the round).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5100: a belief put to confirm, with no topic word, is answered by the card field that shares its words', () => {
  it('"depois de inscrever ele já tá matriculado, correto?" on the school registration gets the steps (the enrolment is a step of its own)', () => {
    const d = talkOn('cadastro-escolar', 'depois de inscrever ele já tá matriculado, correto?');
    expect(d.state.focus).toBe('cadastro-escolar');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/matricula na escola indicada/);
  });
  it('"consigo baixar os de meses passados também né?" on the payslip stays on it and gets its steps, with the sentence on the month', () => {
    const d = talkOn('contracheque-servidor', 'consigo baixar os de meses passados também né?');
    expect(d.state.focus).toBe('contracheque-servidor');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/escolha o mes/);
  });
  it('"a placa eu entrego pro detran, correto?" on the scrapping gets its steps', () => {
    const d = talkOn('baixa-veiculo', 'a placa eu entrego pro detran, correto?');
    expect(d.state.focus).toBe('baixa-veiculo');
    expect(asked(d)).toEqual(['how']);
  });
  it('"e se ele atrasar a matrícula a vaga continua guardada, né" on the technical course: the steps, and that the place is lost', () => {
    const d = talkOn('curso-tecnico', 'e se ele atrasar a matrícula a vaga continua guardada, né');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/perde a vaga/);
  });
  it('guard: a belief with a topic word is still that topic ("é de graça né?" on the free pass)', () => {
    expect(asked(talkOn('passe-livre', 'é de graça né?'))).toEqual(['cost']);
  });
  it('guard: one word of three held by a field says no topic ("e se a polícia encontrar o carro, eu perco o dinheiro né?" on the IPVA refund is not where)', () => {
    const d = talkOn('ipva-restituicao', 'e se a polícia encontrar o carro, eu perco o dinheiro né?');
    expect(asked(d)).not.toContain('where');
    expect(said(d)).toMatch(/encontrado/);
  });
  it('guard: a belief heard from someone is a claim, still read by the claim\'s readers ("meu cunhado falou q eu arranco as placas sozinho e levo no detran, né?" quotes the plates\' sentence)', () => {
    const d = talkOn('baixa-veiculo', 'meu cunhado falou q eu arranco as placas sozinho e levo no detran, né?');
    expect(asked(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/placas sao recolhidas/);
  });
  it('guard: a belief no field holds and no sentence holds is still not on the card ("o despachante resolve isso pra mim, né?" on the IPVA)', () => {
    expect(asked(talkOn('ipva', 'o despachante resolve isso pra mim, né?'))).toEqual(['unanswered']);
  });
});
