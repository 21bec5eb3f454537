// Options as a numbered menu, for channels without buttons, and links written out in full.
import { describe, expect, it } from 'vitest';
import { linkLine, menuLines, optionsPrompt } from '../../../src/channels/shared/menu.ts';

describe('the numbered menu', () => {
  it('numbers the options from 1, with an optional indent', () => {
    const options = [
      { id: 'a', label: 'Ver serviços' },
      { id: 'b', label: 'Buscar' },
    ];
    expect(menuLines(options)).toEqual(['1. Ver serviços', '2. Buscar']);
    expect(menuLines(options, '  ')).toEqual(['  1. Ver serviços', '  2. Buscar']);
  });

  it('asks for the right numbers whatever the length of the menu', () => {
    expect(optionsPrompt(1)).toBe('Digite 1.');
    expect(optionsPrompt(2)).toBe('Digite 1 ou 2.');
    expect(optionsPrompt(5)).toBe('Digite 1, 2, 3, 4 ou 5.');
    expect(optionsPrompt(12)).toBe('Digite um número de 1 a 12.');
  });
});

describe('a link written out', () => {
  it('shows its label and the whole address', () => {
    expect(linkLine({ label: 'Página oficial', url: 'https://www.mg.gov.br/servico' })).toBe('🔗 Página oficial: https://www.mg.gov.br/servico');
  });
});
