// The seventeenth session's rounds by r17a (900–919): follow-up questions about the service in focus that its own
// card sentences answer. One `describe` per round; each test was checked to fail on the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talkOn } from './real.ts';

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
