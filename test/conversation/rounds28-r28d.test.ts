// The twenty-eighth session's rounds of r28d (2880 on): follow-ups answered by a sentence of the card. One `describe`
// per round; the first test of each and the "paid" one were checked to fail on the code before the rounds, the others
// guard what the round must leave alone or was already answered (and must stay so). Written from the citizen's side,
// in the ways people type on a phone, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 2880: a topic answered, the sentence for what its field does not say', () => {
  it('a rare word the field does not hold ("desconto" with the cost) gets the sentence that says it of the topic', () => {
    const d = talkOn('multas-pontuacao', 'consigo algum desconto?');
    expect(said(d)).toMatch(/quanto custa/);
    expect(said(d)).toMatch(/pode ter desconto/);
  });
  it('"quanto tempo de antecedencia" with the time: the sentence on arriving early', () => {
    const d = talkOn('exames-detran', 'quanto tempo de antecedencia eu chego?');
    expect(said(d)).toMatch(/chegue com antecedencia/);
  });
  it('a noun naming the field itself is the topic\'s own: "quem tem direito?" gets who may ask, no stray sentence', () => {
    const d = talkOn('seguro-desemprego', 'e quem tem direito?');
    expect(said(d)).toMatch(/quem pode pedir/);
    expect(said(d)).not.toMatch(/sobre a sua pergunta/);
  });
  it('a short stem is the topic\'s own too: the telephones, not the protocol number', () => {
    const d = talkOn('ouvidoria', 'qual o numero?');
    expect(said(d)).toMatch(/162/);
    expect(said(d)).not.toMatch(/protocolo/);
  });
  it('a sentence that does not say what the topic asks is not quoted ("pessoalmente" with the online answer)', () => {
    const d = talkOn('historico-escolar', 'tenho que ir pessoalmente?');
    expect(asked(d)).toEqual(['online']);
    expect(said(d)).not.toMatch(/procuracao/);
  });
  it('paid and asking whether it shows already: the sentence on when a payment shows', () => {
    const d = talkOn('situacao-veiculo', 'paguei o ipva ontem, ja aparece?');
    expect(said(d)).toMatch(/atualizar situacao/);
    const e = talkOn('dae', 'quitei o dae hoje, ja consta no sistema?');
    expect(said(e)).toMatch(/compensacao do pagamento/);
  });
});

describe('round 2881: asked who does a thing, the sentence that names who does it', () => {
  it('"quem me paga?": the sentence naming who pays, by the verb\'s noun ("O pagamento é feito pela Caixa")', () => {
    const d = talkOn('seguro-desemprego', 'e quem me paga o seguro?');
    expect(said(d)).toMatch(/feito pela caixa/);
  });
  it('"quem emite essa guia?": the sentence saying by whom it is issued, after the agency', () => {
    const d = talkOn('gta', 'quem emite essa guia?');
    expect(said(d)).toMatch(/emitida pelo instituto/);
  });
  it('"quem dá as aulas práticas?" on the first licence: with a credentialed instructor', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'e quem da as aulas praticas?');
    expect(said(d)).toMatch(/instrutor autonomo credenciado/);
  });
  it('who may ask is still who may ask: no sentence of who does it', () => {
    const d = talkOn('seguro-desemprego', 'quem pode pedir?');
    expect(said(d)).toMatch(/quem pode pedir/);
    expect(said(d)).not.toMatch(/caixa/);
  });
});
