// The forty-fourth session's rounds of helper r44c (the second of two questions, a thing of the card named by another
// service's name, and what the citizen tells about themselves). Written from the citizen's side, with wordings other than
// the dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5440: an adult age told keeps only the rules whose age range holds it', () => {
  it('"meu marido tem 45, ele pode doar?" on blood donation leaves out the rules for 16-17 and from 61', () => {
    const d = talkOn('doacao-sangue', 'meu marido tem 45, ele pode doar?');
    expect(asked(d)).toContain('requirements');
    expect(said(d)).toMatch(/16 e 69/);
    expect(said(d)).not.toMatch(/acompanhad[oa]s? do responsavel|autorizacao do responsavel/);
    expect(said(d)).not.toMatch(/a partir de 61/);
  });
  it('guard: "minha avó tem 72, ela pode doar?" still reads the limit of 69', () => {
    expect(said(talkOn('doacao-sangue', 'minha avó tem 72, ela pode doar?'))).toMatch(/16 e 69/);
  });
  it('guard: "quem pode doar?" with no age still lists every rule', () => {
    const d = talkOn('doacao-sangue', 'quem pode doar?');
    expect(said(d)).toMatch(/16 e 17/);
    expect(said(d)).toMatch(/a partir de 61/);
  });
});

describe('round 5441: a charge the card lists, asked about, stays on the card though a service bears its name', () => {
  it('"e o ipva, pago tambem?" on the first plating answers its cost', () => {
    const d = talkOn('primeiro-emplacamento', 'e o ipva, pago tambem?');
    expect(d.state.focus).toBe('primeiro-emplacamento');
    expect(asked(d)).toContain('cost');
  });
  it('guard: "e o ipva, quanto custa?" on the licensing (whose charges list the IPVA) still asks the IPVA\'s own price', () => {
    expect(talkOn('crlv-licenciamento', 'e o ipva, quanto custa?').state.focus).toBe('ipva');
  });
  it('guard: "e o ipva quanto custa?" on the vehicle transfer (no IPVA among its charges) still goes to the IPVA', () => {
    expect(talkOn('transferencia-veiculo', 'e o ipva quanto custa?').state.focus).toBe('ipva');
  });
});

describe('round 5442: whether a thing shows in the lookup in view ("aparece aí?", "consta nessa consulta?")', () => {
  it('"e o licenciamento atrasado aparece ai?" on the vehicle lookup stays on it with its sentence', () => {
    const d = talkOn('situacao-veiculo', 'e o licenciamento atrasado aparece ai?');
    expect(d.state.focus).toBe('situacao-veiculo');
    expect(said(d)).toMatch(/licenciamento/);
  });
  it('"a comunicacao de venda consta nessa consulta?" on the vehicle lookup stays on it', () => {
    expect(talkOn('situacao-veiculo', 'a comunicacao de venda consta nessa consulta?').state.focus).toBe('situacao-veiculo');
  });
  it('guard: "e as multas aparecem ai?" on the IPVA (no sentence of its own on fines shown) still goes to the fines', () => {
    expect(talkOn('ipva', 'e as multas aparecem ai?').state.focus).toBe('multas-pontuacao');
  });
});

describe('round 5443: "o que (devo/preciso) informar" asks the documents', () => {
  it('"o que devo informar?" on the SUS ombudsman answers the documents', () => {
    const d = talkOn('ouvidoria-saude', 'o que devo informar?');
    expect(d.state.focus).toBe('ouvidoria-saude');
    expect(asked(d)).toContain('documents');
  });
  it('"e o que devo informar quando ligar?" on the State ombudsman answers the documents too', () => {
    const d = talkOn('ouvidoria', 'e o que devo informar quando ligar?');
    expect(asked(d)).toContain('documents');
  });
});

describe('round 5444: the channels asked for ("quais canais", "qual o canal") are where', () => {
  it('"qual o canal pra denunciar?" on the environmental report answers where', () => {
    expect(asked(talkOn('denuncia-ambiental', 'qual o canal pra denunciar?'))).toEqual(['where']);
  });
  it('"em quais canais eu faço?" on the State ombudsman answers where', () => {
    const d = talkOn('ouvidoria', 'em quais canais eu faço?');
    expect(d.state.focus).toBe('ouvidoria');
    expect(asked(d)).toContain('where');
  });
});

describe('round 5445: what paper one gets, asked in a question of its own beside another topic', () => {
  it('"precisa agendar? recebo algum comprovante?" on the re-enrolment quotes the receipt', () => {
    const d = talkOn('renovacao-matricula', 'precisa agendar? recebo algum comprovante?');
    expect(asked(d)).toContain('appointment');
    expect(said(d)).toMatch(/comprovante de renovacao/);
  });
  it('guard: "quanto custa? e recebo algum comprovante?" on the 1st identity card quotes how the card is received', () => {
    const d = talkOn('cin-1a-via', 'quanto custa? e recebo algum comprovante?');
    expect(asked(d)).toContain('cost');
    expect(said(d)).toMatch(/receba a carteira/);
  });
  it('guard: "quanto custa?" alone on the re-enrolment quotes nothing of a receipt', () => {
    expect(said(talkOn('renovacao-matricula', 'quanto custa?'))).not.toMatch(/comprovante/);
  });
});

describe('round 5447: a question of what it needs, with the request word, is no request', () => {
  it('"o que eu preciso ter pra agendar?" on the UAI booking answers, the form does not start', () => {
    const d = talkOn('agendamento-uai', 'o que eu preciso ter pra agendar?');
    expect(d.state.view.at).toBe('service');
    expect(asked(d)).toContain('documents');
  });
  it('guard: "quero fazer o agendamento" on the UAI booking starts the form', () => {
    expect(talkOn('agendamento-uai', 'quero fazer o agendamento').state.view.at).toBe('form');
  });
});

describe('round 5448: "opa", "eita" opening a value put right correct it', () => {
  it('"eita, a placa termina em 3 e nao em 8" on the vehicle lookup keeps the card and takes 3', () => {
    const d = talkOn('situacao-veiculo', 'eita, a placa termina em 3 e nao em 8');
    expect(d.state.focus).toBe('situacao-veiculo');
    expect(said(d)).toMatch(/anotei: \*3\*/);
  });
  it('guard: "opa, tudo bem? quanto custa?" on the IPVA answers the cost', () => {
    expect(asked(talkOn('ipva', 'opa, tudo bem? quanto custa?'))).toEqual(['cost']);
  });
});
