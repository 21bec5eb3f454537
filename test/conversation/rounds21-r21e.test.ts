// The twenty-first session's rounds of helper r21e (1690 on). One `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, on services other than the dialogues' own where it can.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 1690: what someone else did not do is the story, on the topic path and in a correction too', () => {
  it('a question with a topic ("como aviso…", "como faço…") is about what the citizen asks, not what the other failed to do', () => {
    for (const [text, id] of [
      ['vendi minha caminhonete e o comprador ate hoje nao transferiu, como aviso o detran que nao é mais minha?', 'comunicacao-venda'],
      ['vendi a moto pro meu vizinho e ele nao passou pro nome dele, como faço pra avisar o detran?', 'comunicacao-venda'],
      // Another service: the debts, not the IPVA the buyer did not pay.
      ['o comprador nao pagou o ipva, como consulto os debitos do carro?', 'situacao-veiculo'],
      // Another service: the re-enrolment, not the school transfer the school did not make.
      ['a escola ainda nao transferiu meu filho, como faço a rematricula dele?', 'renovacao-matricula'],
      // The clause ends where the citizen speaks of themselves again ("e eu quero…").
      ['ele nao renovou a cnh dele e eu quero transferir o carro, como faço?', 'transferencia-veiculo'],
    ] as const) {
      expect(talk(text).state.focus, text).toBe(id);
    }
  });

  it('in a correction, the clause of the other\'s failure is left out of what is meant', () => {
    for (const text of [
      'ops na verdade fui eu que vendi, o comprador ainda nao passou pro nome dele e as multas tao vindo pra mim',
      'na verdade eu vendi a moto, o cara ate agora nao transferiu',
    ]) {
      expect(talk('transferir o carro pro nome de quem comprou', text).state.focus, text).toBe('comunicacao-venda');
    }
  });

  it('nearby: the other\'s clause is kept when the rest names nothing clearly, or the other is the one wanting to do it', () => {
    // The clause holds the thing asked about ("cnh"); the rest ("segunda via") is no clear request.
    expect(talk('o detran nao mandou a cnh definitiva, como tiro a segunda via?').state.focus).toBe('cnh-2a-via');
    // A present-tense denial of someone said by a noun is no failure told ("o vendedor não quer passar").
    expect(talk('comprei um carro e o vendedor nao quer passar pro meu nome').state.focus).toBe('transferencia-veiculo');
    expect(talk('meu filho perdeu a identidade e ele nao tirou outra ainda, como faço?').state.focus).toBe('cin-2a-via');
    expect(talk('o patrao nao pagou a rescisao, como peço o seguro desemprego?').state.focus).toBe('seguro-desemprego');
  });
});
