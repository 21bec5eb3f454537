// The twenty-third session's rounds of r23f (2020 on). One `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

describe('round 2020: a story that finds nothing, but says one of a service\'s own names or keywords whole', () => {
  it('a first message: the name is the request, the rest is where it happens', () => {
    const cases: [string, string][] = [
      ['queimada no pasto do lado', 'denuncia-ambiental'],
      ['tem desmatamento do lado do sitio', 'denuncia-ambiental'],
      ['ameaça do vizinho do lado', 'medida-protetiva'],
      ['o vizinho do lado vive fazendo ameaça', 'medida-protetiva'],
      ['gratuidade, moro num sitio longe', 'passe-livre'],
    ];
    for (const [msg, id] of cases) expect(talk(msg).state.focus, msg).toBe(id);
  });

  it('a correction: the service in focus said "no" to, the name said in it is read as in a first message', () => {
    expect(talkOn('ipva', 'nao, errei, é ameaça do vizinho do lado').state.focus).toBe('medida-protetiva');
    expect(talkOn('disque-denuncia', 'opa, me enganei, é desmatamento do lado do sitio').state.focus).toBe('denuncia-ambiental');
    expect(talkOn('cnh-2a-via', 'nao, errei, era pra denunciar queimada do lado do sitio').state.focus).toBe('denuncia-ambiental');
  });

  it('not by a word that only shares the keyword\'s stem, nor when another word names another service', () => {
    // "queimou" shares "queim" with the keyword "queimada": a burnt-out street lamp is no environmental report.
    expect(talk('a lampada do poste da minha rua queimou faz uma semana').state.focus).not.toBe('denuncia-ambiental');
    // "vagas" names the job service in focus: the salary keyword of the payslip does not take the question away.
    expect(talkOn('sine-emprego', 'qual o salario dessas vagas?').state.focus).toBe('sine-emprego');
  });
});
