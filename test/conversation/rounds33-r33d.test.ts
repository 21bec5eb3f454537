// The thirty-third session's rounds of r33d (follow-ups about the service in focus answered wrong). Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3460: danger put as a case, on a card whose sentences say what to do in danger', () => {
  it('the aggressor coming near, put as a case (infinitive, future subjunctive): the sentence on the aggressor', () => {
    for (const text of ['e se ele chegar mais perto de mim?', 'e se o meu ex se aproximar mesmo com a medida', 'caso ele vier atras de mim depois da medida', 'e se ele aparecer de novo depois da medida?']) {
      const d = talkOn('medida-protetiva', text);
      expect(d.state.focus, text).toBe('medida-protetiva');
      expect(said(d), text).toMatch(/agressor descumprir/);
    }
  });
  it('danger told with a question of contact keeps the card that says what to do in danger', () => {
    // Before the round, "voltar … noite" opened the missing person's card.
    const d = talkOn('medida-protetiva', 'se ele voltar a noite, ligo pra quem?');
    expect(d.state.focus).toBe('medida-protetiva');
    expect(said(d)).toMatch(/190/);
  });
});

describe('round 3461: whether it is compulsory, answered by the penalty for not doing it', () => {
  it('"é obrigatório… ou só se eu quiser?", "é opcional?": the sentence telling the penalty', () => {
    for (const [svc, text, penalty] of [
      ['cnh-endereco', 'atualizar é opcional?', /infracao/],
      ['cnh-endereco', 'tenho mesmo que fazer isso ou so se eu quiser?', /infracao/],
      ['comunicacao-venda', 'é obrigatorio avisar o detran?', /multas/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), text).toMatch(penalty);
    }
  });
});

describe('round 3462: the report ordered against another act, on the report\'s own card', () => {
  it('"registro o bo primeiro ou espero?": the sentence saying what comes first', () => {
    const d = talkOn('bo-estelionato', 'registro o bo primeiro ou espero?');
    expect(d.state.focus).toBe('bo-estelionato');
    expect(said(d)).toMatch(/antes mesmo do boletim/);
  });
});

describe('round 3463: what to tell, answered by the sentence saying what to inform or note', () => {
  it('"o que eu tenho que falar pra eles?": the sentence telling what to inform', () => {
    const d = talkOn('denuncia-ambiental', 'o que eu tenho que falar pra eles?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).toMatch(/informar o local/);
  });
});

describe('round 3464: "dividir" is how one asks for instalments (near-synonyms)', () => {
  it('"tem como dividir?", "aceita dividido?" on the IPVA: the sentence on single payment or instalments', () => {
    for (const text of ['tem como dividir?', 'aceita dividido?']) {
      const d = talkOn('ipva', text);
      expect(d.state.focus, text).toBe('ipva');
      expect(said(d), text).toMatch(/parcelas/);
    }
  });
});
