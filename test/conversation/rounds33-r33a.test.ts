// The thirty-third session's rounds of r33a (corrections and first messages, then navigation and small talk).
// Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asQuestion } from '../../src/conversation/commands.ts';
import { said, talk, talkOn } from './real.ts';

describe('round 3400: a correction that only qualifies the request keeps the card, even when the search misses it', () => {
  it('"é da moto" on the IPVA instalments: the instalments again, not the IPVA itself', () => {
    for (const text of ['ops, é pra moto', 'na vdd é da moto, nao do carro'])
      expect(talk('quero dividir o ipva vencido', text).state.focus, text).toBe('ipva-parcelamento');
  });
  it('a detail that names a service is still that service', () => {
    expect(talkOn('cnh-2a-via', 'na verdade é do rg').state.focus).toBe('cin-2a-via');
    expect(talkOn('cnh-2a-via', 'na verdade é da identidade').state.focus).toBe('cin-2a-via');
  });
});

describe('round 3401: a correction that swaps the thing keeps the act (the 2nd copy of the other document)', () => {
  it('on the CNH\'s 2nd copy, "é a carteira de identidade" is the identity card\'s 2nd copy, not its 1st', () => {
    for (const text of ['nao, é a carteira de identidade', 'opa, errei, é carteira de identidade'])
      expect(talkOn('cnh-2a-via', text).state.focus, text).toBe('cin-2a-via');
  });
  it('one title word shared by chance ("veículo") makes no kind: "ipva*" after the licensing is the IPVA', () => {
    expect(talk('licenciamento do carro', 'ipva*').state.focus).toBe('ipva');
  });
});

describe('round 3402: from 18 one is of age; "no 9 ano" is a school year', () => {
  it('an age of 18 to 20 said of oneself asks who may ask, not the rules for minors', () => {
    for (const [svc, text] of [['cnh-primeira-habilitacao', 'eu tenho 19 anos'], ['doacao-sangue', 'ja tenho 18 anos, posso?'], ['eja', 'ela tem 20 anos']] as const) {
      const d = talkOn(svc, text);
      expect(said(d), text).toMatch(/quem pode pedir/);
      expect(said(d), text).not.toMatch(/menores de idade/);
    }
  });
  it('a minor is still a minor', () => {
    expect(said(talkOn('cnh-primeira-habilitacao', 'tenho 17 anos'))).toMatch(/menores de idade/);
  });
  it('"parei no 8 ano" tells a school year, no age', () => {
    expect(said(talkOn('cadastro-escolar', 'tenho 30 anos e parei no 8 ano'))).not.toMatch(/menores de idade/);
  });
});

describe('round 3403: "não," then the citizen\'s case with their age is a correction, not who may ask', () => {
  it('the service the rest names is opened, with its card, not who may ask', () => {
    expect(talkOn('cadastro-escolar', 'nao, tenho 19 anos e parei na oitava serie, seria o supletivo').state.focus).toBe('eja');
    const d = talkOn('cadastro-escolar', 'ah nao, tenho 22 anos, é o supletivo');
    expect(d.state.focus).toBe('eja');
    expect(said(d)).not.toMatch(/^\*quem pode pedir/);
  });
  it('an age alone, or asked, still asks who may ask', () => {
    expect(said(talkOn('seguro-desemprego', 'tenho 56 anos'))).toMatch(/quem pode pedir/);
  });
});

describe('round 3404: a last clause that only urges the bot on ("…, fala logo") is no part of the question', () => {
  it('the question before it is answered on the card', () => {
    for (const [svc, text, topic] of [
      ['licenca-pesca', 'idoso paga ou nao paga, responde ai', /quanto custa/],
      ['antecedentes-criminais', 'quanto tempo demora, anda logo', /quanto tempo leva/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(topic);
    }
  });
  it('an urging alone is left as typed', () => {
    expect(asQuestion('fala logo')).toBe('fala logo');
    expect(asQuestion('aposentado paga, me fala logo')).toBe('aposentado paga?');
  });
});
