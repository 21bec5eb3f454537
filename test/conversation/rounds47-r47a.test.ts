// The forty-seventh session's rounds of helper r47a (an act the bot cannot do, asked of it, on a card: the card's way,
// the service kept). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are
// things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5920: a paper offered to the chat gets the card\'s sentence on how papers are handed in', () => {
  it('"consigo mandar a foto do rg por aqui?" on the prison visits: no file here, the papers handed in at the unit', () => {
    const d = talkOn('visita-presidio', 'consigo mandar a foto do rg por aqui?');
    expect(d.state.focus).toBe('visita-presidio');
    expect(said(d)).toMatch(/so recebo texto/);
    expect(said(d)).toMatch(/entregue os documentos/);
  });
  it('"posso enviar o comprovante em foto?" on the first ID card: the originals taken to the appointment', () => {
    const d = talkOn('cin-1a-via', 'posso enviar o comprovante em foto?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(said(d)).toMatch(/originais/);
  });
  it('"da pra eu mandar o relatorio do medico em foto?" on the Ciptea: where the documents are attached (Cidadão MG)', () => {
    const d = talkOn('ciptea', 'da pra eu mandar o relatorio do medico em foto?');
    expect(d.state.focus).toBe('ciptea');
    expect(said(d)).toMatch(/cidadao mg/);
    expect(said(d)).not.toMatch(/\brecebi\b/);
  });
  it('"vou mandar os documentos aqui pra vc ok?" on the IPVA exemption: the card\'s PDF attached to the request', () => {
    const d = talkOn('ipva-isencao', 'vou mandar os documentos aqui pra vc ok?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(said(d)).toMatch(/pdf/);
  });
  it('"posso mandar um video do desmatamento aqui?" on the environmental report: no sentence hands in, so the online form', () => {
    const d = talkOn('denuncia-ambiental', 'posso mandar um video do desmatamento aqui?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).toMatch(/formulario/);
  });
  it('guard: "posso mandar fotos junto?" on the Ouvidoria asks what the service takes (its own sentence, no chat notice)', () => {
    const d = talkOn('ouvidoria', 'posso mandar fotos junto?');
    expect(said(d)).toMatch(/anexe/);
    expect(said(d)).not.toMatch(/so recebo texto/);
  });
  it('guard: "me manda os documentos aqui" on the ID\'s 2nd copy asks the bot for the list', () => {
    expect(asked(talkOn('cin-2a-via', 'me manda os documentos aqui'))).toContain('documents');
  });
});

describe('round 5921: a booking ordered to the bot on a card without a form is declined with the card\'s way to book', () => {
  it('"consegue marcar no posto de identificacao pra mim sexta?" on the first ID card: the card kept, how it is booked', () => {
    const d = talkOn('cin-1a-via', 'consegue marcar no posto de identificacao pra mim sexta?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(d.state.view.at).toBe('service');
    expect(asked(d)).toContain('appointment');
  });
  it('"vc pode marcar na uai pra mim?" on the gov.br account: not the UAI booking\'s button, the card\'s way', () => {
    const d = talkOn('conta-govbr', 'vc pode marcar na uai pra mim?');
    expect(d.state.focus).toBe('conta-govbr');
    expect(asked(d)).toContain('appointment');
  });
  it('"marca o exame na clinica pra mim" on the licence renewal: the clinic booked on the Detran site, the card kept', () => {
    const d = talkOn('cnh-renovacao', 'marca o exame na clinica pra mim');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(said(d)).toMatch(/detran/);
  });
  it('"marca a entrevista com a assistente social" on the prison visits: the imperative opening is the order (not the Sine)', () => {
    const d = talkOn('visita-presidio', 'marca a entrevista com a assistente social');
    expect(d.state.focus).toBe('visita-presidio');
    expect(asked(d)).toContain('appointment');
    expect(said(d)).not.toMatch(/agendei|esta agendad/);
  });
  it('guard: "agenda minha doacao pra sabado" on the blood donation is answered with how it is booked, the card kept', () => {
    const d = talkOn('doacao-sangue', 'agenda minha doacao pra sabado');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(asked(d)).toContain('appointment');
  });
  it('guard: "marca pra mim" on the UAI booking starts its form', () => {
    expect(talkOn('agendamento-uai', 'marca pra mim').state.view.at).toBe('form');
  });
  it('guard: "marca a vistoria do meu carro pra mim" on the first ID card names another service: it takes the focus', () => {
    expect(talkOn('cin-1a-via', 'marca a vistoria do meu carro pra mim').state.focus).toBe('vistoria-veiculo');
  });
  it('guard: "quero agendar na uai" on the first ID card (no order to the bot) still starts the UAI booking', () => {
    const d = talkOn('cin-1a-via', 'quero agendar na uai');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(d.state.view.at).toBe('form');
  });
  it('guard: "agendar atendimento na uai" typed on the gov.br account is its button', () => {
    expect(talkOn('conta-govbr', 'agendar atendimento na uai').state.focus).toBe('agendamento-uai');
  });
  it('guard: "a autoescola pode marcar pra mim?" asks about someone else, no decline', () => {
    expect(said(talkOn('cnh-primeira-habilitacao', 'a autoescola pode marcar pra mim?'))).not.toMatch(/nao consigo agendar/);
  });
});

describe('round 5922: a notice or a reminder asked of the bot gets what the card says of when the result comes', () => {
  it('"vc pode me avisar quando o resultado sair?" on the Ciptea: its time (the result by e-mail), the card kept', () => {
    const d = talkOn('ciptea', 'vc pode me avisar quando o resultado sair?');
    expect(d.state.focus).toBe('ciptea');
    expect(asked(d)).toEqual(['time']);
  });
  it('"me manda um lembrete no dia da doacao" on the blood donation: how the date is booked, not the menu', () => {
    const d = talkOn('doacao-sangue', 'me manda um lembrete no dia da doacao');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(asked(d)).toEqual(['appointment']);
  });
  it('"consegue me lembrar o dia do exame?" on the category change: how the exam\'s date is booked', () => {
    const d = talkOn('cnh-mudanca-categoria', 'consegue me lembrar o dia do exame?');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(asked(d)).toEqual(['appointment']);
  });
  it('guard: "me lembra os documentos" on the first ID card is the list told again', () => {
    expect(asked(talkOn('cin-1a-via', 'me lembra os documentos'))).toContain('documents');
  });
  it('guard: "quem me avisa quando ficar pronta?" on the first ID card is a question of the time, as before', () => {
    expect(asked(talkOn('cin-1a-via', 'quem me avisa quando ficar pronta?'))).toContain('time');
  });
});
