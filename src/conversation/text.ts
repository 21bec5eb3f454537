// Words of the conversation (pt-BR) and small pure text helpers.
import { inPersonSteps } from '../catalogue/delivery.ts';
import type { DeliveryMode, EstimatedTime, Service, Step } from '../catalogue/schema.ts';

import { fold } from '../core/normalize.ts';

// One fold for the whole project (core/normalize.ts): the engine matches words exactly as search folds them.
export { fold };

/** Removes the emphasis markers from text typed by a citizen, before it is echoed in a reply. */
export function plain(text: string): string {
  // Line breaks go too: a citizen's line starting with ">" or "- " would render as a quote or list on WhatsApp.
  return text.replace(/[*_~`]/g, '').replace(/\s*\n\s*/g, ' ');
}

const deliveryLabel: Record<DeliveryMode, string> = {
  online: 'Totalmente online',
  partly_online: 'Parcialmente online (parte online, parte presencial)',
  in_person: 'Presencial',
  phone: 'Por telefone',
};

/** How the service is done, as the card says it: "online" is qualified when a step is done only at a desk. */
export function deliveryText(s: Service): string {
  const desks = s.delivery === 'online' ? inPersonSteps(s).length : 0;
  if (desks === 0) return deliveryLabel[s.delivery];
  return desks === 1 ? 'Online, com uma etapa presencial' : `Online, com ${desks} etapas presenciais`;
}

const unitLabel: Record<string, [string, string]> = {
  minutos: ['minuto', 'minutos'],
  horas: ['hora', 'horas'],
  dias: ['dia', 'dias'],
  'dias-corridos': ['dia corrido', 'dias corridos'],
  'dias-uteis': ['dia útil', 'dias úteis'],
  meses: ['mês', 'meses'],
};

function unit(n: number, u: string | undefined): string {
  const [one, many] = unitLabel[u ?? 'dias'] ?? ['dia', 'dias'];
  return `${n} ${n === 1 ? one : many}`;
}

/** The estimated time in words, never inventing a figure that is not in the catalogue. */
export function timeLabel(t: EstimatedTime): string {
  const extra = t.description ? ` ${t.description}` : '';
  switch (t.kind) {
    case 'immediate':
      return `Imediato.${extra}`;
    case 'up_to':
      return `Até ${unit(t.max ?? 0, t.unit)}.${extra}`;
    case 'between':
      return `Entre ${t.min ?? 0} e ${unit(t.max ?? 0, t.unit)}.${extra}`;
    case 'average':
      return `Em média, ${unit(t.max ?? 0, t.unit)}.${extra}`;
    case 'not_estimated':
      return t.description ?? 'Prazo não informado; confira no link oficial.';
  }
}

/** What `toLocaleString('pt-BR', …)` builds on every call (tens of µs), built once. */
const REAIS = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "R$ 1.234,56" */
export function money(value: number): string {
  return `R$ ${REAIS.format(value)}`;
}

/**
 * The charges a free service still lists: a cost with a value above zero, or with no value that does not call itself
 * free ("Após 60 dias, taxa paga por DAE" on the notice of sale; "Valor da multa conforme a infração" on the fines).
 */
function paidOnFree(s: Service): boolean {
  return s.free && s.steps.some((st) => st.costs.some((c) => (c.amount === undefined ? !/\bgratuit/.test(fold(c.description)) : c.amount > 0)));
}

/** The opening of a free service's cost: plainly free, or free in general with the charges it lists below. */
export function freeOpening(s: Service): string {
  return paidOnFree(s) ? 'Em geral é *gratuito*, mas atenção:' : 'É *gratuito*.';
}

/** The cost in one line: free, or a pointer to the steps' costs. */
export function costLabel(s: Service): string {
  if (s.free) return paidOnFree(s) ? 'Gratuito em geral; pode haver custo: veja as etapas ou o link oficial.' : 'Gratuito.';
  const known = s.steps.flatMap((st) => st.costs).filter((c) => c.amount !== undefined && c.amount > 0 && !c.variable);
  if (known.length === 1 && known[0]) return `${money(known[0].amount ?? 0)} (${known[0].description}).`;
  return 'Há taxa. O valor muda todo ano: veja as etapas ou o link oficial.';
}

/** The lines of one step: what to do, documents, costs and channels. */
export function stepLines(step: Step): string[] {
  const lines = [step.description];
  if (step.documents.length > 0) lines.push('', '*Documentos:*', ...step.documents.map((d) => `• ${d}`));
  if (step.costs.length > 0) {
    lines.push('', '*Custos:*', ...step.costs.map((c) => `• ${c.description}${c.amount !== undefined && !c.variable ? ` — ${c.amount === 0 ? 'gratuito' : money(c.amount)}` : ''}`));
  }
  if (step.channels.length > 0) {
    lines.push('', '*Onde fazer:*', ...step.channels.map((c) => `• ${c.description}${c.phone ? ` — telefone ${c.phone}` : ''}`));
  }
  return lines;
}

export const copy = {
  greeting: 'Olá! Eu sou o *Atende*, o assistente de serviços do Governo de Minas Gerais. 👋',
  doneBefore: 'Por aqui eu não consigo ver pedidos feitos antes. Se você já fez este pedido e tem o número de protocolo, não precisa repetir; para conferir, ligue para o *LigMinas 155*. Para seguir com este, é só responder.',
  nothingOpen: 'Não encontrei uma conversa em andamento por aqui. 🙂',
  menuPrompt: 'Como posso ajudar? Escreva o que você precisa (por exemplo: "renovar CNH" ou "segunda via do RG") ou escolha uma opção:',
  help: [
    '*Como usar o Atende*',
    '• Escreva com suas palavras o que precisa: "perdi meu RG", "pagar IPVA", "conta de luz".',
    '• Para escolher uma opção, toque no botão ou digite o número.',
    '• Comandos que funcionam a qualquer momento: *menu*, *voltar*, *ajuda*, *atendente* e *sair*.',
    '• Para ver um pedido: "consultar protocolo" seguido do número.',
  ].join('\n'),
  handoff: [
    '*Falar com uma pessoa*',
    '• *LigMinas 155*: telefone do Governo de Minas (ligação gratuita de telefone fixo e celular).',
    '• *UAI* (Unidade de Atendimento Integrado): atendimento presencial, com agendamento gratuito e obrigatório.',
    '• *Ouvidoria-Geral do Estado*: telefone 162 ou www.ouvidoriageral.mg.gov.br, para reclamações, denúncias e sugestões.',
  ].join('\n'),
  /** A request for a person with a need beside it (intents.ts, needBesideHandoff): the way to a person, then the need. */
  handoffBeside:
    'Sou um assistente automático. Para falar com uma pessoa, ligue para o *LigMinas 155* (ligação gratuita de telefone fixo e celular). Enquanto isso, veja o que encontrei sobre o que você pediu:',
  /** An emergency going on now, by kind (emergency.ts, declared round 6681): the number first, then the chat. */
  emergencyNow: {
    crime: 'Se você está em perigo agora, ligue já para o *190* (Polícia Militar), ou peça a alguém por perto que ligue. Proteja-se primeiro. Depois, se quiser, escreva aqui e eu explico como registrar a ocorrência.',
    medical: 'Se alguém está passando mal agora, ligue já para o *192* (SAMU, ambulância); se não conseguir, para o *193* (Bombeiros). Fique com a pessoa até o socorro chegar. Depois, se quiser, escreva aqui e eu ajudo com os serviços do Estado.',
    fire: 'Incêndio: saia do local e ligue já para o *193* (Corpo de Bombeiros). Depois, se quiser, escreva aqui e eu ajudo com os serviços do Estado, como a 2ª via de documentos perdidos.',
    flood: 'Se a água está entrando ou há risco de desabamento, vá para um lugar alto e seguro e ligue *193* (Bombeiros) ou *199* (Defesa Civil). Depois, se quiser, escreva aqui e eu ajudo com a 2ª via de documentos perdidos e outros serviços do Estado.',
  },
  /** Danger told that no service holds (views.ts, runSearch): the Polícia Militar's 190, as the catalogue's cards for danger now give it. */
  dangerNow:
    'Se você está em perigo agora, ligue *190* (Polícia Militar, emergência), ou peça a alguém por perto que ligue. Proteja-se primeiro. Depois, se quiser, escreva aqui e eu explico como registrar a ocorrência ou pedir uma medida protetiva.',
  noResults: (q: string) =>
    `Não encontrei um serviço para "${plain(q)}". 😕\nTente com outras palavras (por exemplo, "tirar segunda via da identidade"), veja os serviços por categoria, ou fale com uma pessoa.`,
  toldAboutFocus: (title: string, opener = 'Entendi. 🙂') =>
    `${opener} Sobre *${plain(title)}*, posso dizer quanto custa, quais documentos levar, onde fazer, ou mostrar o passo a passo. O que você quer saber?`,
  termOfFocus: (term: string, what: string, focus: string) =>
    `Sobre *${plain(term)}*: ${plain(what)}\nSe quiser, abro o serviço *${plain(term)}*; ou seguimos com *${plain(focus)}*.`,
  compared: (focus: string, focusIs: string, other: string, otherIs: string) =>
    `Cada serviço informa o que é:\n• *${plain(focus)}*: ${plain(focusIs)}\n• *${plain(other)}*: ${plain(otherIs)}\nSe quiser, abro o serviço *${plain(other)}*; ou seguimos com *${plain(focus)}*.`,
  /** A question about the service asked in a form, that the card does not answer (round 5144): the form goes on after it. */
  notOnCardInForm: (title: string) => `Não tenho essa informação sobre *${plain(title)}*. 🤔 Confira na página oficial do serviço ou ligue para o *LigMinas 155*.`,
  /** A name the card is known by (a popular name, a keyword) that none of its sentences holds (round 5421). */
  alsoNamed: (name: string) => `No catálogo, este serviço também é conhecido como *${plain(name)}*.`,
  /** Which of two services comes first (topics.ts answerBoth): neither card says; the first step of each (lines as given). */
  bothFirst: (lines: readonly string[]) =>
    `Os dois serviços não dizem qual deles vem antes do outro. A primeira etapa de cada um:\n\n${lines.join('\n\n')}\n\nNa dúvida, confira na página oficial de cada serviço ou ligue para o *LigMinas 155*.`,
  unanswered: (title: string) =>
    `Não tenho essa informação sobre *${plain(title)}*. 🤔 Confira na página oficial do serviço ou ligue para o *LigMinas 155*. Se quiser, pergunte outra coisa sobre o serviço, como o custo, os documentos ou onde fazer.`,
  /** Trouble on the way of the service in view (trouble.ts): no fix invented; the card's other ways (lines as listed), where to complain, the page and 155. */
  trouble: (title: string, said: readonly string[], ways: readonly string[], complain: string | undefined) =>
    [
      said.length > 0
        ? `Sinto muito pelo transtorno. 🙏 Daqui eu não consigo resolver esse problema. Sobre isso, o serviço *${plain(title)}* informa:`
        : `Sinto muito pelo transtorno. 🙏 Daqui eu não consigo resolver esse problema, e o serviço *${plain(title)}* não traz orientação para esse caso.`,
      ...said.map((x) => `• ${plain(x)}`),
      ...(ways.length > 0 ? ['', '*Outros caminhos que o serviço informa:*', ...ways] : []),
      ...(complain !== undefined ? ['', `*Para reclamar:* ${plain(complain)}`] : []),
      '',
      'Confira na página oficial do serviço ou ligue para o *LigMinas 155* (ligação gratuita).',
    ].join('\n'),
  standInUnknown: (title: string, documents: readonly string[]) =>
    [`*${plain(title)}*`, '', ...(documents.length > 0 ? ['*Nos documentos, o serviço pede:*', ...documents.map((d) => `• ${plain(d)}`), ''] : []), 'O serviço não informa que outros papéis são aceitos no lugar desse documento. 🤔 Confira na página oficial do serviço ou ligue para o *LigMinas 155*.'].join('\n'),
  /** How a statement told in the middle of a service is taken in, by the feeling it tells (views.ts, feltIn). */
  feltOpener: { hard: 'Sinto muito, sei que não é fácil. 🙏', glad: 'Que bom! 😊' },
  noResultsInFocus: (title: string) =>
    `Não entendi bem. 🤔 Se for sobre *${plain(title)}*, pergunte, por exemplo, "quanto custa?", "quais documentos?" ou "onde faço?". Se for outro serviço, escreva o nome dele.`,
  notUnderstood: 'Não entendi. 🤔 Escreva o serviço que procura, com suas palavras, ou escolha uma das opções.',
  onlyText: 'Ainda só entendo texto. 🙂 Escreva em poucas palavras o que você precisa, por exemplo "renovar CNH".',
  bye: 'Atendimento encerrado. Obrigado por usar o Atende! Quando precisar, é só mandar uma mensagem. 👋',
  staleService: 'Esse serviço foi atualizado ou saiu do catálogo enquanto conversávamos. Desculpe! Vamos recomeçar pelo menu.',
  feedbackQuestion: 'Essa informação ajudou?',
  feedbackThanks: (helpful: boolean) =>
    helpful ? 'Que bom! Obrigado pela resposta. 😊' : 'Obrigado por avisar. Vamos usar sua resposta para melhorar. Se preferir, fale com uma pessoa: LigMinas 155.',
  rateLimited: 'Você enviou muitas mensagens em pouco tempo. ⏳ Aguarde um minuto e escreva de novo, por favor.',
  apology: 'Desculpe, tive um problema para registrar sua mensagem. Tente de novo em alguns minutos ou ligue para o LigMinas 155.',
};

/** "25 vezes 4", "10 mais 3" (folded): a sum, not a question about any service. */
export function isArithmetic(folded: string): boolean {
  return /\d+ (vezes|x|mais|menos|dividido|por) \d+/.test(folded);
}
