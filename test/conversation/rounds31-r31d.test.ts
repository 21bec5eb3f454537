// The thirty-first session's rounds of helper r31d (3160 on): topic readers. Written from the citizen's side, with
// wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3160: "when", asked in everyday words, is the time of the card in view', () => {
  it('"quando" asked alone, with only a verb of being, answers the card\'s time field', () => {
    for (const [svc, text] of [['cadastro-escolar', 'e quando?'], ['curso-tecnico', 'mas quando vai ser isso?'], ['visita-presidio', 'é quando?']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/quanto tempo leva/);
      expect(said(d), text).not.toMatch(/nao tenho essa informacao/);
    }
  });
  it('"quando" with a verb of the citizen\'s own is no bare "when"', () => {
    const d = talkOn('cadastro-escolar', 'quando eu levo os papeis?');
    expect(said(d)).not.toMatch(/quanto tempo leva/);
  });
  it('how one learns the outcome is the time field, which says how the result comes', () => {
    for (const [svc, text, fact] of [['ipva-isencao', 'como vou saber se deu certo?', /e-?mail/], ['cadastro-escolar', 'como fico sabendo se ele conseguiu a vaga?', /resultado/]] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/quanto tempo leva/);
      expect(said(d), text).toMatch(fact);
    }
  });
  it('whether a fact holds ("como sei se preciso…", "como sei se tem…") is no outcome: no time field', () => {
    for (const [svc, text] of [['avcb', 'como sei se eu preciso do clcb?'], ['situacao-veiculo', 'como sei se tem restrição no carro?']] as const) {
      expect(said(talkOn(svc, text)), text).not.toMatch(/quanto tempo leva/);
    }
  });
  it('"fiquei sabendo que…" tells a story, no question of time', () => {
    const d = talkOn('ipva-isencao', 'fiquei sabendo que tem isenção pra taxi, é verdade?');
    expect(said(d)).not.toMatch(/quanto tempo leva/);
  });
});

describe('round 3161: a need asked with the thing first ("e foto precisa?") is the card\'s documents, as "precisa de foto?" is', () => {
  it('one of the card\'s documents named before the need lists the documents', () => {
    for (const [svc, text, doc] of [['ciptea', 'comprovante de endereço tem que levar?', /comprovante de endereco/], ['cin-1a-via', 'e a certidão de nascimento, precisa?', /certidao de nascimento/], ['transferencia-veiculo', 'o crv tem q levar tb?', /crv/]] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/^\*documentos/);
      expect(said(d), text).toMatch(doc);
    }
  });
  it('a thing that is none of the card\'s documents is left to the card\'s sentences', () => {
    const d = talkOn('cnh-renovacao', 'e o psicologico precisa?');
    expect(said(d)).not.toMatch(/^\*documentos/);
    expect(said(d)).toMatch(/remunerada/);
  });
  it('a person named before the need ("ele precisa?") is no document', () => {
    const d = talkOn('ciptea', 'minha vizinha precisa?');
    expect(said(d)).not.toMatch(/^\*documentos/);
  });
});

describe('round 3162: a payment weighed "mesmo assim" asks the cost, not who may ask', () => {
  it('"pago mesmo assim?" after a case told answers the card\'s cost, with its free cases', () => {
    for (const [svc, text, fact] of [['cin-2a-via', 'levaram minha bolsa com o rg, pago a taxa mesmo assim?', /gratuita em caso de furto/], ['cin-1a-via', 'to desempregada, pago mesmo assim?', /gratuito/], ['ipva', 'o carro ta parado na garagem, pago mesmo assim?', /ipva do ano/]] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/^\*quanto custa/);
      expect(said(d), text).toMatch(fact);
    }
  });
  it('"posso doar mesmo assim?", with no payment said, still asks who may', () => {
    expect(said(talkOn('doacao-sangue', 'tomei vacina ontem, posso doar mesmo assim?'))).not.toMatch(/^\*quanto custa/);
  });
});
