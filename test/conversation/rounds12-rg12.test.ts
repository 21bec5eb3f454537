// The twelfth session's rounds by helper rg (320–329), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/index.ts';
import { realCatalogue, talk } from './real.ts';

describe('round 320: a change of school with the child named between the verb and "de escola"', () => {
  it('"quero mudar meu filho de escola" opens the transfer between state schools, not the first registration', () => {
    expect(talk('quero mudar meu filho de escola').state.view).toEqual({ at: 'service', serviceId: 'transferencia-escola' });
  });

  it('"quero mudar meu filho de escola estadual" opens the transfer too', () => {
    expect(talk('quero mudar meu filho de escola estadual').state.view).toEqual({ at: 'service', serviceId: 'transferencia-escola' });
  });

  it('"vou transferir meu filho de escola no meio do ano" no longer puts the first registration forward alone', () => {
    expect(talk('vou transferir meu filho de escola no meio do ano').state.view).not.toMatchObject({ serviceId: 'cadastro-escolar' });
  });

  it('"transfiro" is read as "transferir" (an -ir verb whose e turns i in the first person): the transfer stands alone', () => {
    const hits = buildSearchIndex(realCatalogue).nearest('transfiro de escola', 3);
    expect(hits[0]?.id).toBe('transferencia-escola');
    expect(hits[0]?.score ?? 0).toBeGreaterThan(0.9);
    expect(hits[1]?.score ?? 0).toBeLessThan(0.3);
  });
});

describe('round 321: "como transfiro / como troco" keeps its verb in the search when nothing is in view', () => {
  it('"nos mudamos de bairro, como transfiro minha filha de escola?" opens the transfer', () => {
    expect(talk('nos mudamos de bairro, como transfiro minha filha de escola?').state.view).toEqual({ at: 'service', serviceId: 'transferencia-escola' });
  });

  it('"mudamos pra outra cidade, como troco meu filho de escola estadual" opens the transfer, not the registration', () => {
    expect(talk('mudamos pra outra cidade, como troco meu filho de escola estadual').state.view).toEqual({ at: 'service', serviceId: 'transferencia-escola' });
  });
});

describe('round 322: a reason told before the question ("pq o licenciamento tava atrasado, …") names no service asked for', () => {
  it('"rebocaram meu carro pq o licenciamento tava atrasado, …, como tiro do patio" opens the vehicle pound', () => {
    expect(talk('rebocaram meu carro pq o licenciamento tava atrasado, to sem carro pra trabalhar, como tiro do patio').state.view).toEqual({ at: 'service', serviceId: 'veiculo-removido' });
  });

  it('"levaram meu caminhao … porque o licenciamento estava atrasado, como retiro do patio" opens it too', () => {
    expect(talk('levaram meu caminhao na fiscalizacao porque o licenciamento estava atrasado, como retiro do patio').state.view).toEqual({ at: 'service', serviceId: 'veiculo-removido' });
  });
});
