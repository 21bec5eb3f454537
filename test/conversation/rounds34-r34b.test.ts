// The thirty-fourth session's rounds of r34b: follow-up questions about the card in view answered wrong. Written from
// the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3620: a name of the card’s own said whole, one of its words not weighed', () => {
  it('"ajuda de custo" on the technical course quotes the sentence that holds it, not only the cost', () => {
    const d = talkOn('curso-tecnico', 'eles dão alguma ajuda de custo pra quem estuda?');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(said(d)).toMatch(/ajuda de custo para alimentacao/);
  });
});

describe('round 3621: how to keep it from happening again', () => {
  it('"o que eu faço pra não perder a conta de novo?" quotes how to protect the account', () => {
    const d = talkOn('conta-govbr', 'quanto custa?', 'e como eu evito que bloqueiem de novo?');
    expect(d.state.focus).toBe('conta-govbr');
    expect(said(d)).toMatch(/duas etapas/);
  });
});

describe('round 3622: which bank pays, on a card that says who pays', () => {
  it('"o dinheiro cai em que banco?" on the unemployment insurance is the card’s, not the banks’ subject', () => {
    const d = talkOn('seguro-desemprego', 'o dinheiro cai em que banco?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(said(d)).toMatch(/caixa/);
  });
  it('a trouble with one’s own bank is still the bank’s', () => {
    expect(said(talkOn('seguro-desemprego', 'meu banco bloqueou minha conta, o que faço?'))).toMatch(/seu banco/);
  });
});

describe('round 3623: cannot go every day', () => {
  it('a working day told, and not going every day asked, on the EJA quotes the flexible hours', () => {
    expect(said(talkOn('eja', 'quanto custa?', 'trabalho de dia, e se eu nao puder ir todos os dias?'))).toMatch(/cesec|semipresencial/);
  });
});

describe('round 3624: whether every one does it', () => {
  it('"toda unidade emite …?", "todas as uai tem …?" on the UAI booking say not every one does', () => {
    expect(said(talkOn('agendamento-uai', 'toda unidade emite a carteira de identidade?'))).toMatch(/nem toda/);
    expect(said(talkOn('agendamento-uai', 'todas as uai tem servicos de transito?'))).toMatch(/nem toda/);
  });
});

describe('round 3625: whether the card shows a thing another service is named for', () => {
  it('"dá pra saber na consulta se o vendedor já comunicou a venda?" stays on the vehicle lookup', () => {
    const d = talkOn('situacao-veiculo', 'da pra saber na consulta se o vendedor ja comunicou a venda?');
    expect(d.state.focus).toBe('situacao-veiculo');
    expect(said(d)).toMatch(/comunicacao de venda/);
  });
});

describe('round 3626: a subject handled elsewhere, or a person, the card names in other words', () => {
  it('the payroll loan asked on the pay slip is the card’s "margem consignável", not the banks’ subject', () => {
    const d = talkOn('contracheque-servidor', 'o emprestimo consignado aparece no contracheque?');
    expect(d.state.focus).toBe('contracheque-servidor');
    expect(said(d)).toMatch(/margem consignavel/);
  });
  it('a wife asked of the IPSEMG is the spouse among its dependants', () => {
    const d = talkOn('ipsemg', 'da pra por minha esposa no plano?');
    expect(said(d)).toMatch(/conjuge/);
    expect(said(d)).not.toMatch(/o que e:/);
  });
});

describe('round 3627: who is responsible for doing it, a person', () => {
  it('"quem é responsável por fazer a declaração?" on the ITCD asks who may ask; "quem é responsável?" alone the body', () => {
    expect(said(talkOn('itcd', 'quanto custa?', 'e quem é responsável por fazer a declaração?'))).toMatch(/quem pode pedir/);
    expect(said(talkOn('itcd', 'quem e responsavel pela declaracao, eu ou meu irmao?'))).toMatch(/quem pode pedir/);
    expect(said(talkOn('itcd', 'quem é responsável?'))).toMatch(/orgao responsavel/);
  });
});
