// A search derived from the citizen's words (a correction, a follow-up naming another thing) records only
// words that survive redaction of the message as typed: folding first would hide an e-mail from redaction.
import { describe, expect, it } from 'vitest';
import { loggedQuery } from '../../src/conversation/views.ts';

describe('the query a derived search records', () => {
  it('drops the parts of a disguised e-mail that folding would have hidden from redaction', () => {
    const said = 'na verdade é a conta de água, meu email é fulano.silva @ gmail . com';
    const logged = loggedQuery('conta agua fulano silva gmail com', said);
    expect(logged).toBe('conta agua');
  });

  it('keeps the service words of a correction without the filler', () => {
    expect(loggedQuery('conta agua', 'ops, na verdade é a conta de água')).toBe('conta agua');
  });

  it('falls back to the redacted message when no derived word survives', () => {
    expect(loggedQuery('silva', 'meu nome é joão silva')).not.toContain('silva');
  });
});
