// The eighteenth session's rounds by r18d (1160–1179), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 1160: someone acting for someone else asks who may ask', () => {
  const cases: [string, string][] = [
    ['conta-govbr', 'minha filha pode ir na uai resolver pra mim? eu tenho 80 anos'],
    ['conta-govbr', 'meu neto pode ir por mim?'],
    ['antecedentes-criminais', 'posso tirar por ele com os dados dele?'],
    ['antecedentes-criminais', 'consigo fazer pra ela?'],
    ['cin-2a-via', 'minha esposa pode ir buscar pra mim?'],
    ['ipva', 'meu filho pode pagar pra mim?'],
    ['medicamentos-alto-custo', 'minha filha pode pegar o remedio por mim?'],
  ];
  for (const [id, said] of cases) {
    it(`"${said}" on ${id} answers who may ask, on the card`, () => {
      const d = talkOn(id, said);
      expect(asked(d)).toEqual(['requirements']);
      expect(d.state.focus).toBe(id);
    });
  }

  it('the rules for minors still answer a child of a minor\'s age ("minha filha tem 15 anos, pode tirar?")', () => {
    expect(asked(talkOn('cin-2a-via', 'minha filha tem 15 anos, pode tirar?'))).toContain('minors');
  });

  it('"posso tirar o atestado do meu filho?" still asks who may ask', () => {
    expect(asked(talkOn('antecedentes-criminais', 'posso tirar o atestado do meu filho?'))).toEqual(['requirements']);
  });
});

describe('round 1161: which thing of the card is meant, pointed back at, quotes the card\'s sentence naming it', () => {
  const cases: [string, string, string][] = [
    ['vistoria-veiculo', 'que certificado é esse q precisa', 'Certificado de Segurança Veicular'],
    ['vistoria-veiculo', 'qual autorizacao seria essa?', 'autorização antes'],
    ['ipva', 'o que é essa guia?', 'gera a guia'],
    ['dae', 'que guia é essa?', 'O DAE é a guia'],
    ['eja', 'que exame é esse?', 'Encceja'],
  ];
  for (const [id, said, quoted] of cases) {
    it(`"${said}" on ${id} quotes "${quoted}" and keeps the card`, () => {
      const d = talkOn(id, said);
      expect(kinds(d)).toEqual(['passage']);
      expect(d.last?.replies[0]?.text).toContain(quoted);
      expect(d.state.focus).toBe(id);
    });
  }

  it('the card\'s own title word is not quoted that way ("essa licença seria o que?" on the licence)', () => {
    const d = talkOn('licenciamento-ambiental', 'essa licença seria o que?');
    expect(d.state.focus).toBe('licenciamento-ambiental');
    expect(d.last?.replies[0]?.text ?? '').not.toContain('Sistema de Licenciamento Ambiental (SLA)');
  });

  it('a certificate asked for as a service still opens it with nothing in view', () => {
    expect(talkOn('ipva', 'quero a segunda via do certificado de conclusao do ensino medio').state.focus).toBe('historico-escolar');
  });
});

describe('round 1162: how much time went by names no service', () => {
  const cases: [string, string][] = [
    ['bo-acidente-sem-vitima', 'e se ja passou mais de um mes, ainda da pra fazer pela internet?'],
    ['bo-acidente-sem-vitima', 'passaram uns 40 dias, ainda consigo fazer online?'],
    ['bo-furto', 'faz uns 3 meses, ainda consigo registrar pela internet?'],
    ['seguro-desemprego', 'ja passou uns 4 meses, ainda da pra pedir online?'],
  ];
  for (const [id, said] of cases) {
    it(`"${said}" on ${id} is asked of the card`, () => {
      const d = talkOn(id, said);
      expect(asked(d)).toEqual(['online']);
      expect(d.state.focus).toBe(id);
    });
  }

  it('the deadline of the minor accident report is quoted with the answer', () => {
    expect(talkOn('bo-acidente-sem-vitima', 'e se ja passou mais de um mes, ainda da pra fazer pela internet?').last?.replies[0]?.text).toContain('30 dias');
  });

  it('the free pass is still opened when it is named ("e o passe livre, é pela internet?")', () => {
    expect(talkOn('bo-acidente-sem-vitima', 'e o passe livre, da pra pedir pela internet?').state.focus).toBe('passe-livre');
  });
});

describe('round 1163: a question with no topic in the card\'s own words quotes the card', () => {
  const cases: [string, string, string][] = [
    ['licenca-pesca', 'quantos kg posso trazer | na piracema pode?', 'piracema'],
    ['contracheque-servidor', 'posso ir na uai?', 'UAI'],
    ['cin-2a-via', 'posso ir na uai?', 'UAI'],
  ];
  for (const [id, said, quoted] of cases) {
    it(`"${said}" on ${id} quotes a sentence with "${quoted}" and keeps the card`, () => {
      const d = talkOn(id, ...said.split(' | '));
      expect(kinds(d)).toEqual(['passage']);
      expect(d.last?.replies[0]?.text).toContain(quoted);
      expect(d.state.focus).toBe(id);
    });
  }

  it('someone acting for the citizen is still who may ask ("a concessionaria nao faz isso por mim nao?")', () => {
    expect(talkOn('primeiro-emplacamento', 'a concessionaria nao faz isso por mim nao?').last?.replies[0]?.text).toContain('Concessionária ou revenda');
  });

  it('a subject handled elsewhere still says who handles it ("e o cpf dele, vcs fazem tbm?" on the identity card)', () => {
    const d = talkOn('cin-1a-via', 'e o cpf dele, vcs fazem tbm?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBe('cin-1a-via');
  });

  it('a service named by its title still opens ("e o cadastro escolar?" on the re-enrolment)', () => {
    expect(talkOn('renovacao-matricula', 'e o cadastro escolar?').state.focus).toBe('cadastro-escolar');
  });
});

describe('round 1164: a fear told after what happened is no request', () => {
  const cases: [string, string][] = [
    ['a conta de agua da minha mae nao chegou esse mes e ela tem medo de cortarem', 'copasa-conta'],
    ['a conta de luz veio alta e to com medo de cortarem', 'cemig-conta'],
    ['minha carteira venceu e to com medo de ser multado', 'cnh-renovacao'],
  ];
  for (const [said, id] of cases) {
    it(`"${said}" opens ${id}`, () => {
      expect(talk(said).state.focus).toBe(id);
    });
  }

  it('a fear that is the whole story still finds its service ("tenho medo do meu ex")', () => {
    expect(talk('tenho medo do meu ex').state.focus).toBe('medida-protetiva');
  });
});
