// The tenth session's rounds by the lead (160 on), one `describe` per round; each test was checked to fail on the
// code before the round. The helpers' rounds of the same session are in rounds10-*.test.ts.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 160: a question the fields do not answer gets the sentence of the service\'s own texts that does', () => {
  it('a number asked for is answered by the sentence that gives it ("com quantos pontos…?", "tem prazo pra…?")', () => {
    const points = talkOn('multas-pontuacao', 'Com quantos pontos a carteira é suspensa?');
    expect(text(points)).toMatch(/40 pontos/);
    expect(points.state.focus).toBe('multas-pontuacao');
    const deadline = talkOn('transferencia-veiculo', 'comprei um carro usado, tem prazo pra passar pro meu nome?');
    expect(text(deadline)).toMatch(/30 dias/);
  });

  it('after the field\'s own answer, the sentence on what was really asked ("quantos dias pra dar entrada?")', () => {
    const d = talkOn('seguro-desemprego', 'tenho quantos dias pra dar entrada?');
    expect(asked(d)).toEqual(['time']);
    expect(text(d)).toMatch(/120º dia/);
    const foreign = talkOn('cnh-estrangeiro', 'quanto tempo posso dirigir com ela?');
    expect(text(foreign)).toMatch(/180 dias/);
  });

  it('something told about the service ("esqueci a senha do portal") gets what its texts say of it', () => {
    const d = talkOn('contracheque-servidor', 'esqueci a senha do portal e agora');
    expect(kinds(d)).toEqual(['passage']);
    expect(text(d)).toMatch(/e-mail/);
    // Counted for analysts as a question no section of the card answers.
    expect(asked(d)).toEqual(['passage']);
  });

  it('a case told in one word of the service\'s texts ("ah mas eu sou mei" on closing a company) gets the sentences that hold it', () => {
    const d = talkOn('baixa-empresa', 'ah mas eu sou mei');
    expect(kinds(d)).toEqual(['passage']);
    expect(text(d)).toMatch(/Portal do Empreendedor/);
  });

  it('a question nothing in the catalogue answers is counted as such for analysts', () => {
    const d = talkOn('agendamento-uai', 'A UAI tem estacionamento para cadeirante?');
    expect(kinds(d)).toEqual(['unanswered']);
    expect(asked(d)).toEqual(['unanswered']);
  });

  it('a question its field answers gets that answer alone, nothing quoted', () => {
    for (const [id, q] of [['cin-2a-via', 'quanto custa?'], ['cnh-renovacao', 'e quanto tempo demora?'], ['ipva', 'quais documentos preciso?']] as const) {
      const d = talkOn(id, q);
      expect(text(d)).not.toMatch(/o serviço informa/);
    }
  });

  it('words found in no sentence of the service quote nothing ("tem estacionamento pra bicicleta?" on blood donation)', () => {
    const d = talkOn('doacao-sangue', 'tem estacionamento pra bicicleta?');
    expect(text(d)).not.toMatch(/o serviço informa/);
  });
});
