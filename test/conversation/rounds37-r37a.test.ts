// The thirty-seventh session's r37a rounds: first messages that found the wrong service or none. Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk } from './real.ts';

describe('round 4200: the plain service of a subject, named with the citizen’s own thing', () => {
  it('the IPVA of one’s own vehicle this year opens the IPVA, not a list of its kin', () => {
    const d = talk('quanto que ta o ipva da minha caminhonete esse ano');
    expect(d.state.focus).toBe('ipva');
  });
  it('whether one has a traffic fine opens the fines’ lookup, not the appeal', () => {
    const d = talk('queria saber se eu tenho alguma multa de transito');
    expect(d.state.focus).toBe('multas-pontuacao');
  });
  it('a kin named by its own word still opens that kin (guard)', () => {
    expect(talk('quero parcelar o ipva atrasado da moto').state.focus).toBe('ipva-parcelamento');
  });
  it('a name several services share ("segunda via") is still a list to choose from (guard)', () => {
    const d = talk('segunda via');
    expect(d.state.focus).toBeUndefined();
  });
  it('a licence got abroad, told in the past, is not the first licence (guard)', () => {
    expect(talk('tirei habilitação no paraguai e agora moro em minas, como fica?').state.focus).not.toBe('cnh-primeira-habilitacao');
  });
});

describe('round 4201: "uai" after a preposition is the UAI, not the interjection', () => {
  it('booking at the UAI with hands held together opens the UAI booking', () => {
    const d = talk('marcar atendimento na uai 🙏');
    expect(d.state.focus).toBe('agendamento-uai');
  });
  it('"uai" opening thanks is still small talk (guard)', () => {
    expect(kinds(talk('uai, brigadão'))).toEqual(['small_talk']);
  });
});

describe('round 4202: what someone else asks the citizen for, then what it is for', () => {
  it('the certificate the new shop asked for, "pra eu começar", opens the police certificate', () => {
    expect(talk('a loja nova pediu nada consta pra eu comecar na segunda').state.focus).toBe('antecedentes-criminais');
  });
  it('needing the certificate "pra vaga de…", the interview told after, opens the certificate, not the jobs', () => {
    expect(talk('preciso do nada consta pra vaga de vigia, a entrevista é amanha cedo').state.focus).toBe('antecedentes-criminais');
  });
});

describe('round 4203: a driving licence brought "pra cá" by one who moved from another state', () => {
  it('moved from Goiás, bringing the licence here, is the transfer from another state', () => {
    expect(talk('mudei de goias pra uberaba e preciso passar minha carteira de motorista pra ca').state.focus).toBe('cnh-transferencia-estado');
  });
  it('asked as a question, the same', () => {
    expect(talk('sai de sao paulo e vim morar em bh, como passo minha habilitacao pra ca?').state.focus).toBe('cnh-transferencia-estado');
  });
  it('moved within Minas, no other state said, is not the transfer (guard)', () => {
    expect(talk('mudei pra bh, quero passar minha cnh pra ca').state.focus).not.toBe('cnh-transferencia-estado');
  });
});

describe('round 4204: a popular name said whole that holds a follow-up cue’s word', () => {
  it('how to get the motorbike’s document this year opens the licensing', () => {
    expect(talk('como faço pra tirar o documento da moto desse ano').state.focus).toBe('crlv-licenciamento');
  });
  it('where to get it is answered with where, the name’s "documento" asking for no documents', () => {
    const d = talk('onde eu tiro o documento da moto deste ano?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(asked(d)).toEqual(['where']);
  });
});

describe('round 4205: a tax falling due is not one overdue', () => {
  it('the IPVA that falls due this week opens the IPVA, not its instalments for overdue debt', () => {
    expect(talk('o ipva da minha moto vence semana que vem e eu to no hospital').state.focus).toBe('ipva');
  });
  it('the IPVA said overdue still opens the instalments (guard)', () => {
    expect(talk('meu ipva ta vencido faz tempo, como faço').state.focus).toBe('ipva-parcelamento');
  });
});
