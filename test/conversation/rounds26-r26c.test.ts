// The twenty-sixth session's rounds of r26c (2640 on: eligibility told by the citizen), one `describe` per round; each
// test was checked to fail on the code before its round. Written from the citizen's side, in the ways people type.
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 2640: telling a fact about oneself and asking whether the card in view is for one asks who may ask', () => {
  it('who may ask is answered on the card in view, though the fact is a subject handled elsewhere', () => {
    for (const [svc, q, want] of [
      ['ipsemg', 'trabalho na prefeitura, isso serve pra mim?', /estadual|do estado/],
      ['contracheque-servidor', 'sou funcionaria da prefeitura, o portal vale pra mim?', /poder executivo/],
      ['cin-2a-via', 'moro em sao paulo, serve pro meu caso?', /emitida em minas gerais/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(asked(d), q).toContain('requirements');
      expect(said(d), q).toMatch(want);
    }
  });
  it('"esse documento" asked whether it is for one is the card itself, not a question about the documents', () => {
    for (const q of ['sou estrangeira, esse documento vale pra mim?', 'eu sou portugues. o documento serve pra mim?']) {
      const d = talkOn('cin-1a-via', q);
      expect(asked(d), q).toEqual(['requirements']);
      expect(said(d), q).toMatch(/brasileiro/);
    }
  });
  it('"não é pra mim" is no such question', () => {
    const d = talkOn('outorga-agua', 'nao e pra mim, quero denunciar o vizinho que ta desmatando');
    expect(asked(d)).not.toContain('requirements');
  });
});

describe('round 2641: whether one needs it at all, asked after telling one\'s case, is answered by the sentence on that case', () => {
  it('a bare "preciso?" after the case asks whether the service in view is needed: the sentence on who does not need it', () => {
    for (const [svc, q, want] of [
      ['outorga-agua', 'uso so um pouquinho de agua do corrego pra horta, preciso?', /nao precisam de outorga/],
      ['inscricao-estadual', 'eu so faco conserto de computador aqui no bairro, preciso?', /nao precisam de inscricao estadual/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
  it('"preciso da carteira mesmo sendo isento?": the sentence saying the exempt must have it too', () => {
    for (const q of ['preciso da carteira mesmo sendo isenta?', 'preciso da carteira mesmo sendo aposentado?']) {
      expect(said(talkOn('licenca-pesca', q)), q).toMatch(/tambem precisam ter a carteira/);
    }
  });
  it('"o que eu preciso?" still asks what, and a thing asked "mesmo sendo" is not answered by an unrelated compulsory step', () => {
    expect(said(talkOn('cadastro-escolar', 'o que eu preciso?'))).toMatch(/documentos/);
    expect(said(talkOn('cin-1a-via', 'preciso do cpf msm sendo crianca?'))).not.toMatch(/agendamento e gratuito e obrigatorio/);
  });
});

describe('round 2642: the card\'s own text that answers the case told, where the texts only brush it', () => {
  it('where a step is done may be the only text on the case ("Consultório do médico … (SUS ou particular)")', () => {
    for (const q of ['tenho receita de medico particular, serve?', 'consulto com medico particular, a receita dele vale?']) {
      const d = talkOn('medicamentos-alto-custo', q);
      expect(d.state.focus, q).toBe('medicamentos-alto-custo');
      expect(said(d), q).toMatch(/sus ou particular/);
    }
  });
  it('a place holding fewer of the question\'s words than a sentence does not answer', () => {
    expect(said(talkOn('sine-emprego', 'o sine fica na prefeitura ou na uai?'))).toMatch(/muitas delas em uai e prefeituras/);
  });
  it('"só a nota basta?" after a story: the sentence saying something else is needed too, not the one holding the story\'s words', () => {
    for (const q of ['vou vender uns porcos, so a nota basta pra levar?', 'vou vender uns bois, a nota basta pro transporte?', 'vou vender bezerros, a nota e suficiente pro transporte?', 'vou levar gado pra feira, so a nota basta pro transporte dos animais?']) {
      expect(said(talkOn('nota-fiscal-avulsa', q)), q).toMatch(/tambem exige a gta/);
    }
  });
});

describe('round 2643: words the citizen says for a fact the card says otherwise (autista/autismo, véspera/antes, beber/bebê)', () => {
  it('an autistic relative told on the IPVA exemption: the card\'s sentences on autism', () => {
    for (const q of ['meu neto e autista, entra na isencao?', 'e minha enteada autista, conta tambem?']) {
      const d = talkOn('ipva-isencao', q);
      expect(d.state.focus, q).toBe('ipva-isencao');
      expect(said(d), q).toMatch(/autismo/);
    }
  });
  it('drinking the day before a donation: the sentence on the 12 hours, not the rules for minors', () => {
    for (const q of ['pode beber vinho na vespera de doar?', 'tomar uma cervejinha na vespera atrapalha?']) {
      const d = talkOn('doacao-sangue', q);
      expect(asked(d), q).not.toContain('minors');
      expect(said(d), q).toMatch(/12 horas antes/);
    }
  });
  it('a baby is still a child', () => {
    expect(asked(talkOn('cin-1a-via', 'o bebe precisa ir junto?'))).toContain('minors');
  });
});
