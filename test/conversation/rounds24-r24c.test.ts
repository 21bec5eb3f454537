// The twenty-fourth session's rounds of r24c (2140 on): a question on a card answered by a sentence of the card in
// other words. One `describe` per round; each test was checked to fail on the code before its round. Written from the
// citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2140: near-synonyms for the water meter (relógio / hidrômetro) and for what is kept or given back (retido / devolvido)', () => {
  it('the water meter asked as a "relógio" gets the condition to install a hidrômetro', () => {
    for (const q of ['vou ter que por relogio no poco?', 'eles exigem relógio medidor?']) {
      expect(said(talkOn('outorga-agua', q)), q).toMatch(/hidrometro/);
    }
  });
  it('papers asked whether kept get the sentence saying the originals are given back', () => {
    for (const q of ['o diploma original fica retido com eles?', 'meus originais ficam retidos la?']) {
      expect(said(talkOn('equivalencia-estudos', q)), q).toMatch(/originais devolvidos/);
    }
  });
  it('a watch is still a watch where the card says relógio itself', () => {
    expect(said(talkOn('exames-detran', 'pode entrar de relogio na prova?'))).toMatch(/celular, relogio/);
  });
});

describe('round 2141 (bug fix): "gratuidade" says what the cost asks (TOPIC_SAYS read "gratuit…" only, and "gratuidade" is spelt "gratuid…")', () => {
  it('asked whether a group pays, the sentence giving that group the gratuidade answers first', () => {
    for (const q of ['deficiente paga?', 'pessoa com deficiencia paga alguma coisa?']) {
      const reply = said(talkOn('onibus-intermunicipal', q));
      expect(reply, q).toMatch(/para o seu caso/);
      expect(reply, q).toMatch(/direito a gratuidade/);
    }
  });
});

describe('round 2142: the present of a verb in "-erar" ("libera", "recupera") meets its infinitive and its noun ("liberação", "recuperar")', () => {
  it('asked whether the yard gives the car back at night, the sentence on when the liberação is done answers', () => {
    for (const q of ['o patio libera carro de noite?', 'eles liberam no domingo? o patio libera?']) {
      expect(said(talkOn('veiculo-removido', q)), q).toMatch(/liberacao no patio e feita em horario comercial/);
    }
  });
  it('asked whether one recovers it alone, the sentence on recovering it alone answers', () => {
    expect(said(talkOn('conta-govbr', 'o sistema recupera a senha sozinho?'))).toMatch(/recuperar sozinho/);
  });
  it('a word the stemmer keeps whole is left as written ("espera")', () => {
    const d = talkOn('veiculo-removido', 'o carro espera no patio quanto tempo?');
    expect(d.state.focus).toBe('veiculo-removido');
    expect(said(d)).not.toMatch(/nao tenho essa informacao/);
    expect(said(d)).toMatch(/horario comercial/);
  });
});

describe('round 2143 (bug fix): ASKS_PROXY names the same relatives whether the errand is any verb ("pagar pra mim") or fetching', () => {
  it('a cousin, an in-law or a colleague acting for the citizen gets the sentence on another person acting', () => {
    for (const q of ['meu primo pode pagar pra mim?', 'minha cunhada consegue pagar pra mim o ipva?', 'um colega poderia pagar para mim?']) {
      expect(said(talkOn('ipva', q)), q).toMatch(/outra pessoa pode pagar pelo proprietario/);
    }
  });
});
