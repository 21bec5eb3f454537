// The forty-sixth session's rounds of helper r46a (a what-if or an after-question answered with the card's sentence on it).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT
// change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5800: the what-if feared, in the negative, answered by the card sentence on that very case', () => {
  it('"caso eu nao faça o licenciamento, o que me acontece?" quotes "Circular sem licenciamento é infração gravíssima"', () => {
    const d = talkOn('crlv-licenciamento', 'caso eu nao faça o licenciamento, o que me acontece?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/infracao gravissima/);
  });
  it('"e se eu nao fizer a atualização, tem multa?" on the driver\'s address quotes "Deixar o cadastro desatualizado é infração"', () => {
    const d = talkOn('cnh-endereco', 'e se eu nao fizer a atualização, tem multa?');
    expect(d.state.focus).toBe('cnh-endereco');
    expect(said(d)).toMatch(/desatualizado e infracao/);
  });
  it('guard: "se eu nao licenciar esse ano, tem problema?" still quotes the gravíssima infraction', () => {
    expect(said(talkOn('crlv-licenciamento', 'se eu nao licenciar esse ano, tem problema?'))).toMatch(/infracao gravissima/);
  });
  it('guard: "quais documentos?" on the driver\'s address and "quanto custa?" on the licensing are the topics whole', () => {
    const d = talkOn('cnh-endereco', 'quais documentos?');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).toMatch(/novo endereco com cep/);
    const c = talkOn('crlv-licenciamento', 'quanto custa?');
    expect(asked(c)).toEqual(['cost']);
    expect(said(c)).toMatch(/trlav/);
  });
});

describe('round 5801: what is left after an event, asked in other words, is the card\'s last step', () => {
  it('"depois que aprovarem, resta alguma etapa?" on the state registration quotes the DT-e (not "explain again")', () => {
    const d = talkOn('inscricao-estadual', 'depois que aprovarem, resta alguma etapa?');
    expect(d.state.focus).toBe('inscricao-estadual');
    expect(said(d)).toMatch(/dt-e/);
    expect(said(d)).not.toMatch(/de outro jeito/);
  });
  it('"depois q eu recuperar, resta mais alguma coisa pra fazer?" on the gov.br account quotes the new password step', () => {
    const d = talkOn('conta-govbr', 'depois q eu recuperar, resta mais alguma coisa pra fazer?');
    expect(said(d)).toMatch(/senha nova|nova senha/);
  });
  it('"depois que o certificado sair, resta alguma obrigação?" on the fire brigade\'s licence says to keep it visible and renew it', () => {
    const d = talkOn('avcb', 'depois que o certificado sair, resta alguma obrigação?');
    expect(said(d)).toMatch(/local visivel/);
  });
  it('"quando o cnpj sair, termina ai?" on opening a company names the state registration and the licences', () => {
    const d = talkOn('abrir-empresa', 'quando o cnpj sair, termina ai?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(said(d)).toMatch(/inscricao estadual/);
  });
  it('"quando o registro sair, o processo acaba ali?" stays on opening a company (no search to another service)', () => {
    const d = talkOn('abrir-empresa', 'quando o registro sair, o processo acaba ali?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(said(d)).toMatch(/inscricao estadual/);
  });
  it('guard: "depois que eu registrar, o que faço?" on the theft report still shows the steps (how)', () => {
    expect(asked(talkOn('bo-furto', 'depois que eu registrar, o que faço?'))).toContain('how');
  });
  it('guard: "quando o cnpj sai?" on opening a company still says when the CNPJ is released', () => {
    const d = talkOn('abrir-empresa', 'quando o cnpj sai?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(said(d)).toMatch(/cnpj e liberado/);
  });
});

describe('round 5802: not being able to go, feared, is the card\'s "se não puder ir"', () => {
  it('"e se eu nao conseguir ir no dia marcado?" on the blood donation says to cancel (not "no dia marcado, apresente…")', () => {
    const d = talkOn('doacao-sangue', 'e se eu nao conseguir ir no dia marcado?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(said(d)).toMatch(/cancele/);
  });
  it('guard: "e se eu nao puder comparecer no dia?" on the UAI booking still says to cancel, beside whether it is online', () => {
    const d = talkOn('agendamento-uai', 'e se eu nao puder comparecer no dia?');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(said(d)).toMatch(/cancele/);
  });
  it('guard: "e se eu nao conseguir ir na escola no prazo?" on the school registration still says the place may be lost', () => {
    expect(said(talkOn('cadastro-escolar', 'e se eu nao conseguir ir na escola no prazo?'))).toMatch(/perder a vaga/);
  });
});

describe('round 5803: failing a test, said "rodar/bombar na prova", is the card\'s "reprovação"', () => {
  it('"e se eu bombar no exame pratico?" on the driving tests says to wait and book a new test', () => {
    const d = talkOn('exames-detran', 'e se eu bombar no exame pratico?');
    expect(d.state.focus).toBe('exames-detran');
    expect(said(d)).toMatch(/nova prova/);
  });
  it('"rodei na prova, e agora?" on the driving tests says to wait and book a new test', () => {
    expect(said(talkOn('exames-detran', 'rodei na prova, e agora?'))).toMatch(/nova prova/);
  });
  it('guard: "e se eu rodar sem licenciamento?" is still driving, answered by the gravíssima infraction', () => {
    expect(said(talkOn('crlv-licenciamento', 'e se eu rodar sem licenciamento?'))).toMatch(/infracao gravissima/);
  });
});
