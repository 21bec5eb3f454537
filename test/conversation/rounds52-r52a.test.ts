// The fifty-second session's rounds of helper r52a (the card sentence chosen to answer a question: another way asked
// with a thing lacked, and what may stand for a thing lacked). Written from the citizen's side, with wordings other than
// the dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6400: another way asked, with a thing lacked, gets the card\'s sentence giving the other way, not the one requiring the thing', () => {
  it('"nao tenho conta gov, tem outra maneira de pedir?" on the Ciptea: in person at a UAI', () => {
    const d = talkOn('ciptea', 'nao tenho conta gov, tem outra maneira de pedir?');
    expect(d.state.focus).toBe('ciptea');
    expect(said(d)).toContain('se preferir atendimento presencial');
  });
  it('"não tenho conta gov.br nem celular bom, existe alternativa pra pedir?" on the unemployment insurance: a Sine unit', () => {
    const d = talkOn('seguro-desemprego', 'não tenho conta gov.br nem celular bom, existe alternativa pra pedir?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(said(d)).toContain('unidade do sine');
  });
  it('"Não tenho conta gov.br. Há alguma outra maneira?" on naming the driver: by post or in person, not "os dois precisam de conta gov.br"', () => {
    const d = talkOn('indicacao-condutor', 'Não tenho conta gov.br. Há alguma outra maneira?');
    expect(said(d)).toContain('correios');
    expect(said(d)).not.toContain('os dois precisam');
  });
  it('guard: "nao sei o endereço certinho do lugar" on the environmental report still gets what may stand for the address', () => {
    const d = talkOn('denuncia-ambiental', 'nao sei o endereço certinho do lugar');
    expect(said(d)).toContain('ponto de referencia');
  });
  it('guard: "nao tenho conta gov br, tem outro jeito?" on opening a company: the card\'s own alternative (the digital certificate)', () => {
    const d = talkOn('abrir-empresa', 'nao tenho conta gov br, tem outro jeito?');
    expect(said(d)).toContain('certificado digital');
  });
});

describe('round 6401: a thing lacked is stood for by a sentence whose "ou" follows it or comes right before it, not one far before', () => {
  it('"nao tenho conta em banco nenhum, como vou receber?" on the unemployment insurance: paid by the Caixa', () => {
    const d = talkOn('seguro-desemprego', 'nao tenho conta em banco nenhum, como vou receber?');
    expect(said(d)).toContain('caixa');
  });
  it('guard: "nao conheço a rodoviaria daqui" on the intercity bus: with the company or at the bus station', () => {
    const d = talkOn('onibus-intermunicipal', 'nao conheço a rodoviaria daqui');
    expect(said(d)).toContain('com a empresa ou na rodoviaria');
  });
  it('guard: "Não tenho comprovante de endereço no meu nome, moro com minha avó. Dá problema?" on the first licence: a relative\'s, or a declaration', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'Não tenho comprovante de endereço no meu nome, moro com minha avó. Dá problema?');
    expect(said(d)).toContain('parente proximo');
  });
});

describe('round 6402: another way asked of a thing the card names gets the card\'s other way, not its sentence on the thing', () => {
  it('"minha esposa nao tem conta gov br, tem outro jeito?" on naming the driver: the account\'s sentence, then by post or in person', () => {
    const d = talkOn('indicacao-condutor', 'minha esposa nao tem conta gov br, tem outro jeito?');
    expect(d.state.focus).toBe('indicacao-condutor');
    expect(said(d)).toContain('correios');
  });
  it('guard: "nao tenho conta gov br" on the ITCD (no other way asked): the card\'s sentence on the account', () => {
    const d = talkOn('itcd', 'nao tenho conta gov br');
    expect(d.state.focus).toBe('itcd');
    expect(said(d)).toContain('preciso ter conta gov.br');
  });
});

describe('round 6403: a thing lacked told with how asked is another way asked: the card\'s other way', () => {
  it('"meu pai nao tem gov br, como ele manda a defesa?" on the fine appeal: by post or in person, not the login', () => {
    const d = talkOn('recurso-multa', 'meu pai nao tem gov br, como ele manda a defesa?');
    expect(d.state.focus).toBe('recurso-multa');
    expect(said(d)).toContain('correios');
    expect(said(d)).not.toContain('com login gov.br');
  });
  it('guard: "como mando o recurso?" on the fine appeal is still how it is done', () => {
    const d = talkOn('recurso-multa', 'como mando o recurso?');
    expect(said(d)).toContain('conferir a notificacao');
  });
});
