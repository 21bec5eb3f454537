// The thirty-fourth session's r34a rounds: first messages that found the wrong service or none. Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 3600: a complaint, praise or suggestion about a public body is made to an ombudsman', () => {
  it('praise or a suggestion about a body a service is named after goes to the general ombudsman', () => {
    expect(talk('quero mandar um elogio pros bombeiros que salvaram meu gato').state.focus).toBe('ouvidoria');
    expect(talk('gostaria de deixar uma sugestão sobre o detran').state.focus).toBe('ouvidoria');
    expect(talk('quero elogiar a diretora da escola estadual do meu filho').state.focus).toBe('ouvidoria');
  });
  it('a complaint after a story that names another service, with nothing after the complaint', () => {
    expect(talk('a policia me tratou mal na blitz, quero reclamar disso').state.focus).toBe('ouvidoria');
    expect(talk('queria reclamar da vistoria do detran, o rapaz foi grosso').state.focus).toBe('ouvidoria');
  });
  it('the story naming a health unit goes to the SUS ombudsman; a complaint about what a service is about stays there', () => {
    expect(talk('fiquei horas no hospital e ninguem me atendeu, quero reclamar').state.focus).toBe('ouvidoria-saude');
    expect(talk('quero reclamar da conta de luz').state.focus).toBe('cemig-conta');
  });
});
