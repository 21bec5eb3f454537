// The nineteenth session's rounds of r19b (1420 on), one `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in the informal way people type (or dictate) on a phone.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

/** The text of the last turn's replies, folded to lower case without accents. */
const said = (d: ReturnType<typeof talkOn>): string =>
  (d.last?.replies ?? [])
    .map((r) => r.text)
    .join('\n')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

describe('round 1420: a question on a card is not carried to a service found only through a stray word', () => {
  it('"e …" after a topic stays on the card when its words do not name the service the search finds', () => {
    const cases: [string, string, string, RegExp][] = [
      // The water-use permit found the prison visits ("sai"), the GTA too; the stolen vehicle's refund the REDS lookup.
      ['outorga-agua', 'quais documentos?', 'e depois que sai a outorga ela vence?', /renove|vencimento/],
      ['gta', 'quanto custa?', 'e depois que sai a guia ela vence?', /validade/],
      ['ipva-restituicao', 'onde faço?', 'e se acharem a moto?', /recupera|encontrado/],
      ['ipva-restituicao', 'onde faço?', 'e se acharem o carro?', /recupera|encontrado/],
    ];
    for (const [id, first, q, answer] of cases) {
      const d = talkOn(id, first, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(answer);
    }
  });

  it('the EJA is not left for the unemployment insurance by "quem trabalha na roça"', () => {
    const d = talkOn('eja', 'quem pode?', 'e quem trabalha na roça e nao pode ir todo dia?');
    expect(d.state.focus).toBe('eja');
  });

  it('a word both titles hold keeps the card in view ("e se a conta vier muito alta?" on the water bill)', () => {
    const d = talkOn('copasa-conta', 'quanto custa?', 'e se a conta vier muito alta?');
    expect(d.state.focus).toBe('copasa-conta');
  });

  it('a question naming another service by its name still carries the topic over', () => {
    expect(talkOn('cemig-conta', 'quanto custa?', 'e a conta de agua?').state.focus).toBe('copasa-conta');
    expect(talkOn('ipva', 'quanto custa?', 'e o licenciamento?').state.focus).toBe('crlv-licenciamento');
    expect(talkOn('copasa-conta', 'quanto custa?', 'e a conta de luz?').state.focus).toBe('cemig-conta');
  });
});

describe('round 1421: a question asked without "?" or with a weak cue stays on the card the search only brushes', () => {
  it('a question dictated without its mark, naming the card, is asked of it', () => {
    const cases: [string, string][] = [
      ['bo-perda-documentos', 'o bo chega como'],
      ['bo-furto', 'o boletim sai como'],
    ];
    for (const [id, q] of cases) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
    expect(said(talkOn('bo-perda-documentos', 'o bo chega como'))).toMatch(/e-mail/);
  });

  it('a weak cue in a question ("valor") whose other words name nothing found stays on the card', () => {
    for (const q of ['volta o valor inteiro?', 'devolve o valor inteiro?']) {
      const d = talkOn('ipva-restituicao', q);
      expect(d.state.focus, q).toBe('ipva-restituicao');
      expect(said(d), q).toMatch(/proporcional/);
    }
    const d = talk('roubaram minha moto em agosto e eu tinha pago o ipva todinho, volta alguma coisa?', 'volta o valor inteiro?');
    expect(d.state.focus).toBe('ipva-restituicao');
  });

  it('a new subject named by its name still opens its service', () => {
    expect(talkOn('bo-perda-documentos', 'como tiro a segunda via da carteira de motorista?').state.focus).toBe('cnh-2a-via');
    expect(talkOn('ipva-restituicao', 'qual o valor do licenciamento?').state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 1422: how long a thing is valid, asked with the thing between the words, quotes its validity', () => {
  it('"por quanto tempo essa certidão vale?" and the like quote the validity sentence', () => {
    const cases: [string, string, RegExp][] = [
      ['certidao-debitos', 'Por quanto tempo essa certidão vale?', /validade/],
      ['certidao-debitos', 'quanto tempo a certidao vale?', /validade/],
      ['cnh-renovacao', 'por quanto tempo a carteira vale?', /3 anos/],
      ['gta', 'por quanto tempo a guia vale?', /validade/],
    ];
    for (const [id, q, answer] of cases) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(answer);
    }
  });

  it('how long it takes is still the time it takes', () => {
    const d = talkOn('certidao-debitos', 'quanto tempo demora?');
    expect(said(d)).toMatch(/imediato/);
    expect(said(d)).not.toMatch(/sobre a sua pergunta/);
  });
});
