// The seventeenth session's lead rounds (1040 on), one `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talk>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');
const buttons = (d: ReturnType<typeof talk>): string[] => (d.last?.replies ?? []).flatMap((r) => (r.options ?? []).map((o) => o.id));

describe('round 1040: a verb and the noun made from it are one word when the card\'s sentences are read', () => {
  it('"precisa traduzir?" on the equivalence of foreign studies quotes the sentence on the sworn translation', () => {
    for (const q of ['precisa traduzir?', 'tem q traduzir os documento?']) {
      const d = talkOn('equivalencia-estudos', q);
      expect(d.state.focus).toBe('equivalencia-estudos');
      expect(text(d)).toContain('tradução por tradutor juramentado');
    }
  });

  it('"pode doar quem tem tatuagem?" on blood donation quotes what the card says of tattoos', () => {
    const d = talkOn('doacao-sangue', 'pode doar quem tem tatuagem?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(text(d)).toContain('tatuagem recente');
  });
});

describe('round 1041: a son or daughter said to be of age is no minor', () => {
  it('"meu filho de 22 anos pode ser dependente" on the IPSEMG asks who may ask, not the rules for minors', () => {
    for (const q of ['meu filho de 22 anos pode ser dependente', 'minha filha tem 19, pode?']) {
      const d = talkOn('ipsemg', q);
      expect(asked(d)).toContain('requirements');
      expect(asked(d)).not.toContain('minors');
    }
  });

  it('a child under age still asks the rules for minors', () => {
    expect(asked(talkOn('cin-2a-via', 'meu filho de 15 anos pode ir sozinho?'))).toContain('minors');
    expect(asked(talkOn('ipsemg', 'meu neto de 12 pode?'))).toContain('minors');
  });
});

describe('round 1042: who does the State\'s part of a service is the responsible body', () => {
  it('"quem faz a vistoria" on the fire brigade\'s licence names the Corpo de Bombeiros', () => {
    for (const q of ['quem faz a vistoria', 'quem analisa o projeto?']) {
      const d = talkOn('avcb', q);
      expect(asked(d)).toContain('agency');
      expect(text(d)).toContain('Corpo de Bombeiros');
    }
  });

  it('who files the request is still who may ask', () => {
    expect(asked(talkOn('cadastro-escolar', 'quem faz a inscricao?'))).toContain('requirements');
  });
});

describe('round 1043: "e quer…" after who someone is tells who, then the one request', () => {
  it('"meu marido é servidor estadual e quer marcar consulta pelo ipsemg" opens the IPSEMG, not domestic violence', () => {
    const d = talk('meu marido é servidor estadual e quer marcar consulta pelo ipsemg');
    expect(d.state.focus).toBe('ipsemg');
    expect(kinds(d)).toContain('card');
  });

  it('two errands joined by "e" and an infinitive are still both offered', () => {
    const d = talk('preciso renovar a cnh e pagar o ipva do carro');
    expect(buttons(d)).toEqual(expect.arrayContaining(['svc:cnh-renovacao', 'svc:ipva']));
  });
});

describe('round 1044: the act wanted breaks a tie between two services the words name as often', () => {
  it('"quero recorrer de uma multa de radar" opens the appeal, not the fines lookup', () => {
    for (const q of ['quero recorrer de uma multa de radar', 'preciso contestar uma multa de radar']) {
      expect(talk(q).state.focus).toBe('recurso-multa');
    }
  });

  it('"quero pagar multa de radar" still opens the fines lookup', () => {
    expect(talk('quero pagar multa de radar').state.focus).toBe('multas-pontuacao');
  });
});

describe('round 1045: the seller whose buyer never transferred the car', () => {
  it('"o comprador nao passou pro nome dele" opens the sale notice', () => {
    for (const q of ['eu vendi o carro, o comprador nao passou pro nome dele', 'o comprador não passou para o nome dele ainda']) {
      expect(talk(q).state.focus).toBe('comunicacao-venda');
    }
  });

  it('the buyer who wants the car in their name still gets the transfer', () => {
    expect(talk('Quero transferir um carro para o meu nome.').state.focus).toBe('transferencia-veiculo');
    expect(talk('quero passar o carro pro meu nome').state.focus).toBe('transferencia-veiculo');
  });
});

describe('round 1046: giving a house or a car away is the ITCD, not blood donation', () => {
  it('"doar a casa pro meu filho em vida" opens the ITCD', () => {
    for (const q of ['meu pai quer doar a casa para mim em vida', 'vou doar meu carro pro meu sobrinho, tem imposto?']) {
      expect(talk(q).state.focus).toBe('itcd');
    }
  });

  it('"quero doar sangue" still opens the blood donation', () => {
    expect(talk('quero doar sangue').state.focus).toBe('doacao-sangue');
  });
});

describe('round 1047: closing a shop is closing the company, not buying', () => {
  it('"quero fechar o cnpj da minha loja" opens the company write-off', () => {
    for (const q of ['quero fechar o cnpj da minha loja q faliu', 'preciso fechar minha loja e dar baixa']) {
      expect(talk(q).state.focus).toBe('baixa-empresa');
    }
  });

  it('buying in a shop is still no service', () => {
    expect(kinds(talk('quero comprar uma loja de roupa'))).toEqual(['elsewhere']);
  });
});

describe('round 1048: the neighbours of a card that the message names come first among its buttons', () => {
  it('"minha cnh ta vencida e eu quero a segunda via" opens the 2nd copy with the renewal as its first neighbour', () => {
    const d = talk('minha cnh ta vencida e eu quero a segunda via');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(buttons(d).filter((id) => id.startsWith('svc:'))[0]).toBe('svc:cnh-renovacao');
  });

  it('with nothing else named, the card keeps its neighbours in the catalogue\'s order', () => {
    const d = talk('segunda via da cnh');
    expect(buttons(d).filter((id) => id.startsWith('svc:'))[0]).toBe('svc:bo-perda-documentos');
  });
});

describe('round 1049: what happens without it is answered by the sentence telling the penalty', () => {
  it('"e se eu rodar sem o documento?" on the vehicle licence quotes that driving unlicensed is a very serious offence', () => {
    for (const q of ['e se eu rodar sem o documento?', 'o que acontece se eu circular sem licenciar?']) {
      const d = talkOn('crlv-licenciamento', q);
      expect(d.state.focus).toBe('crlv-licenciamento');
      expect(text(d)).toContain('infração gravíssima');
    }
  });
});

describe('round 1050: how long something may stay is a deadline question', () => {
  it('"qto tempo pode ficar la?" on a towed vehicle quotes the auction after the legal term', () => {
    for (const q of ['qto tempo pode ficar la?', 'quantos dias o carro pode ficar no patio?']) {
      const d = talkOn('veiculo-removido', q);
      expect(d.state.focus).toBe('veiculo-removido');
      expect(text(d)).toContain('leilão');
    }
  });

  it('how long the service takes is still the time it takes', () => {
    expect(asked(talkOn('veiculo-removido', 'demora quanto tempo pra liberar?'))).toContain('time');
  });
});

describe('round 1051 (merge): "e para X?" carries the talk over even when the card mentions X', () => {
  it('"E para acrescentar a categoria de moto na minha carteira?" on the driving tests opens the category change', () => {
    expect(talkOn('exames-detran', 'E para acrescentar a categoria de moto na minha carteira?').state.focus).toBe('cnh-mudanca-categoria');
  });

  it('a related service asked of the card in view is still answered by the card ("…consigo renovar aqui?" on the CNH transfer)', () => {
    const d = talkOn('cnh-transferencia-estado', 'minha cnh vence mes q vem, depois disso consigo renovar aqui?');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
  });
});
