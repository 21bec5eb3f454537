// The sixteenth session's rounds by helper r16a (700–719), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

describe('round 700: where the citizen lives ("moro em itabirito") names no service', () => {
  it('"bom dia, moro em itabirito, meu menino perdeu a identidade …, como faço pra tirar outra" opens the CIN\'s 2nd copy', () => {
    const d = talk('bom dia, moro em itabirito, meu menino perdeu a identidade dele no onibus da escola semana passada, como faço pra tirar outra');
    expect(d.state.focus).toBe('cin-2a-via');
  });

  it('"moro em itabirito, minha filha perdeu a identidade" opens the CIN\'s 2nd copy, as without the town', () => {
    expect(talk('moro em itabirito, minha filha perdeu a identidade').state.focus).toBe('cin-2a-via');
  });
});

describe('round 701: a state worker\'s bond ("professora designada", "servidor efetivo") is a state worker', () => {
  it('"holerite de professora designada, onde vejo" opens the payslip', () => {
    expect(talk('holerite de professora designada, onde vejo').state.focus).toBe('contracheque-servidor');
  });
});

describe('round 702: what a request is for ("pra arrumar emprego") is the story; the request is what is asked for', () => {
  it('"preciso do nada consta pra arrumar emprego" opens the criminal-record certificate, not a list with the Sine', () => {
    const d = talk('preciso do nada consta pra arrumar emprego');
    expect(d.state.focus).toBe('antecedentes-criminais');
    expect(d.state.view.at).toBe('service');
  });

  it('"quero abrir uma firma pra vender doce de leite" opens the company registration, not the farmer\'s invoice', () => {
    expect(talk('quero abrir uma firma pra vender doce de leite').state.focus).toBe('abrir-empresa');
    // A purpose that names the service further keeps it: "quero tirar licença pra pescar no rio" is the fishing licence.
    expect(talk('quero tirar licença pra pescar no rio').state.focus).toBe('licenca-pesca');
  });
});

describe('round 703: "meu sobrinho de 16" is a minor\'s age, as "meu neto de 12" was', () => {
  it('"e meu sobrinho de 16 pode fazer junto?" on the EJA answers the rules for minors', () => {
    const d = talkOn('eja', 'e meu sobrinho de 16 pode fazer junto?');
    expect(asked(d)).toContain('minors');
  });
});

describe('round 704: going back to a service seen before ("voltando no ipva", "volta no sine")', () => {
  it('"voltando no ipva, da pra pagar pelo celular msm?" on the vehicle licence answers about the IPVA', () => {
    const d = talk('pagar ipva da minha saveiro', 'e o licenciamento do carro, como faz?', 'voltando no ipva, da pra pagar pelo celular msm?');
    expect(d.state.focus).toBe('ipva');
    expect(asked(d)).toContain('online');
  });

  it('"volta no sine, onde fica isso" on the unemployment insurance answers where the Sine is', () => {
    const d = talk('tem vaga no sine?', 'e o seguro desemprego como que é', 'volta no sine, onde fica isso');
    expect(d.state.focus).toBe('sine-emprego');
    expect(asked(d)).toContain('where');
  });
});

describe('round 705: on a loss report, "a identidade nova" is the identity card\'s 2nd copy', () => {
  it('"e a identidade nova como faz" on the report of lost documents opens the CIN\'s 2nd copy', () => {
    const d = talk('perdi minha carteira na festa de peao com todos os documento dentro', 'e a identidade nova como faz');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 706: "precisa falar meu nome?" on a report is asked of anonymity', () => {
  it('on the environmental report, the reply quotes that the report may be anonymous', () => {
    const d = talkOn('denuncia-ambiental', 'precisa falar meu nome? tenho medo');
    expect(d.text).toMatch(/anônim/);
  });
});

describe('round 707: the words as read for the search name the service too ("de sp" read as another state)', () => {
  it('"mudei de sp pra bh e minha carteira de motorista é de la" opens the transfer of a CNH from another state', () => {
    expect(talk('mudei de sp pra bh e minha carteira de motorista é de la').state.focus).toBe('cnh-transferencia-estado');
    // Not the words the reading only dropped: "roubaram minha carteira com os documento" still lists the services.
    expect(talk('roubaram minha carteira com os documento').state.view.at).toBe('results');
  });
});

describe('round 708: "semana passada", "mês passado" say when, never a step; "como eu reclamo" walks to the step of complaining', () => {
  it('"o da semana passada atrasou 2 horas, como eu reclamo" on the intercity buses opens the step of the Ouvidoria (162)', () => {
    const d = talkOn('onibus-intermunicipal', 'o da semana passada atrasou 2 horas, como eu reclamo');
    expect(d.state.view.at === 'walkthrough' ? d.state.view.step : -1).toBe(2);
    expect(d.text).toMatch(/162/);
  });

  it('"fiz uma tatuagem mes passado, atrapalha?" on blood donation quotes the card about tattoos, with no walkthrough', () => {
    const d = talkOn('doacao-sangue', 'fiz uma tatuagem mes passado, atrapalha?');
    expect(d.state.view.at).toBe('service');
    expect(d.text).toMatch(/tatuagem/);
  });
});

describe('round 709: what the citizen has done already ("fiz bo") is their case, not a request', () => {
  it('"ah esqueci de falar foi roubado, fiz bo" after the CIN\'s cost stays on the CIN', () => {
    const d = talkOn('cin-2a-via', 'quanto custa', 'ah esqueci de falar foi roubado, fiz bo');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});
