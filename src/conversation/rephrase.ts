// "Não entendi", "hã?", "como assim?": the last answer said again in plainer words, from where the
// conversation is. Nothing moves: the same options stay valid.
import type { Service } from '../catalogue/schema.ts';
import { answerTopic } from './followup.ts';
import { costLabel, deliveryText, timeLabel } from './text.ts';
import { fieldPrompt, formOptions } from './form.ts';
import { opt, serviceOf, type TurnBuilder } from './turn.ts';
import { cardOptions, menuOptions, relatedLabels } from './views.ts';

/** The card's facts as a short list: what it is in two sentences, who may ask, cost, time and how it is done. */
function plainCard(s: Service): string {
  const what = s.description.split(/(?<=[.!?])\s+/).slice(0, 2).join(' ');
  return [
    `• Para que serve: ${what}`,
    `• Quem pode pedir: ${s.requesters.map((r) => r.type).join(', ')}`,
    `• Quanto custa: ${costLabel(s)}`,
    `• Quanto tempo leva: ${timeLabel(s.estimatedTime)}`,
    `• Como é feito: ${deliveryText(s)}`,
    // "resume tudo": who does it is part of the card in short (round 5964).
    `• Quem faz: ${s.agency.name}`,
  ].join('\n');
}

/** A quoted sentence cut at its semicolons and colons, each part a line of its own with a capital (r40c). */
function clauses(sentence: string): string[] {
  return sentence
    .split(/;\s+|:\s+/)
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map((x) => (x[0] ?? '').toUpperCase() + x.slice(1));
}

/** Examples of a valid answer, by field type, for a citizen who did not understand the question. */
const example: Record<string, string> = {
  name: 'Escreva seu nome completo, com sobrenome. Exemplo: Maria da Silva.',
  cpf: 'Digite os 11 números do seu CPF. Exemplo: 123.456.789-09.',
  date: 'Digite a data no formato dia/mês/ano. Exemplo: 15/03/2027.',
  municipality: 'Escreva o nome da cidade de Minas Gerais. Exemplo: Belo Horizonte.',
  phone: 'Digite o telefone com DDD. Exemplo: (31) 99999-1234.',
  email: 'Digite seu e-mail. Exemplo: nome@exemplo.com.br.',
  text: 'Escreva com suas palavras, em uma ou duas frases.',
  choice: 'Digite o número da opção que combina com o seu caso.',
};

/**
 * Says the last answer again, in simpler words; `whole`: the card in short, whatever was asked before ("resume tudo ai",
 * "resumindo, oq eu faço?" on a card, round 5964).
 */
export function rephrase(t: TurnBuilder, whole = false): void {
  const view = t.state.view;
  const s = t.state.focus ? serviceOf(t.ctx, t.state.focus) : undefined;
  const keep = t.state.options.length > 0 ? t.state.options : menuOptions();
  switch (view.at) {
    case 'form': {
      const form = s?.form;
      const field = form?.fields[view.field];
      if (!s || !form || !field) break;
      const why = field.purpose ? ` ${field.purpose}` : '';
      t.say(`Vou explicar de outro jeito. Para o pedido de *${s.title}*, preciso saber: *${field.label}*.${why}\n${example[field.type] ?? ''}\nSe não quiser continuar, digite *cancelar*.\n\n${fieldPrompt(form, view.field)}`, formOptions(form, view.field), undefined, {
        kind: 'field',
        serviceId: s.id,
        field: view.field + 1,
        of: form.fields.length,
        choices: field.type === 'choice' ? (field.options?.length ?? 0) : 0,
      });
      return;
    }
    case 'confirm':
      t.say('Estou mostrando os dados que você informou, para você conferir antes de enviar. Se estiver tudo certo, digite *sim*. Para preencher de novo, *corrigir*. Para desistir, *cancelar*.', keep, undefined, { kind: 'notice' });
      return;
    case 'walkthrough': {
      const step = s?.steps[view.step];
      if (!s || !step) break;
      // The same step in short sentences, one per line, with what to bring and where: nothing of it left out.
      const sentences = step.description.split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== '');
      const lines = [`Vou explicar de outro jeito. Você está na etapa ${view.step + 1} de ${s.steps.length} de *${s.title}*: ${step.title}.`, ...sentences.map((x) => `• ${x}`)];
      if (step.documents.length > 0) lines.push(`Leve: ${step.documents.join('; ')}.`);
      if (step.channels.length > 0) lines.push(`Onde: ${step.channels.map((c) => c.description).join('; ')}.`);
      lines.push('Quando terminar esta etapa, digite *próxima*. Para voltar, *anterior*.');
      t.say(lines.join('\n'), keep, undefined, { kind: 'notice' });
      return;
    }
    case 'results':
      t.say('Encontrei mais de um serviço parecido com o que você escreveu. Digite o número do serviço que você procura, ou escreva de outro jeito.', keep, undefined, { kind: 'notice' });
      return;
    case 'feedback':
      t.say('Eu perguntei se a informação ajudou você. Digite *sim* ou *não*.', [opt.yes, opt.no], undefined, { kind: 'feedback' });
      return;
    case 'leave':
    case 'resume':
      t.say('Você tinha um pedido pela metade. Digite *sim* para seguir a opção de cima, ou *não* para a outra.', keep, undefined, { kind: 'notice' });
      return;
    case 'handoff':
      t.say('Para falar com uma pessoa, ligue para o *LigMinas 155* (ligação gratuita). Ou agende um atendimento presencial em uma UAI.', keep, undefined, { kind: 'handoff' });
      return;
    default:
      break;
  }
  // After the card's sentences quoted ("Sobre isso, o serviço informa: …"), those sentences again, not the whole card:
  // one short line per clause, every word of them kept (r40c).
  if (s && view.at === 'service' && t.lastQuoted !== undefined && !whole) {
    const lines = t.lastQuoted.flatMap(clauses).map((x) => `• ${x}`);
    t.say(`Vou explicar de outro jeito. Sobre *${s.title}*, o serviço diz:\n${lines.join('\n')}\n\nSe ainda ficou alguma dúvida, pergunte com suas palavras ou escolha *Passo a passo*.`, relatedLabels(t, cardOptions(s)), [{ label: 'Página oficial do serviço', url: s.url }], { kind: 'notice' });
    return;
  }
  if (s && (view.at === 'service' || t.state.topic)) {
    // "como registro uma ltda?" opened the card: the card was the answer, so the card is said plainer, not the topic (round 5964).
    const cardSaid = t.lastReply?.includes(`*O que é:* ${s.description}`) === true;
    const topic = whole || cardSaid ? undefined : t.state.topic;
    // On the card, its facts again as a short list in plain words; after a question, the answer to it.
    // Asked for the whole in short ("resumindo, oq eu faço?"), the steps by title close it.
    const steps = whole && s.steps.length > 0 ? [`• Etapas: ${s.steps.map((st, i) => `${i + 1}. ${st.title}`).join('; ')}`] : [];
    const detail = topic ? answerTopic(s, topic).lines.filter((l) => l.trim() !== '').slice(0, 4).join('\n') : [plainCard(s), ...steps].join('\n');
    t.say(`Vou explicar de outro jeito. Sobre *${s.title}*:\n${detail}\n\nVocê pode perguntar, por exemplo: "quanto custa?", "quais documentos?", "onde faço?", ou escolher *Passo a passo*.`, relatedLabels(t, cardOptions(s)), [{ label: 'Página oficial do serviço', url: s.url }], { kind: 'notice' });
    return;
  }
  t.say('Vou explicar de outro jeito. Eu ajudo a encontrar serviços do Governo de Minas e explico o passo a passo. Escreva com suas palavras o que você precisa, por exemplo "renovar CNH" ou "segunda via do RG", ou escolha uma opção.', keep, undefined, { kind: 'help' });
}
