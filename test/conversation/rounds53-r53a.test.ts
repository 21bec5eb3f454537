// The fifty-third session's rounds of helper r53a (a claim someone else made, asked back as a question). Written from
// the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change
// (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talk, talkOn } from './real.ts';

describe('round 6500: a claim heard of the way it is done, its fee, who may or what to bring is that topic\'s question', () => {
  it('"meu sogro falou que o boletim so se registra indo na delegacia, confere?" on the online theft report: whether it is online', () => {
    const d = talkOn('bo-furto', 'meu sogro falou que o boletim so se registra indo na delegacia, confere?');
    expect(d.state.focus).toBe('bo-furto');
    expect(asked(d)).toEqual(['online']);
    expect(said(d)).toMatch(/internet/);
  });
  it('"o veterinario disse que a guia so e emitida no escritorio, procede?" on the animal transit guide: whether it is online', () => {
    const d = talkOn('gta', 'o veterinario disse que a guia so e emitida no escritorio, procede?');
    expect(asked(d)).toEqual(['online']);
    expect(said(d)).toMatch(/pela internet/);
  });
  it('guard: "meu tio disse q pra tirar o atestado cobra uma taxa, eh vdd?" on the criminal record: its cost, free', () => {
    const d = talkOn('antecedentes-criminais', 'meu tio disse q pra tirar o atestado cobra uma taxa, eh vdd?');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).toMatch(/gratuito/);
  });
  it('"minha irmã comentou que ouviu falar que paga" on the theft report, no mark: its cost, free', () => {
    const d = talkOn('bo-furto', 'minha irma comentou que ouviu falar que paga');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).toMatch(/gratuito/);
  });
  it('"o rapaz da loja disse que só a revenda pode fazer o emplacamento, é verdade?" on the first plates: who may ask', () => {
    const d = talkOn('primeiro-emplacamento', 'o rapaz da loja disse que só a revenda pode fazer o emplacamento, é verdade?');
    expect(asked(d)).toEqual(['requirements']);
    expect(said(d)).toMatch(/proprietario/);
  });
  it('"o comprador falou que é só mandar a foto do documento assinado, procede?" on the sale notice: every document', () => {
    const d = talkOn('comunicacao-venda', 'o comprador falou que é só mandar a foto do documento assinado, procede?');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).toMatch(/renavam/);
  });
  it('guard: a claim heard with a count is still checked by the card\'s sentence counting it', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'meu cunhado disse que com tres carros na batida nao da pra registrar online, confere?');
    expect(said(d)).toMatch(/5 veiculos|cinco veiculos/);
  });
  it('guard: "minha mãe disse q tem q levar 2 fotos 3x4" on the first identity card: the sentence on the photo', () => {
    const d = talk('quero tirar minha primeira identidade', 'minha mae disse q tem q levar 2 fotos 3x4, precisa?');
    expect(said(d)).toMatch(/3x4/);
  });
});

describe('round 6501: words of a claim heard on a card are neither a subject handled elsewhere nor a request to the bot', () => {
  it('"o cara da autoescola disse q precisa ir no banco pra fazer o parcelamento" on the instalments: whether it is online, not the bank', () => {
    const d = talkOn('ipva-parcelamento', 'o cara da autoescola disse q precisa ir no banco pra fazer o parcelamento, é verdade?');
    expect(d.state.focus).toBe('ipva-parcelamento');
    expect(said(d)).not.toMatch(/banco central/);
    expect(asked(d)).toEqual(['online']);
  });
  it('"minha tia falou q cobra uma taxa no banco antes" on the first identity card: its cost, not the bank', () => {
    const d = talk('quero tirar minha primeira identidade', 'minha tia falou q cobra uma taxa no banco antes');
    expect(said(d)).not.toMatch(/banco central/);
    expect(asked(d)).toEqual(['cost']);
  });
  it('"o despachante falou q faz pra mim por 50 reais pq tem taxa, tem msm?" on the criminal record: its cost, no request', () => {
    const d = talkOn('antecedentes-criminais', 'o despachante falou q faz pra mim por 50 reais pq tem taxa, tem msm?');
    expect(said(d)).not.toMatch(/nao consigo registrar/);
    expect(asked(d)).toEqual(['cost']);
  });
  it('guard: "minha neta disse que você marca pra mim" on the UAI booking still starts the booking', () => {
    const d = talkOn('agendamento-uai', 'minha neta disse que você marca pra mim, é verdade?');
    expect(d.state.view.at).toBe('form');
  });
  it('guard: "o gerente do banco disse que meu débito já está em dívida ativa" keeps the instalments\' sentence', () => {
    const d = talkOn('ipva-parcelamento', 'O gerente do banco disse que meu débito já está em dívida ativa. Muda alguma coisa?');
    expect(d.state.focus).toBe('ipva-parcelamento');
    expect(said(d)).toMatch(/advocacia|age/);
  });
});

describe('round 6502: a claim heard that the service happens by itself is how it is asked for', () => {
  it('"no grupo da apae disseram q a isencao sai sozinha, nao precisa pedir" on the IPVA exemption: the steps, the SIARE request', () => {
    const d = talkOn('ipva-isencao', 'no grupo da apae disseram q a isencao sai sozinha, nao precisa pedir');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/siare/);
  });
  it('"meu colega disse que o seguro cai automatico, nem precisa pedir. é isso?" on the unemployment insurance: the steps', () => {
    const d = talkOn('seguro-desemprego', 'meu colega disse que o seguro cai automatico, nem precisa pedir. é isso?');
    expect(asked(d)).toEqual(['how']);
    expect(said(d)).toMatch(/fazer o pedido/);
  });
});
