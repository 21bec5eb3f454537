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
