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
    expect(kinds(call)).toEqual(['notice', 'notice']);
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

describe('round 1122: with nothing in view, the question\'s own words may name the service asked for', () => {
  it('"gerar", "emitir", "taxa" taken by the question still name the DAE when the message as typed finds it clearly', () => {
    for (const q of ['como gero o boleto da taxa do detran?', 'como emito a guia do estado pra pagar a taxa da vistoria?', 'preciso pagar a taxa do ima, como gero a guia do estado?']) {
      expect(talk(q).state.focus).toBe('dae');
    }
  });

  it('what stays: a story whose words brush another service keeps the one the naming words find', () => {
    expect(talk('meu pai faleceu mes passado e deixou uma casa e um carro pros filhos, tem q pagar algum imposto?').state.focus).toBe('itcd');
    expect(talk('Como faço para matricular meu filho de 5 anos numa escola estadual para o ano que vem?').state.focus).toBe('cadastro-escolar');
    expect(talk('sou taxista autonomo, tenho direito a nao pagar ipva?').state.focus).toBe('ipva-isencao');
  });
});

describe('round 1123: where something was lost is the story; a clause after it is not', () => {
  it('"perdi … na rodoviaria, tenho que registrar bo?" asks for the report of lost documents', () => {
    for (const q of ['perdi minha identidade na rodoviaria, tenho que registrar bo?', 'perdi minha carteira de trabalho na rua, tenho q fazer bo?', 'perdi meu rg no metro, preciso fazer boletim?']) {
      expect(talk(q).state.focus).toBe('bo-perda-documentos');
    }
  });

  it('what stays: the place alone, or a clause asking for another copy, is still the second copy', () => {
    expect(talk('perdi minha cnh ontem no onibus').state.focus).toBe('cnh-2a-via');
    expect(talk('perdi meu rg na rodoviaria, como tiro outro?').state.focus).toBe('cin-2a-via');
  });
});
