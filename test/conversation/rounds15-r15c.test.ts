// The fifteenth session's rounds by helper r15c (550–555), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 550: putting it off ("vou pensar e depois volto") is a social turn, not a search nor "go back"', () => {
  for (const said of ['vou pensar e depois volto', 'ta bom, volto mais tarde, obrigada', 'blz, qualquer coisa eu volto']) {
    it(`"${said}" puts no service forward and keeps the card`, () => {
      const d = talkOn('ipva', said);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBe('ipva');
      expect(d.last?.replies[0]?.text).toMatch(/sem pressa/);
    });
  }

  it('"vou pensar aqui, depois eu volto" with nothing in focus opens no service', () => {
    const d = talk('oi', 'vou pensar aqui, depois eu volto');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"volta" alone still goes back', () => {
    const d = talkOn('ipva', 'quanto custa?', 'volta');
    expect(kinds(d)).not.toEqual(['small_talk']);
    expect(d.state.view.at).toBe('menu');
  });
});

describe('round 551: help with a thing not yet named ("um trem do meu pai") is the request for help', () => {
  for (const said of ['preciso de ajuda com uma coisa', 'tô precisando de ajuda com um negócio da minha mãe', 'preciso de ajuda com um trem do meu avô']) {
    it(`"${said}" gets the help, not a "not found" nor the documents`, () => {
      const d = talk('bom dia', said);
      expect(kinds(d)).toEqual(['help']);
      expect(d.state.focus).toBeUndefined();
    });
  }

  it('"preciso de ajuda com o ipva do meu pai" still opens the IPVA', () => {
    expect(talk('preciso de ajuda com o ipva do meu pai').state.focus).toBe('ipva');
  });
});

describe('round 552: a consultation at the neighbourhood "postinho" is the prefeitura\'s', () => {
  for (const said of ['quero marcar consulta no postinho do meu bairro', 'preciso marcar um clínico geral no posto do bairro', 'como marco consulta com o médico do postinho?']) {
    it(`"${said}" says who handles it, with no service`, () => expectElsewhere(said));
  }

  it('a servant asking for a consultation by the IPSEMG still gets the IPSEMG', () => {
    expect(talk('sou servidor e quero marcar consulta pelo ipsemg').state.focus).toBe('ipsemg');
  });
});

describe('round 553: in a walkthrough, a question about "essa etapa" answers it, never starting the steps again', () => {
  for (const said of ['quanto custa essa etapa?', 'quanto custa esse passo?']) {
    it(`"${said}" on the 3rd step answers the cost of the service in view`, () => {
      const d = talkOn('abrir-empresa');
      d.press('Passo a passo');
      d.press('Próxima etapa');
      d.press('Próxima etapa');
      d.say(said);
      expect(asked(d)).toEqual(['cost']);
      expect(d.state.focus).toBe('abrir-empresa');
    });
  }

  it('"me mostra as etapas" on the card still starts the walkthrough', () => {
    expect(kinds(talkOn('abrir-empresa', 'me mostra as etapas'))).toContain('step');
  });
});

describe('round 554: "tem prazo?" gets the deadline the notice gives, besides the time it takes', () => {
  it('on the appeal against a fine, "tem prazo?" quotes the deadline in the notice', () => {
    const d = talkOn('recurso-multa', 'tem prazo?');
    expect(asked(d)).toEqual(['time']);
    expect(d.last?.replies.map((r) => r.text).join(' ')).toMatch(/prazo indicado na notificação/);
  });

  it('"existe algum prazo?" on the driver indication quotes the notice\'s deadline', () => {
    const d = talkOn('indicacao-condutor', 'existe algum prazo?');
    expect(d.last?.replies.map((r) => r.text).join(' ')).toMatch(/prazo da notificação/);
  });

  it('"tem prazo pra sair?" asks how long it takes, no deadline quoted', () => {
    const d = talkOn('recurso-multa', 'tem prazo pra sair?');
    expect(d.last?.replies.map((r) => r.text).join(' ')).not.toMatch(/prazo indicado na notificação/);
  });
});

describe('round 555: a decade said as when ("nos anos 70", "na década de 80") is never searched', () => {
  for (const said of ['preciso do histórico escolar do meu pai, ele estudou em escola estadual nos anos 80', 'preciso do histórico escolar, estudei em escola estadual nos anos noventa']) {
    it(`"${said}" opens the transcript`, () => {
      expect(talk(said).state.focus).toBe('historico-escolar');
    });
  }

  it('"quero o histórico escolar da minha avó que estudou em escola estadual na década de 60" still opens the transcript', () => {
    expect(talk('quero o histórico escolar da minha avó que estudou em escola estadual na década de 60').state.focus).toBe('historico-escolar');
  });
});
