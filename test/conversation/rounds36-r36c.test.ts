// The thirty-sixth session's r36c rounds: follow-up questions about the service in focus. Written from the citizen's
// side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe('round 4040: someone else doing the errand for the citizen, or the citizen doing it', () => {
  it('asked whether the instructor may book for the citizen, the card\'s sentence on who else books answers', () => {
    const d = talkOn('exames-detran', 'quem consegue agendar a prova no meu lugar?');
    expect(asked(d)).toEqual(['requirements']);
    expect(said(d)).toMatch(/instrutor credenciado (tambem podem agendar|fazem por ele)/);
  });
  it('asked whether the union may issue the invoice, the sentence saying who issues in the producer\'s name', () => {
    const d = talkOn('nota-fiscal-avulsa', 'o sindicato pode emitir por mim?');
    expect(said(d)).toMatch(/tambem podem emitir em nome do produtor/);
  });
  it('"a revenda não faz isso pra mim?" asks who does it, it is no request made to the bot', () => {
    const d = talkOn('primeiro-emplacamento', 'a revenda não faz isso pra mim?');
    expect(kinds(d)).not.toContain('form_refused');
    expect(said(d)).not.toMatch(/nao consigo registrar/);
    expect(said(d)).toMatch(/concessionaria/);
  });
  it('"sou eu que tenho que pedir ou o contador?" asks who may ask', () => {
    expect(asked(talkOn('inscricao-estadual', 'sou eu que tenho que pedir ou o contador?'))).toEqual(['requirements']);
    expect(asked(talkOn('primeiro-emplacamento', 'eu mesmo faço o pedido ou é a concessionária?'))).toEqual(['requirements']);
  });
});

describe('round 4041: a clause naming the card in view as much as another service stays on the card', () => {
  it('"licença" asked after a story on the environmental licensing is its licence, not the vehicle licence', () => {
    const d = talkOn('licenciamento-ambiental', 'a obra começa mês que vem. demora quanto a licença?');
    expect(d.state.focus).toBe('licenciamento-ambiental');
    expect(asked(d)).toEqual(['time']);
  });
});

describe('round 4042: a clause of when ("depois de pagar o DAE, …") names no service', () => {
  it('the DAE paid before the question is a step of the card in view', () => {
    const d = talkOn('cnh-2a-via', 'depois de pagar o DAE, por onde a carteira nova chega?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(asked(d)).toEqual(['where']);
  });
  it('"e depois a 2ª via …, tem custo?" (and then) still asks about the service it names', () => {
    const d = talkOn('bo-perda-documentos', 'e depois a 2ª via da carteira de identidade, tem custo?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 4043: what to gather, said with "reunir"', () => {
  it('asks for the documents', () => {
    expect(asked(talkOn('pessoa-desaparecida', 'o que eu tenho que reunir antes de registrar?'))).toEqual(['documents']);
    const d = talkOn('pessoa-desaparecida', 'tenho que reunir o que pra ajudar a polícia?');
    expect(d.state.focus).toBe('pessoa-desaparecida');
    expect(asked(d)).toEqual(['documents']);
  });
});

describe('round 4044: after being approved in a selection, what comes next', () => {
  it('the next step is quoted whole, with its title', () => {
    const d = talkOn('curso-tecnico', 'e depois de aprovado, faço o quê?');
    expect(said(d)).toMatch(/etapa \d, fazer a matricula/);
  });
});

describe('round 4045: whether it is the same thing, or done the same way for a case', () => {
  it('the way for the case the question opens on', () => {
    expect(said(talkOn('itcd', 'pra doação uso o mesmo sistema da herança?'))).toMatch(/para doacao e outros casos, no siare/);
  });
  it('"por esse caminho mesmo?" told a case: the sentence opening on that case', () => {
    expect(said(talkOn('baixa-empresa', 'sou mei, fecho a empresa por esse caminho mesmo?'))).toMatch(/portal do empreendedor/);
  });
  it('an acronym of the body beside the thing compared: the sentence saying one is not the other', () => {
    expect(said(talkOn('pescador-profissional', 'o registro no IEF é o mesmo que o da atividade pesqueira federal?'))).toMatch(/nao substitui/);
  });
});

describe('round 4046: getting a thing the card in view itself tells how to get is a question about the card', () => {
  it('buying the ticket, asked on the intercity buses, is answered from the card', () => {
    const d = talkOn('onibus-intermunicipal', 'e dá pra comprar a passagem no site do governo?');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(d.state.focus).toBe('onibus-intermunicipal');
    expect(said(d)).toMatch(/comprar a passagem/);
  });
  it('a plane ticket is still no public service', () => {
    expect(kinds(talkOn('onibus-intermunicipal', 'dá pra comprar passagem de avião aqui?'))).toContain('elsewhere');
  });
});
