// The forty-seventh session's rounds of helper r47d (a belief checked against the card: "tem q ter o X ne?", "é só
// pedir e pronto ne?"). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard"
// are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, talkOn } from './real.ts';

describe('round 5980: a belief that a document is needed, checked with a tag, is answered with the documents', () => {
  it('"preciso ter o boletim de ocorrencia, não é?" on the ID\'s 2nd copy: its documents, not a list of services', () => {
    const d = talkOn('cin-2a-via', 'preciso ter o boletim de ocorrencia, não é?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toEqual(['documents']);
  });
  it('"tem q ter a certidao de nascimento ne?": the documents, not who may ask', () => {
    expect(asked(talkOn('cin-2a-via', 'tem q ter a certidao de nascimento ne?'))).toEqual(['documents']);
  });
  it('"sem a carteira de trabalho eu nao consigo pedir, nao é?" on the unemployment insurance: the documents', () => {
    expect(asked(talkOn('seguro-desemprego', 'sem a carteira de trabalho eu nao consigo pedir, nao é?'))).toEqual(['documents']);
  });
  it('"o termo de rescisao precisa ne": the documents, not one sentence', () => {
    expect(asked(talkOn('seguro-desemprego', 'o termo de rescisao precisa ne'))).toEqual(['documents']);
  });
  it('guard: "precisa fazer o exame medico ne?" is an act needed, not a document', () => {
    expect(asked(talkOn('cnh-renovacao', 'precisa fazer o exame medico ne?'))).not.toContain('documents');
  });
  it('guard: the card\'s own thing is no document of it ("não preciso mais da guia, não é?" on the GTA)', () => {
    expect(asked(talkOn('gta', 'E depois que a carga sair, não preciso mais da guia, não é?'))).not.toContain('documents');
  });
  it('guard: "é de graça né?" is still the cost', () => {
    expect(asked(talkOn('cin-2a-via', 'é de graça né?'))).toEqual(['cost']);
  });
});

describe('round 5981: an order of acts, or one act believed to be all, is answered with the steps', () => {
  it('"é so pagar o licenciamento e pronto ne?": the steps, not the cost', () => {
    expect(asked(talkOn('crlv-licenciamento', 'é so pagar o licenciamento e pronto ne?'))).toEqual(['how']);
  });
  it('"primeiro eu pago a taxa e depois agendo ne?" on the ID\'s 2nd copy: the steps', () => {
    expect(asked(talkOn('cin-2a-via', 'primeiro eu pago a taxa e depois agendo ne?'))).toEqual(['how']);
  });
  it('"primeiro eu registro o bo e depois bloqueio o celular, certo?" on the theft report: the steps', () => {
    expect(asked(talkOn('bo-furto', 'primeiro eu registro o bo e depois bloqueio o celular, certo?'))).toEqual(['how']);
  });
  it('guard: "é so agendar pelo site ne?" is whether it is online', () => {
    expect(asked(talkOn('cnh-renovacao', 'é so agendar pelo site ne?'))).toEqual(['online']);
  });
  it('guard: "é só levar a certidao ne?" is still the documents', () => {
    expect(asked(talkOn('cin-2a-via', 'é só levar a certidao ne?'))).toEqual(['documents']);
  });
  it('guard: "a carteira é de graça ne, é so chegar la e pedir" is still the cost (a belief that it is free)', () => {
    expect(asked(talkOn('cin-2a-via', 'a carteira é de graça ne, é so chegar la e pedir'))).toContain('cost');
  });
  it('guard: "é so pagar?" with no tag is still the cost', () => {
    expect(asked(talkOn('cin-2a-via', 'é so pagar?'))).toEqual(['cost']);
  });
});

describe('round 5982: a closing "é isso mesmo" is the tag of a belief, no comparison', () => {
  it('"a segunda via é gratuita, é isso mesmo ne?": the cost, not a sentence compared', () => {
    expect(asked(talkOn('cin-2a-via', 'a segunda via é gratuita, é isso mesmo ne?'))).toEqual(['cost']);
  });
  it('guard: "é a mesma coisa que o MEI?" on opening a company still compares (the card\'s sentence on it)', () => {
    expect(asked(talkOn('abrir-empresa', 'é a mesma coisa que o MEI?'))).toEqual(['passage']);
  });
  it('guard (round 5981): "é so ligar no 155 ne?" is no belief of the steps', () => {
    expect(asked(talkOn('cin-2a-via', 'é so ligar no 155 ne?'))).not.toContain('how');
  });
});
