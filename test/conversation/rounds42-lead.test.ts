// The forty-second session's lead rounds (5000–): written from the citizen's side, with wordings other than the
// dialogues'. Tests marked "guard" pass before and after: they keep what already worked.
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

type Driver = ReturnType<typeof talkOn>;
const services = (d: Driver): string[] => d.state.options.flatMap((o) => (o.id.startsWith('svc:') ? [o.id.slice(4)] : []));

describe('round 5000: a related service that the quoted sentence names comes first among the buttons', () => {
  it('"minha carteira é de são paulo" on the change of address: the transfer from another state first', () => {
    const d = talkOn('cnh-endereco', 'minha carteira é de são paulo, vim pra cá mês passado');
    expect(d.state.focus).toBe('cnh-endereco');
    expect(services(d)[0]).toBe('cnh-transferencia-estado');
  });
  it('guard: a topic answered (the cost) keeps the card\'s order', () => {
    const d = talkOn('cnh-endereco', 'quanto custa?');
    expect(services(d)).toEqual(['cnh-renovacao', 'cnh-2a-via', 'cnh-transferencia-estado']);
  });
});

describe('round 5001: "corrijo:", "retifico:" and "retiro o que disse" lead a correction', () => {
  it('"Corrijo: não tenho empresa ainda, preciso abrir uma primeiro." on the state registration: opening a company', () => {
    expect(talkOn('inscricao-estadual', 'Corrijo: não tenho empresa ainda, preciso abrir uma primeiro.').state.focus).toBe('abrir-empresa');
  });
  it('"Retiro o que eu disse: ele já é aluno da rede, é só a rematrícula" on the school register: the re-enrolment', () => {
    expect(talkOn('cadastro-escolar', 'Retiro o que eu disse: ele já é aluno da rede estadual, é só renovar a matrícula.').state.focus).toBe('renovacao-matricula');
  });
  it('guard: "Corrijo: é da moto. Quanto custa?" on the IPVA stays and answers the cost', () => {
    const d = talkOn('ipva', 'Corrijo: é da moto, não do carro. Quanto custa?');
    expect(d.state.focus).toBe('ipva');
    expect(d.state.topic).toBe('cost');
  });
});
