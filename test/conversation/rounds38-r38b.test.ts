// Rounds 4320-4339 (r38b): the engine's speed, behaviour unchanged. What is kept from one question to the next (by a
// card's sentence or by its text) must still answer as worked out afresh when what it depends on changes.
import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/catalogue/schema.ts';
import { passages, rarePassages } from '../../src/conversation/followup.ts';
import { realCatalogue } from './real.ts';

const blood = realCatalogue.services.find((s) => s.id === 'doacao-sangue') as Service;
const words = { nearSynonyms: realCatalogue.nearSynonyms, otherStates: realCatalogue.otherStates };
const none = { nearSynonyms: [], otherStates: realCatalogue.otherStates };

describe('round 4320: whether a card sentence holds a word is kept per near-synonym list', () => {
  it('a question in a near-synonym finds the sentence in the other word only while the list holds the pair', () => {
    const fasting = 'posso ir em jejum?';
    const withList = passages(blood, words, fasting);
    expect(withList.some((x) => /aliment/i.test(x))).toBe(true);
    // The same card and question with no near-synonyms: the sentence "alimentado" is no longer held by "jejum".
    expect(passages(blood, none, fasting).some((x) => /aliment/i.test(x))).toBe(false);
    // And back with the list: as first worked out.
    expect(passages(blood, words, fasting)).toEqual(withList);
    expect(rarePassages(blood, none, 'e se eu for de jejum?').some((x) => /aliment/i.test(x))).toBe(false);
    expect(rarePassages(blood, words, 'e se eu for de jejum?').some((x) => /aliment/i.test(x))).toBe(true);
  });
});
