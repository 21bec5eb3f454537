// The thirty-sixth session's rounds of r36a: first messages that found the wrong service or none. Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

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
