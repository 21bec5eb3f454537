// The twenty-fourth session's rounds of r24b (2120 on): a question on a card whose own sentence answers it. One
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side,
// in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talkOn, said } from './real.ts';

describe('round 2120: asked whether a message or link received is to be trusted, the card\'s warning against scams', () => {
  it('quotes the warning', () => {
    expect(said(talkOn('copasa-conta', 'me mandaram uma mensagem no whatsapp com link pra pagar a agua, clico?'))).toMatch(/desconfie de sites e mensagens/);
    expect(said(talkOn('dae', 'esse site que gera dae é confiavel?'))).toMatch(/cuidado com golpes/);
  });
  it('not for a question that asks nothing of the kind', () => {
    expect(said(talkOn('copasa-conta', 'onde eu pago a conta?'))).not.toMatch(/desconfie/);
  });
});

describe('round 2121: asked how one sees what came of it, a sentence telling where what was done shows', () => {
  it('answers with how it is followed', () => {
    expect(said(talkOn('ouvidoria', 'como vejo o que deu da minha reclamação?'))).toMatch(/acompanhado pelo protocolo/);
    expect(said(talkOn('transferencia-veiculo', 'como sei se ficou registrada a transferencia?'))).toMatch(/concluida a transferencia/);
  });
});

describe('round 2122: a verb and its noun of another root (corrigir / correção, responder / resposta, imprimir / impresso)', () => {
  it('finds the sentence in the noun\'s form', () => {
    expect(said(talkOn('baixa-empresa', 'e se pedirem alguma correção no processo?'))).toMatch(/corrija/);
    expect(said(talkOn('acesso-informacao', 'e se o orgao nao me responder?'))).toMatch(/registre reclamacao/);
  });
  it('"imprimir mais de uma vez" asks about printing again, not for the last reply again', () => {
    const d = talkOn('crlv-licenciamento', 'qual o valor da taxa?', 'da pra imprimir outra vez?');
    expect(said(d)).toMatch(/quantas vezes quiser/);
    expect(said(talkOn('crlv-licenciamento', 'qual o valor da taxa?', 'repete por favor'))).toMatch(/taxa/);
  });
});

describe('round 2123: a case put with a word of the title ("e se tiver débito?" on the tax certificate)', () => {
  it('quotes the sentence opening with that case, not its negative', () => {
    expect(said(talkOn('certidao-debitos', 'caso eu tenha algum debito pendente, como fica?'))).toMatch(/pague ou parcele/);
    const none = said(talkOn('certidao-debitos', 'e se eu nao tiver debito nenhum?'));
    expect(none).toMatch(/emitida na hora/);
    expect(none).not.toMatch(/parcele/);
  });
});

describe('round 2124: asked the cost of making the request, the cost, not the request made', () => {
  it('answers what it costs', () => {
    for (const [id, q] of [['ciptea', 'quanto custa fazer o pedido?'], ['passe-livre', 'tem que pagar pra fazer a solicitação?']] as const) {
      const d = talkOn(id, q);
      expect(d.state.view.at, q).toBe('service');
      expect(said(d), q).toMatch(/quanto custa/);
      expect(said(d), q).not.toMatch(/nao consigo registrar/);
    }
  });
  it('a request is still a request', () => {
    expect(said(talkOn('ciptea', 'quero fazer o pedido'))).toMatch(/nao consigo registrar o pedido/);
  });
});
