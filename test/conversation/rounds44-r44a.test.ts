// The forty-fourth session's rounds of helper r44a (the one sentence of the card that answers). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the round).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5400: how often, answered by the sentence saying the very word of lasting asked', () => {
  it('"preciso licenciar o carro todo ano?" quotes that the vehicle is licensed every year', () => {
    const d = talkOn('crlv-licenciamento', 'preciso licenciar o carro todo ano?');
    expect(asked(d)).toEqual(['time']);
    expect(said(d)).toMatch(/todo ano o veiculo precisa ser licenciado/);
  });
  it('"preciso renovar o processo todo ano?" on the high-cost medicines quotes "renovado periodicamente com novo LME"', () => {
    expect(said(talkOn('medicamentos-alto-custo', 'preciso renovar o processo todo ano?'))).toMatch(/periodicamente com novo lme/);
  });
  it('guard: "de quanto em quanto tempo tenho que renovar?" on the fisher\'s register still says every year', () => {
    expect(said(talkOn('pescador-profissional', 'de quanto em quanto tempo tenho que renovar?'))).toMatch(/todo ano|anualmente/);
  });
});

describe('round 5401: an amount named with the card\'s own words of it, asked whether it changes', () => {
  it('"a taxa do dae é a mesma todo ano?" on the vehicle inspection gets the cost', () => {
    expect(asked(talkOn('vistoria-veiculo', 'a taxa do dae é a mesma todo ano?'))).toEqual(['cost']);
  });
  it('"o valor do dae muda todo ano?" on the DAE itself gets the cost (the title\'s own word)', () => {
    const d = talkOn('dae', 'o valor do dae muda todo ano?');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).toMatch(/anualmente/);
  });
  it('"o valor do ipva muda todo ano?" on the IPVA gets the cost (the title\'s own word)', () => {
    expect(asked(talkOn('ipva', 'o valor do ipva muda todo ano?'))).toEqual(['cost']);
  });
});

describe('round 5402: asked whether a thing may be done once paid, the sentence opening with the payment done', () => {
  it('"consigo emitir a certidao depois de pagar o dae?" on the Jucemg certificates quotes "após a confirmação do pagamento"', () => {
    expect(said(talkOn('certidao-jucemg', 'consigo emitir a certidao depois de pagar o dae?'))).toMatch(/confirmacao do pagamento/);
  });
  it('"paguei a taxa ontem, ja posso agendar a vistoria?" on the transfer quotes "depois da compensação"', () => {
    expect(said(talkOn('transferencia-veiculo', 'paguei a taxa ontem, ja posso agendar a vistoria?'))).toMatch(/compensacao do pagamento/);
  });
});

describe('round 5403: "antes ou …" asks what comes first only with a word of its own thing', () => {
  it('"posso tomar cafe antes ou tem que ir em jejum?" on blood donation quotes "vá alimentado"', () => {
    const d = talkOn('doacao-sangue', 'posso tomar cafe antes ou tem que ir em jejum?');
    expect(said(d)).toMatch(/alimentado/);
    expect(said(d)).not.toMatch(/61 anos/);
  });
});

describe('round 5404: not done in time ("a tempo"), answered by what comes of it ("fora do prazo")', () => {
  it('"se eu nao fizer a rematricula a tempo o que acontece?" quotes that the place is not kept', () => {
    expect(said(talkOn('renovacao-matricula', 'se eu nao fizer a rematricula a tempo o que acontece?'))).toMatch(/nao fica garantida/);
  });
  it('"e se eu n conseguir confirmar a matricula a tempo?" on the school registration quotes losing the place', () => {
    expect(said(talkOn('cadastro-escolar', 'e se eu n conseguir confirmar a matricula a tempo?'))).toMatch(/perder a vaga/);
  });
});

describe('round 5405: a deadline asked, and the card pays "até o vencimento"', () => {
  it('"tem prazo pra eu pagar?" on the DAE quotes the due date', () => {
    expect(said(talkOn('dae', 'tem prazo pra eu pagar?'))).toMatch(/vencimento/);
  });
  it('guard: "existe prazo pra pagar a guia?" on the DAE still quotes the due date', () => {
    expect(said(talkOn('dae', 'existe prazo pra pagar a guia?'))).toMatch(/vencimento/);
  });
  it('guard: "as parcelas tem prazo pra pagar?" on the IPVA instalments quotes the deadline', () => {
    expect(said(talkOn('ipva-parcelamento', 'as parcelas tem prazo pra pagar?'))).toMatch(/prazo indicado|vencimento/);
  });
});

describe('round 5406: a deadline missed, answered by what keeping it avoids', () => {
  it('"e se eu perder a data da renovação?" on the high-cost medicines quotes not interrupting the treatment', () => {
    expect(said(talkOn('medicamentos-alto-custo', 'e se eu perder a data da renovação?'))).toMatch(/interromper/);
  });
});

describe('round 5407: asked to whom, a step\'s sentence comes with the step\'s title that names who', () => {
  it('"e a contestação do pix, peço a quem?" on the fraud report names the bank', () => {
    expect(said(talkOn('bo-estelionato', 'cai num golpe', 'e a contestação do pix, peço a quem?'))).toMatch(/banco/);
  });
});

describe('round 5408: the size of a business is its "porte"', () => {
  it('"o custo depende do tamanho da fazenda?" on environmental licensing quotes "porte"', () => {
    const d = talkOn('licenciamento-ambiental', 'quanto custa?', 'o custo depende do tamanho da fazenda?');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).toMatch(/porte/);
  });
});
