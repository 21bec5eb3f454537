// The twenty-third session's rounds of helper r23a (1900 on). One `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe('round 1900: not following, asked of a word of the card, is answered with what the card says of that word', () => {
  it('an acronym the card spells out: the sentence that spells it', () => {
    for (const [id, q, want] of [
      ['crlv-licenciamento', 'como assim trlav? nao entendi', /taxa de renovacao do licenciamento anual/],
      ['visita-presidio', 'o que é NAF? nao entendi nada', /nucleo de assistencia as familias/],
      ['cnh-estrangeiro', 'nao entendi, o que seria o rnm?', /identidade de estrangeiro \(rnm\)/],
      ['transferencia-veiculo', 'nao entendi, o que é essa atpv?', /autorizacao para transferencia de propriedade/],
      ['medicamentos-alto-custo', 'o que é esse ceaf? nao entendi', /componente especializado da assistencia farmaceutica/],
      ['gta', 'nao entendi, oq é esse ima?', /instituto mineiro de agropecuaria/],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['passage']);
      expect(said(d), `${id}: ${q}`).toMatch(want);
      expect(d.state.focus).toBe(id);
    }
  });

  it('a word of the card, or a question put after not following: the sentences that hold it', () => {
    for (const [id, q, want] of [
      ['licenca-pesca', 'nao entendi nada, o que é piracema?', /piracema/],
      ['cnh-estrangeiro', 'nao entendi, como assim traducao juramentada?', /traducao juramentada/],
      ['cnh-renovacao', 'nao entendi essa parte do exame. vou ter que fazer o psicologico?', /psicologico\) e presencial/],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['passage']);
      expect(said(d), `${id}: ${q}`).toMatch(want);
    }
  });

  it('not following with nothing asked of a word, or a statement about a part, is explained again as before', () => {
    for (const [id, before, q] of [
      ['licenca-pesca', 'quais documentos?', 'nao entendi essa parte da categoria'],
      ['ipva', 'quanto custa?', 'como assim? nao entendi nada'],
      ['cnh-renovacao', 'quanto tempo demora', 'hã? nao entendi'],
      ['itcd', 'quanto custa?', 'hã?? nao entendi nada'],
    ] as const) {
      const d = talkOn(id, before, q);
      expect(said(d), `${id}: ${q}`).toMatch(/vou explicar de outro jeito/);
    }
    expect(asked(talkOn('ipva', 'nao entendi, quanto custa?'))).toEqual(['cost']);
    // "viajar" shares its stem with the slang "viajei" (not following), and is no such cue here either.
    expect(said(talkOn('passe-livre', 'E para viajar dentro de Minas, qual é o limite de renda?'))).not.toMatch(/vou explicar de outro jeito/);
  });
});

describe('round 1901: the card in view compared with another thing is answered with what the card says of it, or what each one is', () => {
  it('the card says it of the thing compared: that sentence, and the card stays', () => {
    for (const [id, q, want] of [
      ['cin-1a-via', 'essa cin vale como o rg antigo?', /substitui o antigo rg/],
      ['cin-2a-via', 'essa carteira nova vale como o rg antigo?', /substitui o antigo rg/],
      ['avcb', 'qual a diferença entre o avcb e o clcb?', /certificado de licenciamento \(clcb\)/],
      ['antecedentes-criminais', 'o banco pediu o federal, é esse mesmo?', /policia federal/],
      ['visita-virtual', 'qual a diferença disso pro cadastro de visitante?', /faca primeiro o cadastro de visitante/],
      ['multas-pontuacao', 'qual a diferença disso pro recurso?', /defesa ou recurso/],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['passage']);
      expect(said(d), `${id}: ${q}`).toMatch(want);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('another service the card says nothing of: what each one is, from each description, and a way to the other', () => {
    for (const [id, q, other, want] of [
      ['sine-emprego', 'é a mesma coisa que o seguro desemprego?', 'seguro-desemprego', /beneficio federal/],
      ['ipva-isencao', 'qual a diferenca disso pra restituicao do ipva?', 'ipva-restituicao', /furtado|roubado/],
      ['ciptea', 'é a mesma coisa que o passe livre?', 'passe-livre', /onibus intermunicipais/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(want);
      expect(d.last?.replies[0]?.options?.[0]?.id, `${id}: ${q}`).toBe(`svc:${other}`);
    }
  });

  it('what the case changes, "mesmo que" (even if), and a card that also serves someone else are read as before', () => {
    expect(asked(talkOn('crlv-licenciamento', 'mesmo que eu nao tenha pago a multa, consigo?'))).toEqual(['cost']);
    const company = talkOn('certidao-debitos', 'e pra empresa é a mesma?');
    expect(said(company)).toMatch(/pessoa ou empresa/);
    expect(talkOn('ipva', 'faz diferença se for moto?').state.focus).toBe('ipva');
  });
});

describe('round 1902: the same two questions in the shapes of the older sets: "por aqui também?", "já tenho X, não serve?", "o que é <sigla>" with no "não entendi"', () => {
  it('whether this service covers another thing too, or what the citizen holds counts: what the card says of it', () => {
    for (const [id, q, want] of [
      ['dae', 'e o icms da empresa, pago por aqui tambem?', /icms e multas/],
      ['ipva', 'e a taxa de licenciamento, pago por aqui tambem?', /licenciamento anual/],
      ['baixa-empresa', 'sou mei, faço a alteração por aqui tambem?', /portal do empreendedor/],
      ['cin-1a-via', 'ja tenho o rg antigo, ele nao serve mais?', /substitui o antigo rg/],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['passage']);
      expect(said(d), `${id}: ${q}`).toMatch(want);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('what an acronym the card spells out is, asked with no "não entendi", mark or not', () => {
    for (const [id, q, want] of [
      ['medicamentos-alto-custo', 'o que é o ceaf', /componente especializado da assistencia farmaceutica/],
      ['visita-presidio', 'que que é esse naf', /nucleo de assistencia as familias/],
      ['crlv-licenciamento', 'o que seria a trlav?', /taxa de renovacao do licenciamento anual/],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['passage']);
      expect(said(d), `${id}: ${q}`).toMatch(want);
    }
  });

  it('"o que é preciso" asks for the documents; a word glossed in brackets in lower case is no acronym spelt out', () => {
    expect(asked(talkOn('cin-2a-via', 'o que é preciso levar?'))).toEqual(['documents']);
    // "extinção (baixa) de empresas" glosses a title word: the MEI's own sentence answers.
    expect(said(talkOn('baixa-empresa', 'Sou MEI. Faço a baixa por aqui também?'))).toMatch(/portal do empreendedor/);
  });
});
