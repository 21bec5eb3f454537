// The seventeenth session's rounds by r17a (900–919): follow-up questions about the service in focus that its own
// card sentences answer. One `describe` per round; each test was checked to fail on the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 900: "e as placa, faço o que com elas?" on the vehicle write-off quotes what the card says of the plates', () => {
  for (const said of ['e as placa, faço o que com elas?', 'e as placas?']) {
    it(`"${said}" stays on the write-off and quotes its sentence on the plates`, () => {
      const d = talkOn('baixa-veiculo', 'quais documento precisa', said);
      expect(d.state.focus).toBe('baixa-veiculo');
      expect(kinds(d)).toEqual(['passage']);
      expect(text(d)).toMatch(/placas são recolhidas/);
    });
  }

  it('"e a placa?" on the yearly licensing quotes its own sentence on the plate, not the vehicle lookup', () => {
    const d = talkOn('crlv-licenciamento', 'e a placa?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(text(d)).toMatch(/final da placa/);
  });

  it('"e a do rg?" on the CNH 2nd copy still opens the identity card\'s 2nd copy (named by a synonym)', () => {
    const d = talkOn('cnh-2a-via', 'e a do rg?');
    expect(d.state.focus).toBe('cin-2a-via');
  });

  it('"e a placa?" on the vehicle transfer, whose texts never speak of plates, still opens the vehicle lookup', () => {
    expect(talkOn('transferencia-veiculo', 'e a placa?').state.focus).toBe('situacao-veiculo');
  });
});

describe('round 901: a question naming a related service that the card\'s own texts answer stays on the card', () => {
  for (const said of ['minha cnh vence mes q vem, depois disso consigo renovar aqui?', 'minha carteira ta vencendo, consigo renovar aqui?', 'perdi minha cnh, consigo a 2 via aqui depois?']) {
    it(`"${said}" on the CNH transfer quotes that the transfer comes first`, () => {
      const d = talkOn('cnh-transferencia-estado', 'qnto custa', said);
      expect(d.state.focus).toBe('cnh-transferencia-estado');
      expect(kinds(d)).toEqual(['passage']);
      expect(text(d)).toMatch(/transferência antes de renovar/);
    });
  }

  it('"quero renovar minha cnh" said as a request (no question) on the transfer still opens the renewal', () => {
    expect(talkOn('cnh-transferencia-estado', 'quero renovar minha cnh').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 902: three sentences tied on the words asked: the shortest is quoted', () => {
  for (const said of ['da numero de protocolo?', 'vai ter numero de protocolo?', 'tem numero de protocolo?']) {
    it(`"${said}" on the SUS ombudsman quotes that a protocol number is given`, () => {
      const d = talkOn('ouvidoria-saude', 'qual telefone', said);
      expect(d.state.focus).toBe('ouvidoria-saude');
      expect(kinds(d)).toEqual(['passage']);
      expect(text(d)).toMatch(/Você recebe um número de protocolo/);
    });
  }

  it('a tie on one word only ("posso colocar minha mae de dependente?" on the IPSEMG) quotes none of the five sentences', () => {
    const d = talkOn('ipsemg', 'posso colocar minha mae de dependente?');
    expect(text(d)).toMatch(/Quem pode pedir/);
    expect(kinds(d)).not.toContain('passage');
  });
});

describe('round 903: asked how one learns what came of it, the sentence saying how it is followed', () => {
  for (const said of ['como fico sabendo se foram la?', 'como eu vou saber se fiscalizaram?', 'eles dao retorno?', 'me avisam depois?']) {
    it(`"${said}" on the environmental report quotes how it is followed with the protocol number`, () => {
      const d = talkOn('denuncia-ambiental', 'e da pra ligar?', said);
      expect(d.state.focus).toBe('denuncia-ambiental');
      expect(text(d)).toMatch(/Com o número de protocolo, acompanhe o andamento/);
    });
  }

  for (const [id, sentence] of [
    ['seguro-desemprego', /acompanhe pelo aplicativo/],
    ['recurso-multa', /Acompanhe o andamento e a decisão/],
    ['indicacao-condutor', /Acompanhe a análise/],
  ] as const) {
    it(`"como fico sabendo se foi aprovado?" on ${id} quotes how it is followed`, () => {
      const d = talkOn(id, 'como fico sabendo se foi aprovado?');
      expect(d.state.focus).toBe(id);
      expect(text(d)).toMatch(sentence);
    });
  }

  it('the step titled as the sentence ("Acompanhar a denúncia") is not quoted again beside it', () => {
    const d = talkOn('denuncia-ambiental', 'eles dao retorno?');
    expect(text(d)).not.toMatch(/Etapa 3/);
  });

  it('"retornar" in a walkthrough still goes back a step', () => {
    const d = talkOn('cnh-renovacao');
    d.press('Passo a passo');
    d.press('Próxima');
    d.say('retornar');
    expect(d.last?.replies[0]?.hint).toMatchObject({ kind: 'step', step: 1 });
  });
});

describe('round 904: how a case is put ("se fosse", "é o mesmo esquema?") is no word to find in the card\'s texts', () => {
  for (const said of ['e se fosse mei, era o mesmo esquema?', 'e se fosse mei, é a mesma coisa?']) {
    it(`"${said}" on closing a company quotes what its texts say of the MEI`, () => {
      const d = talkOn('baixa-empresa', said);
      expect(d.state.focus).toBe('baixa-empresa');
      expect(kinds(d)).toEqual(['passage']);
      expect(text(d)).toMatch(/Portal do Empreendedor/);
    });
  }

  it('"e se for mei é o mesmo?" on the state registration, whose texts say nothing of the MEI, no longer quotes a sentence for its "for"', () => {
    const d = talkOn('inscricao-estadual', 'e se for mei é o mesmo?');
    expect(text(d)).not.toMatch(/quando for obrigatório/);
    expect(kinds(d)).toEqual(['unanswered']);
  });
});

describe('round 905: asked why it matters, the sentence saying what it is for', () => {
  for (const said of ['e pq isso é importante? nunca mudei e nunca deu nada', 'pra que serve isso?', 'qual a importancia disso?']) {
    it(`"${said}" on the driver's change of address quotes that the fines' notices go to that address`, () => {
      const d = talkOn('cnh-endereco', 'paga algo?', said);
      expect(d.state.focus).toBe('cnh-endereco');
      expect(text(d)).toMatch(/chegam as notificações/);
    });
  }

  it('"pq tenho que informar o local?" on the environmental report still quotes why the place is needed', () => {
    expect(text(talkOn('denuncia-ambiental', 'pq tenho que informar o local?'))).toMatch(/para que a fiscalização encontre o problema/);
  });

  it('"paga algo?" on the change of address is still the cost alone', () => {
    const d = talkOn('cnh-endereco', 'paga algo?');
    expect(text(d)).toMatch(/gratuito/);
    expect(text(d)).not.toMatch(/notificações/);
  });
});

describe('round 906: "só a nota basta?" — the sentence saying what else is needed, with cattle read as animals', () => {
  for (const said of ['e se for levar gado, so a nota basta?', 'e pra levar as vacas, so a nota basta?']) {
    it(`"${said}" on the farmer's invoice quotes that animals also need the GTA`, () => {
      const d = talkOn('nota-fiscal-avulsa', 'paga alguma coisa pra emitir?', said);
      expect(d.state.focus).toBe('nota-fiscal-avulsa');
      expect(text(d)).toMatch(/também exige a GTA/);
    });
  }

  it('"vende leite com ela?", which does not ask whether it is enough, does not get the GTA sentence', () => {
    expect(text(talkOn('nota-fiscal-avulsa', 'vende leite com ela?'))).not.toMatch(/também exige a GTA/);
  });
});

describe('round 907: "de outra pessoa ou só da minha?" asks who may ask', () => {
  it('"posso tirar da empresa de outra pessoa ou so da minha?" on the Jucemg certificates answers who may ask', () => {
    const d = talkOn('certidao-jucemg', 'é paga?', 'posso tirar da empresa de outra pessoa ou so da minha?');
    expect(d.state.focus).toBe('certidao-jucemg');
    expect(text(d)).toMatch(/Qualquer pessoa pode pedir certidão de uma empresa/);
  });

  it('"posso consultar a multa de outra pessoa ou so a minha?" on the fines still answers who may ask', () => {
    const d = talkOn('multas-pontuacao', 'posso consultar a multa de outra pessoa ou so a minha?');
    expect(text(d)).toMatch(/Quem pode pedir/);
  });

  it('"comprei o carro de outra pessoa" as a first message still opens the vehicle transfer\'s card', () => {
    const d = talk('comprei o carro de outra pessoa, como passo pro meu nome?');
    expect(d.state.focus).toBe('transferencia-veiculo');
  });
});
