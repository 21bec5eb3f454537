// Redaction runs on every message: adversarial text must not make it slow (no catastrophic backtracking).
// The bound is generous on purpose (a slow shared machine); the linear code takes about 6 ms here.
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/privacy/redact.ts';

const LENGTH = 10_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);

describe('a 10,000-character adversarial message', () => {
  it.each([
    ['one long word', fill('a')],
    ['digits and dots', fill('1.')],
    ['digits and dashes', fill('1-')],
    ['letters and dots', fill('a.')],
    ['letters, digits and dots', fill('a1.')],
    ['a local part that never meets its @', `${fill('a.b_c-')}@`],
    ['many @', fill('a@')],
    ['spelled markers', fill('maria arroba gmail ponto ')],
    ['digit words', fill('um dois ')],
    ['introductions', fill('meu nome é ')],
    ['name words', `meu nome é ${fill('Maria ')}`],
    ['street names', fill('rua ')],
    ['a street without a number', `rua ${fill('b')}`],
    ['context words', fill('cpf cvv validade ')],
    ['digits of other scripts', fill('٥۵५৫')],
    ['zero-width characters', fill('1\u200b')],
  ])('is redacted quickly: %s', (_, text) => {
    // The best of three runs after a warm-up: a busy machine makes a run slow now and then; backtracking makes every run slow.
    redact(text);
    const runs = [0, 1, 2].map(() => {
      const started = performance.now();
      redact(text);
      return performance.now() - started;
    });
    expect(Math.min(...runs)).toBeLessThan(200);
  });
});
