// Cue words met only as themselves or their plural (WHOLE_WORDS), never through the short stem they share with
// other words: "sabendo" is not "sábado", "valeram" not "valeu", "gostariam" not "gostei", "grato" not "grátis".
import { describe, expect, it } from 'vitest';
import { CueSet, type Reading } from '../../src/conversation/reading.ts';
import { findTopics } from '../../src/conversation/topics.ts';
import { stem } from '../../src/search/normalize.ts';

const reading = (text: string): Reading => {
  const tokens = text.split(' ');
  return { text, tokens, stems: tokens.map(stem) };
};

describe('whole cue words', () => {
  it.each([
    ['sabado', 'abre sabado', [1]],
    ['sabado', 'abre aos sabados', [2]],
    ['sabado', 'ja to sabendo', undefined],
    ['valeu', 'valeu mesmo', [0]],
    ['valeu', 'os dois valeram', undefined],
    ['gostei', 'gostei', [0]],
    ['gostei', 'eles gostariam de saber', undefined],
    ['gratis', 'eu fico grato', undefined],
  ])('cue "%s" in "%s" → %j', (cue, text, expected) => {
    expect(CueSet.of([cue]).union(reading(text))).toEqual(expected);
  });

  it('a word sharing the stem of a weak topic cue is no topic ("sabendo" is no "sábado")', () => {
    expect(findTopics(reading('ja to sabendo'), false)).toBeUndefined();
    expect(findTopics(reading('abre sabado'), false)?.topics).toContain('hours');
  });
});
