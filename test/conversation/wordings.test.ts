// New wordings of known intents: the mechanisms that read them (spelling families, words that complete a
// cue, question forms, stems of verbs) rather than one phrase each. The sentences here are deliberately
// not the ones of the dialogue sets: they check that a family is read, not that a sentence was added.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/engine.ts';
import { answerTopic } from '../../src/conversation/followup.ts';
import type { ConversationState } from '../../src/conversation/types.ts';
import { EngineDriver } from '../support/catalogue.ts';
import { realCatalogue, talk } from './real.ts';

const ctx = new EngineDriver(realCatalogue).ctx;
const at = (...messages: string[]): ConversationState => talk(...messages).state;
const service = (id: string) => {
  const s = realCatalogue.services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
};

describe('spellings of the same word', () => {
  it('reads thanks, laughs and held letters by family', () => {
    const card = at('perdi meu rg');
    for (const text of ['obgdaaa', 'brigadão', 'vlwww', 'valeuzaço', 'kkkkkkk', 'hahahaha', 'oiii', 'boa tarde novamente']) expect(understand(card, text, ctx), text).toBe('small_talk');
  });

  it('completes a social turn with what it is about, but never makes one from those words alone', () => {
    const card = at('perdi meu rg');
    expect(understand(card, 'muito obrigado pelas informações', ctx)).toBe('small_talk');
    expect(understand(card, 'que lixo de sistema', ctx)).toBe('small_talk');
    expect(understand(card, 'estou conversando com um robô?', ctx)).toBe('small_talk');
    expect(understand(card, 'pela atenção', ctx)).not.toBe('small_talk');
  });
});

describe('the walkthrough in other words', () => {
  const walk = (): ConversationState => at('perdi meu rg', 'passo a passo', 'próxima');

  it('repeats with a verb of saying around the cue', () => {
    expect(understand(walk(), 'me fala outra vez', ctx)).toBe('step_repeat');
    expect(understand(walk(), 'mostra novamente', ctx)).toBe('step_repeat');
  });

  it('goes to the first or last step with any form of a verb of going, and "volta uma" is one step back', () => {
    const first = talk('perdi meu rg', 'passo a passo', 'próxima', 'retorne ao começo');
    expect(first.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    const last = talk('perdi meu rg', 'passo a passo', 'mostre a última etapa');
    const steps = service('cin-2a-via').steps.length;
    expect(last.state.view).toMatchObject({ at: 'walkthrough', step: steps - 1 });
    expect(understand(walk(), 'volta uma', ctx)).toBe('back');
  });

  it('takes verbs of going with "next", and words pointing at the step with "não entendi"', () => {
    expect(understand(walk(), 'pode passar pra seguinte', ctx)).toBe('step_next');
    expect(understand(walk(), 'nao entendi esse passo', ctx)).toBe('rephrase');
    expect(understand(at('perdi meu rg'), 'repete pfv', ctx)).toBe('repeat_last');
  });

  it('leaves the steps with "chega" or "pode parar"', () => {
    expect(understand(walk(), 'chega, pode parar', ctx)).toBe('step_leave');
  });
});

describe('questions about the service in focus', () => {
  it('reads an age as a question about minors', () => {
    expect(understand(at('perdi meu rg'), 'meu filho tem 15 anos, pode pedir?', ctx)).toBe('follow_up:minors');
    expect(understand(at('perdi meu rg'), 'com 12 ele consegue?', ctx)).toBe('follow_up:minors');
  });

  it('reads "quem precisa/quem deve" as who may ask, and verbs of asking name no other service', () => {
    expect(understand(at('perdi meu rg'), 'quem deve fazer isso?', ctx)).toBe('follow_up:requirements');
    const d = talk('ipsemg', 'me manda o link pra eu ver');
    expect(d.state.focus).toBe('ipsemg');
    expect(d.last?.events.some((e) => e.type === 'follow_up' && e.kind === 'link' && e.serviceId === 'ipsemg')).toBe(true);
  });

  it('reads what to bring, booking and opening hours in other words, and a count of things is not an age', () => {
    const card = at('renovar cnh');
    expect(understand(card, 'tenho que apresentar algo?', ctx)).toBe('follow_up:documents');
    expect(understand(card, 'é só chegar lá?', ctx)).toBe('follow_up:appointment');
    expect(understand(card, 'qual horário eles abrem?', ctx)).toBe('follow_up:hours');
    expect(understand(card, 'tenho 2 carros', ctx)).not.toBe('follow_up:minors');
  });

  it('answers that a service done entirely online needs no booking, with its online channels', () => {
    const ipva = service('ipva');
    expect(ipva.delivery).toBe('online');
    const web = ipva.steps.flatMap((st) => st.channels).filter((c) => c.type.startsWith('web'));
    const lines = answerTopic(ipva, 'appointment').lines.join('\n');
    expect(web.length).toBeGreaterThan(0);
    for (const c of web) expect(lines).toContain(c.description);
  });
});

describe('forms in other words', () => {
  const free = (): ConversationState => at('agendar na uai', 'fazer solicitação', 'Maria da Silva', '529.982.247-25', 'Contagem');

  it('cancels in a free-text field when the words around the cue name the request, and not otherwise', () => {
    const s = free();
    expect(s.view.at).toBe('form');
    expect(understand(s, 'quero cancelar essa solicitação', ctx)).toBe('cancel_form');
    expect(understand(s, 'cancelar a consulta do meu filho', ctx)).not.toBe('cancel_form');
  });

  it('takes a question about where the data goes as a question about the field', () => {
    expect(understand(at('segunda via do rg', 'fazer solicitação', 'Maria da Silva'), 'isso fica armazenado aonde?', ctx)).toBe('field_question');
  });

  it('takes a town whose name shares a stem with a topic word as the answer', () => {
    const s = at('segunda via do rg', 'fazer solicitação', 'Maria da Silva', '529.982.247-25');
    expect(understand(s, 'Sabará', ctx)).toBe('field_answer');
  });

  it('starts the form from a request word with words of asking around it', () => {
    expect(understand(at('segunda via do rg'), 'bora fazer o agendamento', ctx)).toBe('start_form');
  });

  it('offers to leave the form for a service asked about in a question', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', 'quanto custa o licenciamento do meu carro?');
    expect(d.state.view.at).toBe('leave');
    expect(understand(d.state, 'pode sair sim', ctx)).toBe('leave_form');
  });
});

describe('corrections and searches in other words', () => {
  it('a message opening with a correction cue corrects, even with a topic word in it', () => {
    expect(understand(at('perdi meu rg'), 'na real quero ir pessoalmente tirar a primeira via', ctx)).toBe('correction_first');
  });

  it('reads a "não" just before the correction cue as an answer, not as negating what follows', () => {
    const d = talk('segunda via do rg', 'não, espera, é a da carteira de motorista');
    const offered = [d.state.focus, ...d.state.options.map((o) => o.id.replace(/^svc:/, ''))];
    expect(offered.some((id) => id !== undefined && id.startsWith('cnh-'))).toBe(true);
    expect(understand(at('licenciamento do carro'), 'me confundi, é da moto', ctx)).toBe('correction_first');
  });

  it('a correction that names nothing clearly prefers services of the category in focus', () => {
    const d = talk('segunda via da carteira de motorista', 'espera, nunca tive carteira, queria tirar a primeira');
    const first = d.state.focus ?? d.state.options[0]?.id.replace(/^svc:/, '') ?? '';
    expect(service(first).category).toBe(service('cnh-2a-via').category);
  });

  it('reads chat spellings and drops interjections before searching', () => {
    const d = talk('poxa, ela ta vencida tbm');
    const offered = [d.state.focus, ...d.state.options.map((o) => o.id.replace(/^svc:/, ''))];
    expect(offered).toContain('cnh-renovacao');
  });
});
