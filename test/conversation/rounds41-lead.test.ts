// The forty-first session's lead rounds (4980–4984): corrections, read before the new held-out pair (89/90) was read.
// Written from the citizen's side, with wordings other than the dialogues'. Tests marked "guard" pass before and
// after: they keep what already worked.
import { describe, expect, it } from 'vitest';
import { EngineDriver } from '../support/catalogue.ts';
import { asked, talk, talkOn } from './real.ts';

const focus = (d: ReturnType<typeof talk>): string | undefined => d.state.focus;

describe('round 4980: falling for a scam is no place where something was dropped', () => {
  it('"caiu num golpe" after a denial of the card: the fraud report', () => {
    expect(focus(talkOn('medida-protetiva', 'Não é agressão. Meu avô caiu num golpe de um falso sobrinho pelo pix.'))).toBe('bo-estelionato');
  });
  it('guard: a document that fell somewhere is still lost there', () => {
    expect(focus(talk('perdi minha identidade, caiu na rua'))).toBe('cin-2a-via');
  });
});

describe('round 4981: a wish after a denial of the card, in a sentence of its own', () => {
  it('"nem fui demitido. O que eu preciso é arrumar um emprego": the job vacancies', () => {
    expect(focus(talkOn('seguro-desemprego', 'Deixa pra lá, eu nem fui mandado embora. O que eu preciso é arrumar um emprego.'))).toBe('sine-emprego');
  });
  it('"não fui demitido, pedi as contas. O que eu quero é procurar vaga": the job vacancies', () => {
    expect(focus(talkOn('seguro-desemprego', 'Não fui demitido, pedi as contas. O que eu quero é procurar vaga de trabalho.'))).toBe('sine-emprego');
  });
  it('guard: "não tenho deficiência. Quero parcelar o atrasado": the instalments', () => {
    expect(focus(talkOn('ipva-isencao', 'Não tenho deficiência nenhuma. Quero parcelar o IPVA atrasado do carro.'))).toBe('ipva-parcelamento');
  });
  it('guard: "quero saber se …" after the denial is a question said as a wish, read with the denial', () => {
    expect(focus(talkOn('ipva-restituicao', 'Na verdade ninguém roubou meu carro. Quero saber se tenho isenção, sou pessoa com deficiência.'))).toBe('ipva-isencao');
  });
  it('guard: a question after the denial is still asked of the card', () => {
    const d = talkOn('seguro-desemprego', 'Ainda não fui demitido. Quanto tempo demora pra sair?');
    expect(focus(d)).toBe('seguro-desemprego');
    expect(asked(d)).toEqual(['time']);
  });
});

describe('round 4982: a sentence of the citizen\'s state of mind before what the message says', () => {
  it('"Ai, estou tão atrapalhada." before a correction: the correction', () => {
    expect(focus(talkOn('cemig-conta', 'Ai, estou tão atrapalhada. Não é a de luz, é a de água.'))).toBe('copasa-conta');
  });
  it('"Desculpa, to meio perdido." before a denial and what it was: the fraud report', () => {
    expect(focus(talkOn('bo-acidente-sem-vitima', 'Desculpa, to meio perdido. Não foi batida, foi golpe no pix.'))).toBe('bo-estelionato');
  });
  it('guard: the state of mind alone keeps the card', () => {
    expect(focus(talkOn('cemig-conta', 'Estou tão perdida.'))).toBe('cemig-conta');
  });
});

describe('round 4983: "é pra <act>" naming another service is what it is for, not a detail of the card', () => {
  it('"é pra denunciar o vizinho que puxa água" on the water-use grant: the environmental report', () => {
    expect(focus(talkOn('outorga-agua', 'não, não é pra mim, é pra denunciar o vizinho que puxa agua do rio sem licença'))).toBe('denuncia-ambiental');
  });
  it('guard: "pra dirigir" names the driver of a fine only by a synonym, not its title: the change of category', () => {
    expect(focus(talkOn('cnh-primeira-habilitacao', 'na verdade já tenho a B, quero mudar pra categoria D pra dirigir ônibus'))).toBe('cnh-mudanca-categoria');
  });
  it('guard: "é da moto" on the IPVA is a detail of the IPVA', () => {
    expect(focus(talkOn('ipva', 'na verdade é da moto'))).toBe('ipva');
  });
});

describe('round 4984: "não," after an interjection answers the bot, it denies nothing', () => {
  it('"ops nao, é do postinho que nunca tem médico" on the ombudsman: the health ombudsman', () => {
    expect(focus(talk('quero reclamar de uma escola estadual na ouvidoria', 'ops nao, e do postinho que nunca tem medico'))).toBe('ouvidoria-saude');
  });
});

// Rounds 4986–4987 came after the blind figure of sets 89/90, on blind 90's confirmations ("…, né?"); declared, not blind.
describe('round 4986: a statement closed by a tag ("né", ", certo", ", não é") is asked', () => {
  it('"levo só o cpf né" on the gov.br account: the documents', () => {
    const d = talkOn('conta-govbr', 'levo so o cpf mesmo ne');
    expect(asked(d)).toEqual(['documents']);
  });
  it('"levo a certidão de nascimento, certo" on the gov.br account: answered from the card, not searched', () => {
    // The card holds no birth certificate among its documents: its passage on it answers.
    expect(asked(talkOn('conta-govbr', 'levo a certidao de nascimento, certo'))).toEqual(['passage']);
  });
  it('guard: "é de graça, certo" on opening a company: the cost, as before', () => {
    expect(asked(talkOn('abrir-empresa', 'esse registro é de graça, certo'))).toEqual(['cost']);
  });
  it('guard: "ta certo" alone is an acknowledgement, no question', () => {
    expect(asked(talkOn('conta-govbr', 'ta certo'))).toEqual([]);
  });
});

describe('round 4987: "só preciso do X e do Y" of the card\'s documents asks for the documents', () => {
  it('"só preciso do cpf e do rg, né?" on the state registration: the documents', () => {
    expect(asked(talkOn('inscricao-estadual', 'so preciso do rg e do cpf entao, ne?'))).toEqual(['documents']);
  });
  it('guard: "precisa da placa só?" still asks for the documents', () => {
    expect(asked(talkOn('situacao-veiculo', 'precisa do renavam so?'))).toEqual(['documents']);
  });
});

describe('a "0" typed in the steps says how many steps there are (found by the property test\'s random run in CI)', () => {
  it('"0" on the first of two steps: "de 1 a 2", not the number of buttons, and the step stays', () => {
    const d = new EngineDriver();
    d.send({ kind: 'start', payload: 'ipva' });
    d.send({ kind: 'option', id: 'card:steps' });
    const before = d.state.view;
    const text = d.say('0').map((r) => r.text).join(' ');
    expect(text).toContain('Digite um número de 1 a 2');
    expect(d.state.view).toEqual(before);
  });
});
