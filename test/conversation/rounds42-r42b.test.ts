// The forty-second session's rounds of helper r42b (a need told with a life event, bookings with a purpose). Written
// from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change
// (they pass with or without the round).
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

/** The form the conversation is in, if any. */
function formOf(d: ReturnType<typeof talk>): string | undefined {
  const v = d.state.view;
  return v.at === 'form' ? v.serviceId : undefined;
}

describe('round 5120: a wish to book told after a life event, or for a purpose', () => {
  it('"casei mes passado e quero agendar na uai pra atualizar minha identidade" starts the UAI booking', () => {
    expect(formOf(talk('casei mes passado e quero agendar na uai pra atualizar minha identidade'))).toBe('agendamento-uai');
  });
  it('"quero marcar na uai pra identidade do meu bebe recem nascido": the minor is what the booking is for, not asked about', () => {
    expect(formOf(talk('quero marcar na uai pra identidade do meu bebe recem nascido'))).toBe('agendamento-uai');
  });
  it('"quero agendar na uai pra minha mae, ela se aposentou e precisa da conta gov": the need told after a pause asks nothing', () => {
    expect(formOf(talk('quero agendar na uai pra minha mae, ela se aposentou e precisa da conta gov'))).toBe('agendamento-uai');
  });
  it('guard: "precisa agendar na uai pra tirar identidade?" asks, and starts no form', () => {
    expect(formOf(talk('precisa agendar na uai pra tirar identidade?'))).toBeUndefined();
  });
  it('guard: "quero agendar na uai" alone still starts the form', () => {
    expect(formOf(talk('quero agendar na uai'))).toBe('agendamento-uai');
  });
});

describe('round 5121: a subject handled elsewhere told as what happened, beside a request for a service', () => {
  it('"me separei e voltei a usar nome de solteira, quero fazer a segunda via do rg" is the identity card\'s 2nd copy', () => {
    const d = talk('me separei e voltei a usar nome de solteira, quero fazer a segunda via do rg');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(kinds(d)).not.toContain('elsewhere');
  });
  it('"agendar horario na uai pra desbloquear o gov.br, me aposentei e preciso dele" starts the UAI booking, not the INSS', () => {
    expect(formOf(talk('agendar horario na uai pra desbloquear o gov.br, me aposentei e preciso dele'))).toBe('agendamento-uai');
  });
  it('guard: "me aposentei, como peço meu inss?" is still the INSS, handled elsewhere', () => {
    expect(kinds(talk('me aposentei, como peço meu inss?'))).toEqual(['elsewhere']);
  });
  it('guard: "me aposentei e quero saber do meu beneficio do inss" is still the INSS', () => {
    expect(kinds(talk('me aposentei e quero saber do meu beneficio do inss'))).toEqual(['elsewhere']);
  });
});

describe('round 5122: on a card without a form, a story before the wish to book at the UAI', () => {
  it('"meu pai ja ta melhor, quero marcar na uai" on the licence\'s address starts the UAI booking', () => {
    expect(formOf(talkOn('cnh-endereco', 'meu pai ja ta melhor, quero marcar na uai'))).toBe('agendamento-uai');
  });
  it('guard: "quero agendar na uai" on the same card still starts it', () => {
    expect(formOf(talkOn('cnh-endereco', 'quero agendar na uai'))).toBe('agendamento-uai');
  });
});

describe('round 5123: a denial corrected by the event, then the wish', () => {
  it('"calma, eu nao vendi, eu comprei a moto. quero regularizar no detran" on the sale notice is the transfer', () => {
    expect(talkOn('comunicacao-venda', 'calma, eu nao vendi, eu comprei a moto. quero regularizar no detran').state.focus).toBe('transferencia-veiculo');
  });
  it('"espera, nao comprei nada, eu vendi a moto. quero avisar que nao sou mais dono" on the transfer is the sale notice', () => {
    expect(talkOn('transferencia-veiculo', 'espera, nao comprei nada, eu vendi a moto. quero avisar que nao sou mais dono').state.focus).toBe('comunicacao-venda');
  });
  it('the wish typed with a chat spelling: "nao, seguro eu nao tenho direito. quero é um emprego msm" on the insurance', () => {
    expect(talkOn('seguro-desemprego', 'nao, seguro eu nao tenho direito. quero é um emprego msm').state.focus).toBe('sine-emprego');
  });
  it('guard: "Esqueça, eu nem tenho direito. O que eu quero é conseguir outro emprego." on the insurance is the Sine', () => {
    expect(talkOn('seguro-desemprego', 'Esqueça, eu nem tenho direito. O que eu quero é conseguir outro emprego.').state.focus).toBe('sine-emprego');
  });
});

describe('round 5124: someone put forward with the next need of the event, a service the card does not point to', () => {
  it('"e a minha filha, precisa mudar de escola, como pede?" on the licence\'s address is the school transfer', () => {
    const d = talkOn('cnh-endereco', 'e a minha filha, precisa mudar de escola, como pede?');
    expect(d.state.focus).toBe('transferencia-escola');
    expect(asked(d)).toEqual(['how']);
  });
  it('guard: "e o meu filho, pode tirar?" on the 1st identity card stays on it (minors)', () => {
    const d = talkOn('cin-1a-via', 'e o meu filho, pode tirar?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(asked(d)).toEqual(['minors']);
  });
});

describe('round 5125: giving up a complaint in grief, in a free-text field', () => {
  it('"esquece, isso nao vai trazer meu filho de volta" at the body field leaves the form', () => {
    const d = talk('ouvidoria do estado, quero registrar uma coisa', 'Reclamação', 'esquece, isso nao vai trazer meu filho de volta');
    expect(d.state.view.at).not.toBe('form');
  });
  it('guard: "o hospital nao vai trazer minha mae de volta" is the field\'s answer', () => {
    const d = talk('ouvidoria do estado, quero registrar uma coisa', 'Reclamação', 'o hospital nao vai trazer minha mae de volta');
    expect(formOf(d)).toBe('ouvidoria');
  });
});
