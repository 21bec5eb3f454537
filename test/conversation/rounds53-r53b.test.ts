// The fifty-third session's rounds of helper r53b (the first message: a need told with a story, a question or a verb of
// looking). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things
// that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 6520: a wish for another service in a form, and the menu asked after a put-off, are read as asked (the "ver" synonym was taken back)', () => {
  it('guard: "quero ver os debitos do meu carro" is still the vehicle\'s situation and debts', () => {
    const d = talk('quero ver os debitos do meu carro');
    expect(d.state.focus).toBe('situacao-veiculo');
  });
  it('guard: "quero ver meu bo" is still the police report look-up', () => {
    const d = talk('quero ver meu bo');
    expect(d.state.focus).toBe('consulta-reds');
  });
  it('guard: on the GTA\'s steps, "deixa pra la, quero ver o dae" is still the DAE', () => {
    const d = talk('gta', 'passo a passo', 'deixa pra la, quero ver o dae');
    expect(d.state.focus).toBe('dae');
  });
  it('on a card, "nao agora, depois vejo isso. quero ver o menu" is the menu, not a request for a service', () => {
    const d = talk('parcelar ipva atrasado', 'nao agora, depois vejo isso. quero ver o menu');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).toBe('menu');
  });
  it('in the UAI booking\'s form, "quero consultar o ipva" offers to leave it for the IPVA', () => {
    const d = talk('agendar atendimento na uai', 'Quero agendar o atendimento.', 'Maria da Silva', 'quero consultar o ipva');
    expect(d.state.view.at).toBe('leave');
  });
});

describe('round 6521: a vehicle to be bought, and how to see how it stands, is the look-up of its situation before buying', () => {
  it('"vou comprar uma biz usada, como eu sei se ta tudo certo com ela?": the vehicle\'s situation', () => {
    const d = talk('vou comprar uma biz usada, como eu sei se ta tudo certo com ela?');
    expect(d.state.focus).toBe('situacao-veiculo');
  });
  it('"quero comprar o carro do meu cunhado, como confiro se ele tem divida": the vehicle\'s situation', () => {
    const d = talk('quero comprar o carro do meu cunhado, como confiro se ele tem divida');
    expect(d.state.focus).toBe('situacao-veiculo');
  });
  it('guard: "vou comprar um carro usado, como faço a transferencia?" is still the transfer', () => {
    expect(talk('vou comprar um carro usado, como faço a transferencia?').state.focus).toBe('transferencia-veiculo');
  });
  it('guard: on the transfer\'s card, "vou comprar a moto, como vejo se ela tem divida?" keeps the card in view', () => {
    expect(talk('transferencia de veiculo', 'vou comprar a moto, como vejo se ela tem divida?').state.focus).toBe('transferencia-veiculo');
  });
});

describe('round 6522: the identity card wanted by one who tells of another state is its first issue in Minas, not the licence\'s transfer', () => {
  it('"vim do tocantins, quero fazer o rg de minas": the identity card\'s first issue', () => {
    expect(talk('vim do tocantins, quero fazer o rg de minas').state.focus).toBe('cin-1a-via');
  });
  it('"mudei do parana pra contagem, preciso da identidade de minas": the identity card\'s first issue', () => {
    expect(talk('mudei do parana pra contagem, preciso da identidade de minas').state.focus).toBe('cin-1a-via');
  });
  it('"cheguei de sergipe e preciso da carteira de identidade de Minas": the identity card\'s first issue', () => {
    expect(talk('cheguei de sergipe e preciso da carteira de identidade de Minas').state.focus).toBe('cin-1a-via');
  });
  it('guard: "preciso de um atestado de antecedentes, meu rg é de goias" is still the criminal record certificate', () => {
    expect(talk('preciso de um atestado de antecedentes, meu rg é de goias').state.focus).toBe('antecedentes-criminais');
  });
  it('guard: "vim do maranhão e roubaram meu rg na rodoviaria" is still the 2nd copy', () => {
    expect(talk('vim do maranhão e roubaram meu rg na rodoviaria').state.focus).toBe('cin-2a-via');
  });
  it('guard: "mudei de sp, minha cnh e o rg sao de la" is still the licence\'s transfer', () => {
    expect(talk('mudei de sp, minha cnh e o rg sao de la').state.focus).toBe('cnh-transferencia-estado');
  });
});
