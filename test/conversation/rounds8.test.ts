// The eighth session's rounds (109 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 109: asking for the form, tired or laughing citizens, walkthrough words, names said whole', () => {
  it('"vc consegue agendar pra mim ou tenho q entrar no site?" and "pode agendar pra mim? e pro meu filho autista" start the form', () => {
    expect(talk('agendamento na uai', 'vc consegue agendar pra mim ou tenho q entrar no site?').state.view).toMatchObject({ at: 'form', field: 0 });
    expect(talkOn('agendamento-uai', 'pode agendar pra mim? e pro meu filho autista').state.view).toMatchObject({ at: 'form', field: 0 });
  });

  it('a greeting with the time of day, a tired citizen in a hurry, and a laugh are small talk', () => {
    for (const text of ['boa noite, ou bom dia ne kkkk 3 da manha aqui', 'to exausta, plantao de 12h, so queria resolver isso logo', 'hahaha nem sei pq to aqui']) {
      expect(kinds(talk(text))).toEqual(['small_talk']);
    }
  });

  it('a tired citizen in a hurry is not told to take it slowly', () => {
    const text = talk('to exausta, plantao de 12h, so queria resolver isso logo').text;
    expect(text).not.toMatch(/sem pressa/i);
    expect(text).toMatch(/direto ao ponto/i);
  });

  it('"E depois disso, o que eu faço?" in the steps is the next step', () => {
    expect(talkOn('cin-2a-via', 'Me explique as etapas.', 'E depois disso, o que eu faço?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });

  it('"passo a passo por favor" in the steps does not pick "Sair do passo a passo"', () => {
    const d = talk('minha filha de 15 anos nao voltou da escola', 'oq eu faço primeiro', 'passo a passo por favor');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'pessoa-desaparecida' });
  });

  it('"quer dizer, …" corrects: a theft report that was a scam', () => {
    expect(talk('fui roubada, quero fazer bo', 'quer dizer, n foi bem roubo, foi golpe no pix de um vendedor do insta').state.focus).toBe('bo-estelionato');
  });

  it('"Precisa esperar 24 horas para registrar?" asks about the missing person report: "esperar" is no "espera,"', () => {
    expect(talk('Meu pai tem Alzheimer e saiu de casa ontem e não voltou.', 'Precisa esperar 24 horas para registrar?').state.focus).toBe('pessoa-desaparecida');
  });

  it('the State\'s fee slip paid at the bank is the DAE, not the bank', () => {
    expect(talk('Preciso gerar uma guia de taxa estadual para pagar no banco.').state.focus).toBe('dae');
  });

  it('with nothing found, a phrase of one service\'s names said whole opens it ("abrir empresa" of a beauty salon)', () => {
    expect(talk('eu e minha socia queremos abrir empresa de salão de beleza').state.focus).toBe('abrir-empresa');
  });

  it('an ad to sell a car on OLX is handled elsewhere', () => {
    expectElsewhere('como faço anuncio pra vender meu carro na olx');
  });

  it('a virtual visit\'s card, then "na verdade … a carteirinha de visitante", is the visitor registration', () => {
    expect(talk('Quero agendar a visita virtual ao meu filho.', 'Na verdade preciso primeiro fazer a carteirinha de visitante, que eu ainda não tenho.').state.focus).toBe('visita-presidio');
  });
});
