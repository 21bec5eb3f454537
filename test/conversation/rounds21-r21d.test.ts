// The twenty-first session's rounds of helper r21d (1680 on). One `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 1680: "Depois de <evento>, …?" is answered by what the card tells after the event', () => {
  it('quotes the sentence after the one telling the event, or the one opening with it, not the event itself', () => {
    for (const [id, q, want] of [
      ['avcb', 'depois de emitido, preciso deixar ele a mostra?', /local visivel/],
      ['ipva-isencao', 'depois de aprovado, tenho que ir em algum lugar?', /unidade de transito/],
      ['ipva-isencao', 'depois de aprovado tenho q fazer mais alguma coisa?', /crlv/],
      ['baixa-empresa', 'depois de aprovado, o que acontece com o cnpj?', /atualizado ou baixado/],
      ['cnh-primeira-habilitacao', 'depois de aprovado, quanto tempo vale a ppd?', /um ano/],
      // The event inside a clause of the card's sentence ("…, com a outorga concedida, cumpra … e renove…").
      ['outorga-agua', 'depois de concedida, tem validade?', /renove antes do vencimento/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(want);
    }
  });

  it('the event told inside the answer, or a question not opening with "depois", is read as before', () => {
    // The event said in the card's own sentence ("depois de pagar peça a religação") still answers it.
    expect(said(talkOn('cemig-conta', 'depois q pagar a luz volta sozinha?'))).toMatch(/religacao/);
    // "depois de 3 meses" inside the clause tells the case, no event: the refund's card is still asked.
    const d = talkOn('ipva-restituicao', 'roubaram meu carro e acharam depois de 3 meses, tenho direito?');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(said(talkOn('avcb', 'quanto custa o certificado?'))).toMatch(/taxa de seguranca publica/);
    // A word of the title after "depois que" is the thing itself, no event ("e depois que sai a guia ela vence?").
    expect(said(talkOn('gta', 'e depois que sai a guia, ela vence?'))).toMatch(/validade/);
  });
});
