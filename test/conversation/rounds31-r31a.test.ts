// The thirty-first session's rounds of r31a (3100 on): citizens who write Spanish or portunhol. Written from the
// citizen's side, with wordings of their own.
import { describe, expect, it } from 'vitest';
import { fromSpanish } from '../../src/conversation/spanish.ts';
import { said, stepOf, talk, talkOn } from './real.ts';

describe('round 3100: a Spanish message is read as the Portuguese it stands for, before every reader', () => {
  it('writes the Spanish words of a message in Portuguese, punctuation and numbers kept', () => {
    expect(fromSpanish('perdí mi licencia de conducir, ¿dónde saco otra?')).toBe('perdí minha licença de dirigir, ¿onde tiro outra?');
    expect(fromSpanish('hay que pagar el impuesto del coche?')).toBe('tem que pagar o imposto do carro?');
    expect(fromSpanish('quiero hacer una reclamación')).toBe('quero fazer uma reclamação');
  });
  it('leaves a Portuguese message as typed, its words shared with Spanish too', () => {
    for (const text of ['quero sacar dinheiro no banco', 'o que é LAS?', 'moro em são joão del rei', 'quem licencia é a prefeitura?', 'vou la no posto amanha', 'tenho um sitio e quero furar um poco']) {
      expect(fromSpanish(text), text).toBe(text);
    }
  });
  it('reads "de la" at the end of a clause as the Portuguese "de lá", and a town\'s "del Rei" as its name', () => {
    expect(fromSpanish('tengo licencia de conducir de la, puedo usar?')).toBe('tenho licença de dirigir de la, posso usar?');
    expect(fromSpanish('soy de venezuela y vivo en san joao del rei')).toBe('sou de venezuela e vivo em san joao del rei');
  });
  it('a first message in Spanish finds the service a Portuguese one finds', () => {
    expect(talk('me robaron la moto, como hago la denuncia?').state.focus).toBe(talk('roubaram minha moto, como faço a denúncia?').state.focus);
    expect(talk('necesito la segunda via de mi cedula de identidad').state.focus).toBe('cin-2a-via');
    expect(talk('quiero sacar la guia para transportar mis vacas').state.focus).toBe(talk('quero tirar a guia para transportar minhas vacas').state.focus);
  });
  it('a step named in Spanish opens that step', () => {
    const d = talkOn('itcd', 'paso a paso');
    d.say('quiero ver el paso 3');
    expect(stepOf(d)).toBe(3);
  });
  it('a question in Spanish on a card gets the card\'s answer', () => {
    const d = talkOn('seguro-desemprego', 'que documentos tengo que llevar?');
    expect(said(d)).toMatch(/carteira de trabalho|cpf/);
  });
  it('a consulate, a refuge or a naturalisation asked in Spanish or Portuguese is told to be elsewhere', () => {
    for (const text of ['donde esta la embajada de colombia?', 'onde fica o consulado do haiti?', 'quiero solicitar refugio en brasil', 'como me naturalizar brasileira?']) {
      const d = talk(text);
      expect(d.state.focus, text).toBeUndefined();
      expect(said(d), text).not.toMatch(/nao encontrei/);
    }
  });
  it('the choice of a form answered in Spanish ("-ción" words) is taken', () => {
    const d = talkOn('ouvidoria', 'registrar');
    d.say('sugerencia');
    expect(said(d)).not.toMatch(/escolha uma das op/);
  });
});

describe('round 3101: "quanto demora a X?" asks the time, "quanta demora!" is impatience', () => {
  it('asked how long a thing takes, with the thing named, the card answers the time', () => {
    for (const text of ['quanto demora a resposta?', 'quanto demora o resultado', 'cuanto demora la respuesta?']) {
      const d = talkOn('itcd', text);
      expect(said(d), text).toMatch(/quanto tempo leva/);
    }
  });
  it('impatience at the wait is still answered as such', () => {
    expect(said(talkOn('itcd', 'nossa, quanta demora'))).toMatch(/desculpe a demora/);
  });
});

describe('round 3102: "como renovo …?" keeps its verb in the search: renewing names the renewal', () => {
  it('renewing a school enrolment asked with "como" opens the re-enrolment, not the first enrolment', () => {
    for (const text of ['como renovo a matrícula do meu neto no colégio estadual?', 'como a gente renova a matricula da menina na estadual', 'como renovar a matricula na escola do estado']) {
      expect(talk(text).state.focus, text).toBe('renovacao-matricula');
    }
  });
  it('renewing other things still finds their own services', () => {
    expect(talk('como renovo minha habilitação vencida?').state.focus).toBe('cnh-renovacao');
    expect(talk('como renovo a carteira de pesca').state.focus).toBe('licenca-pesca');
  });
});

describe('round 3103: printing is a verb of a title too ("Consultar e imprimir boletim de ocorrência")', () => {
  it('"como imprimo …?" about a police report opens the report consultation, not a new report', () => {
    for (const text of ['como imprimo o boletim que registrei semana passada', 'como eu imprimo meu bo?']) {
      expect(talk(text).state.focus, text).toBe('consulta-reds');
    }
  });
  it('printing something else still finds its own service', () => {
    expect(talk('como imprimo meu contracheque do estado').state.focus).toBe('contracheque-servidor');
    expect(talk('como imprimo o histórico escolar').state.focus).toBe('historico-escolar');
  });
});

describe('round 3104: a lone "no" or "sí", thanks in English, a Spanish message in capitals', () => {
  it('a lone "no" or "sí" is the answer no or yes, not the Portuguese "no" (in the)', () => {
    expect(fromSpanish('No.')).toBe('não.');
    expect(fromSpanish('sí')).toBe('sim');
    expect(fromSpanish('no posto')).toBe('no posto');
  });
  it('"thanks" and "thank you" are thanks', () => {
    for (const text of ['thanks!', 'ok, thank you so much']) expect(said(talkOn('ipva', text)), text).toMatch(/de nada/);
  });
  it('a Spanish message written in capitals is read as Spanish too', () => {
    expect(fromSpanish('NECESITO EL PASO 2')).toBe('Preciso O Passo 2');
  });
});
