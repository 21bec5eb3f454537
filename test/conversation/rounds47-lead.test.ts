// The forty-seventh session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
// Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn, uaiSummary } from './real.ts';

describe('round 6000: the citizen acting for another ("posso fazer por ele?", "em nome dela") asks who may ask', () => {
  it('"posso entrar com a defesa por ele?" on the fine appeal names the power of attorney', () => {
    const d = talkOn('recurso-multa', 'posso entrar com a defesa por ele?');
    expect(d.state.focus).toBe('recurso-multa');
    expect(said(d)).toMatch(/procuracao/);
  });
  it('"consigo tirar em nome da minha sogra?" on the tax certificate gives who may ask (the CPF of whom it is for)', () => {
    const d = talkOn('certidao-debitos', 'consigo tirar em nome da minha sogra?');
    expect(d.state.focus).toBe('certidao-debitos');
    expect(said(d)).toMatch(/quem pode pedir/);
    expect(said(d)).toMatch(/cpf ou o cnpj de quem precisa/);
  });
  it('"consigo gerar no nome dele?" on the DAE gives who may ask', () => {
    expect(said(talkOn('dae', 'consigo gerar no nome dele?'))).toMatch(/quem pode pedir/);
  });
  it('"da pra eu cadastrar pela minha tia?" on the professional fisher names who may act for her', () => {
    expect(said(talkOn('pescador-profissional', 'da pra eu cadastrar pela minha tia?'))).toMatch(/procura/);
  });
  it('guard: "posso pagar pelo meu celular?" on the IPVA is no errand for another', () => {
    expect(said(talkOn('ipva', 'posso pagar pelo meu celular?'))).not.toMatch(/quem pode pedir/);
  });
  it('guard: "quanto custa?" on the tax certificate stays the cost', () => {
    expect(said(talkOn('certidao-debitos', 'quanto custa?'))).not.toMatch(/quem pode pedir/);
  });
});

describe('round 6001: a short "pode?" after a person or the citizen\'s condition asks who may ask', () => {
  it('"minha sogra aposentada pode?" on the scam report gives who may ask', () => {
    const d = talkOn('bo-estelionato', 'minha sogra aposentada pode?');
    expect(d.state.focus).toBe('bo-estelionato');
    expect(said(d)).toMatch(/quem pode pedir/);
  });
  it('"trabalho em sp, pode?" on the ombudsman says one need not live in Minas', () => {
    expect(said(talkOn('ouvidoria', 'trabalho em sp, pode?'))).toMatch(/nao precisa ser morador/);
  });
  it('guard: "sou aposentada, quanto custa?" on the blood donation stays the cost', () => {
    expect(said(talkOn('doacao-sangue', 'sou aposentada, quanto custa?'))).not.toMatch(/quem pode pedir/);
  });
  it('guard: "minha filha tem 15, pode?" on the blood donation still answers for minors', () => {
    expect(said(talkOn('doacao-sangue', 'minha filha tem 15, pode?'))).toMatch(/16/);
  });
});


describe('round 6002: confirming with the one spoken to and a blessing ("pode confirmar, meu filho. Deus abençoe")', () => {
  it('"Pode confirmar, meu filho." on the summary gives the protocol', () => {
    const d = uaiSummary();
    expect(d.state.view.at).toBe('confirm');
    d.say('Pode confirmar, meu filho.');
    expect(said(d)).toMatch(/atd-\d{8}-\d{6}/);
  });
  it('"Tá tudo certinho, pode confirmar. Deus abençoe." on the summary gives the protocol', () => {
    const d = uaiSummary();
    d.say('Tá tudo certinho, pode confirmar. Deus abençoe.');
    expect(said(d)).toMatch(/atd-\d{8}-\d{6}/);
  });
  it('guard: "pode confirmar? quanto custa?" on the summary is not sent', () => {
    const d = uaiSummary();
    d.say('pode confirmar? quanto custa?');
    expect(said(d)).not.toMatch(/atd-\d{8}-\d{6}/);
  });
});

describe('round 6003: giving the request up because it is too hard, in a free-text field', () => {
  it('"esquece, é muito complicado, vou la pessoalmente" at the ombudsman\'s body field leaves the form', () => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    d.say('reclamação');
    expect(d.state.view.at).toBe('form');
    d.say('esquece, é muito complicado, vou la pessoalmente');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 6004: violence at home told beside who the citizen is, is the need, not small talk', () => {
  it('"sou idoso e meu filho me agride" finds the protective order', () => {
    expect(talk('sou idoso e meu filho me agride').state.focus).toBe('medida-protetiva');
  });
  it('guard: "bom dia, sou aposentada, meu neto me ameaça" finds the protective order (already did)', () => {
    expect(talk('bom dia, sou aposentada, meu neto me ameaça').state.focus).toBe('medida-protetiva');
  });
  it('guard: "sou idosa e nao sei mexer nisso" is still patience, no service', () => {
    expect(talk('sou idosa e nao sei mexer nisso').state.focus).toBeUndefined();
  });
});
