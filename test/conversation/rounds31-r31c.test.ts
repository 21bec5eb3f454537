// The thirty-first session's rounds of helper r31c (3140 on): forms, navigation, small talk, corrections. Written
// from the citizen's side, in wordings of its own.
import { describe, expect, it } from 'vitest';
import { said, stepOf, talk, talkOn } from './real.ts';

describe('round 3140: a request to repeat with what the citizen says around it', () => {
  it('"minha filha" closing a clause in the middle is a vocative: the card is explained again, not searched', () => {
    for (const [svc, text] of [['ipva', 'nao entendi nada meu filho, fala de novo'], ['passe-livre', 'nao compreendi minha querida, explica de novo']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).not.toMatch(/nao entendi bem/);
    }
  });
  it('a short sentence about the citizen after the request is its reason: the same answer again', () => {
    for (const [svc, text] of [['doacao-sangue', 'pode repetir? eu sou meio lento pra ler'], ['ipva', 'repete por favor. minha vista ta fraca, leio devagar']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).not.toMatch(/de nada/);
    }
  });
  it('a sentence after the request that asks something is a question, not a reason', () => {
    const d = talk('comecei a plantar cafe em terra arrendada, preciso de inscricao estadual?', 'e depois como tiro a nota pra vender o cafe', 'ta. voltando na inscricao, eu peco onde');
    expect(d.state.focus).toBe('inscricao-estadual');
  });
  it('in the steps, "não entendi nada, me mostra desde o início" goes back to the first step', () => {
    const d = talk('seguro desemprego', 'quero o passo a passo', 'proximo', 'proximo', 'n entendi nada, me mostra tudo desde o inicio');
    expect(stepOf(d)).toBe(1);
    const e = talk('cnh 2 via', 'passo a passo', 'proximo', 'nao entendi, volta desde o comeco');
    expect(stepOf(e)).toBe(1);
  });
});

describe('round 3141: small talk of a citizen still learning, and thanks in English', () => {
  it('"com licença, to aprendendo a mexer nisso" keeps the card, with patience, not a search', () => {
    for (const [svc, text] of [['ipva', 'com licença, to aprendendo a mexer nisso ainda'], ['cin-2a-via', 'desculpa, ainda estou aprendendo portugues'], ['cnh-renovacao', 'com licenca, estou aprendendo a usar o celular']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/sem pressa/);
    }
  });
  it('"thank you" is thanks', () => {
    const d = talkOn('cnh-renovacao', 'ok, thank you very much');
    expect(said(d)).toMatch(/de nada/);
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('"licença" is still the licences: "licenciamento" and "licença de pesca" are searched', () => {
    expect(talkOn('ipva', 'licenciamento').state.focus).toBe('crlv-licenciamento');
    expect(talk('licença de pesca').state.focus).toBe('licenca-pesca');
  });
});

describe('round 3142: a correction whose last clause opens with what is wanted', () => {
  it('"não desculpa, …" answers the bot: the "não" denies nothing of what follows', () => {
    const d = talkOn('cin-1a-via', 'não desculpa, eu já tenho, quero a segunda via');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('"…, só quero X" after a case told: X, when its words name a service', () => {
    for (const [svc, text, want] of [['multas-pontuacao', 'nao, ja sei das multas, eu só quero recorrer', 'recurso-multa'], ['bo-furto', 'na verdade ninguem levou nada, eu só quero a segunda via da cnh', 'cnh-2a-via'], ['primeiro-emplacamento', 'nao, o carro é usado, so quero pagar o licenciamento deste ano', 'crlv-licenciamento']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(want);
    }
  });
  it('"não foi furto" still denies the theft ("foi" is no apology there)', () => {
    expect(talkOn('bo-furto', 'nao foi furto nao, eu perdi os documentos na rua').state.focus).toBe('bo-perda-documentos');
  });
  it('a wish whose words only brush a service is not taken alone ("preciso transferir o registro" of a licence)', () => {
    const d = talkOn('cnh-endereco', 'Corrigindo: minha habilitação é do Rio e me mudei para Minas. Preciso transferir o registro.');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
  });
});

describe('round 3143: a question that leans on the card stays on it', () => {
  it('"em média", "geralmente" say how one asks, they name no service', () => {
    for (const [svc, text] of [['baixa-empresa', 'e demora quanto, em média?'], ['ipva', 'quanto fica em media?'], ['passe-livre', 'geralmente leva quanto tempo pra sair?']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
    }
  });
  it('a case the card\'s own sentence speaks of, pointing to another service, is answered by that sentence on the card', () => {
    const d = talkOn('cnh-2a-via', 'e se ela ja estiver vencida?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(said(d)).toMatch(/renovacao/);
    expect(d.state.options.map((o) => o.id)).toContain('svc:cnh-renovacao');
  });
  it('a correction\'s word inside a case put ("e se eu precisar corrigir…") corrects nothing', () => {
    for (const [svc, text] of [['itcd', 'e se depois eu precisar corrigir a declaracao?'], ['bo-perda-documentos', 'e se eu errar algum dado, da pra corrigir?']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).not.toMatch(/nome do servico/);
    }
  });
  it('a condition naming a related service that the card\'s sentence does not point to still goes there', () => {
    const d = talkOn('renovacao-matricula', 'como faz?', 'e se ele quiser mudar de escola no ano que vem?');
    expect(d.state.focus).toBe('transferencia-escola');
  });
});

describe('round 3144: a number dictated in words answers a number field', () => {
  it('a CPF said digit by digit, with "ponto" and "traço", is taken', () => {
    const d = talkOn('agendamento-uai', 'quero agendar');
    d.say('Maria Jose da Silva');
    d.say('um dois tres ponto quatro cinco seis ponto sete oito nove traço zero nove');
    expect(said(d)).toMatch(/municipio/);
    d.say('belo horizonte');
    d.say('carteira de identidade');
    d.say('20/03/2027');
    d.say('três um traço nove nove oito sete meia traço cinco quatro três dois');
    expect(said(d)).toMatch(/\(31\) 99876-5432/);
  });
  it('words that are not all digits are no number: the field asks again', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Maria Jose da Silva', 'um dois tres e o resto eu nao sei');
    expect(said(d)).toMatch(/cpf:/);
    expect(said(d)).not.toMatch(/municipio/);
  });
});
