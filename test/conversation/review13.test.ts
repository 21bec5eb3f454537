// The thirteenth session's review (helper rv13): other states from data/outros-estados.yaml reach search and the
// conversation. Each test was checked to fail on the code before the change.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('another state named, from data/outros-estados.yaml', () => {
  it('"vou pra teresina, vale?" on the free pass: a capital the old list lacked quotes what holds between states', () => {
    const d = talkOn('passe-livre', 'vou pra teresina, vale?');
    expect(d.state.focus).toBe('passe-livre');
    expect(text(d)).toMatch(/entre estados/);
  });

  it('"mudei de sao paulo pra bh e minha cnh é de la, preciso regularizar?" finds the transfer: search no longer drops the state', () => {
    const d = talk('mudei de sao paulo pra bh e minha cnh é de la, preciso regularizar?');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
  });

  it('"tem passagem de avião barata pra são paulo?" is still no service: a state named is a place, no service\'s name', () => {
    const d = talk('tem passagem de aviao barata pra sao paulo?');
    expect(d.state.focus).toBeUndefined();
    expect(text(d)).toMatch(/passagens/);
  });
});

describe('a citizen named Paulo or Paula names no state (lead, after merging the review)', () => {
  it('"oi, sou o paulo" is a hello with a name, not a list of services for people from another state', () => {
    const d = talk('oi sou o paulo');
    expect(d.state.options.map((o) => o.id)).not.toContain('svc:cnh-transferencia-estado');
    expect(d.state.focus).toBeUndefined();
  });

  it('"sou a ana paula, perdi meu rg" opens the identity card, and "meu filho paulo perdeu o rg" too', () => {
    expect(talk('sou a ana paula, perdi meu rg').state.focus).toBe('cin-2a-via');
    expect(talk('meu filho paulo perdeu o rg').state.focus).toBe('cin-2a-via');
  });
});
