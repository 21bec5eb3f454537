// The thirty-seventh session's r37c rounds: follow-up questions about the service in focus. Written from the citizen's
// side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe('round 4240: hearsay with a number, checked against the card', () => {
  it('an age heard is answered by the card\'s age', () => {
    const d = talkOn('cnh-mudanca-categoria', 'meu primo falou que pra tirar a D é só ter 19 anos, procede?');
    expect(said(d)).toMatch(/21 anos/);
  });
  it('a deadline heard is answered by the card\'s deadline, not by how long the service takes', () => {
    const d = talkOn('bo-furto', 'minha tia disse q o bo tem q ser feito em ate 5 dias, eh isso?');
    expect(said(d)).toMatch(/30 dias/);
    expect(kinds(d)).toEqual(['passage']);
  });
  it('who told it names no service: the deadline of the card in view', () => {
    const d = talkOn('seguro-desemprego', 'a moça do sine falou q tenho so 60 dias pra pedir, ne?');
    expect(said(d)).toMatch(/120/);
    expect(kinds(d)).toEqual(['passage']);
    expect(d.state.focus).toBe('seguro-desemprego');
  });
  it('a validity heard, where the card gives no number, is answered by its sentence on the validity', () => {
    const d = talkOn('certidao-debitos', 'o despachante falou q a certidao vale 3 meses, confere?');
    expect(said(d)).toMatch(/validade/);
  });
  it('the control: an age told as the citizen\'s own fact is no claim heard', () => {
    const d = talkOn('cadastro-escolar', 'ele tem 6 anos, sou eu q faco a inscricao ne?');
    expect(asked(d)).toContain('minors');
  });
});

describe('round 4241: what to attach or hand in, asked in the first person', () => {
  it('"o que eu anexo" asks for the documents', () => {
    const d = talkOn('indicacao-condutor', 'e oq eu anexo no pedido?');
    expect(asked(d)).toContain('documents');
  });
  it('"o que eu entrego" asks for the documents', () => {
    const d = talkOn('itcd', 'o que eu entrego la na fazenda?');
    expect(asked(d)).toContain('documents');
  });
  it('the control: sending a photo to the bot is still no question about the documents', () => {
    const d = talkOn('acesso-informacao', 'posso anexar foto aqui?');
    // Round 5920 (r47a) adds the card's sentence on handing papers in after the notice that the chat takes only text.
    expect(kinds(d)[0]).toBe('small_talk');
    expect(kinds(d)).not.toContain('follow_up');
    expect(asked(d)).not.toContain('documents');
  });
});

describe('round 4242: hearsay with a count of things, checked against the card', () => {
  it('a count heard is answered by the card\'s count of the same thing, in other words', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'o cara da oficina disse que se bater mais de 3 carros nao registra pela internet, procede?');
    expect(said(d)).toMatch(/5 veiculos/);
  });
  it('a count of seats heard is answered by the card\'s count of seats', () => {
    const d = talkOn('passe-livre', 'ouvi dizer que so tem 1 assento gratis por onibus, procede?');
    expect(said(d)).toMatch(/dois assentos/);
  });
});

describe('round 4243: hearsay of how long it takes, where no sentence gives a span of it', () => {
  it('is answered by the card\'s time', () => {
    const d = talkOn('certidao-jucemg', 'ouvi dizer que a certidao sai em 10 minutos, procede?');
    expect(asked(d)).toEqual(['time']);
  });
});
