// The forty-first session's rounds of helper r41a (terse follow-ups whose word the search takes elsewhere). Written
// from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change
// (they pass with or without the round).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe('round 4900: a thing carried over that the card holds, which the search takes to a service foreign to it', () => {
  it('"e o pix?" after the IPVA\'s cost is the card\'s sentence on the Pix, not its cost again', () => {
    const d = talkOn('ipva', 'quanto custa?', 'e o pix?');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/pix/);
  });
  it('"e a passagem?" after where it is done, on the intercity buses, is the card\'s own word (a keyword of it), not the free pass', () => {
    const d = talkOn('onibus-intermunicipal', 'onde compro?', 'e a passagem?');
    expect(d.state.focus).toBe('onibus-intermunicipal');
    expect(said(d)).toMatch(/empresa de onibus/);
  });
  it('guard: a thing that names another service whole still moves ("e a CNH?" on the theft report)', () => {
    const d = talkOn('bo-furto', 'precisa ir na delegacia?', 'e a CNH?');
    expect(d.state.focus).not.toBe('bo-furto');
  });
  it('guard: a related service carried over still gets the same question ("e o licenciamento?" after the IPVA\'s cost)', () => {
    const d = talkOn('ipva', 'quanto custa?', 'e o licenciamento?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(asked(d)).toEqual(['cost']);
  });
});

describe('round 4901: "quando" closing a terse question asks when', () => {
  it('"resultado qnd" on the technical course gets its time', () => {
    const d = talkOn('curso-tecnico', 'resultado qnd');
    expect(asked(d)).toEqual(['time']);
    expect(d.state.focus).toBe('curso-tecnico');
  });
  it('"pagamento qnd" on the unemployment insurance gets its time', () => {
    const d = talkOn('seguro-desemprego', 'pagamento qnd');
    expect(asked(d)).toEqual(['time']);
    expect(said(d)).toMatch(/30 dias/);
  });
  it('guard: "parcela cai qnd" (already a cue) still gets the time', () => {
    expect(asked(talkOn('seguro-desemprego', 'parcela cai qnd'))).toEqual(['time']);
  });
});

describe('round 4902: a word of the card\'s own family that the search takes to a service foreign to it', () => {
  it('"o fiscal demora?" on the environmental report ("fiscalização") is its time, not the farmer\'s invoice', () => {
    const d = talkOn('denuncia-ambiental', 'o fiscal demora?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(asked(d)).toEqual(['time']);
  });
  it('"fiscal vem quando" too', () => {
    expect(talkOn('denuncia-ambiental', 'fiscal vem quando').state.focus).toBe('denuncia-ambiental');
  });
  it('guard: a word the card does not hold still moves ("e a nota fiscal, quanto custa?")', () => {
    expect(talkOn('denuncia-ambiental', 'e a nota fiscal, quanto custa?').state.focus).toBe('nota-fiscal-avulsa');
  });
});

describe('round 4903: topic words shortened in chat', () => {
  it('"qual o tel" gets the phone, "vlr?" the cost', () => {
    expect(asked(talkOn('cemig-conta', 'qual o tel'))).toEqual(['contact']);
    expect(said(talkOn('cemig-conta', 'qual o tel'))).toMatch(/116/);
    expect(asked(talkOn('ipva', 'vlr?'))).toEqual(['cost']);
  });
  it('"tel" alone gets the phone', () => {
    expect(said(talkOn('copasa-conta', 'tel'))).toMatch(/115/);
  });
});

describe('round 4904: an acknowledgement, then only the topic\'s thing', () => {
  it('"beleza, telefone" gets the phone, "ok e o site" the page, "ah e o link" the link', () => {
    expect(asked(talkOn('copasa-conta', 'beleza, telefone'))).toContain('contact');
    expect(asked(talkOn('ipva', 'ok e o site'))).toContain('link');
    expect(asked(talkOn('cnh-renovacao', 'ah e o link'))).toEqual(['link']);
  });
  it('guard: thanks with the topic\'s thing is still thanks ("ah legal, obrigado pelo link"), and "blz, valeu" is small talk', () => {
    expect(kinds(talkOn('eja', 'ah legal, obrigado pelo link'))).toEqual(['small_talk']);
    expect(kinds(talkOn('eja', 'blz, valeu'))).toEqual(['small_talk']);
  });
});

describe('round 4905: "o que" with its "o" dropped, opening a terse question', () => {
  it('"q levo" on the identity card\'s 2nd copy gets the documents', () => {
    const d = talkOn('cin-2a-via', 'q levo');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toEqual(['documents']);
  });
  it('"precisa do q" on the water bill gets the documents', () => {
    expect(asked(talkOn('copasa-conta', 'precisa do q'))).toEqual(['documents']);
  });
  it('guard: "q bom" is small talk, "que isso" is still read as before', () => {
    expect(kinds(talkOn('ciptea', 'q bom'))).toEqual(['small_talk']);
    expect(asked(talkOn('ciptea', 'que isso'))).toEqual([]);
  });
});

describe('round 4906: whether it expires, asked with the verb alone', () => {
  it('"ela vence?" on the Ciptea, which says nothing of it, says the card does not say (no list of services)', () => {
    const d = talkOn('ciptea', 'ela vence?');
    expect(d.state.focus).toBe('ciptea');
    expect(kinds(d)).toEqual(['unanswered']);
  });
  it('"vence?" on the yearly licensing is its period ("todo ano")', () => {
    const d = talkOn('crlv-licenciamento', 'vence?');
    expect(asked(d)).toEqual(['time']);
    expect(said(d)).toMatch(/todo ano/);
  });
});

describe('round 4907: a place carried over that the card speaks of', () => {
  it('"e na uai?" on the identity card\'s 2nd copy is its sentence on the UAI, not the UAI booking', () => {
    const d = talkOn('cin-2a-via', 'e na uai?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/agende/);
  });
  it('"e na escola?" on the EJA is its sentence on the school', () => {
    const d = talkOn('eja', 'e na escola?');
    expect(kinds(d)).toEqual(['passage']);
  });
  it('guard: on a card silent about the UAI, "e na uai?" still opens the UAI booking', () => {
    expect(talkOn('ipva', 'e na uai?').state.focus).toBe('agendamento-uai');
  });
});

describe('round 4908: a thing of the card carried over that the answer just given does not hold', () => {
  it('"e a matricula?" after the school registration\'s documents is its step at the school, not the documents again', () => {
    const d = talkOn('cadastro-escolar', 'precisa de documento?', 'e a matricula?');
    expect(d.state.focus).toBe('cadastro-escolar');
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/escola indicada/);
  });
  it('guard: when the answer just given holds it, the same question is answered again ("e a matricula?" after the time)', () => {
    expect(asked(talkOn('cadastro-escolar', 'quanto tempo demora?', 'e a matricula?'))).toEqual(['time']);
  });
});
