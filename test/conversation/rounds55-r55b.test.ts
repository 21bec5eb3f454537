// The fifty-fifth session's rounds of helper r55b (the wrong fact on a later turn: a case told elsewhere or before,
// compared with the card in view). Written from the citizen's side, with wordings other than the dialogues'. Tests named
// "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 6720: a case told elsewhere or before, compared with the card ("aqui também?", "em Minas?"), gets the topic asked', () => {
  it('"No Ceará paguei uma taxa para fazer a defesa. Aqui também é pago?" on the fine appeal: the cost (free), not a sentence sharing a word', () => {
    const d = talkOn('recurso-multa', 'No Ceará paguei uma taxa para fazer a defesa. Aqui também é pago?');
    expect(d.state.focus).toBe('recurso-multa');
    expect(asked(d)).toContain('cost');
    expect(said(d)).toContain('gratuito');
  });
  it('"quando morei em goiás fiz tudo pela internet, aqui também é online?" on the vehicle write-off: in person, the card kept', () => {
    const d = talkOn('baixa-veiculo', 'quando morei em goiás fiz tudo pela internet, aqui também é online?');
    expect(d.state.focus).toBe('baixa-veiculo');
    expect(asked(d)).toContain('online');
    expect(said(d)).toContain('presencial');
  });
  it('"Em Goiás eu paguei uma taxa para transferir. Aqui também cobram?" on the vehicle transfer: its costs, not two services told apart', () => {
    const d = talkOn('transferencia-veiculo', 'Em Goiás eu paguei uma taxa para transferir. Aqui também cobram?');
    expect(d.state.focus).toBe('transferencia-veiculo');
    expect(asked(d)).toContain('cost');
    expect(said(d)).toContain('quanto custa');
  });
  it('guard: "no espirito santo paguei pra trocar o endereço, em minas tem custo?" on the driver\'s address: free, as before', () => {
    const d = talkOn('cnh-endereco', 'no espirito santo paguei pra trocar o endereço, em minas tem custo?');
    expect(asked(d)).toContain('cost');
    expect(said(d)).toContain('gratuito');
  });
  it('guard: "o ipva eu pago por aqui tambem?" on the DAE: a subject compared, the card\'s sentence on it', () => {
    const d = talkOn('dae', 'o ipva eu pago por aqui tambem?');
    expect(said(d)).toContain('guia propria');
  });
  it('guard: "e da identidade tbm, perdi as duas. como faço a da identidade?" on the licence copy: not held by a comparison', () => {
    const d = talkOn('cnh-2a-via', 'e da identidade tbm, perdi as duas. como faço a da identidade?');
    expect(said(d)).not.toContain('da para fazer pela internet');
    expect(asked(d)).not.toContain('cost');
  });
});

describe('round 6721: the way told (at an office, in person), asked whether it still holds, gets whether it is done online', () => {
  it('"antigamente eu fazia isso na receita, ainda é lá?" on the state registration: online', () => {
    const d = talkOn('inscricao-estadual', 'antigamente eu fazia isso na receita, ainda é lá?');
    expect(d.state.focus).toBe('inscricao-estadual');
    expect(asked(d)).toContain('online');
    expect(said(d)).toContain('pela internet');
  });
  it('"minha mae resolveu no cartorio em bh, aqui tambem?" on the ITCD: online, not the sentence holding "cartório"', () => {
    const d = talkOn('itcd', 'minha mae resolveu no cartorio em bh, aqui tambem?');
    expect(asked(d)).toContain('online');
    expect(said(d)).toContain('da para fazer pela internet');
  });
  it('"Meu tio resolveu isso na repartição em 2019. Ainda é assim?" on the IPVA exemption: part online, part in person', () => {
    const d = talkOn('ipva-isencao', 'Meu tio resolveu isso na repartição em 2019. Ainda é assim?');
    expect(asked(d)).toContain('online');
    expect(said(d)).toContain('em parte');
  });
  it('guard: "fui na uai e ainda nao resolveram, o que faço?" on the UAI booking: no question of the way', () => {
    const d = talkOn('agendamento-uai', 'fui na uai e ainda nao resolveram, o que faço?');
    expect(asked(d)).not.toContain('online');
  });
  it('guard: "quanto custa?" after the way told on the state registration: the cost, as before', () => {
    const d = talkOn('inscricao-estadual', 'quanto custa?');
    expect(asked(d)).toContain('cost');
  });
});
