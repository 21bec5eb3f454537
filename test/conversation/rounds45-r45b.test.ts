// The forty-fifth session's rounds of helper r45b (steps and forms told as stories): the field's value taken from the
// citizen's sentence (only the value, never the story), and one move in the steps whatever the story around it. Written
// from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change
// (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { asked, said, stepOf, talk, talkOn } from './real.ts';

/** The form's field being asked (its id) and the answers so far; undefined off a form. */
function fieldOf(d: EngineDriver): { field: string | undefined; answers: Record<string, string> } | undefined {
  const v = d.state.view;
  if (v.at !== 'form') return undefined;
  const s = d.ctx.catalogue.byId.get(v.serviceId);
  return { field: s?.form?.fields[v.field]?.id, answers: v.answers };
}

describe('round 5620: a name, then the story of its bearer after a pause', () => {
  it('"o nome dela é Conceição Ribeiro Alves, ela tá internada…" takes the name alone and asks the CPF', () => {
    const d = talk('quero agendar na uai', 'o nome dela é Conceição Ribeiro Alves, ela tá internada e não consegue digitar');
    expect(fieldOf(d)?.field).toBe('cpf');
    expect(fieldOf(d)?.answers.nome).toBe('Conceição Ribeiro Alves');
  });
  it('"é Joana Prado Lima, ela trabalha de noite" (introduced by "é") takes "Joana Prado Lima"', () => {
    const d = talk('quero agendar na uai', 'é Joana Prado Lima, ela trabalha de noite');
    expect(fieldOf(d)?.answers.nome).toBe('Joana Prado Lima');
  });
  it('guard: "moro em Belo Horizonte, quero agendar" is no name', () => {
    const d = talk('quero agendar na uai', 'moro em Belo Horizonte, quero agendar');
    expect(fieldOf(d)?.answers.nome).toBeUndefined();
  });
  it('guard: a bare name is still taken whole', () => {
    expect(fieldOf(talk('quero agendar na uai', 'Joana Prado Lima'))?.answers.nome).toBe('Joana Prado Lima');
  });
});

const TO_DATE = ['Preciso pré-agendar a segunda via da minha identidade.', 'Renata Campos Vieira', '775.884.993-89', 'Uberlândia'];

describe('round 5621: the one date written out inside a sentence', () => {
  it('"Só consigo às sextas, mas no dia 12 de fevereiro de 2027 vou estar de folga…" takes 12/02/2027', () => {
    const d = talk(...TO_DATE, 'Só consigo às sextas, mas no dia 12 de fevereiro de 2027 vou estar de folga, pode ser.');
    expect(fieldOf(d)?.answers.data_preferida).toBe('12/02/2027');
    expect(fieldOf(d)?.field).toBe('motivo');
  });
  it('guard: two dates written out ("dia 3 de março ou 4 de março") are asked again', () => {
    const d = talk(...TO_DATE, 'dia 3 de março ou 4 de março');
    expect(fieldOf(d)?.field).toBe('data_preferida');
  });
});

describe('round 5622: the choice told among clauses that deny or doubt the others', () => {
  it('"é um elogio, não é reclamação não" is the compliment', () => {
    const d = talk('quero abrir manifestação na ouvidoria geral', 'é um elogio, não é reclamação não');
    expect(fieldOf(d)?.answers.tipo).toBe('Elogio');
  });
  it('"não sei se é sugestão ou solicitação, mas acho que é sugestão mesmo, porque…" is the suggestion', () => {
    const d = talk('quero abrir manifestação na ouvidoria geral', 'não sei se é sugestão ou solicitação, mas acho que é sugestão mesmo, porque o ônibus da escola atrasa');
    expect(fieldOf(d)?.answers.tipo).toBe('Sugestão');
  });
  it('an option said first, then why ("sugestão, é um pedido mesmo"), after the card\'s button, is the field\'s', () => {
    const d = talk('tenho uma sugestão pra ouvidoria geral do estado, como faço pra registrar?');
    d.press('📝 Fazer solicitação');
    d.say('sugestão, é um pedido mesmo');
    expect(fieldOf(d)?.answers.tipo).toBe('Sugestão');
  });
  it('guard: "reclamação ou denúncia, sei lá" is asked again', () => {
    expect(fieldOf(talk('quero abrir manifestação na ouvidoria geral', 'reclamação ou denúncia, sei lá'))?.answers.tipo).toBeUndefined();
  });
});

const TO_EMAIL = ['quero abrir manifestação na ouvidoria geral', '1', 'escola estadual do bairro', 'Contagem', 'a escola está sem merenda há duas semanas e ninguém da superintendência responde os pais'];

describe('round 5623: an optional field asked about with a blank offered, and a skip told with its reason', () => {
  it('"precisa mesmo do e-mail? não tenho" explains the field and asks it again', () => {
    const d = talk(...TO_EMAIL, 'precisa mesmo do e-mail? não tenho');
    expect(fieldOf(d)?.field).toBe('email');
    expect(said(d)).toMatch(/opcional/);
  });
  it('"então pode pular" after it skips the field', () => {
    expect(talk(...TO_EMAIL, 'precisa mesmo do e-mail? não tenho', 'então pode pular').state.view.at).toBe('confirm');
  });
  it('"prefiro não informar, vou acompanhar pelo número do protocolo" skips it', () => {
    expect(talk(...TO_EMAIL, 'prefiro não informar, vou acompanhar pelo número do protocolo').state.view.at).toBe('confirm');
  });
  it('guard: "ok" alone at the e-mail is no skip', () => {
    expect(fieldOf(talk(...TO_EMAIL, 'ok'))?.field).toBe('email');
  });
});

describe('round 5624: in the steps, only a clause telling a thing done names a step done, by its title\'s word', () => {
  it('"Já conversei com a médica, o remédio consta na lista. próxima" on step 1 of the specialised medicines goes to step 2', () => {
    const d = talkOn('medicamentos-alto-custo', 'passo a passo', 'Já conversei com a médica e o remédio consta na lista. Próxima, por favor.');
    expect(stepOf(d)).toBe(2);
  });
  it('"consultei, apareceu o ipva atrasado e uma multa. proximo" on step 1 of the licensing goes to step 2', () => {
    const d = talkOn('crlv-licenciamento', 'passo a passo', 'consultei, apareceu o ipva atrasado e uma multa. proximo');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 5625: leaving the steps in a clause of its own, the reason told beside it', () => {
  it('"sai do passo a passo, meu filho vai me ajudar nisso amanha" leaves the steps', () => {
    const d = talkOn('seguro-desemprego', 'passo a passo', 'sai do passo a passo, meu filho vai me ajudar nisso amanha');
    expect(d.state.view.at).not.toBe('walkthrough');
    expect(d.state.focus).toBe('seguro-desemprego');
  });
  it('"pode sair das etapas, o resto eu leio depois" leaves the steps (no "show the rest")', () => {
    const d = talkOn('primeiro-emplacamento', 'passo a passo', 'pode sair das etapas, o resto eu leio depois');
    expect(d.state.view.at).not.toBe('walkthrough');
  });
  it('"deixa, sai desse passo a passo, amanhã eu vejo" leaves the steps ("desse" points at them)', () => {
    expect(talkOn('ipva', 'passo a passo', 'deixa, sai desse passo a passo, amanhã eu vejo').state.view.at).not.toBe('walkthrough');
  });
  it('guard: "sai do passo a passo, quero ver os documentos" answers the documents', () => {
    expect(asked(talkOn('seguro-desemprego', 'passo a passo', 'sai do passo a passo, quero ver os documentos'))).toContain('documents');
  });
});
