// The fifty-first session's rounds of helper r51c (the part of the card given on a follow-up: the card's sentence on
// the case asked, not only a topic's general answer). Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 6340: whether the paper had is enough, or another is needed besides, gets the card\'s sentence on what is also required', () => {
  it('"tenho a nota, preciso de mais alguma guia pra transportar as vacas?" on the farmer\'s invoice: the GTA as well', () => {
    const d = talkOn('nota-fiscal-avulsa', 'tenho a nota, preciso de mais alguma guia pra transportar as vacas?');
    expect(d.state.focus).toBe('nota-fiscal-avulsa');
    expect(said(d)).toContain('gta');
  });
  it('"so com essa nota consigo levar os porcos na estrada?" on the farmer\'s invoice: the GTA as well', () => {
    const d = talkOn('nota-fiscal-avulsa', 'so com essa nota consigo levar os porcos na estrada?');
    expect(d.state.focus).toBe('nota-fiscal-avulsa');
    expect(said(d)).toContain('gta');
  });
  it('"sou aposentado, alem da isencao preciso de outro documento pra pescar?" on the fishing licence: the licence is still needed', () => {
    const d = talkOn('licenca-pesca', 'sou aposentado, alem da isencao preciso de outro documento pra pescar?');
    expect(said(d)).toContain('tambem precisam ter a carteira');
  });
  it('guard: "a nota é gratuita?" on the farmer\'s invoice says nothing of the GTA', () => {
    const d = talkOn('nota-fiscal-avulsa', 'a nota é gratuita?');
    expect(said(d)).not.toContain('gta');
  });
});

describe('round 6341: a deadline missed gets both the card\'s sentences for who missed it (what comes of it, and what to do)', () => {
  it('"esqueci o prazo da rematricula, e agora meu filho fica sem a vaga?" on the re-enrolment: the place not kept, and the Cadastro Escolar', () => {
    const d = talkOn('renovacao-matricula', 'esqueci o prazo da rematricula, e agora meu filho fica sem a vaga?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(said(d)).toContain('nao fica garantida');
    expect(said(d)).toContain('cadastro escolar');
  });
  it('"passou o prazo de renovar, ainda da pra garantir a vaga dela?" on the re-enrolment: the Cadastro Escolar too', () => {
    const d = talkOn('renovacao-matricula', 'passou o prazo de renovar, ainda da pra garantir a vaga dela?');
    expect(said(d)).toContain('nao fica garantida');
    expect(said(d)).toContain('cadastro escolar');
  });
  it('guard: "perdi o prazo da inscricao, e agora?" on the school registration: its one sentence for who missed it', () => {
    const d = talkOn('cadastro-escolar', 'perdi o prazo da inscricao, e agora?');
    expect(said(d)).toContain('vagas remanescentes');
  });
});

describe('round 6342: a payment told done, with what comes now asked, gets the card\'s step for after paying, not the cost', () => {
  it('"ja paguei a fatura atrasada, e agora?" on the Cemig bill: asking for the reconnection, no cost', () => {
    const d = talkOn('cemig-conta', 'ja paguei a fatura atrasada, e agora?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(said(d)).toContain('religacao');
    expect(asked(d)).not.toContain('cost');
  });
  it('"quitamos as duas contas atrasadas, e agora?" on the Copasa bill: asking for the water back', () => {
    const d = talkOn('copasa-conta', 'quitamos as duas contas atrasadas, e agora?');
    expect(said(d)).toContain('religamento');
  });
  it('guard: "a segunda via tem custo?" on the Cemig bill is still its cost', () => {
    const d = talkOn('cemig-conta', 'a segunda via tem custo?');
    expect(asked(d)).toContain('cost');
  });
});

describe('round 6343: whether one must go through a thing gets the card\'s sentence naming another beside it', () => {
  it('"sou obrigada a fazer autoescola pra tirar a carteira?" on the first licence: the independent instructor too', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'sou obrigada a fazer autoescola pra tirar a carteira?');
    expect(d.state.focus).toBe('cnh-primeira-habilitacao');
    expect(said(d)).toContain('instrutor autonomo');
  });
  it('"e obrigatorio fazer autoescola?" on the first licence: the independent instructor too', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'e obrigatorio fazer autoescola?');
    expect(said(d)).toContain('instrutor autonomo');
  });
  it('"sou obrigado a ir na autoescola?" on the first licence: the independent instructor too', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'sou obrigado a ir na autoescola?');
    expect(said(d)).toContain('instrutor autonomo');
  });
  it('guard: "minha loja é pequena, preciso de engenheiro mesmo?" on the fire brigade\'s licence: the technical responsible\'s document, as before', () => {
    const d = talkOn('avcb', 'minha loja é pequena, preciso de engenheiro mesmo?');
    expect(said(d)).toContain('engenheiro ou arquiteto');
    expect(said(d)).not.toContain('instrutor');
  });
});

describe('round 6344: how many days (months, years) it is valid, or "vale até quando", asks how long it lasts, not how long it takes', () => {
  it('"e a cdt dura quantos dias?" on the tax certificate: where its validity is told, not "Imediato"', () => {
    const d = talkOn('certidao-debitos', 'e a cdt dura quantos dias?');
    expect(said(d)).toContain('validade');
    expect(said(d)).not.toContain('imediato');
  });
  it('"a certidao vale por quantos dias?" on the tax certificate: its validity, not the time to get it', () => {
    const d = talkOn('certidao-debitos', 'a certidao vale por quantos dias?');
    expect(said(d)).toContain('validade');
    expect(said(d)).not.toContain('imediato');
  });
  it('guard: "quanto tempo demora pra sair?" on the tax certificate is still the time to get it', () => {
    const d = talkOn('certidao-debitos', 'quanto tempo demora pra sair?');
    expect(said(d)).toContain('imediato');
  });
});

describe('round 6345: asked by which way it comes, the card\'s sentence telling the way (by e-mail) answers before its form alone (PDF)', () => {
  it('"e o deferimento chega como?" on the IPVA exemption: by the e-mail registered, not the PDF to attach', () => {
    const d = talkOn('ipva-isencao', 'e o deferimento chega como?');
    expect(said(d)).toContain('e-mail cadastrado');
    expect(said(d)).not.toContain('digitalize');
  });
  it('"o parecer deles vem por onde?" on the IPVA exemption: by e-mail', () => {
    const d = talkOn('ipva-isencao', 'o parecer deles vem por onde?');
    expect(said(d)).toContain('e-mail');
    expect(said(d)).not.toContain('digitalize');
  });
  it('guard: "posso mandar os documentos em pdf?" on the IPVA exemption still says to scan them in PDF', () => {
    const d = talkOn('ipva-isencao', 'posso mandar os documentos em pdf?');
    expect(said(d)).toContain('pdf');
  });
});

describe('round 6346: whether or where the result is published gets the card\'s sentence on where it is published', () => {
  it('"em que lugar fica publicado?" on the foreign studies\' equivalence: the Diário Oficial', () => {
    const d = talkOn('equivalencia-estudos', 'em que lugar fica publicado?');
    expect(d.state.focus).toBe('equivalencia-estudos');
    expect(said(d)).toContain('diario oficial');
  });
  it('guard: "o parecer é publicado onde?" on the foreign studies\' equivalence: the Diário Oficial, as before', () => {
    const d = talkOn('equivalencia-estudos', 'o parecer é publicado onde?');
    expect(said(d)).toContain('diario oficial');
  });
});
