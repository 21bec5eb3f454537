// The forty-fifth session's rounds of helper r45c (who the request is for, and who the citizen is, asked about the card in
// focus). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe('round 5640: asked about minors where the card has no rule for them, who may ask follows', () => {
  it('"tenho 14 anos, posso fazer a denuncia?" on the environmental report says who may ask ("qualquer pessoa")', () => {
    const d = talkOn('denuncia-ambiental', 'tenho 14 anos, posso fazer a denuncia?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).toMatch(/qualquer pessoa/);
    expect(said(d)).toMatch(/155/);
  });
  it('"minha filha tem 16 anos, ela pode ligar?" on the Disque-Denúncia says who may ask ("qualquer pessoa")', () => {
    const d = talkOn('disque-denuncia', 'minha filha tem 16 anos, ela pode ligar?');
    expect(d.state.focus).toBe('disque-denuncia');
    expect(said(d)).toMatch(/qualquer pessoa/);
  });
  it('guard: "meu filho tem 12 anos, ele pode registrar?" on the theft report still quotes its own age rule', () => {
    const d = talkOn('bo-furto', 'meu filho tem 12 anos, ele pode registrar?');
    expect(asked(d)).toContain('minors');
    expect(said(d)).toMatch(/18 anos/);
  });
});

describe('round 5641: a condition told of a person and whether they may, asked of the card in view', () => {
  it('"sou boliviana e moro em contagem, consigo tirar?" on the criminal record certificate says who may ask', () => {
    const d = talkOn('antecedentes-criminais', 'sou boliviana e moro em contagem, consigo tirar?');
    expect(d.state.focus).toBe('antecedentes-criminais');
    expect(asked(d)).toContain('requirements');
  });
  it('"sou refugiada, estrangeira pode se cadastrar?" on the Sine stays there (no foreign driver\'s licence)', () => {
    const d = talkOn('sine-emprego', 'sou refugiada, estrangeira pode se cadastrar?');
    expect(d.state.focus).toBe('sine-emprego');
    expect(asked(d)).toContain('requirements');
  });
  it('"sou servidor publico municipal, posso abrir empresa?" on opening a company quotes its legal impediment rule', () => {
    const d = talkOn('abrir-empresa', 'sou servidor publico municipal, posso abrir empresa?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(said(d)).toMatch(/impedimento/);
  });
  it('guard: "quero tirar a cnh de estrangeiro" on the first licence still opens the foreign licence', () => {
    expect(talkOn('cnh-primeira-habilitacao', 'quero tirar a cnh de estrangeiro').state.focus).toBe('cnh-estrangeiro');
  });
});

describe('round 5642: a privilege asked for a condition told, of the card in view, is not in the catalogue', () => {
  it('"sou cadeirante, tenho desconto na taxa da prova?" on the driving tests stays there and says it is not in the catalogue', () => {
    const d = talkOn('exames-detran', 'sou cadeirante, tenho desconto na taxa da prova?');
    expect(d.state.focus).toBe('exames-detran');
    expect(said(d)).toMatch(/nao informa isencao, desconto ou prioridade/);
    expect(said(d)).toMatch(/155/);
  });
  it('"meu filho é autista, tem prioridade na vaga?" on the school registration stays there, not the Ciptea', () => {
    const d = talkOn('cadastro-escolar', 'meu filho é autista, tem prioridade na vaga?');
    expect(d.state.focus).toBe('cadastro-escolar');
    expect(said(d)).toMatch(/nao informa isencao, desconto ou prioridade/);
  });
  it('guard: "sou pcd, tenho isenção do ipva?" on the vehicle licence still opens the IPVA exemption', () => {
    expect(talkOn('crlv-licenciamento', 'sou pcd, tenho isenção do ipva?').state.focus).toBe('ipva-isencao');
  });
  it('guard: "sou aposentado, tenho desconto?" on the fishing licence quotes its exemption, no "not in the catalogue"', () => {
    const d = talkOn('licenca-pesca', 'sou aposentado, tenho desconto?');
    expect(said(d)).toMatch(/isento para aposentados/);
    expect(said(d)).not.toMatch(/nao informa isencao/);
  });
});

describe('round 5643: whether a power of attorney must be notarised is asked of the card, not the civil registry', () => {
  it('"a procuracao precisa ser registrada em cartorio?" on the vehicle write-off stays on the card', () => {
    const d = talkOn('baixa-veiculo', 'a procuracao precisa ser registrada em cartorio?');
    expect(d.state.focus).toBe('baixa-veiculo');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(said(d)).toMatch(/procura/);
  });
  it('guard: "onde tiro a certidao de casamento no cartorio?" on a card is still the civil registry\'s', () => {
    expect(kinds(talkOn('baixa-veiculo', 'onde tiro a certidao de casamento no cartorio?'))).toContain('elsewhere');
  });
});

describe('round 5644: whether the person the request is for may make it is a question, not the request', () => {
  it('"ele pode registrar sozinho?" on the theft report says who may ask, no request started', () => {
    const d = talkOn('bo-furto', 'ele pode registrar sozinho?');
    expect(d.state.focus).toBe('bo-furto');
    expect(said(d)).toMatch(/18 anos/);
    expect(said(d)).not.toMatch(/nao consigo registrar/);
  });
  it('"ela pode registrar sozinha?" on the report of lost documents says who may ask (of age), no request started', () => {
    const d = talkOn('bo-perda-documentos', 'ela pode registrar sozinha?');
    expect(said(d)).toMatch(/18 anos/);
    expect(said(d)).not.toMatch(/nao consigo registrar/);
  });
  it('"sou venezuelana, posso fazer o pedido?" on the access to information says who may ask', () => {
    const d = talkOn('acesso-informacao', 'sou venezuelana, posso fazer o pedido?');
    expect(d.state.focus).toBe('acesso-informacao');
    expect(asked(d)).toContain('requirements');
  });
  it('guard: "pode marcar pra mim?" on the UAI booking still starts its form', () => {
    expect(talkOn('agendamento-uai', 'pode marcar pra mim?').state.view.at).toBe('form');
  });
});

describe('round 5645: a condition told of the one asking is no subject handled elsewhere', () => {
  it('"sou inquilina, quem pede, eu ou a dona do imovel?" on the fire brigade\'s licence says who may ask', () => {
    const d = talkOn('avcb', 'sou inquilina, quem pede, eu ou a dona do imovel?');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(asked(d)).toContain('requirements');
  });
  it('guard: "meu inquilino nao paga o aluguel, o que faço?" on a card is still the rental contracts\' reply', () => {
    expect(kinds(talkOn('cnh-transferencia-estado', 'meu inquilino nao paga o aluguel, o que faço?'))).toContain('elsewhere');
  });
});

describe('round 5646: a condition or another state told of oneself, with whether one may, asks who may ask too', () => {
  it('"sou do parana, to de ferias aqui, consigo registrar pela internet?" on the theft report: the way and who may ask', () => {
    const d = talkOn('bo-furto', 'sou do parana, to de ferias aqui, consigo registrar pela internet?');
    expect(asked(d)).toContain('online');
    expect(asked(d)).toContain('requirements');
  });
  it('"sou estrangeira e moro em bh, consigo fazer pela internet?" on the report of lost documents: who may ask too', () => {
    expect(asked(talkOn('bo-perda-documentos', 'sou estrangeira e moro em bh, consigo fazer pela internet?'))).toContain('requirements');
  });
  it('guard: "consigo registrar pela internet?" alone on the theft report asks only the way', () => {
    expect(asked(talkOn('bo-furto', 'consigo registrar pela internet?'))).toEqual(['online']);
  });
});
