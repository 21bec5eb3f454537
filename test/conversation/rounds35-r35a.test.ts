// The thirty-fifth session's rounds of helper r35a (first messages that found the wrong service or none). Written from
// the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 3800: the licence named by what it lets one drive ("carteira de carro")', () => {
  it('a first licence for a car is the first licence, not a change of category', () => {
    expect(talk('minha filha quer tirar a habilitação de carro').state.focus).toBe('cnh-primeira-habilitacao');
    expect(talk('meu neto completou 18 e vai tirar carteira de carro').state.focus).toBe('cnh-primeira-habilitacao');
    expect(talk('como faço pra tirar carta de carro?').state.focus).toBe('cnh-primeira-habilitacao');
  });
  it('one who already has the licence for a motorbike and wants the car\'s is still a change of category', () => {
    expect(talk('já tenho carteira de moto, quero a de carro').state.focus).toBe('cnh-mudanca-categoria');
  });
});
