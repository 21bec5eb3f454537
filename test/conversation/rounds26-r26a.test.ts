// The twenty-sixth session's rounds of r26a (2600 on: payment and what comes after), one `describe` per round; each
// test was checked to fail on the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2600: asked how to pay or whether a means is taken, the card\'s sentence telling the means answers', () => {
  it('"tem boleto?", "aceitam pix?", "paga de que jeito?", "qual o meio de pagamento?" quote the means, often a step\'s text', () => {
    for (const [id, q, want] of [
      ['primeiro-emplacamento', 'tem boleto?', /pague por pix ou boleto/],
      ['dae', 'aceitam pix?', /pague por pix ou nos bancos/],
      ['crlv-licenciamento', 'paga de que jeito?', /pague os debitos por pix/],
      ['copasa-conta', 'qual o meio de pagamento?', /codigo de barras ou pelo pix/],
      ['cnh-mudanca-categoria', 'da pra pagar a taxa no boleto?', /boleto em banco credenciado/],
    ] as const) {
      expect(said(talkOn(id, q)), `${id}: ${q}`).toMatch(want);
    }
  });
  it('a means named alone asks no means ("o boleto vence quando?"), and a warning not to pay is no means', () => {
    expect(said(talkOn('ipva', 'o boleto vence quando?'))).not.toMatch(/pague pelo pix gerado/);
    const card = said(talkOn('ipva', 'consigo pagar no cartao?'));
    expect(card).toMatch(/pague pelo pix gerado no site/);
    expect(card).not.toMatch(/cuidado com golpes/);
  });
  it('someone of the family paying "o meu"/"a minha" is asked for the citizen: who may act for another answers', () => {
    for (const q of ['meu filho pode pagar a minha guia?', 'minha irma consegue pagar o meu imposto?']) {
      expect(said(talkOn('ipva', q)), q).toMatch(/outra pessoa pode pagar/);
    }
  });
});

describe('round 2601: how what is issued reaches the citizen, to whom it goes, and how one learns it came out', () => {
  it('"vem pelo correio?", "recebo por email?" quote the sentence telling how it is delivered', () => {
    for (const [id, q, want] of [
      ['cnh-renovacao', 'a nova cnh vem pelo correio?', /correios/],
      ['bo-perda-documentos', 'recebo o bo por email?', /recebe por e-mail/],
      ['certidao-debitos', 'a certidao vem por email?', /imprimir ou salvar em pdf/],
      ['ciptea', 'vao mandar a carteirinha pra minha casa?', /fica disponivel no cidadao mg/],
    ] as const) {
      expect(said(talkOn(id, q)), `${id}: ${q}`).toMatch(want);
    }
  });
  it('"pra quem eu entrego…?" quotes where the card says it is handed', () => {
    for (const q of ['e o boletim, envio pra quem?', 'o bo eu tenho que mandar pra quem?']) {
      expect(said(talkOn('bo-estelionato', q)), q).toMatch(/envie o boletim ao banco/);
    }
  });
  it('"como fico sabendo se consegui?", "como sei que mudou?" quote where the result is consulted', () => {
    expect(said(talkOn('cadastro-escolar', 'como fico sabendo se consegui a vaga?'))).toMatch(/consulte no mesmo site a escola/);
    expect(said(talkOn('cnh-endereco', 'como eu sei que mudou mesmo?'))).toMatch(/confira se o novo endereco aparece/);
  });
  it('"se passei" is the verb passar, not the steps: the card answers with where the result is seen', () => {
    const d = talkOn('exames-detran', 'e como vou saber se passei na prova?');
    expect(d.state.view.at).toBe('service');
    expect(said(d)).toMatch(/consulte o resultado/);
  });
});

describe('round 2602: on a card that pays by it, a means of paying asked as one names no other service', () => {
  it('"tem boleto pra taxa? nao uso pix" keeps the card (not the DAE nor the water permit)', () => {
    for (const [id, q] of [
      ['cnh-renovacao', 'tem boleto pra taxa? nao uso pix'],
      ['crlv-licenciamento', 'a taxa tem boleto? eu nao uso pix'],
      ['cnh-renovacao', 'a taxa tem boleto? eu nao uso pix'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), q).toMatch(/boleto/);
    }
  });
  it('a means told in a story, with no verb paying or taking it, is left to the search ("devolver o dinheiro do pix")', () => {
    expect(said(talkOn('bo-estelionato', 'o banco devolve o dinheiro do pix?'))).not.toMatch(/pague por pix/);
  });
});
