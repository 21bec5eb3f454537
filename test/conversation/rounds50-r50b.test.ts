// The fiftieth session's rounds of helper r50b (the focus kept on a follow-up about the card in view).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('round 6220: the year to come, in the chat\'s words ("ano que vem"), is the card\'s "próximo ano"', () => {
  it('"e no ano q vem, muda alguma coisa?" on the school transfer: its own sentence on the next year, no move to the registration', () => {
    const d = talkOn('transferencia-escola', 'e no ano q vem, muda alguma coisa?');
    expect(d.state.focus).toBe('transferencia-escola');
    expect(said(d)).toContain('para o proximo ano');
    expect(said(d)).toContain('cadastro escolar');
  });
  it('"a escola dele nao tem o ensino medio, ano que vem ele faz o que?" on the re-enrolment: the registration it says is needed', () => {
    const d = talkOn('renovacao-matricula', 'a escola dele nao tem o ensino medio, ano que vem ele faz o que?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(said(d)).toContain('nao oferece o proximo ano');
  });
  it('guard: "so que a mudanca vai ser ano que vem, como fica?" on the school transfer stays, on the registration for next year', () => {
    const d = talkOn('transferencia-escola', 'so que a mudanca vai ser ano que vem, como fica?');
    expect(d.state.focus).toBe('transferencia-escola');
    expect(said(d)).toContain('cadastro escolar');
  });
  it('guard: "e pro ano que vem, quando abre?" on the school registration stays on it', () => {
    const d = talkOn('cadastro-escolar', 'e pro ano que vem, quando abre?');
    expect(d.state.focus).toBe('cadastro-escolar');
  });
});

describe('round 6221: a thing the card names, with the other service\'s first title word or across its sentences, is asked of the card', () => {
  it('"consigo fazer o registro sem a nota fiscal do notebook?" on the theft report: the report\'s word on the invoice, not the farmer\'s invoice', () => {
    const d = talkOn('bo-furto', 'consigo fazer o registro sem a nota fiscal do notebook?');
    expect(d.state.focus).toBe('bo-furto');
    expect(said(d)).toContain('nota fiscal');
  });
  it('"tenho uma empresa pequena, posso tirar com o cnpj?" on the tax certificate: the certificate, by CPF or CNPJ, not opening a company', () => {
    const d = talkOn('certidao-debitos', 'tenho uma empresa pequena, posso tirar com o cnpj?');
    expect(d.state.focus).toBe('certidao-debitos');
    expect(said(d)).toContain('cnpj');
  });
  it('guard: "como emito nota fiscal avulsa de produtor rural?" on the theft report opens the farmer\'s invoice', () => {
    const d = talkOn('bo-furto', 'como emito nota fiscal avulsa de produtor rural?');
    expect(d.state.focus).toBe('nota-fiscal-avulsa');
  });
  it('guard: "quero abrir uma empresa, como faço?" on the tax certificate opens the company registration', () => {
    const d = talkOn('certidao-debitos', 'quero abrir uma empresa, como faço?');
    expect(d.state.focus).toBe('abrir-empresa');
  });
  it('guard: "como recupero o acesso a conta gov.br?" on the ITCD opens the gov.br recovery', () => {
    const d = talkOn('itcd', 'como recupero o acesso a conta gov.br?');
    expect(d.state.focus).toBe('conta-govbr');
  });
});

describe('round 6222: out of work, told as the citizen\'s state, is the case of the card in view, not the unemployment benefit', () => {
  it('"fiquei desempregada em marco." on the Sine: the job search stays', () => {
    const d = talkOn('sine-emprego', 'fiquei desempregada em marco.');
    expect(d.state.focus).toBe('sine-emprego');
  });
  it('"estou desempregado, pago?" on the first identity card: its cost', () => {
    const d = talkOn('cin-1a-via', 'estou desempregado, pago?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(said(d)).toContain('gratuito');
  });
  it('guard: "fiquei desempregado, como peço o seguro?" on the criminal record certificate opens the benefit', () => {
    const d = talkOn('antecedentes-criminais', 'fiquei desempregado, como peço o seguro?');
    expect(d.state.focus).toBe('seguro-desemprego');
  });
  it('guard: "fui mandado embora…, como dou entrada no seguro desemprego?" on the IPVA opens the benefit', () => {
    const d = talkOn('ipva', 'fui mandado embora semana passada, como dou entrada no seguro desemprego?');
    expect(d.state.focus).toBe('seguro-desemprego');
  });
});

describe('round 6223: a purchase to come, with a question on what is checked, is the vehicle\'s situation before buying, not the transfer', () => {
  it('"to pensando em comprar um carro usado, como vejo se ele tem divida?": the vehicle\'s situation and debts', () => {
    const d = talk('to pensando em comprar um carro usado, como vejo se ele tem divida?');
    expect(d.state.focus).toBe('situacao-veiculo');
  });
  it('guard: "comprei um carro usado, como passo pro meu nome?" is the transfer', () => {
    const d = talk('comprei um carro usado, como passo pro meu nome?');
    expect(d.state.focus).toBe('transferencia-veiculo');
  });
  it('guard: "vou comprar um carro usado, como faço a transferencia pro meu nome?" is the transfer, named', () => {
    const d = talk('vou comprar um carro usado, como faço a transferencia pro meu nome?');
    expect(d.state.focus).toBe('transferencia-veiculo');
  });
});
