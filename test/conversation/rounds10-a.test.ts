// The tenth session's rounds 134–139 (blind set 23's last nine), one `describe` per round; each test was checked to
// fail on the code before its round. The dialogue sets measure the same behaviour on whole conversations
// (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 134: two errands joined by a plain "e"', () => {
  it('"preciso renovar a cnh e pagar o ipva do carro" puts both forward, the renewal first', () => {
    const d = talk('preciso renovar a cnh e pagar o ipva do carro');
    expect(d.state.view.at).toBe('results');
    expect(d.state.options.slice(0, 2).map((o) => o.id)).toEqual(['svc:cnh-renovacao', 'svc:ipva']);
    expect(talk('preciso renovar a cnh e pagar o ipva do carro', 'começa pelo ipva').state.focus).toBe('ipva');
    // A condition is one question, not two errands.
    expect(talk('E se eu já tiver habilitação e quiser renovar?').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 135: something taken with no one seen is a theft', () => {
  it('"levaram meu carro da rua de noite, ninguem viu nada" puts the theft report first, the tow truck after', () => {
    const d = talk('levaram meu carro da rua de noite, ninguem viu nada');
    const first = d.state.view.at === 'results' ? d.state.options[0]?.id : `svc:${d.state.focus ?? ''}`;
    expect(first).toBe('svc:bo-furto');
    expect(talk('levaram minha moto da porta de casa, ninguém viu').state.focus).toBe('bo-furto');
    // Then the tow truck named: the towed vehicle.
    expect(talk('levaram meu carro da rua de noite, ninguem viu nada', 'opa, descobri agora q foi o guincho q levou, tava em lugar proibido').state.focus).toBe('veiculo-removido');
  });
});

describe('round 136: who it is for names no service', () => {
  it('"Como faço a rematrícula do meu filho na escola estadual?" opens the renewal, not the registration', () => {
    expect(talk('Como faço a rematrícula do meu filho na escola estadual?').state.focus).toBe('renovacao-matricula');
    expect(talk('quero fazer a rematricula da minha filha na escola estadual').state.focus).toBe('renovacao-matricula');
  });
});
