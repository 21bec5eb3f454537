// The fourteenth session's rounds by helper r14f (460–479), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

/** A social answer: small talk or the menu again, no service put forward, no "not found". */
function answeredSocially(...messages: string[]): void {
  const d = talk(...messages);
  expect(kinds(d).some((k) => k === 'small_talk' || k === 'menu')).toBe(true);
  expect(kinds(d)).not.toContain('no_results');
  expect(d.state.focus).toBeUndefined();
  expect(d.state.options.filter((o) => o.id.startsWith('svc:'))).toEqual([]);
}

describe('round 460: questions about the chat itself (is it quick, patient, listening, official; do you speak…) are small talk', () => {
  it('"estou com pressa, você é rápido?" is the hurry, not a question about a service\'s time', () => {
    const d = talk('oi', 'estou com pressa, você é rápido?');
    expect(kinds(d)).toEqual(['small_talk']);
  });

  it('"vc tem paciencia comigo?" gets the patient answer', () => {
    answeredSocially('boa tarde', 'vc tem paciencia comigo?');
  });

  it('"alô, tá me escutando?" is a check that someone is there', () => {
    answeredSocially('alô', 'tá me escutando?');
  });

  it('"que bom que existe isso" is praise, not a search', () => {
    answeredSocially('eita', 'que bom que existe isso agora');
  });

  it('"esse canal é oficial? posso passar meus dados?" says who the bot is and what becomes of the data', () => {
    const d = talk('bom dia', 'esse canal é oficial? é seguro informar meus dados?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/LGPD/);
    expect(d.last?.replies[0]?.text).toMatch(/Atende/);
  });

  it('"vc fala espanhol? acabei de me mudar do chile" says it speaks only Portuguese', () => {
    const d = talk('boa noite', 'vc fala espanhol? acabei de me mudar do chile');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/português/);
  });

  it('"oi, me mudei de sp" still leads to the CNH transfer (where from, with a bare hello, may open a request)', () => {
    expect(talk('oi, me mudei de sp').state.focus).toBe('cnh-transferencia-estado');
  });
});
