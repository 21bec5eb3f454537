// The one text splitter every channel uses, with each channel's way of measuring a part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/channels/shared/split.ts';

describe('a text that fits', () => {
  it('is one part, unchanged but for blank lines at its edges', () => {
    expect(splitText('linha 1\nlinha 2', 100)).toEqual(['linha 1\nlinha 2']);
    expect(splitText('\n\nlinha\n\n', 100)).toEqual(['linha']);
    expect(splitText('  \n ', 100)).toEqual([]);
  });
});

describe('a long text', () => {
  it('is cut between paragraphs first', () => {
    const p = (c: string): string => c.repeat(30);
    expect(splitText(`${p('a')}\n\n${p('b')}\n\n${p('c')}`, 65)).toEqual([`${p('a')}\n\n${p('b')}`, p('c')]);
  });

  it('is cut between lines when a paragraph is too long, and the lines join back', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `linha ${i} com algum texto`);
    const parts = splitText(lines.join('\n'), 100);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(100);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('is cut between words inside a long line, each word keeping its space', () => {
    const words = Array.from({ length: 200 }, (_, i) => `palavra${i}`);
    const parts = splitText(words.join(' '), 50);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(50);
    expect(parts.join('')).toBe(words.join(' '));
  });

  it('cuts a word longer than a part by characters, never inside an emoji', () => {
    const parts = splitText('😀'.repeat(10), 5);
    expect(parts.join('')).toBe('😀'.repeat(10));
    for (const part of parts) expect(part).toBe('😀😀');
  });

  it('never cuts inside a grapheme: a flag, an emoji joined by ZWJ, a letter with a combining accent', () => {
    const flag = '🇧🇷';
    const family = '👨‍👩‍👧';
    const accented = 'e\u0301';
    // 6 fits one flag (4 code units) but not two: a cut by code points would leave half a flag in each part.
    expect(splitText(flag.repeat(5), 6)).toEqual(Array.from({ length: 5 }, () => flag));
    expect(splitText(family.repeat(3), 10)).toEqual([family, family, family]);
    expect(splitText(accented.repeat(5), 3)).toEqual([accented, accented, accented, accented, accented]);
  });

  it('cuts at grapheme boundaries only, and loses nothing (any text of emoji, flags and accents)', () => {
    const pool = ['🇧🇷', '🏳️‍🌈', '👨‍👩‍👧‍👦', '👍🏽', 'é', 'e\u0301', 'ã', 'a', '😀', '1️⃣'];
    const boundaries = (text: string): Set<number> => new Set([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.index));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 80 }), fc.integer({ min: 11, max: 40 }), (units, max) => {
        const text = units.join('');
        const parts = splitText(text, max);
        expect(parts.join('')).toBe(text);
        const cuts = boundaries(text);
        let at = 0;
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(max);
          expect(cuts.has(at)).toBe(true);
          at += part.length;
        }
      }),
    );
  });

  it('measures what the channel sends, not the source (HTML escapes count)', () => {
    const html = (s: string): number => s.replace(/&/g, '&amp;').length;
    const parts = splitText('&'.repeat(100), 50, html);
    for (const part of parts) expect(html(part)).toBeLessThanOrEqual(50);
    expect(parts.join('')).toBe('&'.repeat(100));
  });

  it('never exceeds the limit and never loses a word (any text)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('\n', '\n\n', ' '), fc.string({ minLength: 1, maxLength: 30 })), { maxLength: 60 }), fc.integer({ min: 8, max: 80 }), (pieces, max) => {
        const text = pieces.join('');
        const parts = splitText(text, max);
        for (const part of parts) expect(part.length).toBeLessThanOrEqual(max);
        const squash = (s: string): string => s.replace(/\s+/g, '');
        expect(squash(parts.join(''))).toBe(squash(text));
      }),
    );
  });
});
