// The fifty-second session's rounds of the lead. Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('round 6460: a case told in the message that opens a card, by a word only one sentence of it holds, is answered under the card', () => {
  it('"to querendo doar sangue semana que vem, mas minha tatuagem é nova": the tattoo sentence under the blood donation card', () => {
    const d = talk('to querendo doar sangue semana que vem, mas minha tatuagem é nova');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(said(d)).toContain('para o seu caso');
    expect(said(d)).toContain('tatuagem recente');
  });
  it('"quero me cadastrar pra visitar meu marido no presidio, mas meu rg e replastificado": the sentence on damaged documents', () => {
    const d = talk('quero me cadastrar pra visitar meu marido no presidio, mas meu rg e replastificado');
    expect(d.state.focus).toBe('visita-presidio');
    expect(said(d)).toContain('replastificados');
  });
  it('guard: "quero doar sangue" opens the card with no case section', () => {
    const d = talk('quero doar sangue');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(said(d)).not.toContain('para o seu caso');
  });
  it('guard: "perdi minha identidade" opens its card with no case section (no word of a case only one sentence holds)', () => {
    const d = talk('perdi minha identidade ontem no onibus');
    expect(said(d)).not.toContain('para o seu caso');
  });
});

describe('round 6461: the case told in the message before is still the case when the next asks a topic', () => {
  it('"sou mei e preciso encerrar minha empresa" then "e pra isso pago quanto?": the MEI\'s free way first', () => {
    const d = talk('sou mei e preciso encerrar minha empresa', 'e pra isso pago quanto?');
    expect(d.state.focus).toBe('baixa-empresa');
    expect(said(d)).toContain('para o seu caso');
    expect(said(d)).toContain('portal do empreendedor');
  });
  it('"vou abrir minha firma na junta, sou mei" then "tem alguma taxa?": the MEI\'s free registration first', () => {
    const d = talk('vou abrir minha firma na junta, sou mei', 'tem alguma taxa?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(said(d)).toContain('portal do empreendedor');
  });
  it('guard: "quero dar baixa na minha empresa limitada" then "quanto custa?": no case section (no case told)', () => {
    const d = talk('quero dar baixa na minha empresa limitada', 'quanto custa?');
    expect(d.state.focus).toBe('baixa-empresa');
    expect(said(d)).not.toContain('para o seu caso');
  });
});

describe('round 6462: an errand for the citizen said with "pra mim", a grandchild taken along, an age right before its question', () => {
  it('"da pra minha mae resolver pra mim?" on the gov.br account: who may ask', () => {
    const d = talkOn('conta-govbr', 'da pra minha mae resolver pra mim?');
    expect(d.state.focus).toBe('conta-govbr');
    expect(said(d)).toContain('quem pode pedir');
  });
  it('"posso levar minha neta?" on the prison visit: the rules for children', () => {
    const d = talkOn('visita-presidio', 'posso levar minha neta?');
    expect(said(d)).toContain('criancas e adolescentes');
  });
  it('"tenho 16 consigo registrar?" on the theft report: the age the card asks', () => {
    const d = talkOn('bo-furto', 'tenho 16 consigo registrar?');
    expect(said(d)).toContain('maior de 18');
  });
  it('guard: "tenho 2 carros, posso registrar os dois?" on the theft report is no age', () => {
    const d = talkOn('bo-furto', 'tenho 2 carros, posso registrar os dois?');
    expect(said(d)).not.toContain('menores de idade');
  });
});
