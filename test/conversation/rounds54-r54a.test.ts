// The fifty-fourth session's rounds of helper r54a (the wrong part of the card given on a follow-up). Written from the
// citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6600: a way the citizen lacks (no e-mail, unable to call) gets the other ways, not the telephone', () => {
  it('"eu nao tenho e-mail, consigo fazer o pedido?" on the information request: whether online, and the desk without the internet', () => {
    const d = talkOn('acesso-informacao', 'eu nao tenho e-mail, consigo fazer o pedido?');
    expect(d.state.focus).toBe('acesso-informacao');
    expect(said(d)).toMatch(/da para fazer pela internet/);
    expect(said(d)).toContain('sem internet, o servico indica estes canais');
    expect(said(d)).toContain('unidade de atendimento integrado');
    expect(said(d)).not.toMatch(/telefone de contato/);
  });
  it('"minha mae nao tem email, ela consegue fazer o boletim?" on the theft report: the police station among the other ways', () => {
    const d = talkOn('bo-furto', 'minha mae nao tem email, ela consegue fazer o boletim?');
    expect(said(d)).toContain('delegacia de policia civil mais proxima');
    expect(said(d)).not.toMatch(/telefone de contato/);
  });
  it('"nao consigo ligar pra central, tem outra forma?" on the SUS ombudsman (done by telephone): the ways other than calling', () => {
    const d = talkOn('ouvidoria-saude', 'nao consigo ligar pra central, tem outra forma?');
    expect(said(d)).toContain('sem ligar, o servico indica estes canais');
    expect(said(d)).toContain('ouvidoria de saude no site da ouvidoria-geral do estado');
  });
  it('"nao tenho como ligar, posso pedir de outro jeito?" on the power bill: whether online (its site and app), not its telephone', () => {
    const d = talkOn('cemig-conta', 'nao tenho como ligar, posso pedir de outro jeito?');
    expect(said(d)).toMatch(/da para fazer pela internet/);
    expect(said(d)).toContain('aplicativo oficial cemig atende');
    expect(said(d)).not.toMatch(/telefone de contato/);
  });
  it('guard: "qual o telefone?" on the SUS ombudsman is still its telephones', () => {
    const d = talkOn('ouvidoria-saude', 'qual o telefone?');
    expect(said(d)).toMatch(/telefone de contato/);
    expect(said(d)).not.toContain('sem ligar');
  });
  it('guard: "tem algum email pra contato?" on the state ombudsman is still its contact', () => {
    const d = talkOn('ouvidoria', 'tem algum email pra contato?');
    expect(said(d)).toMatch(/telefone de contato/);
  });
});

describe('round 6601: money lacked told gets the card\'s sentence on paying otherwise (instalments, negotiation, social tariff)', () => {
  it('"nao tenho dinheiro pra pagar tudo agora" on the water bill: its sentence on the instalment conditions, not its description', () => {
    const d = talkOn('copasa-conta', 'nao tenho dinheiro pra pagar tudo agora');
    expect(d.state.focus).toBe('copasa-conta');
    expect(said(d)).toContain('veja na agencia virtual as condicoes de parcelamento');
    expect(said(d)).not.toContain('emissao da 2a via da conta de agua');
  });
  it('"to sem grana nenhuma esse mes, e agora?" on the water bill: the instalments and the social tariff', () => {
    const d = talkOn('copasa-conta', 'to sem grana nenhuma esse mes, e agora?');
    expect(said(d)).toContain('condicoes de parcelamento');
    expect(said(d)).toContain('tarifa social');
  });
  it('"se faltar dinheiro e eu atrasar uma das parcelas, o que acontece?" on the IPVA instalments: late instalments may cancel the plan', () => {
    const d = talkOn('ipva-parcelamento', 'se faltar dinheiro e eu atrasar uma das parcelas, o que acontece?');
    expect(said(d)).toContain('atrasar parcelas pode cancelar o parcelamento');
  });
  it('"nao tenho condicoes de pagar o que devo, e a certidao?" on the tax certificate: a debt split and paid on time, and pay or split it', () => {
    const d = talkOn('certidao-debitos', 'nao tenho condicoes de pagar o que devo, e a certidao?');
    expect(said(d)).toContain('quando a divida esta parcelada e em dia');
    expect(said(d)).toContain('pague ou parcele a divida');
  });
  it('guard: "quanto custa a segunda via?" on the water bill is its cost alone', () => {
    const d = talkOn('copasa-conta', 'quanto custa a segunda via?');
    expect(said(d)).toContain('gratuito');
    expect(said(d)).not.toContain('parcelamento');
  });
  it('guard: "quantas parcelas posso fazer?" on the IPVA instalments: the sentence on the maximum number of instalments', () => {
    const d = talkOn('ipva-parcelamento', 'quantas parcelas posso fazer?');
    expect(said(d)).toContain('o numero maximo de parcelas');
  });
});

describe('round 6602: evidence the citizen has, asked whether it can be used or sent, gets the card\'s sentence naming evidence', () => {
  it('"gravei um video do desmatamento, posso mandar junto?" on the environmental report: photos, videos or maps, if any', () => {
    const d = talkOn('denuncia-ambiental', 'gravei um video do desmatamento, posso mandar junto?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).toContain('fotos, videos ou mapas');
  });
  it('"tenho video mostrando que o sinal tava verde, serve pra defesa?" on the traffic fine appeal: write the reasons and attach evidence', () => {
    const d = talkOn('recurso-multa', 'tenho video mostrando que o sinal tava verde, serve pra defesa?');
    expect(said(d)).toContain('junte provas');
  });
  it('"tenho prints das conversas com o golpista, isso serve?" on the scam report: its step of gathering the evidence', () => {
    const d = talkOn('bo-estelionato', 'tenho prints das conversas com o golpista, isso serve?');
    expect(said(d)).toContain('juntar as provas');
  });
  it('guard: "preciso levar foto 3x4?" on the prison visitor\'s registration is still its documents', () => {
    const d = talkOn('visita-presidio', 'preciso levar foto 3x4?');
    expect(said(d)).toContain('foto 3x4, se a unidade pedir');
  });
  it('guard: "tenho um video do atendente me destratando, da pra anexar?" on the ombudsman: attach photos or documents (answered already)', () => {
    const d = talkOn('ouvidoria', 'tenho um video do atendente me destratando, da pra anexar?');
    expect(said(d)).toContain('anexe fotos ou documentos');
  });
});

describe('round 6603: the address told as what the citizen informs gets the card\'s sentence on the location, not where the service is done', () => {
  it('"tenho que passar o endereço certinho da boca de fumo?" on the Disque-Denúncia: where, with reference points', () => {
    const d = talkOn('disque-denuncia', 'tenho que passar o endereço certinho da boca de fumo?');
    expect(d.state.focus).toBe('disque-denuncia');
    expect(said(d)).toContain('pontos de referencia');
    expect(said(d)).not.toMatch(/onde fazer/);
  });
  it('"é no meio da serra, preciso dar o endereço exato?" on the environmental report: the address or a reference point, the GPS coordinates', () => {
    const d = talkOn('denuncia-ambiental', 'é no meio da serra, preciso dar o endereço exato?');
    expect(said(d)).toContain('coordenadas do gps');
    expect(said(d)).not.toMatch(/onde fazer/);
  });
  it('"a policia ambiental nao achou o lugar, o que faço?" on the environmental report: without the location the report cannot be served (not the sentence on anonymity)', () => {
    const d = talkOn('denuncia-ambiental', 'a policia ambiental nao achou o lugar, o que faço?');
    expect(said(d)).toContain('sem a localizacao a denuncia nao pode ser atendida');
    expect(said(d)).not.toContain('nao e preciso se identificar');
  });
  it('guard: "onde fica o local de atendimento?" on the environmental report is still where it is done', () => {
    const d = talkOn('denuncia-ambiental', 'onde fica o local de atendimento?');
    expect(said(d)).toMatch(/onde fazer/);
  });
  it('guard: "sem endereço certo", told alone after a question, keeps the environmental report in view', () => {
    const d = talkOn('denuncia-ambiental', 'paga pra denunciar?', 'sem endereço certo');
    expect(d.state.focus).toBe('denuncia-ambiental');
  });
});

describe('round 6604: how early to arrive gets the card\'s sentence on arriving ahead, not the time, the hours, the booking or the cost', () => {
  it('"a que horas eu devo chegar se a prova e 9h?" on the driving tests: arrive ahead, with the identity document', () => {
    const d = talkOn('exames-detran', 'a que horas eu devo chegar se a prova e 9h?');
    expect(d.state.focus).toBe('exames-detran');
    expect(said(d)).toContain('chegue com antecedencia');
    expect(said(d)).not.toMatch(/dias e horarios/);
  });
  it('"tenho que chegar antes do horario agendado?" on the UAI booking: arrive some minutes ahead, not the booking', () => {
    const d = talkOn('agendamento-uai', 'tenho que chegar antes do horario agendado?');
    expect(said(d)).toContain('chegue com alguns minutos de antecedencia');
    expect(said(d)).not.toMatch(/\*agendamento —/);
  });
  it('"chego quantos minutos antes na uai?" on the UAI booking: arrive some minutes ahead, not the cost', () => {
    const d = talkOn('agendamento-uai', 'chego quantos minutos antes na uai?');
    expect(said(d)).toContain('chegue com alguns minutos de antecedencia');
    expect(said(d)).not.toMatch(/quanto custa/);
  });
  it('guard: "que horas abre a uai?" on the UAI booking is still its opening hours', () => {
    const d = talkOn('agendamento-uai', 'que horas abre a uai?');
    expect(said(d)).toMatch(/dias e horarios/);
  });
  it('guard: "quantos reais custa?" on the UAI booking is still its cost', () => {
    const d = talkOn('agendamento-uai', 'quantos reais custa?');
    expect(said(d)).toMatch(/quanto custa/);
  });
});

describe('round 6605: where the money received comes in gets the card\'s sentence on who pays it or where it is deposited', () => {
  it('"e a restituicao cai onde?" on the IPVA refund: deposited in the account given, not where it is done', () => {
    const d = talkOn('ipva-restituicao', 'e a restituicao cai onde?');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(said(d)).toContain('o valor e depositado na conta indicada');
    expect(said(d)).not.toMatch(/onde fazer/);
  });
  it('"onde recebo o valor de volta?" on the IPVA refund: deposited in the account given, not where it is done', () => {
    const d = talkOn('ipva-restituicao', 'onde recebo o valor de volta?');
    expect(said(d)).toContain('o valor e depositado na conta indicada');
    expect(said(d)).not.toMatch(/onde fazer/);
  });
  it('"onde eu recebo as parcelas?" on the unemployment insurance: paid by the Caixa', () => {
    const d = talkOn('seguro-desemprego', 'onde eu recebo as parcelas?');
    expect(said(d)).toContain('o pagamento e feito pela caixa');
    expect(said(d)).not.toMatch(/onde fazer/);
  });
  it('guard: "onde faço o pedido?" on the unemployment insurance is still where it is done', () => {
    const d = talkOn('seguro-desemprego', 'onde faço o pedido?');
    expect(said(d)).toMatch(/onde fazer/);
  });
});
