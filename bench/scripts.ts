// The conversations bench:engine and bench:profile play: search, card, walkthrough, documents, a form, feedback.
import type { Incoming } from '../src/conversation/types.ts';

export const text = (t: string): Incoming => ({ kind: 'text', text: t });
const opt = (id: string): Incoming => ({ kind: 'option', id });
// A preferred date three weeks ahead, so that the form script stays valid whatever the day of the run.
const soon = new Date(Date.now() + 21 * 86_400_000);
const preferredDate = `${soon.getDate()}/${soon.getMonth() + 1}/${soon.getFullYear()}`;

// Realistic conversations: search, card, walkthrough, documents, a form, feedback.
export const engineScripts: Incoming[][] = [
  [text('oi'), text('perdi meu rg'), opt('card:steps'), opt('walk:next'), opt('walk:next'), opt('walk:next'), opt('walk:finish'), opt('fb:yes')],
  [text('bom dia quero pagar o ipva do meu carro'), text('1'), opt('card:docs'), opt('card:where'), text('menu')],
  [text('oi'), opt('categories'), text('3'), text('1'), opt('card:steps'), opt('walk:next'), text('sair')],
  [opt('svc:agendamento-uai'), opt('card:form'), text('Maria da Silva'), text('529.982.247-25'), text('Belo Horizonte'), text('Carteira de identidade'), text(preferredDate), text('(31) 99999-1234'), text('sim'), text('sim')],
  [text('receita de bolo'), text('renovar cnh vencida'), opt('card:steps'), text('atendente')],
  // The conversation after the first message: follow-ups, small talk, walkthrough words, a correction.
  [text('perdi meu rg'), text('quanto custa?'), text('e quanto tempo demora?'), text('obrigado'), text('passo a passo'), text('prox'), text('e depois?'), text('vai pra etapa 1'), text('não, a primeira via')],
];

