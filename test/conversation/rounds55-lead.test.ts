// The fifty-fifth session's rounds of the lead. Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { inFormOf, said, talk, talkOn } from './real.ts';

describe('round 6760: a free card that still lists a charge is not answered with a bare "É gratuito."', () => {
  it('"vou ter que pagar alguma coisa?" on the notice of sale: free in general, and the fee after 60 days below it', () => {
    const d = talkOn('comunicacao-venda', 'vou ter que pagar alguma coisa?');
    expect(said(d)).toMatch(/em geral e \*gratuito\*, mas atencao:/);
    expect(said(d)).toMatch(/apos 60 dias, taxa paga por dae/);
    expect(said(d)).not.toMatch(/(^|\n)e \*gratuito\*\.$/m);
  });
  it('"e caro?" on the DAE: free in general, the tax itself paid', () => {
    const d = talkOn('dae', 'e caro?');
    expect(said(d)).toMatch(/em geral e \*gratuito\*, mas atencao:/);
    expect(said(d)).toMatch(/valor da taxa ou do tributo/);
  });
  it('the card of the fines and points says free in general, with a charge, not a bare "Gratuito."', () => {
    const d = talkOn('multas-pontuacao');
    expect(said(d)).toMatch(/gratuito em geral; pode haver custo/);
  });
  it('guard: a free card with no charge ("quanto custa" on the blood donation) stays plainly free', () => {
    const d = talkOn('doacao-sangue', 'quanto custa?');
    expect(said(d)).toMatch(/^e \*gratuito\*\.$/m);
    expect(said(d)).not.toMatch(/em geral e gratuito/);
  });
});

describe('round 6761: a moment asked at the edge of a message, with what is going on around it, is a pause', () => {
  it('"peraí o ônibus tá chegando" while the town is asked: the town waits, nothing is put right', () => {
    const d = inFormOf('agendamento-uai', 'Joana Teste Souza', '123.456.789-09', 'peraí o ônibus tá chegando');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
    expect(said(d)).toMatch(/sem pressa/);
    expect(said(d)).not.toMatch(/corrigir/);
  });
  it('"a bateria ta acabando aqui, aguarda um pouco": the moment asked at the end, the town waits', () => {
    const d = inFormOf('agendamento-uai', 'Joana Teste Souza', '123.456.789-09', 'a bateria ta acabando aqui, aguarda um pouco');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
    expect(said(d)).toMatch(/sem pressa/);
  });
  it('"pera, chamaram minha senha aqui no banco": others who did something, the town waits', () => {
    const d = inFormOf('agendamento-uai', 'Joana Teste Souza', '123.456.789-09', 'pera, chamaram minha senha aqui no banco');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
    expect(said(d)).toMatch(/sem pressa/);
  });
  it('"pera, a moça falou que foi o outro cpf" puts something right: no pause (nor in the older reading of a pause after a comma)', () => {
    const d = inFormOf('agendamento-uai', 'Joana Teste Souza', '123.456.789-09', 'pera, a moça falou que foi o outro cpf');
    expect(said(d)).not.toMatch(/sem pressa/);
  });
  it('guard: "ta acontecendo agora nesse minuto" on the environmental report is no pause', () => {
    const d = talkOn('denuncia-ambiental', 'ta acontecendo agora nesse minuto');
    expect(said(d)).not.toMatch(/sem pressa/);
  });
});

describe('round 6762: the wish to send the ombudsman a message, with the body complained of or "pelo formulário", starts its form', () => {
  it('"queria reclamar na ouvidoria da jucemg": the ombudsman\'s form opens on its first field', () => {
    const d = talk('queria reclamar na ouvidoria da jucemg');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 0 });
  });
  it('"quero mandar uma mensagem pra ouvidoria do estado pelo formulário": the form opens', () => {
    const d = talk('quero mandar uma mensagem pra ouvidoria do estado pelo formulário');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 0 });
  });
  it('"quero escrever pra ouvidoria do estado, pelo formulário": the form opens', () => {
    const d = talk('quero escrever pra ouvidoria do estado, pelo formulário');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 0 });
  });
  it('guard: "quero reclamar na ouvidoria do meu condominio" names no state body: the card, no form', () => {
    const d = talk('quero reclamar na ouvidoria do meu condominio');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 6763: a form\'s answer said with more around it — two refusals, one CPF among figures, the new town named', () => {
  it('"Minha mãe não tem e-mail e eu prefiro não passar o meu" on the optional e-mail: left blank, the summary follows', () => {
    const d = inFormOf('ouvidoria', 'Reclamação', 'Secretaria de Estado de Educação', 'Montes Claros', 'A escola estadual do bairro está sem merenda há duas semanas e ninguém informa o motivo.', 'Minha mãe não tem e-mail e eu prefiro não passar o meu');
    expect(d.state.view.at).toBe('confirm');
  });
  it('"confundi, o número certo é 529.982.247-25, o 3 parecia um 8" at the CPF: that CPF is taken, the town asked', () => {
    const d = inFormOf('cin-2a-via', 'Joana Teste Souza', 'confundi, o número certo é 529.982.247-25, o 3 parecia um 8');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2, answers: { cpf: '529.982.247-25' } });
  });
  it('guard: two CPFs written whole ("529.982.247-25 ou 529.982.247-26?") are no answer: the CPF is asked again', () => {
    const d = inFormOf('cin-2a-via', 'Joana Teste Souza', '529.982.247-25 ou 529.982.247-26');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });
  it('"pode ser na cidade nova mesmo, uberaba" at the town: Uberaba is taken', () => {
    const d = inFormOf('cin-2a-via', 'Joana Teste Souza', '529.982.247-25', 'pode ser na cidade nova mesmo, uberaba');
    expect(d.state.view).toMatchObject({ at: 'form', field: 3, answers: { municipio: 'Uberaba' } });
  });
});

describe('round 6764: the wish to book, in a clause of its own beside a story, opens the booking and its form', () => {
  it('"agendar na uai urgente, furtaram minha carteira com tudo": the UAI booking\'s form (the hurry names nothing)', () => {
    const d = talk('agendar na uai urgente, furtaram minha carteira com tudo');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('"marcar uai urgente, minha bolsa foi furtada": the booking\'s card replaces the theft report\'s, and the form starts', () => {
    const d = talk('marcar uai urgente, minha bolsa foi furtada');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('"agendar uai urgente, roubaram meus documentos no onibus": the list the story found gives way to the booking\'s form', () => {
    const d = talk('agendar uai urgente, roubaram meus documentos no onibus');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
    expect(d.last?.replies.some((r) => r.hint?.kind === 'results')).toBe(false);
  });
  it('guard: "quero renovar a cnh e agendar na uai" wishes two things: the list stays, no form', () => {
    const d = talk('quero renovar a cnh e agendar na uai');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 6765: a kind of message the Ouvidoria\'s form offers ("sugestão", "elogio"), wished beside a subject, starts that form', () => {
  it('"queria dar uma sugestão pro governo sobre as linhas de ônibus": the Ouvidoria\'s form, not the bus timetables', () => {
    const d = talk('queria dar uma sugestão pro governo sobre as linhas de ônibus');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 0 });
  });
  it('guard: "quero fazer uma reclamação sobre o SUS, a fila da cirurgia não anda": the SUS ombudsman, which takes complaints itself', () => {
    const d = talk('quero fazer uma reclamação sobre o SUS, a fila da cirurgia não anda');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });
});

describe('round 6766: on a 1st copy\'s card, the document named and told spoilt or lost asks for its 2nd copy', () => {
  it('"já tenho rg, mas o cachorro mordeu ele, preciso de outro" on the CIN\'s 1st copy: the 2nd copy', () => {
    const d = talkOn('cin-1a-via', 'já tenho rg, mas o cachorro mordeu ele, preciso de outro');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('"minha filha já tem identidade, só que rasgou no meio, ainda é a primeira?" on the 1st copy: the 2nd copy', () => {
    const d = talkOn('cin-1a-via', 'minha filha já tem identidade, só que rasgou no meio, ainda é a primeira?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "da outra vez perdi um dia inteiro na fila, obrigado" on the renewal keeps the renewal', () => {
    const d = talkOn('cnh-renovacao', 'da outra vez perdi um dia inteiro na fila, obrigado');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
});

describe('merge of rounds 6701 and 6720: a case told and a question that agree on another act are no comparison with the card', () => {
  it('"mês passado a upa aqui do bairro ficou sem médico, onde eu reclamo?" on the blood donation: an ombudsman, not where to donate', () => {
    const d = talkOn('doacao-sangue', 'mês passado a upa aqui do bairro ficou sem médico, onde eu reclamo?');
    expect(['ouvidoria', 'ouvidoria-saude']).toContain(d.state.focus);
  });
  it('guard: "quando morei em goiás me cobraram uma taxa, aqui também cobram?" stays a comparison on the card', () => {
    const d = talkOn('doacao-sangue', 'quando morei em goiás me cobraram uma taxa, aqui também cobram?');
    expect(d.state.focus).toBe('doacao-sangue');
  });
});
