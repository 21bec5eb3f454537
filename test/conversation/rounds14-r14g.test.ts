// The fourteenth session's rounds by helper r14g (480–499), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 480: two synonym phrases that overlap both count ("pontos na carteira de motorista")', () => {
  it('"quantos pontos eu tenho na carteira de motorista" opens the fines and points', () => {
    expect(talk('quantos pontos eu tenho na carteira de motorista').state.focus).toBe('multas-pontuacao');
  });

  it('"qtos pontos eu tenho na carteira de motorista? como vejo" offers the fines and points', () => {
    expect(talk('qtos pontos eu tenho na carteira de motorista? como vejo').state.focus).toBe('multas-pontuacao');
  });
});

describe('round 481: the act asked for after a verb of wanting puts the service titled so first', () => {
  it('"tem gente pescando de rede na piracema, quero denunciar" opens the environmental report, not the fishing licence', () => {
    expect(talk('tem gente pescando de rede na piracema, quero denunciar').state.focus).toBe('denuncia-ambiental');
  });

  it('"meu vizinho ta pescando de rede na piracema, preciso denunciar isso" opens the environmental report', () => {
    expect(talk('meu vizinho ta pescando de rede na piracema, preciso denunciar isso').state.focus).toBe('denuncia-ambiental');
  });
});

describe('round 482: on a card, words that find it among others, none clearly and none named, keep it', () => {
  it('"é a primeira vez" on the identity card\'s 1st copy stays there, not on the first driving licence', () => {
    expect(talk('preciso tirar identidade', 'é a primeira vez').state.focus).toBe('cin-1a-via');
  });

  it('"eh a primeira vez" after "preciso tirar rg" stays on the identity card', () => {
    expect(talk('preciso tirar rg', 'eh a primeira vez').state.focus).toBe('cin-1a-via');
  });

  it('"é só mudar de escola" on the school registration still opens the transfer it names', () => {
    expect(talk('cadastro escolar', 'ele ja estuda na rede estadual, é so mudar de escola pq a gente mudou de bairro').state.focus).toBe('transferencia-escola');
  });
});

describe('round 483: two services weighed with "ou" are both put forward', () => {
  const offered = (d: ReturnType<typeof talk>): string[] => (d.last?.replies.at(-1)?.options ?? []).flatMap((o) => (o.id.startsWith('svc:') ? [o.id.slice(4)] : []));

  it('"ipva ou licenciamento, qual eu pago primeiro?" lists the IPVA and the vehicle licence', () => {
    expect(offered(talk('ipva ou licenciamento, qual eu pago primeiro?')).slice(0, 2)).toEqual(['ipva', 'crlv-licenciamento']);
  });

  it('"licenciamento ou ipva, qual vence antes?" lists both, the licence first', () => {
    expect(offered(talk('licenciamento ou ipva, qual vence antes?')).slice(0, 2)).toEqual(['crlv-licenciamento', 'ipva']);
  });
});

describe('round 484: what a service asked for is for is no subject handled elsewhere', () => {
  it('"preciso do informe de rendimentos para a declaração do imposto de renda" from a State retiree opens the payslip', () => {
    expect(talk('Sou aposentado do Estado e preciso do informe de rendimentos para a declaração do imposto de renda.').state.focus).toBe('contracheque-servidor');
  });

  it('"sou servidora estadual, preciso do informe de rendimentos pra declarar o imposto de renda" opens the payslip', () => {
    expect(talk('sou servidora estadual, preciso do informe de rendimentos pra declarar o imposto de renda').state.focus).toBe('contracheque-servidor');
  });

  it('"preciso de ajuda pra pagar o boleto do banco" still says the bank handles it: help names no service', () => {
    const d = talk('preciso de ajuda pra pagar o boleto do banco');
    expect(kinds(d)).toEqual(['elsewhere']);
  });
});
