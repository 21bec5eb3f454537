// The thirty-sixth session's rounds of r36a: first messages that found the wrong service or none. Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 4000: the need told after an act already done', () => {
  it('an act done, then "quero/preciso" another thing: the thing needed opens', () => {
    expect(talk('já paguei o licenciamento, agora quero o documento do carro').state.focus).toBe('crlv-licenciamento');
    expect(talk('registrei a empresa na junta, agora preciso tirar a inscrição estadual').state.focus).toBe('inscricao-estadual');
    expect(talk('consegui registrar minha firma, agora quero a inscrição estadual').state.focus).toBe('inscricao-estadual');
  });
  it('so too when the need is a question of its own', () => {
    expect(talk('abri um comércio de roupas, vou precisar de inscrição estadual?').state.focus).toBe('inscricao-estadual');
  });
  it('guard (held before the round): the act done with no need after it is still the act\'s service', () => {
    expect(talk('paguei o ipva ontem e ainda aparece em aberto').state.focus).not.toBe('crlv-licenciamento');
  });
});

describe('round 4001: a subject handled elsewhere, its body named beside a word of a service\'s texts', () => {
  it('the body named ("no cartório eleitoral", "na prefeitura"): the subject\'s reply, no service', () => {
    for (const text of ['consta débito do iptu na prefeitura mesmo eu tendo pago', 'fiz a transferência do título de eleitor no cartório eleitoral, como vejo se deu certo?']) {
      const d = talk(text);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.state.focus).toBeUndefined();
    }
  });
  it('the town\'s business licence with the town hall named is the town\'s', () => {
    const d = talk('quero acompanhar meu alvará de funcionamento na prefeitura');
    expect(kinds(d)).toEqual(['elsewhere']);
  });
  it('guard (held before the round): a State service named by its phrase beside the subject is still the service', () => {
    expect(talk('paguei o iptu e quero a certidão de débitos estaduais').state.focus).toBe('certidao-debitos');
    expect(talk('roubaram meu carro, quero a restituição do ipva').state.focus).toBe('ipva-restituicao');
  });
});

describe('round 4002: the State\'s general ombudsman named by its own name, whatever the message brushes', () => {
  it('"na ouvidoria geral", "pra ouvidoria do estado": the general ombudsman opens', () => {
    expect(talk('queria deixar uma mensagem na ouvidoria geral').state.focus).toBe('ouvidoria');
    expect(talk('quero deixar um bilhete pra ouvidoria do estado').state.focus).toBe('ouvidoria');
    expect(talk('mandei reclamação pra ouvidoria geral por causa do hospital regional, não tive resposta').state.focus).toBe('ouvidoria');
  });
  it('guard: a phrase said as the object of another verb is not where the citizen turns', () => {
    expect(talk('quero agendar doação de sangue').state.focus).toBe('doacao-sangue');
  });
});
