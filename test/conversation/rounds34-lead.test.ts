// The thirty-fourth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 3700: a question with a goodbye\'s word, steps refused, an urging word inside a command', () => {
  it('"o que eu falo?" asks what to say; it does not end the conversation', () => {
    const d = talkOn('denuncia-ambiental', 'e ai, o q eu falo?');
    expect(kinds(d)).not.toContain('bye');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(kinds(talkOn('medida-protetiva', 'falo o que?'))).not.toContain('bye');
    expect(kinds(talkOn('denuncia-ambiental', 'ok, falou'))).toContain('bye');
  });
  it('"não quero o passo a passo" keeps the card and opens no step', () => {
    const d = talkOn('renovacao-matricula', 'n quero o passo a passo nao');
    expect(kinds(d)).not.toContain('step');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('renovacao-matricula');
  });
  it('the steps refused, then a topic asked: the topic is answered', () => {
    const d = talkOn('antecedentes-criminais', 'dispenso as etapas, só me diz quanto custa');
    expect(kinds(d)).not.toContain('step');
    expect(said(d)).toMatch(/quanto custa —/);
  });
  it('"fala logo o valor" is the question of the cost', () => {
    expect(said(talkOn('cnh-2a-via', 'me fala logo o valor'))).toMatch(/quanto custa —/);
  });
});

describe('round 3701: doing it from where the citizen is, or at an hour no desk is open', () => {
  it('"de longe", "daqui de longe", "de madrugada" with a verb of doing ask whether it is done online', () => {
    expect(said(talkOn('certidao-debitos', 'da pra pedir de longe?'))).toMatch(/pela internet\? —/);
    expect(said(talkOn('copasa-conta', 'da pra resolver de madrugada?'))).toMatch(/pela internet\? —/);
    expect(said(talkOn('antecedentes-criminais', 'consigo pedir esse atestado daqui de longe?'))).toMatch(/pela internet\? —/);
  });
  it('the place alone asks nothing of doing it online ("a uai daqui")', () => {
    expect(said(talkOn('agendamento-uai', 'onde fica a uai daqui?'))).not.toMatch(/pela internet\? —/);
  });
});

describe('round 3702: an act any service may have, asked on a card that does not offer it', () => {
  it('"posso parcelar?" on the electricity bill: not the IPVA instalments, not the water bill', () => {
    const d = talkOn('cemig-conta', 'posso parcelar?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(kinds(d)).toContain('unanswered');
  });
  it('the act with the other service named still opens it', () => {
    expect(talkOn('cemig-conta', 'e o ipva atrasado, posso parcelar?').state.focus).toBe('ipva-parcelamento');
  });
});

describe('round 3703: a move in the steps beside a clause that only says why', () => {
  it('someone helped along did not follow: the move is made, no search', () => {
    expect(stepOf(talkOn('seguro-desemprego', 'passo a passo', 'prox', 'pera, meu pai nao pegou, volta uma'))).toBe(1);
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'prox', 'ele ja fez essa aqui, pode seguir'))).toBe(3);
  });
  it('a step number wins over the clause that tells it was done (held before the round too)', () => {
    expect(stepOf(talkOn('ipva', 'passo a passo', 'essa a gente ja resolveu semana passada. vai pra etapa 3'))).toBe(3);
  });
});

describe('round 3704: "deixar" giving something, in a form field', () => {
  const toPhone = ['marcar na uai pra mim', 'Ana Paula Gomes', '529.982.247-25', 'Contagem', 'identidade', '10/03/2027'];
  it('"vou deixar o meu numero: …" answers the phone field; nothing is cancelled', () => {
    const d = talkOn('agendamento-uai', ...toPhone, 'meu pai nao escuta bem, vou deixar o meu telefone: 31 99888-7766');
    expect(d.state.view.at).toBe('confirm');
  });
  it('"deixa pra lá" still cancels', () => {
    expect(talkOn('agendamento-uai', ...toPhone, 'ah deixa pra lá').state.view.at).not.toBe('form');
  });
});

describe('round 3705: a service\'s own acronym said among a story\'s words', () => {
  it('names the service ("ciptea", "ITCD"), before a subject handled elsewhere', () => {
    expect(talk('to vendo com a minha irma sobre a ciptea do sobrinho, como funciona').state.focus).toBe('ciptea');
    expect(talk('fiquei viúva ano passado e o contador falou do ITCD, quero entender').state.focus).toBe('itcd');
  });
  it('not over a service whose title holds it ("parcelar o ipva")', () => {
    expect(talk('preciso parcelar o ipva atrasado').state.focus).toBe('ipva-parcelamento');
  });
});
