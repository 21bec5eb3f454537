// Generated variants: valid CPFs, phones, e-mail addresses and names, hidden in citizen text in many disguises,
// never survive redaction; service queries always do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/privacy/redact.ts';
import { SERVICE_QUERIES, chat, folded, introducedName, recoverDigits, serviceQuery, writtenCpf, writtenEmail, writtenPhone } from './disguise.ts';

const RUNS = { numRuns: 400 };

describe('a valid CPF in citizen text', () => {
  it('leaves no digit behind, whatever the script, separators or words', () => {
    fc.assert(
      fc.property(chat, writtenCpf, chat, (before, secret, after) => {
        const out = redact(`${before} ${secret.text} ${after}`);
        expect(recoverDigits(out)).not.toContain(secret.digits);
        expect(recoverDigits(out)).toBe('');
      }),
      RUNS,
    );
  });
});

describe('a phone number in citizen text', () => {
  it('leaves no digit behind, with or without +55, area code in brackets, spaced or spelled', () => {
    fc.assert(
      fc.property(chat, writtenPhone, chat, (before, secret, after) => {
        const out = redact(`${before} ${secret.text} ${after}`);
        expect(recoverDigits(out)).not.toContain(secret.digits.slice(2));
        expect(recoverDigits(out)).toBe('');
      }),
      RUNS,
    );
  });
});

describe('an e-mail address in citizen text', () => {
  it('leaves no part of the local name behind', () => {
    fc.assert(
      fc.property(chat, writtenEmail, chat, (before, secret, after) => {
        const out = folded(redact(`${before} ${secret.text} ${after}`));
        const around = folded(`${before} ${after}`);
        for (const s of secret.segments) if (!around.includes(s)) expect(out).not.toContain(s);
      }),
      RUNS,
    );
  });
});

describe('a name after an introduction', () => {
  it('leaves no word of the name behind, and keeps the request that follows', () => {
    fc.assert(
      fc.property(chat, introducedName, fc.constantFrom('', ', quero renovar a cnh', ' e preciso da segunda via do rg', '. perdi meu rg em bh'), (before, name, request) => {
        const out = redact(`${before} ${name.text}${request}`);
        const words = folded(out).split(/[^a-z]+/);
        const around = folded(before).split(/[^a-z]+/);
        for (const w of name.words) if (!around.includes(folded(w))) expect(words).not.toContain(folded(w));
        expect(out.endsWith(request)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('service queries', () => {
  it('are left unchanged, typical ones and generated ones', () => {
    for (const q of SERVICE_QUERIES) expect(redact(q)).toBe(q);
    fc.assert(
      fc.property(serviceQuery, (q) => {
        expect(redact(q)).toBe(q);
      }),
      RUNS,
    );
  });

  it('keep their words when personal data is removed from them', () => {
    fc.assert(
      fc.property(serviceQuery, writtenCpf, (q, secret) => {
        const out = redact(`${q}, cpf ${secret.text}`);
        expect(out.startsWith(`${q}, cpf `)).toBe(true);
      }),
      RUNS,
    );
  });
});
