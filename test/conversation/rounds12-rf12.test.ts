// The twelfth session's rounds by helper rf12 (310–319), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talk } from './real.ts';

describe('round 310: "pegaram meu celular" is a theft', () => {
  it('"quer dizer, nao foi golpe, pegaram meu celular da mochila" on the scam report opens the theft report', () => {
    const d = talk('bo de golpe');
    expect(d.state.focus).toBe('bo-estelionato');
    d.say('quer dizer, nao foi golpe, pegaram meu celular da mochila');
    expect(d.state.focus).toBe('bo-furto');
  });
  it('"pegaram minha bolsa no onibus" as a first message opens the theft report', () => {
    expect(talk('pegaram minha bolsa no onibus').state.focus).toBe('bo-furto');
  });
});

describe('round 311: "quais papel o médico tem que preencher", without "?", asks for the documents', () => {
  it('on the expensive medicines card, the documents answer, not the step-by-step of the request', () => {
    const d = talk('minha mae precisa de um remedio pra artrite q é mt caro, o estado fornece?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    d.say('quais papel o medico tem q preencher');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(asked(d)).toContain('documents');
  });
});

describe('round 312: a correction\'s first clause names the service; the story after the pause does not muddle it', () => {
  it('"na verdade queria a visita por video, moro em outro estado" on the prison visit opens the virtual visit', () => {
    const d = talk('cadastro pra visita no presidio');
    expect(d.state.focus).toBe('visita-presidio');
    d.say('na verdade queria a visita por video, moro em outro estado');
    expect(d.state.focus).toBe('visita-virtual');
  });
});

describe('round 313: a denial closed by "não" before the correction cue ends at its comma', () => {
  it('"nao é sucata nao, quis dizer o carro que foi levado pro patio" on the write-off opens the towed vehicle', () => {
    const d = talk('baixa de veiculo');
    expect(d.state.focus).toBe('baixa-veiculo');
    d.say('nao é sucata nao, quis dizer o carro que foi levado pro patio');
    expect(d.state.focus).toBe('veiculo-removido');
  });
});
