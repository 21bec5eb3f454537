// The thirty-fifth session's rounds of r35d (the conversation's moves). Written from the citizen's side, with wordings
// other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, stepOf, talk, talkOn } from './real.ts';

describe('round 3860: in the steps, a repeat asked for someone who did not hear or follow', () => {
  it('the reason told first, as a sentence of its own: the step again', () => {
    const d = talkOn('ipva', 'passo a passo', 'prox', 'minha filha não ouviu. manda de novo?');
    expect(stepOf(d)).toBe(2);
    expect(kinds(d)).toEqual(['step']);
  });
  it('someone else wants to hear it again: the step again', () => {
    const d = talkOn('ipva', 'passo a passo', 'prox', 'o meu marido quer ouvir essa parte de novo');
    expect(stepOf(d)).toBe(2);
    expect(kinds(d)).toEqual(['step']);
  });
  it('"in other words" names no step ("Outras opções" is the EJA\'s fourth)', () => {
    expect(stepOf(talkOn('eja', 'passo a passo', 'prox', 'fala esse passo de novo com outras palavras'))).toBe(2);
  });
  it('a wait and the reason before it: the step in other words, not the reply for a message not understood', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo', 'prox', 'Aguarde, meu pai não leu. Fala esse passo de novo com outras palavras.');
    expect(stepOf(d)).toBe(2);
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(kinds(d)).toEqual(['notice']);
  });
  it('someone doing a thing again is still no repeat', () => {
    expect(kinds(talkOn('ipva', 'passo a passo', 'prox', 'ele ligou de novo'))).not.toEqual(['step']);
  });
});

describe('round 3861: a correction telling that the document the focus is about was lost, taken or spoilt', () => {
  it('"a carteira" lost, on the CNH\'s renewal: the CNH\'s 2nd copy, not the loss report', () => {
    const d = talk('quero renovar minha carteira de motorista', 'ops, na real ela não tá vencida, minha esposa perdeu a carteira no ônibus');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
  it('the identity card torn, on its 1st copy: the 2nd copy', () => {
    const d = talk('quero a primeira via da identidade do meu filho de 12 anos', 'Foi mal, confundi. Meu filho já tem identidade de Minas, feita quando era criança, mas rasgou.');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('other things lost with it: still the loss report', () => {
    expect(talk('quero renovar minha carteira de motorista', 'na verdade perdi a bolsa com a carteira e o celular').state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 3862: a question asked inside a form field, about whose data it is or whether it reaches anyone', () => {
  it('"the CPF I type, mine or his?" at the CPF: the field explained and asked again, no offer to leave', () => {
    const d = talk('quero marcar atendimento na uai pro meu avô', 'pode anotar', 'Sebastião Ferreira Lima', 'o cpf que eu ponho aqui é o meu ou o do meu avô?');
    expect(d.state.view.at).toBe('form');
    expect(kinds(d)).toEqual(['notice', 'field']);
  });
  it('whether someone else\'s name will show, in a free-text field: the identity answer, the field again', () => {
    const d = talk('quero reclamar na ouvidoria, meu irmao foi mal atendido no hospital regional', 'pode registrar', 'reclamação', 'o nome do meu irmão vai aparecer pra eles?');
    expect(d.state.view.at).toBe('form');
    expect(kinds(d)).toEqual(['notice', 'field']);
  });
  it('whether the report reaches anyone, asked at the account: not taken as the account', () => {
    const d = talk('quero reclamar na ouvidoria, meu irmao foi mal atendido no hospital regional', 'pode registrar', 'reclamação', 'Hospital Regional', 'Montes Claros', 'alguém vai ler isso mesmo?');
    expect(d.state.view.at).toBe('form');
    expect(kinds(d)).toEqual(['notice', 'field']);
  });
});

describe('round 3863: a town answered with "em" before it and the neighbourhood after it', () => {
  const until = ['quero reclamar na ouvidoria, meu irmao foi mal atendido no hospital regional', 'pode registrar', 'reclamação', 'Hospital Regional'];
  it('"foi em Betim, no bairro Citrolândia": Betim, and the next field', () => {
    const v = talk(...until, 'foi em betim, no bairro citrolandia').state.view;
    expect(v.at === 'form' ? v.answers['municipio'] : undefined).toBe('Betim');
  });
  it('"Em Juiz de Fora, bairro São Pedro": a neighbourhood holding a town\'s name is still a detail', () => {
    const v = talk(...until, 'Em Juiz de Fora, bairro São Pedro').state.view;
    expect(v.at === 'form' ? v.answers['municipio'] : undefined).toBe('Juiz de Fora');
  });
});

describe('round 3864: an earlier answer corrected after a colon, in the free-text field', () => {
  it('"a cidade tá errada: é Nova Lima" at the account: the town amended, the account asked again', () => {
    const d = talk('Quero sugerir que a UAI abra no sábado', 'Pode registrar a sugestão?', 'Sugestão', 'UAI', 'Belo Horizonte', 'ops, a cidade tá errada: é Nova Lima.');
    const v = d.state.view;
    expect(v.at).toBe('form');
    expect(v.at === 'form' ? [v.field, v.answers['municipio']] : undefined).toEqual([3, 'Nova Lima']);
  });
});

describe('round 3865: leaving or stopping told in the past, in a form, cancels nothing', () => {
  it('"minha tia não lembra onde deixou" at the reason: the reason answered, the form goes on', () => {
    const d = talk('minha tia perdeu a identidade, precisa da segunda via', 'quero fazer o pre agendamento', 'Maria Aparecida Souza', '342.923.261-93', 'contagem', '19/01/2027', 'perda, ela não lembra onde deixou');
    expect(d.state.view.at).toBe('form');
    expect(kinds(d)).not.toContain('notice');
  });
  it('"deixa pra lá" still cancels', () => {
    const d = talk('minha tia perdeu a identidade, precisa da segunda via', 'quero fazer o pre agendamento', 'Maria Aparecida Souza', 'deixa pra lá');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 3866: the request as the subject of a question about how it is done', () => {
  it('"a marcação é feita pelo cpf do meu pai?" on the UAI booking: a question, no form started', () => {
    const d = talkOn('agendamento-uai', 'a marcação é feita pelo cpf do meu pai?');
    expect(d.state.view.at).toBe('service');
  });
  it('"pode agendar pra mim?" still starts it', () => {
    expect(talkOn('agendamento-uai', 'pode agendar pra mim?').state.view.at).toBe('form');
  });
});

describe('round 3867: a question about the field, then the answer it offers', () => {
  it('"não tenho celular, pode ser o da minha vizinha? (31) 98877-1234" at the phone: the number taken', () => {
    const d = talk('minha tia perdeu a identidade, precisa da segunda via', 'quero fazer o pre agendamento', 'Maria Aparecida Souza', '342.923.261-93', 'contagem', '19/01/2027', 'perda', 'não tenho celular, pode ser o da minha vizinha? (31) 98877-1234');
    const v = d.state.view;
    expect(v.at).toBe('confirm');
    expect(v.at === 'confirm' ? v.answers['telefone'] : undefined).toBe('(31) 98877-1234');
  });
});
