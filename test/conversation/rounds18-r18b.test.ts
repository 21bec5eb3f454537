// The eighteenth session's rounds of helper r18b (1120 on): first messages and changes of subject. One `describe` per
// round; each test was checked to fail on the code before its round. Written from the citizen's side, in the informal
// way people type on a phone, in wordings and on services other than the dialogues that showed the cause.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talk>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 1120: a clause that only drops what was talked about, then a new request', () => {
  it('in a form, the request is cancelled and what follows is read as a first message', () => {
    const cases: [string[], string][] = [
      [['segunda via do rg', 'faz o pre agendamento', 'esquece o rg, minha cnh venceu como renovo?'], 'cnh-renovacao'],
      [['ouvidoria', 'pode registrar', 'esquece, quero pagar o ipva'], 'ipva'],
      [['segunda via do rg', 'faz o pre agendamento', 'deixa pra la, quero ver o ipva do carro'], 'situacao-veiculo'],
    ];
    for (const [messages, id] of cases) {
      const before = talk(...messages.slice(0, -1));
      expect(before.state.view.at).toBe('form');
      const d = talk(...messages);
      expect(kinds(d)[0]).toBe('notice');
      expect(d.state.focus).toBe(id);
      expect(d.state.view.at).toBe('service');
    }
  });

  it('in a form, a subject handled elsewhere after the dropping clause says who handles it', () => {
    const d = talk('ouvidoria', 'pode registrar', 'esquece isso, como tiro passaporte?');
    expect(kinds(d)).toEqual(['notice', 'elsewhere']);
  });

  it('on a card, the dropping clause may name the card in view by its own names', () => {
    expect(talkOn('ipva', 'esquece o ipva, quero ver minhas multas').state.focus).toBe('multas-pontuacao');
    expect(talkOn('cin-2a-via', 'deixa a identidade pra la, quero renovar a cnh').state.focus).toBe('cnh-renovacao');
    const d = talkOn('dae', 'esquece a guia, como tiro a licenca de pesca?');
    expect(d.state.focus).toBe('licenca-pesca');
    expect(asked(d)).toEqual(['how']);
  });

  it('what stays: another way of doing it only cancels; a question about the form\'s own service is answered', () => {
    const call = talk('segunda via do rg', 'faz o pre agendamento', 'esquece, vou ligar no 155');
    expect(kinds(call)).toEqual(['notice', 'menu']);
    const cost = talk('ouvidoria', 'pode registrar', 'esquece isso, quanto custa?');
    expect(cost.state.focus).toBe('ouvidoria');
    expect(asked(cost)).toEqual(['cost']);
    // A dropping clause that names something else than the card in view is no dropping clause.
    expect(talkOn('licenca-pesca', 'esquece a pesca, quanto custa?').state.focus).toBe('licenca-pesca');
  });
});

describe('round 1121: going back, said alone, is going back to the service seen just before', () => {
  it('a question after a bare "voltando," is asked of the service seen before the one in view', () => {
    const ipva = talk('licenciamento do carro', 'e o ipva, quanto custa?');
    expect(ipva.state.focus).toBe('ipva');
    const back = talk('licenciamento do carro', 'e o ipva, quanto custa?', 'voltando, da pra pagar no pix?');
    expect(back.state.focus).toBe('crlv-licenciamento');
    const time = talk('licenciamento do carro', 'e o ipva, quanto custa?', 'mas voltando ao assunto, quanto tempo demora?');
    expect(time.state.focus).toBe('crlv-licenciamento');
    expect(asked(time)).toEqual(['time']);
  });

  it('words that name no service, after "voltando,", are asked of the one seen before', () => {
    const d = talk('quero terminar o ensino medio, tenho 40 anos', 'e curso tecnico, tem?', 'retomando, tem como ser em horario flexivel? eu trabalho de turno');
    expect(d.state.focus).toBe('eja');
    expect(text(d)).toContain('Cesec');
  });

  it('what stays: with nothing seen before, or another service named, "voltando" changes nothing', () => {
    expect(talkOn('ipva', 'voltando, da pra pagar no pix?').state.focus).toBe('ipva');
    expect(talk('licenciamento do carro', 'e o ipva, quanto custa?', 'voltando, e a cnh, como renovo?').state.focus).toBe('cnh-renovacao');
  });
});
