// The twelfth session's rounds by helper rc12 (280–289), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 280: another state named in a question reads as "outro estado" in the service\'s texts', () => {
  it('"serve pra viajar pra bahia?" on the intercity free pass quotes what holds between states', () => {
    const d = talkOn('passe-livre', 'serve pra viajar pra bahia?');
    expect(d.state.focus).toBe('passe-livre');
    expect(text(d)).toMatch(/entre estados/);
  });

  it('"e pra ir ver meu filho em goiania, vale?" after who may ask stays on the free pass and says it is federal', () => {
    const d = talkOn('passe-livre', 'quem tem direito?', 'e pra ir ver meu filho em goiania, vale?');
    expect(d.state.focus).toBe('passe-livre');
    expect(text(d)).toMatch(/federal/);
  });

  it('"tenho cnh do rio de janeiro, serve?" on the renewal quotes what a licence from another state needs', () => {
    const d = talkOn('cnh-renovacao', 'tenho cnh do rio de janeiro, serve?');
    expect(text(d)).toMatch(/outro estado/);
  });
});

describe('round 281: a fear told after the question names no service; "anonimato" answers "sem me identificar"', () => {
  it('"tenho que dar meu nome? to com medo" on the environmental report stays on it', () => {
    const d = talkOn('denuncia-ambiental', 'tenho que dar meu nome? to com medo');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(text(d)).toMatch(/identificar|anônim/);
  });

  it('"da pra fazer a denuncia sem me identificar?" on the environmental report says it may be anonymous', () => {
    const d = talkOn('denuncia-ambiental', 'da pra fazer a denuncia sem me identificar?');
    expect(text(d)).toMatch(/anônim|anonimato/);
  });
});

describe('round 282: asked until when, the sentence saying the deadlines follow a calendar', () => {
  it('"qual a data limite pra licenciar?" on the vehicle licence quotes the calendar by the plate\'s last digit', () => {
    const d = talkOn('crlv-licenciamento', 'qual a data limite pra licenciar?');
    expect(text(d)).toMatch(/final da placa/);
  });
});

describe('round 283: "e se …" after an answer, in words of that answer or of the service\'s own texts', () => {
  it('"e se atrasar tem juros?" after the IPVA\'s cost stays on the IPVA and gives its late fees', () => {
    const d = talkOn('ipva', 'quanto custa?', 'e se atrasar tem juros?');
    expect(d.state.focus).toBe('ipva');
    expect(text(d)).toMatch(/Multa e juros/);
  });
});

describe('round 284: a word of the focus\'s own sentence names another service only by its title; "dinheiro" is "valor"', () => {
  it('"em quantos dias o dinheiro é depositado?" on the IPVA refund stays on it, not on the vehicle pound', () => {
    const d = talkOn('ipva-restituicao', 'em quantos dias o dinheiro é depositado?');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(text(d)).toMatch(/depositado na conta/);
  });
});

describe('round 285: on a card, a question that finds no service and that a sentence of the card answers', () => {
  it('"será que o banco devolve?" on the Pix-scam report quotes the bank\'s special return mechanism', () => {
    const d = talkOn('bo-estelionato', 'será que o banco devolve?');
    expect(d.state.focus).toBe('bo-estelionato');
    expect(text(d)).toMatch(/Devolução/);
    expect(text(d)).not.toMatch(/Banco Central/);
  });
});

describe('round 286: asked whether it is needed at all, the sentence saying who is exempt', () => {
  it('"tenho que ter mesmo esse alvara dos bombeiros?" on the fire licence says it depends on the risk level', () => {
    const d = talkOn('avcb', 'tenho que ter mesmo esse alvara dos bombeiros?');
    expect(text(d)).toMatch(/dispensad/);
  });
});

describe('round 287: "e se …" naming a related service by one of its phrases asks about that one', () => {
  it('"e se ela precisar mudar de escola?" after the re-enrolment\'s cost opens the school transfer', () => {
    const d = talkOn('renovacao-matricula', 'quanto custa?', 'e se ela precisar mudar de escola?');
    expect(d.state.focus).toBe('transferencia-escola');
  });
});

describe('round 288: a story before a pause, then the question in a clause of its own that names another service', () => {
  it('"recebi uma notificação em casa, como consulto minhas multas?" on the IPVA opens the fines', () => {
    const d = talkOn('ipva', 'recebi uma notificação em casa, como consulto minhas multas?');
    expect(d.state.focus).toBe('multas-pontuacao');
  });
});

describe('round 289: what the state spent is public information, not a fee', () => {
  it('"queria saber quanto o estado gastou na escola do meu bairro" asks for public information, not the school\'s fee', () => {
    const d = talk('queria saber quanto o estado gastou na escola do meu bairro');
    expect(d.state.focus).toBe('acesso-informacao');
  });
});
