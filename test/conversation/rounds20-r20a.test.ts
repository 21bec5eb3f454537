// The twentieth session's rounds of helper r20a (1520 on): which sentence of the card answers the question. One
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side,
// in the informal way people type (or dictate) on a phone.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/conversation/views.ts';
import { kinds, talkOn } from './real.ts';

/** The text of the last turn's replies, folded to lower case without accents. */
const said = (d: ReturnType<typeof talkOn>): string =>
  (d.last?.replies ?? []).map((r) => r.text).join('\n').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('round 1520: a question dictated without its mark is read by how one of its clauses opens or closes', () => {
  // Each failed before: without a "?", a question that opens with "oq"/"caso"/"o que acontece se", or that follows
  // what the citizen tells in a clause of its own ("…, tem problema", "…, e agora", "…, quem resolve"), was no
  // question, so the card's sentence that answers it was never looked for ("Não entendi bem", or the card again).
  const cases: [string, string, RegExp][] = [
    ['doacao-sangue', 'bebi umas cervejas no sabado, tem problema', /12 horas/],
    ['doacao-sangue', 'fiz tatuagem semana passada, e agora', /tatuagem recente/],
    ['itcd', 'caso eu atrase o pagamento', /multa e juros/],
    ['itcd', 'oq acontece se eu atrasar', /multa e juros/],
    ['avcb', 'oq tem q instalar no galpao pra vistoria', /extintores/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes the card's sentence, on the card in view`, () => {
      const d = talkOn(id, q);
      expect(kinds(d)).toEqual(['passage']);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }

  it('reads the clause, not only the opening', () => {
    expect(isQuestion('veio errado o valor do mes, quem resolve')).toBe(true);
    expect(isQuestion('perdi a nota da oficina, e agora')).toBe(true);
    expect(isQuestion('e se eu atrasar o pagamento')).toBe(true);
    expect(isQuestion('oq tem q levar')).toBe(true);
  });

  it('a statement with no clause of asking is still no question', () => {
    expect(isQuestion('tomei cerveja ontem')).toBe(false);
    expect(isQuestion('ja paguei o imposto')).toBe(false);
    expect(isQuestion('moro em contagem, perto da lagoa')).toBe(false);
    // Told, not asked: since round 2100 (r24a) the card's sentence about the case is quoted, not "Não entendi".
    const d = talkOn('doacao-sangue', 'tomei cerveja ontem');
    expect(kinds(d)).toEqual(['passage']);
    expect(d.state.focus).toBe('doacao-sangue');
  });
});

describe("round 1521: an acronym of the card's own text says which sentence, and 'o que é esse X?' gets the sentence that spells it out", () => {
  // Each failed before: the acronym was a word of three letters, too short for the retrieval under the passages, so
  // the card's one sentence naming it was not found ("Não tenho essa informação", the card again); asked what an
  // acronym is, the first sentence naming it was quoted, not the one spelling it out.
  const rare: [string, string, RegExp][] = [
    ['veiculo-removido', 'quem levou foi a prf na br, é a mesma coisa?', /orgao federal/],
    ['veiculo-removido', 'a prf que guinchou, muda alguma coisa?', /orgao federal/],
    ['baixa-empresa', 'sou mei, fecho por aqui tb?', /portal do empreendedor/],
  ];
  for (const [id, q, re] of rare) {
    it(`"${q}" on ${id} quotes the sentence naming the acronym`, () => {
      const d = talkOn(id, q);
      expect(kinds(d)).toEqual(['passage']);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }
  const spelt: [string, string, RegExp][] = [
    ['medicamentos-alto-custo', 'o que é esse lme', /laudo/],
    ['medicamentos-alto-custo', 'que lme é esse?', /laudo/],
    ['vistoria-veiculo', 'o que é esse csv?', /certificado de seguranca veicular/],
    ['equivalencia-estudos', 'o que é essa sre?', /superintendencia regional/],
    ['visita-presidio', 'o que é esse naf', /nucleo de assistencia/],
  ];
  for (const [id, q, re] of spelt) {
    it(`"${q}" on ${id} quotes the sentence that spells the acronym out`, () => {
      const d = talkOn(id, q);
      expect(kinds(d)).toEqual(['passage']);
      expect(said(d)).toMatch(re);
    });
  }
  it('an acronym the first sentence already spells out is quoted as before', () => {
    const d = talkOn('pescador-profissional', 'que ief é esse?');
    expect(said(d)).toMatch(/instituto estadual de florestas/);
    const e = talkOn('abrir-empresa', 'e se eu for mei, muda algo?');
    expect(said(e)).toMatch(/microempreendedor individual/);
  });
});

describe('round 1522: the scoring table reads how a question is put, not only its words', () => {
  // Each failed before. "não me identificar" asks for anonymity as "sem me identificar" does; "serve?" asks whether
  // the case fits, and its stem is no word to find ("presta serviço" was quoted); "e se negarem…?" puts a condition
  // whose verb has a stem of three letters, which the card's "Se negado, …" now matches; "tenho q fazer exame?" asks
  // about the exam, which a sentence saying "sem exame" answers before any other.
  const cases: [string, string, RegExp][] = [
    ['ouvidoria-saude', 'posso nao me identificar?', /sigilo/],
    ['ouvidoria-saude', 'prefiro nao dar meu nome, tem problema?', /sigilo/],
    ['ouvidoria-saude', 'nao quero me identificar, pode?', /sigilo/],
    ['ouvidoria', 'nao quero me identificar, tem como?', /sigilo/],
    ['inscricao-estadual', 'a terra é arrendada, serve?', /arrendamento/],
    ['medicamentos-alto-custo', 'e se negarem o pedido?', /motivo/],
    ['cnh-renovacao', 'nunca tomei multa, mesmo assim tenho q fazer exame?', /sem exame/],
  ];
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id} quotes the card's sentence that answers it`, () => {
      const d = talkOn(id, q);
      expect(kinds(d)).toEqual(['passage']);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }
  it('"serve?" alone no longer quotes a sentence only because it says "serviço"', () => {
    const d = talkOn('inscricao-estadual', 'o sitio é do meu pai, serve?');
    expect(said(d)).not.toMatch(/presta servico/);
    expect(d.state.focus).toBe('inscricao-estadual');
  });
  it('questions these rows already answered stay answered so', () => {
    expect(said(talkOn('denuncia-ambiental', 'nao quero dar meu nome, pode?'))).toMatch(/anonima/);
    expect(said(talkOn('acesso-informacao', 'tenho que dar o motivo?'))).toMatch(/motivo/);
  });
});
