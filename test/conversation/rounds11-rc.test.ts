// The eleventh session's rounds by helper rc (220 on), one `describe` per round; each test was checked to fail on the
// code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 220: "e se …" in the words of the answer just given asks the same question on that condition', () => {
  it('"e se eu nao tiver o bo?" after the cost of the 2nd identity card: the cost again, on that card', () => {
    const d = talkOn('cin-2a-via', 'quanto custa?', 'e se eu nao tiver o bo?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toEqual(['cost']);
  });

  it('"e se eu estiver com divida?" after the time of the tax certificate stays on the certificate', () => {
    const d = talkOn('certidao-debitos', 'demora?', 'e se eu estiver com divida?');
    expect(d.state.focus).toBe('certidao-debitos');
    expect(asked(d)).toEqual(['time']);
  });
});

describe('round 221: something happening now asks whom to call', () => {
  it('"e se estiver acontecendo agora?" on the environmental report gets the phones, the police\'s 190 among them', () => {
    const d = talkOn('denuncia-ambiental', 'e se estiver acontecendo agora?');
    expect(asked(d)).toContain('contact');
    expect(text(d)).toMatch(/\b190\b/);
  });
});

describe('round 222: "posso tirar … do meu marido?" asks who may ask', () => {
  it('asking to get it for a relative gets who may ask, not the rules for minors', () => {
    const d = talkOn('antecedentes-criminais', 'posso tirar o atestado do meu marido?');
    expect(asked(d)).toEqual(['requirements']);
    expect(d.state.focus).toBe('antecedentes-criminais');
  });

  it('"posso tirar pela internet?" still asks only whether it is online', () => {
    expect(asked(talkOn('cin-2a-via', 'posso tirar a segunda via pela internet?'))).toEqual(['online']);
  });
});

describe('round 223: whether it must be the parents who go asks the rules for minors', () => {
  it('"sou o tio, tem que ser os pais?" on the first identity card', () => {
    const d = talkOn('cin-1a-via', 'sou o tio dele, tem que ser os pais?');
    expect(asked(d)).toContain('minors');
    expect(text(d)).toMatch(/responsável legal/);
  });
});

describe('round 224: "saber" is no "sábado"', () => {
  it('"preciso dizer pra que eu quero saber?" on the access-to-information request does not answer the opening days', () => {
    const d = talkOn('acesso-informacao', 'preciso dizer pra que eu quero saber?');
    expect(asked(d)).not.toContain('hours');
  });
});

describe('round 225: in a form, a question about its service for a relative stays an aside about that service', () => {
  it('"meu pai consegue agendar pelo celular?" while booking the UAI: whether it is online, the form kept', () => {
    const d = talkOn('agendamento-uai', 'pode marcar pra mim', 'meu pai consegue agendar pelo celular?');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(asked(d)).toContain('online');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 226: who may ask, in a synonym of the card\'s own conditions', () => {
  it('"preciso ter a carteirinha de visitante?" on the video visit stays on the video visit', () => {
    const d = talkOn('visita-virtual', 'preciso ter a carteirinha de visitante?');
    expect(d.state.focus).toBe('visita-virtual');
    expect(asked(d)).toContain('requirements');
  });
});

describe('round 227: "até quando posso pedir?" gets the deadline the texts give', () => {
  it('"qual o ultimo dia pra pedir?" on the unemployment insurance quotes the 120th day', () => {
    const d = talkOn('seguro-desemprego', 'qual o ultimo dia pra pedir?');
    expect(asked(d)).toContain('time');
    expect(text(d)).toMatch(/120º dia/);
  });
});

describe('round 228: "e se …" meeting a step titled as that condition answers with that step', () => {
  it('"e se o veiculo for encontrado depois?" on the IPVA refund says what the step "Se o veículo for recuperado" says', () => {
    const d = talkOn('ipva-restituicao', 'e se o veiculo for encontrado depois?');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(text(d)).toMatch(/período em que ele ficou desaparecido/);
  });
});

describe('round 229: a condition on one of the card\'s documents asks for the documents', () => {
  it('"e se o comprovante de endereco estiver no nome do meu pai?" on the first licence lists the documents', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'e se o comprovante de endereco estiver no nome do meu pai?');
    expect(asked(d)).toContain('documents');
    expect(text(d)).toMatch(/parente próximo/);
  });
});
