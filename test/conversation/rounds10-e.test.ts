// The tenth session's rounds 180–182 (blind set 25: first messages and focus), one `describe` per round; each test
// was checked to fail on the code before its round. The dialogue sets measure the same behaviour on whole
// conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 180: a story that names the service, around an age, a name heard, someone who told', () => {
  it('an age or a span ("de 15 anos", "faz 2 dias") does not keep a disappearance from being found', () => {
    for (const text of ['minha sobrinha de 15 anos sumiu desde ontem', 'meu pai de 80 anos sumiu faz 2 dias']) {
      expect(talk(text).state.focus).toBe('pessoa-desaparecida');
    }
  });

  it('"o cartório falou de um tal de itcd": who told is no subject; the name heard is the request', () => {
    const d = talk('meu pai faleceu e tem uma moto e um terreno no nome dele, o cartorio falou de um tal de itcd');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(d.state.focus).toBe('itcd');
  });

  it('a well the inspector said to regularise is the water use licence', () => {
    expect(talk('tenho um poço na chacara e o fiscal mandou regularizar').state.focus).toBe('outorga-agua');
  });
});

describe('round 181: the service the others need first, and what the citizen already did', () => {
  it('visiting someone in prison opens the visitor registration, which the video visit requires', () => {
    for (const text of ['como faço pra visitar meu filho q ta preso', 'minha esposa ta presa em belo horizonte, como faço pra visitar ela']) {
      expect(talk(text).state.focus).toBe('visita-presidio');
    }
    // The video visit, asked for, is still the video visit.
    expect(talk('visita por video com meu marido preso').state.focus).toBe('visita-virtual');
  });

  it('"já tinha pago o ipva" when the car was stolen is the refund, not paying it', () => {
    expect(talk('furtaram minha moto e eu ja tinha pago o ipva').state.focus).toBe('ipva-restituicao');
  });
});

describe('round 182: the request in a clause of its own, a verb the naming words leave out, two documents lost', () => {
  it('"to desempregado e quero me cadastrar no sine" opens the Sine, named in the request', () => {
    expect(talk('estou desempregada e quero me cadastrar no sine').state.focus).toBe('sine-emprego');
    // A foreign driver's story still finds the foreigner's licence.
    expect(talk('sou argentino moro em juiz de fora e quero dirigir aqui com minha licencia de conducir').state.focus).toBe('cnh-estrangeiro');
  });

  it('"pra renovar a matricula … como faço" opens the renewal, whose title holds "renovar"', () => {
    expect(talk('é pra renovar a matricula da minha filha na escola estadual, como faz').state.focus).toBe('renovacao-matricula');
  });

  it('the identity card and the driving licence lost together are both offered; "começa pela identidade" chooses', () => {
    const d = talk('perdi a identidade e a carteira de motorista no incendio');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.options.map((o) => o.id)).toEqual(expect.arrayContaining(['svc:cin-2a-via', 'svc:cnh-2a-via']));
    d.say('começa pela identidade');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});
