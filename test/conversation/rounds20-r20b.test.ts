// The twentieth session's rounds of helper r20b (1540 on), one `describe` per round; each test was checked to fail on
// the code before its round. A usual topic asked (cost, documents, where, time…) while the question names a case the
// card treats in a sentence of its own: that sentence answers, first.
import { describe, expect, it } from 'vitest';
import { kinds, talkOn } from './real.ts';
import type { EngineDriver } from '../support/catalogue.ts';

/** The text of the last turn's replies, folded to lower case without accents. */
const said = (d: EngineDriver): string =>
  (d.last?.replies ?? []).map((r) => r.text).join('\n').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('round 1540: a topic asked for a case the card names ("e pro mei paga alguma coisa?") quotes the sentence on that case, first', () => {
  const cases: [string, string[], RegExp, RegExp][] = [
    // [service, wordings, the case's sentence, the topic's general answer]
    ['abrir-empresa', ['e pro mei paga alguma coisa', 'sendo mei, tem taxa?', 'quanto custa pra mei?', 'e se eu for mei, quanto custa?'], /de graca/, /preco publico/],
    ['baixa-empresa', ['sendo mei, tem taxa?', 'mei paga alguma coisa pra fechar?', 'quanto custa pra mei?'], /de graca/, /preco publico/],
    ['bo-furto', ['pede o imei, onde eu acho isso?', 'onde fica o imei do celular?', 'o imei eu acho onde?'], /caixa ou na nota fiscal/, /policia militar/],
    ['itcd', ['o cartorio vai pedir qual papel?', 'qual documento o cartorio exige?', 'o que levo no cartorio depois?'], /exigida pelo cartorio|apresente-a ao cartorio/, /certidao de obito/],
  ];
  for (const [id, wordings, sentence, general] of cases) {
    it(`on ${id}, the case's sentence comes before the general answer`, () => {
      for (const q of wordings) {
        const d = talkOn(id, q);
        const text = said(d);
        expect(text, `${id}: ${q}`).toMatch(sentence);
        expect(text.search(sentence), `${id}: ${q}`).toBeLessThan(text.search(general));
        expect(d.state.view, `${id}: ${q}`).toMatchObject({ at: 'service', serviceId: id });
      }
    });
  }

  it('"e se fosse doméstica?" after the right to the unemployment insurance: the sentence on domestic workers', () => {
    const d = talkOn('seguro-desemprego', 'trabalhei so 10 meses, tenho direito?', 'e se fosse domestica?');
    expect(said(d)).toMatch(/domestico/);
  });

  it('what must not change: a bare topic gets its answer alone, and a word of the service\'s own names is no case', () => {
    for (const [id, q] of [['abrir-empresa', 'quanto custa?'], ['itcd', 'quais documentos?'], ['bo-furto', 'onde faço?']] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['follow_up']);
      expect(said(d), `${id}: ${q}`).not.toMatch(/sobre a sua pergunta|para o seu caso/);
    }
    // "reclamo" names the ombudsman itself: the sentence about the IPSEMG's own ombudsman (a rare word) still answers.
    expect(said(talkOn('ouvidoria-saude', 'qual o telefone?', 'e do ipsemg reclamo no mesmo lugar?'))).toMatch(/fazenda/);
  });
});
