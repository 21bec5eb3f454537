// The twelfth session's rounds by helper rf12 (310–319), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 310: "pegaram meu celular" is a theft', () => {
  it('"quer dizer, nao foi golpe, pegaram meu celular da mochila" on the scam report opens the theft report', () => {
    const d = talk('bo de golpe');
    expect(d.state.focus).toBe('bo-estelionato');
    d.say('quer dizer, nao foi golpe, pegaram meu celular da mochila');
    expect(d.state.focus).toBe('bo-furto');
  });
  it('"pegaram minha bolsa no onibus" as a first message opens the theft report', () => {
    expect(talk('pegaram minha bolsa no onibus').state.focus).toBe('bo-furto');
  });
});
