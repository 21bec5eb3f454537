// Words that are also names of an object's built-ins ("constructor", "toString") are ordinary words: the engine's
// word tables are Maps and Sets, never plain objects. Found by the Telegram fuzz test ("constructor" got an apology).
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

const BUILTINS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'vai pra etapa constructor', 'opção constructor'];

describe('words named like an object built-in', () => {
  for (const text of BUILTINS) {
    it(`"${text}" gets an ordinary reply at the menu, on a card and in a walkthrough`, () => {
      for (const before of [['oi'], ['perdi meu rg'], ['perdi meu rg', 'passo a passo']]) {
        const d = talk(...before);
        expect(() => d.say(text)).not.toThrow();
        expect(kinds(d).length).toBeGreaterThan(0);
      }
    });
  }
});
