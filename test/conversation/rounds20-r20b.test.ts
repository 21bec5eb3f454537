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

describe('round 1541: "e se…?" asking what comes of being late, of not doing it in time, or of a refusal quotes the card\'s sentence on that case', () => {
  it('being late said with "demorar", on three services: the sentence on what lateness brings', () => {
    for (const [id, q, re] of [
      ['veiculo-removido', 'e se demorar umas semanas pra tirar?', /leilao/],
      ['veiculo-removido', 'e se eu demorar pra buscar o carro?', /leilao/],
      ['cemig-conta', 'e se eu demorar pra pagar?', /multa e juros/],
      ['transferencia-veiculo', 'e se eu demorar pra transferir?', /leva multa/],
    ] as const) {
      const d = talkOn(id, q);
      expect(said(d), `${id}: ${q}`).toMatch(re);
      expect(d.state.view, `${id}: ${q}`).toMatchObject({ at: 'service', serviceId: id });
    }
  });

  it('not doing it in time, put as a case: the sentence on who does not do it in time', () => {
    expect(said(talkOn('cadastro-escolar', 'e se eu nao conseguir ir na escola confirmar a matricula no prazo?'))).toMatch(/perder a vaga/);
    expect(said(talkOn('veiculo-removido', 'caso eu nao retire no prazo?'))).toMatch(/leilao/);
    expect(said(talkOn('veiculo-removido', 'e se eu nao tirar o carro dentro do prazo?'))).toMatch(/leilao/);
  });

  it('"se eu deixar…, dá algum problema?": a consequence asked without a negation gets the penalty the card names', () => {
    expect(said(talkOn('cnh-endereco', 'se eu deixar o endereço velho da algum problema?'))).toMatch(/infracao/);
    expect(said(talkOn('cnh-endereco', 'se eu deixar o cadastro assim, tem multa?'))).toMatch(/infracao/);
  });

  it('"e se negarem?" (a short stem of a long word) after another topic: the sentence on a refused request, on three services', () => {
    expect(said(talkOn('seguro-desemprego', 'quanto custa?', 'e se negarem?'))).toMatch(/recorrer/);
    expect(said(talkOn('acesso-informacao', 'quanto tempo demora?', 'e se negarem?'))).toMatch(/recurso/);
    expect(said(talkOn('medicamentos-alto-custo', 'quanto tempo demora?', 'e se negarem?'))).toMatch(/informa o motivo/);
  });

  it('what must not change: "e se eu perder o prazo?" on the school registration still points to the remaining places', () => {
    expect(said(talkOn('cadastro-escolar', 'quanto tempo demora?', 'e se eu perder o prazo?'))).toMatch(/remanescente/);
    expect(said(talkOn('cadastro-escolar', 'e se eu perder o prazo?'))).toMatch(/remanescente/);
  });
});

describe('round 1542: "preciso de <the service itself>?", with the citizen\'s case told, quotes the card\'s sentence on who does not need it', () => {
  it('on three services and in several wordings', () => {
    for (const [id, q, re] of [
      ['outorga-agua', 'Uso pouca água de uma nascente. Preciso de outorga?', /insignificantes/],
      ['outorga-agua', 'so tenho um pocinho pra casa, preciso pedir outorga?', /insignificantes/],
      ['outorga-agua', 'é pouquinha agua, tenho que ter outorga?', /insignificantes/],
      ['inscricao-estadual', 'Minha empresa presta só serviços municipais. Preciso de inscrição estadual?', /nao precisam de inscricao/],
      ['inscricao-estadual', 'eu so presto servico municipal, tenho que fazer a inscricao estadual?', /nao precisam de inscricao/],
      ['ipva-isencao', 'Meu carro é de 2003. Preciso pedir isenção?', /20 anos/],
      ['ipva-isencao', 'meu carro é bem velho, tenho que pedir a isencao?', /20 anos/],
    ] as const) {
      const d = talkOn(id, q);
      expect(said(d), `${id}: ${q}`).toMatch(re);
      expect(d.state.view, `${id}: ${q}`).toMatchObject({ at: 'service', serviceId: id });
    }
  });

  it('what must not change: a need named by a word of a popular name only ("autorização antes de furar") gets its own sentence', () => {
    expect(said(talkOn('outorga-agua', 'preciso de autorizacao antes de furar?'))).toMatch(/previa/);
    expect(said(talkOn('outorga-agua', 'quero furar um poço artesiano la no sitio, preciso pedir antes de furar?'))).toMatch(/autoriza/);
  });
});
