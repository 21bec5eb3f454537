// The eleventh session's rounds by helper ra (200–209), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { talk, talkOn, uaiSummary } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');


describe('round 200: on the summary, a field changed with its new value in the same message', () => {
  it('"troca a data para 22/04/2027" shows the summary again with the new date', () => {
    const d = uaiSummary();
    expect(d.state.view.at).toBe('confirm');
    d.say('Troca a data para 22/04/2027, por favor.');
    expect(d.state.view.at).toBe('confirm');
    expect(text(d)).toContain('22/04/2027');
    expect(text(d)).not.toContain('15/04/2027');
  });

  it('"o telefone ta errado" without a value still asks the phone again', () => {
    const d = uaiSummary();
    d.say('o telefone ta errado');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 201: "não, pera, na verdade é denúncia" in a free-text field amends the earlier choice', () => {
  it('the type becomes Denúncia and the organ is asked again', () => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    d.say('reclamacao');
    d.say('nao pera, na verdade e denuncia');
    const view = d.state.view;
    expect(view.at).toBe('form');
    if (view.at === 'form') {
      expect(view.field).toBe(1);
      expect(view.answers['tipo']).toBe('Denúncia');
    }
  });
});

describe('round 202: an answer corrected as it is given ("Sabara, digo, Santa Luzia")', () => {
  it('the town after "digo" answers the field and the form goes on', () => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    d.say('Joana Teste Souza');
    d.say('123.456.789-09');
    d.say('Betim, quer dizer, Contagem');
    const view = d.state.view;
    expect(view.at).toBe('form');
    if (view.at === 'form') {
      expect(view.field).toBe(3);
      expect(view.answers['municipio']).toBe('Contagem');
    }
  });
});

describe('round 203: changing service before answering anything leaves the form at once', () => {
  it('"na verdade quero a 2a via da cnh" on the first field shows the CNH card', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    d.say('pera, na verdade eu quero a segunda via da cnh');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(d.state.view.at).not.toBe('form');
    expect(d.state.view.at).not.toBe('leave');
  });

  it('with an answer given, leaving is still offered first', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    d.say('Joana Teste Souza');
    d.say('pera, na verdade eu quero a segunda via da cnh');
    expect(d.state.view.at).toBe('leave');
  });
});

describe('round 204: "quero falar com uma pessoa de verdade" asks for a person', () => {
  it('the ways to talk to a person, with LigMinas 155', () => {
    const d = talkOn('cnh-renovacao', 'queria falar com uma pessoa de verdade');
    expect(d.state.view.at).toBe('handoff');
    expect(text(d)).toMatch(/\b155\b/);
  });

  it('"estou falando com uma pessoa de verdade?" still asks what the bot is', () => {
    const d = talkOn('cnh-renovacao', 'estou falando com uma pessoa de verdade?');
    expect(d.state.view.at).not.toBe('handoff');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
});

describe('round 205: venting at red tape is small talk; the card stays', () => {
  it('"que burocracia, esse governo so atrapalha" on a card', () => {
    const d = talkOn('cnh-renovacao', 'nossa que burocracia, o governo so atrapalha');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect((d.last?.replies ?? []).map((r) => r.hint?.kind)).toContain('small_talk');
    expect(d.last?.events.some((e) => e.type === 'search')).toBe(false);
  });
});

describe('round 206: going "in a state" ("tem q ir alimentado?") is no question about going in person', () => {
  it('the sentence of the service that says so', () => {
    const d = talkOn('doacao-sangue', 'precisa ir alimentado?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(text(d)).toMatch(/alimentado/);
    expect(d.last?.events.some((e) => e.type === 'follow_up' && e.kind === 'online')).toBe(false);
  });

  it('"tem que ir pessoalmente?" still asks whether it is done online', () => {
    const d = talkOn('doacao-sangue', 'tem que ir pessoalmente?');
    expect(d.last?.events.some((e) => e.type === 'follow_up' && e.kind === 'online')).toBe(true);
  });
});

describe('round 207: after a request is sent, "e agora?" gets what happens next', () => {
  it('the form\'s own word on what follows, then the feedback question', () => {
    const d = uaiSummary();
    d.press('Confirmar');
    d.say('e agora, falta alguma coisa?');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(text(d)).toMatch(/confirmado pelo canal\s+oficial/);
    expect(d.state.view.at).toBe('feedback');
  });
});

describe('round 208: asked how, a service whose first step calls an emergency number says that step in full', () => {
  it('"meu marido ta me ameacando, o que eu faco" gets 190 at once', () => {
    const d = talk('meu marido ta me ameacando, o que eu faco');
    expect(d.state.focus).toBe('medida-protetiva');
    expect(text(d)).toMatch(/\b190\b/);
  });
});

describe('round 209: everyday names of two services', () => {
  it('"meu celular sumiu" is the theft report; "pagar o ipva e tirar o documento do carro" reaches the licensing', () => {
    expect(talk('meu celular sumiu').state.focus).toBe('bo-furto');
    expect(talk('quero pagar o ipva e tirar o documento do carro desse ano').state.focus).toBe('crlv-licenciamento');
  });

  it('after the pothole is said to be the town\'s, "a rua é da prefeitura mesmo" puts no service forward', () => {
    const d = talk('tem um buraco enorme na minha rua, quem tapa isso', 'mas a rua e da prefeitura mesmo?');
    expect(d.state.focus).toBeUndefined();
    expect((d.last?.replies ?? []).map((r) => r.hint?.kind)).toEqual(['elsewhere']);
  });
});
