// The fifty-fifth session's rounds of helper r55a (the focus lost or not moved on a later turn). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 6700: on a card, words of what may come or of nobody ("sumir", "voltar", "ninguém", "perder") name no report', () => {
  it('"desligaram a luz, como faço pra voltar?" on the electricity bill: the card in view, not the missing person', () => {
    const d = talkOn('cemig-conta', 'desligaram a luz, como faço pra voltar?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(said(d)).not.toContain('desaparecimento');
  });
  it('"liguei ontem e ninguém atendeu, funciona de noite?" on the State ombudsman: the card in view', () => {
    const d = talkOn('ouvidoria', 'liguei ontem e ninguém atendeu, funciona de noite?');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('"ja paguei tudo, em quantos dias demora pra sumir?" on the vehicle lookup: how long, on the card in view', () => {
    const d = talkOn('situacao-veiculo', 'ja paguei tudo, em quantos dias demora pra sumir?');
    expect(d.state.focus).toBe('situacao-veiculo');
    expect(said(d)).toContain('quanto tempo leva');
  });
  it('guard: "quero meu dinheiro de volta, como faço pra voltar o valor?" on the IPVA refund: the card in view, its steps', () => {
    const d = talkOn('ipva-restituicao', 'quero meu dinheiro de volta, como faço pra voltar o valor?');
    expect(d.state.focus).toBe('ipva-restituicao');
  });
  it('guard: "meu filho nao voltou da escola" on the IPVA: the missing person', () => {
    const d = talkOn('ipva', 'meu filho nao voltou da escola');
    expect(d.state.focus).toBe('pessoa-desaparecida');
  });
  it('guard: "to com medo de perder a carteira, tenho muitos pontos" on the IPVA: the fines and points (a phrase of the synonyms)', () => {
    const d = talkOn('ipva', 'to com medo de perder a carteira, tenho muitos pontos');
    expect(d.state.focus).toBe('multas-pontuacao');
  });
});

describe('round 6701: on a card, a case told beside a question that compares ("aqui", "antes", "da outra vez") names nothing asked', () => {
  it('"na prefeitura onde trabalhei vinha pelo app, aqui vejo onde?" on the pay slip: where, on the card in view, not the jobs', () => {
    const d = talkOn('contracheque-servidor', 'na prefeitura onde trabalhei vinha pelo app, aqui vejo onde?');
    expect(d.state.focus).toBe('contracheque-servidor');
    expect(asked(d)).toContain('where');
  });
  it('"como vejo a resposta? da outra vez perdi tudo" on the information request: the card in view, not the loss report', () => {
    const d = talkOn('acesso-informacao', 'como vejo a resposta? da outra vez perdi tudo');
    expect(d.state.focus).toBe('acesso-informacao');
  });
  it('guard: "O banco também pediu a certidão negativa de débitos estaduais. Como eu tiro?" on the IPVA: the certificate ("também" adds a matter)', () => {
    const d = talkOn('ipva', 'O banco também pediu a certidão negativa de débitos estaduais. Como eu tiro?');
    expect(d.state.focus).toBe('certidao-debitos');
  });
  it('guard: "A vaga também pediu atestado de antecedentes criminais. Como consigo?" on the Sine: the certificate', () => {
    const d = talkOn('sine-emprego', 'A vaga também pediu atestado de antecedentes criminais. Como consigo?');
    expect(d.state.focus).toBe('antecedentes-criminais');
  });
});
