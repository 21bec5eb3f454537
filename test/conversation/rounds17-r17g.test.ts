// The seventeenth session's rounds by r17g (1020–1039), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

/** The UAI booking's form, opened and answered up to the CPF field. */
function bookingAtCpf(): ReturnType<typeof talkOn> {
  const d = talkOn('agendamento-uai', 'agenda pra mim');
  d.say('Terezinha de Jesus Almeida');
  return d;
}

describe('round 1020: a question in a form with words of checking or going on is about the form\'s service', () => {
  for (const said of ['Antes de continuar, vou ter que pagar alguma coisa?', 'antes de seguir, isso é pago?', 'pra continuar tem que pagar alguma coisa?']) {
    it(`"${said}" answers the booking's cost and asks the CPF again`, () => {
      const d = bookingAtCpf();
      d.say(said);
      expect(asked(d)).toEqual(['cost']);
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
      expect(kinds(d)).toContain('field');
    });
  }

  for (const said of ['qual o site oficial pra eu conferir depois?', 'me passa o site oficial pra eu checar depois', 'qual o link pra conferir?']) {
    it(`"${said}" gives the booking's own official page and stays in the form`, () => {
      const d = bookingAtCpf();
      d.say(said);
      expect(asked(d)).toEqual(['link']);
      expect(d.last?.replies[0]?.text).toContain('https://www.mg.gov.br/pagina/agendamento-online-gratuito');
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
    });
  }

  it('a question naming another service still offers to leave the form for it', () => {
    const d = bookingAtCpf();
    d.say('qnto ta o ipva do meu carro?');
    expect(d.state.view.at).toBe('leave');
  });
});

describe('round 1021: what the citizen already did is not what is asked for', () => {
  const cases: [string, string][] = [
    ['Fui assaltado e levaram minha carteira de identidade. Já fiz o boletim de ocorrência.', 'cin-2a-via'],
    ['roubaram meu celular e a identidade, ja fiz o bo', 'cin-2a-via'],
    ['perdi minha cnh, ja registrei o boletim', 'cnh-2a-via'],
  ];
  for (const [said, id] of cases) {
    it(`"${said}" opens ${id}`, () => {
      expect(talk(said).state.focus).toBe(id);
    });
  }

  it('what was done is not the service found ("já tinha pago o ipva"): the refund still opens', () => {
    expect(talk('roubaram meu carro e eu ja tinha pago o ipva').state.focus).toBe('ipva-restituicao');
  });

  it('without anything done, the theft report still opens', () => {
    expect(talk('Fui assaltado e levaram minha carteira de identidade.').state.focus).toBe('bo-furto');
  });
});
