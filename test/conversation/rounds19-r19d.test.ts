// The nineteenth session's rounds of r19d (1460 on), one `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';
import type { EngineDriver } from '../support/catalogue.ts';

/** The text of the last turn's replies. */
const said = (d: EngineDriver): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');
/** The service put first: the one in focus, or on a list of results the first listed. */
const firstOffered = (d: EngineDriver): string | undefined =>
  d.state.view.at === 'results' ? (d.last?.replies ?? []).flatMap((r) => r.options ?? []).find((o) => o.id.startsWith('svc:'))?.id.slice(4) : d.state.focus;
/** The form field on screen (its index), or undefined outside a form. */
const fieldAt = (d: EngineDriver): number | undefined => (d.state.view.at === 'form' ? d.state.view.field : undefined);

describe('round 1460: in a form, an "ok" or a thanks before the name, and digits of another request, are read as such', () => {
  it('"ah beleza. meu nome é …" at the name field is the name, after a question or not, on both forms that ask it', () => {
    const cases: [string, string[]][] = [
      ['agendamento-uai', ['pode marcar pra mim?', 'qto custa esse agendamento?', 'ah beleza. meu nome é ana clara mendes']],
      ['agendamento-uai', ['pode marcar pra mim?', 'ok, me chamo João Pedro Alves']],
      ['cin-2a-via', ['marca pra mim', 'obrigada! me chamo Maria das Dores Silva']],
      ['cin-2a-via', ['marca pra mim', 'ta bom. meu nome é Raimundo Nonato Souza']],
      ['cin-2a-via', ['marca pra mim', 'blz, aqui é a dona Geralda Ferreira Lima']],
    ];
    for (const [id, msgs] of cases) {
      const d = talkOn(id, ...msgs);
      expect(kinds(d), msgs.join(' | ')).not.toContain('small_talk');
      expect(fieldAt(d), msgs.join(' | ')).toBe(1);
    }
  });

  it('the name is kept without the words around it', () => {
    const d = talkOn('cin-2a-via', 'marca pra mim', 'blz, aqui é a dona Geralda Ferreira Lima');
    expect(d.state.view.at === 'form' ? d.state.view.answers : {}).toEqual({ nome: 'Geralda Ferreira Lima' });
  });

  it('still small talk outside the name field, and a title with a first name only asks for the full name', () => {
    expect(kinds(talk('oi, aqui é a dona maria, tenho 78 anos'))).not.toContain('card');
    const d = talkOn('cin-2a-via', 'marca pra mim', 'ok, aqui é a dona maria');
    expect(fieldAt(d)).toBe(0);
    expect(said(d)).toMatch(/nome completo/i);
  });

  it('"e a cnh, como tiro a 2 via dela?" at the town field asks about the other service', () => {
    const cases: [string, string[], string][] = [
      ['cin-2a-via', ['pode agendar pra mim', 'natalia siqueira', '731.846.250-44', 'ah e a cnh, que tb sumiu junto, como tiro a 2 via dela?'], 'cnh-2a-via'],
      ['cin-2a-via', ['pode agendar pra mim', 'natalia siqueira', '731.846.250-44', 'e a 2ª via da cnh, onde eu peço?'], 'cnh-2a-via'],
      ['agendamento-uai', ['pode marcar pra mim?', 'ana clara mendes', '731.846.250-44', 'e o ipva 2026 do meu carro, qnto ta?'], 'ipva'],
    ];
    for (const [id, msgs, other] of cases) {
      const d = talkOn(id, ...msgs);
      expect(kinds(d), msgs[3]).toContain('leave_form');
      expect(d.state.view.at === 'leave' ? d.state.view.target : undefined, msgs[3]).toBe(other);
    }
  });

  it('digits are still a try at the CPF or a short answer, and a town is still a town', () => {
    const d = talkOn('cin-2a-via', 'pode agendar pra mim', 'natalia siqueira', '731.846.250-4');
    expect(fieldAt(d)).toBe(1);
    const e = talkOn('cin-2a-via', 'pode agendar pra mim', 'natalia siqueira', '731.846.250-44', 'Divinópolis');
    expect(fieldAt(e)).toBe(3);
  });
});

describe('round 1461: a private rent contract, the federal ITR and a private college\'s papers are handled elsewhere', () => {
  it('the rent contract between landlord and tenant, in several words', () => {
    for (const text of [
      'o proprietario quer me cobrar multa pq vou sair antes do fim do contrato de aluguel, ele pode?',
      'sou inquilina e o dono quer aumentar o aluguel, pode?',
      'o senhorio nao quer devolver a caucao',
      'meu locador ta ameaçando despejo pq atrasei 2 meses',
    ]) {
      const d = talk(text);
      expect(kinds(d), text).toEqual(['elsewhere']);
      expect(said(d), text).toMatch(/aluguel/);
    }
    // Asked again right after it: the same answer, no traffic fine.
    const d = talk('o proprietario quer me cobrar multa pq vou sair antes do fim do contrato de aluguel, ele pode?', 'e se eu nao pagar?');
    expect(kinds(d)).toEqual(['elsewhere']);
  });

  it('the ITR, declared to the Receita Federal, and doubting it right after', () => {
    for (const text of ['como eu declaro o itr da minha terra esse ano', 'prazo pra entregar a declaração do ITR', 'onde pago o imposto territorial rural do sitio']) {
      const d = talk(text);
      expect(kinds(d), text).toEqual(['elsewhere']);
      expect(said(d), text).toMatch(/Receita Federal/);
    }
    const d = talk('como eu declaro o itr da minha terra esse ano', 'nao é na fazenda estadual?');
    expect(kinds(d)).toEqual(['elsewhere']);
  });

  it('the papers of a private school or college: its own; a State school\'s: the catalogue\'s', () => {
    for (const text of ['Preciso da segunda via do diploma da minha faculdade particular. Como solicito?', 'como pego o historico escolar da escola particular onde estudei', 'perdi o certificado do curso particular de informatica, onde peço outro']) {
      expect(kinds(talk(text)), text).toEqual(['elsewhere']);
    }
    expect(talk('Preciso da segunda via do diploma da minha faculdade particular. Como solicito?', 'E do ensino médio, que fiz em escola estadual?').state.focus).toBe('historico-escolar');
  });

  it('what must not change: the ITCD with the ITR among its documents, inheritance of land, the taxi\'s exemption, a State school', () => {
    expect(talk('minha avo morreu e deixou um sitio, preciso do itr pro itcd?').state.focus).toBe('itcd');
    expect(talk('meu pai deixou uma fazenda de herança, como pago o imposto?').state.focus).toBe('itcd');
    expect(talk('sou taxista, tenho isencao de ipva do carro de aluguel?').state.focus).toBe('ipva-isencao');
    expect(talk('preciso do historico da escola estadual').state.focus).toBe('historico-escolar');
  });
});

describe('round 1462: dogs and cats are the town\'s, and "no Brasil" is no football', () => {
  it('neutering, strays and mistreated pets: the town and the police, also asked right after', () => {
    for (const text of ['minha vizinha tem 8 cachorro e ta dando cria direto, onde castra de graça aqui em contagem', 'onde denuncio maus tratos a cachorro', 'tem um cachorro abandonado na minha rua, quem recolhe?', 'onde tem castração gratuita de gato em betim']) {
      const d = talk(text);
      expect(kinds(d), text).toEqual(['elsewhere']);
      expect(said(d), text).toMatch(/prefeitura/);
    }
    const d = talk('minha vizinha tem 8 cachorro e ta dando cria direto, onde castra de graça aqui em contagem', 'e se ela maltratar os cachorro, tem onde denunciar?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/190/);
  });

  it('"valer no Brasil" finds the equivalence of studies, not the football reply ("brasileirão" stems to "brasil")', () => {
    for (const text of ['Sou venezuelana, moro em Uberlândia e terminei o bachillerato na Venezuela. Como faço para meu estudo valer no Brasil?', 'estudei na bolivia, como faço pra meu certificado valer no brasil?']) {
      expect(talk(text).state.focus, text).toBe('equivalencia-estudos');
    }
  });

  it('what must not change: wild animals and cattle, and the football chat', () => {
    expect(talk('quero denunciar caça de animal silvestre').state.focus).toBe('denuncia-ambiental');
    expect(talk('preciso da gta pra levar os bezerro pra goias').state.focus).toBe('gta');
    for (const text of ['qual a tabela do brasileirao', 'quem ganhou o jogo do galo']) expect(kinds(talk(text)), text).toEqual(['elsewhere']);
  });
});

describe('round 1463: right after who handles a subject elsewhere, "where is it attended?" asks about it again', () => {
  it('the same answer, no card of the UAI scheduling', () => {
    const cases: [string, string, RegExp][] = [
      ['Como peço auxílio-doença no INSS? Machuquei o joelho no trabalho.', 'E o atendimento é feito onde?', /INSS/],
      ['como tiro passaporte', 'e onde é o atendimento?', /Polícia Federal/],
      ['como saco meu fgts', 'qual o endereço pra ir la?', /Governo Federal/],
      ['como saco meu fgts', 'onde atende?', /Governo Federal/],
    ];
    for (const [first, next, who] of cases) {
      const d = talk(first, next);
      expect(kinds(d), `${first} → ${next}`).toEqual(['elsewhere']);
      expect(said(d), next).toMatch(who);
    }
  });

  it('a service named after it is still opened, and the word alone with nothing before is still searched', () => {
    expect(talk('como tiro passaporte', 'e agendar atendimento na uai pra cnh?').state.focus).toBe('agendamento-uai');
    expect(kinds(talk('E o atendimento é feito onde?'))).not.toEqual(['elsewhere']);
  });
});

describe('round 1464: a relative who went missing is the missing-person report, not a theft', () => {
  it('kin as the subject of the disappearance, and the phone the person does not answer', () => {
    for (const text of [
      'meu pai desapareceu',
      'minha mae desapareceu ontem',
      'meu marido sumiu',
      'meu irmao sumiu desde ontem e nao atende o celular',
      'meu neto sumiu desde ontem de noite, nao atende o celular, to desesperada',
      'meu colega de republica sumiu faz dois dias, ninguem sabe dele e o celular so da desligado',
    ]) {
      expect(firstOffered(talk(text)), text).toBe('pessoa-desaparecida');
    }
    // Asked about right after, the first listed answers.
    const d = talk('meu colega de republica sumiu faz dois dias, ninguem sabe dele e o celular so da desligado', 'qualquer um pode registrar ou tem q ser da familia?');
    expect(d.state.focus).toBe('pessoa-desaparecida');
  });

  it('what must not change: a phone stolen, kin in other stories, the inheritance of a relative', () => {
    expect(talk('roubaram meu celular').state.focus).toBe('bo-furto');
    expect(talk('meu celular sumiu, acho que foi furto').state.focus).toBe('bo-furto');
    expect(talk('meu pai morreu e deixou uma casa, tem imposto?').state.focus).toBe('itcd');
    expect(talk('a operadora nao atende o celular').state.focus).toBeUndefined();
    expect(talk('como mando dinheiro pro meu filho pelo celular').state.focus).toBeUndefined();
  });
});

describe('round 1465: cattle by the farmer\'s words, and "levar os bicho", find the animal transit guide', () => {
  it('garrote, bezerro, novilha and "os bicho" carried: the GTA first', () => {
    for (const text of [
      'o fiscal parou o caminhao com meus garrote na estrada e pediu a guia, que guia é essa e onde tiro',
      'o caminhao vem buscar os bezerros sabado, que documento precisa pra levar os bicho?',
      'vou levar umas novilha pro leilao, precisa de guia?',
      'como transporto os bicho pra outra fazenda',
    ]) {
      const d = talk(text);
      expect(firstOffered(d), text).toBe('gta');
    }
  });

  it('what must not change: selling cattle asks for the invoice, and pets are not cattle', () => {
    expect(talk('vendi uns garrote, como tiro a nota?').state.focus).toBe('nota-fiscal-avulsa');
    expect(kinds(talk('tem um cachorro abandonado na minha rua, quem recolhe?'))).toEqual(['elsewhere']);
  });
});
