// The eighteenth session's rounds of r18h (1340 on), one `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

/** The text of the last turn's replies. */
const said = (d: ReturnType<typeof talk>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 1340: right after who handles a subject elsewhere, pointing back at it asks about it again', () => {
  it('"onde posso obter essa informação?", "quem cuida disso?" and the like get the same answer, no card', () => {
    const cases: [string, string, RegExp][] = [
      ['Como faço para tirar o meu título de eleitor?', 'onde consigo essa informacao?', /Justiça Eleitoral/],
      ['Como faço para tirar o meu título de eleitor?', 'e quem cuida disso?', /Justiça Eleitoral/],
      ['como tiro o cpf do meu filho', 'Entendi. E onde eu vejo essa informação?', /Receita Federal/],
      ['como tiro o cpf do meu filho', 'e onde eu resolvo isso?', /Receita Federal/],
      ['quero tirar passaporte', 'onde consigo essas informações?', /Polícia Federal/],
      ['como saco meu fgts', 'e onde eu vejo isso ai?', /Governo Federal/],
    ];
    for (const [first, next, who] of cases) {
      const d = talk(first, next);
      expect(kinds(d), `${first} → ${next}`).toEqual(['elsewhere']);
      expect(said(d), next).toMatch(who);
      expect(d.state.focus, next).toBeUndefined();
    }
  });

  it('a service named after it is still opened, and "isso" with nothing before names no subject', () => {
    const d = talk('Como faço para tirar o meu título de eleitor?', 'e a cnh, como renovo?');
    expect(d.state.focus).toBe('cnh-renovacao');
    const e = talk('como tiro o cpf do meu filho', 'e a identidade dele, como tiro?');
    expect(kinds(e)).not.toEqual(['elsewhere']);
    const f = talk('onde vejo isso?');
    expect(kinds(f)).not.toEqual(['elsewhere']);
  });
});
