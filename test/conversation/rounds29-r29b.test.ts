// The twenty-ninth session's rounds of r29b (2920 on): the card in focus against another service, stay or leave. From
// the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

describe('round 2920: how or where to do a thing named by another service\'s acronym or most of its title, on a card that only speaks of it', () => {
  it('opens the service named, though the card in view is found too', () => {
    for (const [card, question, named] of [
      ['certidao-debitos', 'onde eu pago o ITCD do inventario?', 'itcd'],
      ['passe-livre', 'onde consulto as linhas de onibus intermunicipal?', 'onibus-intermunicipal'],
      ['ipva-isencao', 'como eu emito o DAE?', 'dae'],
      ['situacao-veiculo', 'como faço a comunicação de venda do carro?', 'comunicacao-venda'],
      ['transferencia-veiculo', 'como agendo a vistoria do veiculo?', 'vistoria-veiculo'],
    ] as const) {
      const d = talkOn(card, question);
      expect(d.state.focus, question).toBe(named);
    }
  });
  it('a yes-or-no question on a case stays on the card, which speaks of it', () => {
    for (const [card, question] of [
      ['transferencia-veiculo', 'precisa agendar a vistoria antes?'],
      ['primeiro-emplacamento', 'ja tenho que pagar o ipva do carro?'],
      ['certidao-debitos', 'tenho ITCD parcelado em dia, sai a certidão?'],
    ] as const) {
      const d = talkOn(card, question);
      expect(d.state.focus, question).toBe(card);
    }
  });
  it('how to do the card\'s own thing, said by its own acronym, stays on it', () => {
    const d = talkOn('itcd', 'como eu declaro o ITCD?');
    expect(d.state.focus).toBe('itcd');
  });
});

describe('round 2921: a story or question on a card whose search finds the card lower in the list, the others not named, stays on the card', () => {
  it('"ja paguei tudo e ainda aparece debito" on the vehicle lookup is no list of the services "débito" brushes', () => {
    const d = talkOn('situacao-veiculo', 'vou comprar um usado, mostra se tem restricao?', 'ja paguei tudo e ainda aparece debito');
    expect(d.state.focus).toBe('situacao-veiculo');
    expect(d.state.view.at).toBe('service');
  });
  it('a service the words name still opens ("e como parcelo o ipva atrasado?")', () => {
    const d = talkOn('situacao-veiculo', 'e como parcelo o ipva atrasado?');
    expect(d.state.focus).toBe('ipva-parcelamento');
  });
});

describe('round 2922: a yes-or-no question on the card\'s subject names a related service by a word of its names only, not whole: the card stays', () => {
  it('"tenho passagem na policia, consigo visitar?" on the prison visit is no criminal-record certificate', () => {
    for (const q of ['tenho passagem na policia, consigo visitar?', 'ja tive passagem pela policia, posso entrar na visita?']) {
      const d = talkOn('visita-presidio', q);
      expect(d.state.focus, q).toBe('visita-presidio');
    }
  });
  it('"nao fui no dia marcado, e agora? fico bloqueado?" on the UAI booking is no gov.br account', () => {
    const d = talkOn('agendamento-uai', 'nao fui no dia marcado, e agora? fico bloqueado?');
    expect(d.state.focus).toBe('agendamento-uai');
  });
  it('a related service named whole still opens ("e como peço o atestado de antecedentes criminais?")', () => {
    const d = talkOn('visita-presidio', 'e como peço o atestado de antecedentes criminais?');
    expect(d.state.focus).toBe('antecedentes-criminais');
  });
});
