// One reader of an age in a message (agesSaid): every number that may be one, with the words around it; the
// minors' reader (ageAt) keeps those under 21 said as an age, not a school year or a duration.
import { describe, expect, it } from 'vitest';
import { ageAt, agesSaid } from '../../src/conversation/topics.ts';
import type { Reading } from '../../src/conversation/reading.ts';

const reading = (text: string, pauses: number[] = []): Reading => {
  const tokens = text.split(' ');
  return { text, tokens, stems: tokens, pauses: new Set(pauses) };
};

describe('agesSaid', () => {
  it('lists numbers in figures and in words, with the words around them', () => {
    expect(agesSaid(reading('minha filha tem cinco anos e eu tenho 65'))).toEqual([
      { at: 3, value: 5, figures: undefined, prev: 'tem', next: 'anos', after: 'e', ends: false },
      { at: 8, value: 65, figures: '65', prev: 'tenho', next: undefined, after: undefined, ends: true },
    ]);
    expect(agesSaid(reading('tem 17 pode', [1]))[0]).toMatchObject({ value: 17, ends: true });
    expect(agesSaid(reading('quero tirar o rg'))).toEqual([]);
  });
});

describe('ageAt', () => {
  it.each([
    ['tenho 16 anos', [1, 2]],
    ['ela tem cinco anos', [2, 3]],
    ['meu filho tem 17', [2, 3]],
    ['to no 1 ano do ensino medio', undefined],
    ['faz 2 anos que perdi', undefined],
    ['tenho 2 carros', undefined],
    ['tenho 65 anos', undefined],
  ])('"%s" → %j', (text, expected) => {
    expect(ageAt(reading(text))).toEqual(expected);
  });
});
