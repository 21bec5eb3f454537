// The nineteenth session's rounds of helper r19a (1400 on), one `describe` per round; each test was checked to fail
// on the code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, talkOn } from './real.ts';

/** The text of the last turn's replies, folded to lower case without accents. */
const said = (d: ReturnType<typeof talkOn>): string =>
  (d.last?.replies ?? []).map((r) => r.text).join('\n').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe("round 1400: a question no topic asks is answered by the card's own sentence", () => {
  // Each failed before: the card again ("instrutor", "tatuagem" find the card in view), or the cost just asked carried
  // over to a question that is no cost ("da pra renovar … sem exame …?").
  const cases: [string, string, string, RegExp][] = [
    ['cnh-primeira-habilitacao', 'quanto custa?', 'precisa mesmo fazer autoescola ou posso aprender com instrutor autonomo?', /instrutor autonomo/],
    ['cnh-primeira-habilitacao', 'precisa agendar?', 'da pra aprender com instrutor autonomo em vez de autoescola?', /instrutor autonomo/],
    ['doacao-sangue', 'quanto custa?', 'posso doar sangue se fiz tatuagem recente?', /tatuagem recente/],
    ['doacao-sangue', 'quanto custa?', 'da pra doar sangue tendo feito tatuagem recente?', /tatuagem recente/],
    ['cnh-renovacao', 'quanto custa?', 'da pra renovar a cnh sem exame se eu nao tive infracao?', /sem infracoes/],
  ];
  for (const [id, before, q, re] of cases) {
    it(`"${q}" on ${id}, after "${before}", quotes the card's sentence, on the card in view`, () => {
      const d = talkOn(id, before, q);
      expect(kinds(d)).toEqual(['passage']);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it('questions the card\'s sentences already answered before stay answered so (other wordings, other services)', () => {
    const kept: [string, string, string, RegExp][] = [
      ['exames-detran', 'tem q pagar de novo?', 'pode levar o celular pra prova teorica?', /detector de metais/],
      ['exames-detran', 'onde faço?', 'da pra entrar com relogio na prova teorica?', /detector de metais/],
      ['cnh-transferencia-estado', 'quanto custa?', 'tenho que transferir antes de pedir a segunda via?', /transferencia antes de renovar/],
      ['bo-furto', 'quanto custa?', 'furtaram meu celular, preciso do imei pro boletim?', /imei/],
    ];
    for (const [id, before, q, re] of kept) {
      const d = talkOn(id, before, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['passage']);
      expect(said(d), `${id}: ${q}`).toMatch(re);
    }
  });

  it('a word of the question that another service is found by ("celular": the theft report) does not open it', () => {
    const d = talkOn('exames-detran', 'quanto custa?', 'posso levar o celular na prova teorica?');
    expect(d.state.focus).toBe('exames-detran');
    expect(said(d)).toMatch(/celular/);
  });

  it('a topic asked is still answered by its topic, a case put after one still carries it, and a service named still opens', () => {
    // The cost, though a sentence of the card holds "taxa … emitir".
    expect(kinds(talkOn('antecedentes-criminais', 'Há alguma taxa para emitir o atestado?'))).toEqual(['follow_up']);
    // Where it is done, then a case put: the answer of where with its channels (the Ouvidoria's 162).
    expect(said(talkOn('onibus-intermunicipal', 'onde faço?', 'E se eu quiser reclamar da empresa?'))).toMatch(/162/);
    // Who may ask: someone acting for the citizen is left to that answer.
    const proxy = talkOn('conta-govbr', 'minha mae pode ir na uai no meu lugar?');
    expect(said(proxy)).not.toMatch(/sobre isso, o servico informa/);
    expect(kinds(proxy)).toEqual(['follow_up']);
    // Another service named by its title opens it.
    expect(talkOn('exames-detran', 'e a renovação da cnh, como faço?').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 1401: near-synonyms for what the card says in other words (verdadeiro/autenticidade, psicotécnico/psicológica)', () => {
  it('whether a document is true is asked as the card says it: its authenticity', () => {
    for (const q of ['e a empresa tem como saber se é verdadeiro?', 'como a firma confere se o atestado é verdadeiro?', 'da pra saber se o atestado é autentico?']) {
      const d = talkOn('antecedentes-criminais', 'quanto custa?', q);
      expect(d.state.focus, q).toBe('antecedentes-criminais');
      expect(said(d), q).toMatch(/autenticidade/);
    }
  });

  it('the "psicotécnico" is the psychological evaluation the cards speak of', () => {
    for (const [id, q] of [
      ['cnh-mudanca-categoria', 'e o psicotecnico, vou ter q fazer?'],
      ['cnh-mudanca-categoria', 'tem psicotecnico?'],
    ] as const) {
      const d = talkOn(id, 'quanto custa?', q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(/psicologic/);
    }
  });
});
