// Requests: a service's form asked one field at a time, a summary to confirm, then a protocol number.
// The form listens: a question about a field gets the field's purpose, "desisti" cancels, and asking
// for another service offers to leave. Answers live only in the form's own view: once the form is left,
// they are gone from the state.
import type { Form, FormField, Service } from '../catalogue/schema.ts';
import { isStopword } from '../search/normalize.ts';
import { checkField } from './fields.ts';
import { isGlue } from './reading.ts';
import { fold, plain } from './text.ts';
import { opt, serviceOf, type TurnBuilder } from './turn.ts';
import { askFeedback, showMenu, showService } from './views.ts';
import type { Option, ReplyHint } from './types.ts';

/** The question for one form field, with its position ("(2/6)") and choices. */
export function fieldPrompt(form: Form, index: number): string {
  const field = form.fields[index];
  if (!field) return '';
  const base = field.prompt ?? `${field.label}:`;
  const extra: string[] = [];
  if (field.type === 'choice' && field.options) extra.push(...field.options.map((o, i) => `${i + 1}. ${o}`));
  if (field.optional) extra.push('_(opcional: digite "pular" para deixar em branco)_');
  return [`(${index + 1}/${form.fields.length}) ${base}`, ...extra].join('\n');
}

/** The buttons under a form question: choices, skip (optional fields), cancel. */
export function formOptions(form: Form, index: number): Option[] {
  const field = form.fields[index];
  const options: Option[] = [];
  if (field?.type === 'choice' && field.options) field.options.forEach((o, i) => options.push({ id: `form:choice:${i}`, label: o }));
  if (field?.optional) options.push(opt.skip);
  options.push(opt.cancelForm);
  return options;
}

/** The hint of a form question: field k of n, and how many choices its text lists under the question. */
function fieldHint(s: Service, form: Form, index: number): ReplyHint {
  const field = form.fields[index];
  return { kind: 'field', serviceId: s.id, field: index + 1, of: form.fields.length, choices: field?.type === 'choice' ? (field.options?.length ?? 0) : 0 };
}

/** Asks one form field. */
export function askField(t: TurnBuilder, s: Service, form: Form, index: number, answers: Record<string, string>, prefix?: string): void {
  t.go({ at: 'form', serviceId: s.id, field: index, answers }, false);
  const prompt = fieldPrompt(form, index);
  t.say(prefix ? `${prefix}\n\n${prompt}` : prompt, formOptions(form, index), undefined, fieldHint(s, form, index));
}

/** Starts a service's request form at its first field. */
export function startForm(t: TurnBuilder, s: Service): void {
  const form = s.form;
  if (!form) {
    showService(t, s);
    return;
  }
  // Started with nothing in focus ("quero pré-agendar a segunda via da identidade" as the first message): the card comes
  // first, what the service is and its buttons, and the form under it, as for a bare wish (wish.ts; round 6360).
  if (t.state.focus === undefined && !t.replies.some((r) => r.hint?.kind === 'card' && r.hint.serviceId === s.id)) showService(t, s);
  t.events.push({ type: 'form_started', serviceId: s.id });
  t.go({ at: 'form', serviceId: s.id, field: 0, answers: {} });
  const intro = [`*${form.title}*`, form.intro ?? '', 'Vou perguntar um dado de cada vez. Para desistir, digite *cancelar*.'].filter(Boolean).join('\n');
  askField(t, s, form, 0, {}, intro);
}

/** Shows every answer for the citizen to confirm, correct or cancel. */
export function showSummary(t: TurnBuilder, s: Service, form: Form, answers: Record<string, string>): void {
  t.go({ at: 'confirm', serviceId: s.id, answers }, false);
  const lines = form.fields.map((f) => `• *${f.label}:* ${plain(answers[f.id] ?? '—') || '—'}`);
  t.say(['*Confira seus dados:*', ...lines, '', 'Está tudo certo?'].join('\n'), [opt.confirm, opt.redo, opt.cancelForm], undefined, { kind: 'summary', serviceId: s.id });
}

/** Leaving an optional field blank: "pular", "não tenho e-mail", "ele não tem email não" (typing for someone), "prefiro não informar", "não quero dar email não", "não precisa, obrigado" (round 4261), "melhor não" (round 5225). */
const SKIP =
  /^((pode )?(pular|pula|pule)( essa| esse| isso| esta| este)?( pergunta| parte| etapa| campo)?|nenhum|nenhuma|em branco|(deixa|deixar|pode deixar) (em branco|sem)|((eu|ele|ela|a gente|nos|(meu|minha|o|a) \w+) )?(nao|n) (tenho|tem|temos|possuo|possui|uso|usa)( (um|uma|o|a))?( \w+){0,2}|sem( \w+){0,2}|(eu )?(prefiro|(nao|n) (quero|vou|desejo|pretendo)) (nao )?(dizer|informar|responder|passar|colocar|dar|deixar|botar|por|mandar|fornecer|compartilhar)( \w+){0,4}|(nao|n) precisa( nao)?|precisa nao|dispenso|melhor (nao|n)( \w+){0,3})( (nao|n|obrigad[oa]|obg))?$/;

/**
 * A refusal said first ("negativo, não tenho e-mail", "não, prefiro não informar") or alone ("não", "negativo"): the
 * question of an optional field says "se não quiser informar…", and a bare "no" answers it.
 */
const REFUSAL_FIRST = /^(nao|n|nn|negativo|nop|nops|nope)( |$)/;
/** Words of going along before a skip, once the citizen heard the field is optional ("então pula", "ok, pode pular"). */
const ALONG_FIRST = /^(entao|ok|ta bom|tudo bem|ta|tah|beleza|blz|certo|ah|entendi|sendo assim)( |$)/;

/** True for an answer that leaves an optional field blank. */
export function isSkip(raw: string): boolean {
  if (raw === opt.skip.id) return true;
  // "Não desejo informar e-mail; pode pular esta pergunta.": each clause a refusal or a skip (round 4156).
  const clauses = raw.split(/[;.!]+/).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length > 1) return clauses.every((c) => isSkip(c));
  const text = fold(raw).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (SKIP.test(text)) return true;
  // One refusal word at a time: "nao, nao tenho" keeps the "nao" of "nao tenho".
  let rest = text;
  let refused = false;
  while (REFUSAL_FIRST.test(rest) || ALONG_FIRST.test(rest)) {
    refused ||= REFUSAL_FIRST.test(rest);
    rest = rest.replace(REFUSAL_FIRST, '').replace(ALONG_FIRST, '');
    // "ok" or "então" alone goes along with nothing: no skip.
    if ((rest === '' && refused) || SKIP.test(rest)) return true;
  }
  // "pula, n quero dar email", "pode pular, não tenho": a comma between a skip and a refusal, each one on its own.
  // "pular, não confio em dar meu email", "não confio, pode pular": or why the citizen refuses, beside the skip (round 4944).
  // "Ele não tem e-mail e eu prefiro não informar o meu": two refusals joined by "e", each one on its own (round 6763).
  const parts = raw.split(/,|\s+e\s+(?=eu\b|ele\b|ela\b|nao\b|não\b|prefiro\b|pode\b)/i).map((c) => c.trim()).filter((c) => c !== '');
  return parts.length > 1 && parts.some((c) => isSkip(c)) && parts.every((c) => isSkip(c) || WHY_REFUSED.test(fold(c).replace(/[^a-z0-9@ ]+/g, ' ').trim()));
}

/**
 * Why a citizen leaves a field blank, said beside the skip: distrust, fear, a preference, or how they will follow the
 * request instead ("vou acompanhar pelo protocolo", the way the e-mail field itself offers); no value in it (no digit, no "@").
 */
const WHY_REFUSED = /^(porque |pq |por que |que |mas )?(eu )?((nao|n) (confio|gosto|me sinto|acho seguro)|tenho medo|(to|estou|fico) com medo|prefiro|por (seguranca|privacidade)|e (particular|pessoal|privado)|((vou|prefiro|posso|da pra) )?acompanh[a-z]* (pelo|por|com o|com)( o| numero do| numero de)? (protocolo|numero))[^0-9@]*$/;

/** Is this text a valid answer to the field (so that the form should take it as one)? */
export function isValidAnswer(t: TurnBuilder, field: FormField, raw: string): boolean {
  if (field.optional && isSkip(raw)) return true;
  return checkField(field, raw, t.ctx.now, t.ctx.catalogue.synonyms).ok;
}

/** Validates an answer; re-asks with the reason, or moves to the next field or the summary. */
export function answerField(t: TurnBuilder, s: Service, form: Form, index: number, answers: Record<string, string>, raw: string): void {
  const field = form.fields[index];
  if (!field) {
    showSummary(t, s, form, answers);
    return;
  }
  let value: string;
  if (field.optional && isSkip(raw)) {
    value = '';
  } else {
    // "371.926" then "458-00": a CPF typed in pieces is read whole with the pieces typed before it (round 5962).
    const begun = field.type === 'cpf' ? answers[pieceKey(field.id)] : undefined;
    const piece = field.type === 'cpf' ? digitPiece(raw) : undefined;
    const whole = begun !== undefined && piece !== undefined ? checkField(field, begun + piece, t.ctx.now) : undefined;
    const check = whole?.ok ? whole : checkField(field, raw, t.ctx.now, t.ctx.catalogue.synonyms);
    if (!check.ok) {
      const hint = field.hint ? `\n${field.hint}` : '';
      // The piece is kept among the form's answers (never elsewhere), for the next piece; a piece too long starts again.
      if (piece !== undefined) {
        const kept = (begun ?? '') + piece;
        t.go({ at: 'form', serviceId: s.id, field: index, answers: { ...answers, [pieceKey(field.id)]: kept.length < CPF_DIGITS ? kept : piece } }, false);
      }
      t.say(`${check.reason}${hint}\n\n${fieldPrompt(form, index)}`, formOptions(form, index), undefined, fieldHint(s, form, index));
      return;
    }
    value = check.value;
  }
  const next = { ...withoutPieces(answers), [field.id]: value };
  // After a correction, the fields already answered are not asked again: the next one still missing, or the summary.
  const missing = form.fields.findIndex((f, i) => i > index && next[f.id] === undefined);
  if (missing >= 0) askField(t, s, form, missing, next);
  else showSummary(t, s, form, next);
}

/** The digits of a CPF. */
const CPF_DIGITS = 11;
/** The key, among a form's answers, of the piece of a field's answer typed so far (round 5962): no field's id. */
const pieceKey = (id: string): string => `${id}~`;
/** The answers without pieces: what the summary, the request and the next fields see. */
function withoutPieces(answers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !k.endsWith('~')));
}
/** A piece of a number typed alone ("371.926", "458-00"): its digits, when it holds only digits and marks, fewer than a CPF. */
function digitPiece(raw: string): string | undefined {
  if (!/^\s*[\d.\-\s/]+\s*$/u.test(raw)) return undefined;
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 2 && digits.length < CPF_DIGITS ? digits : undefined;
}

/** Takes several answers given at once, then asks the first field still missing (or shows the summary). */
export function takeAnswers(t: TurnBuilder, s: Service, form: Form, answers: Record<string, string>, given: Record<string, string>): void {
  const next = { ...answers, ...given };
  const missing = form.fields.findIndex((f) => next[f.id] === undefined);
  if (missing >= 0) askField(t, s, form, missing, next);
  else showSummary(t, s, form, next);
}

/**
 * Cancels the form: nothing is stored, and the answers leave the state with the form's view. Dropping the request is
 * not leaving its service ("para, deixa quieto" then "e onde faz pessoalmente?"): the service stays in focus, with its
 * card's buttons, so a question about it still finds it; the menu is one button away.
 */
export function cancelForm(t: TurnBuilder): void {
  t.say('Solicitação cancelada. Nenhum dado foi guardado.', undefined, undefined, { kind: 'notice' });
  const view = t.state.view;
  const id = view.at === 'form' || view.at === 'confirm' ? view.serviceId : view.at === 'leave' ? view.form.serviceId : undefined;
  const s = id === undefined ? undefined : serviceOf(t.ctx, id);
  if (!s) return showMenu(t, false);
  t.go({ at: 'service', serviceId: s.id }, false);
  t.say(
    `Se quiser, pergunte outra coisa sobre *${s.title}* (o custo, os documentos ou onde fazer) ou escreva o que você precisa.`,
    [opt.steps, opt.docs, opt.where, opt.menu],
    undefined,
    { kind: 'notice' },
  );
}

/** One line on personal data, said with every field explanation. */
export const LGPD_NOTE = '🔒 Pela Lei Geral de Proteção de Dados (LGPD), seus dados servem só para este pedido: ficam guardados apenas no registro da solicitação e não entram em estatísticas.';

/** The indexes of the fields a text names by a word of their label ("o *telefone* ta errado", "errei o *CPF*"). */
export function fieldsNamed(form: Form, text: string): number[] {
  const words = new Set(fold(text).split(' '));
  // Words of a label that name nothing ("quer" and "onde" in "Município onde quer ser atendido") do not count.
  // A hyphenated word of a label is also read whole ("E-mail para resposta" is named by "email" as by "e-mail").
  const labelWords = (label: string): string[] => [...fold(label).split(' '), ...fold(label.replace(/(\p{L})-(?=\p{L})/gu, '$1')).split(' ')];
  // A label's word said in the plural names it too ("quais *serviços* tem aí?" on "Serviço desejado").
  const said = (w: string): boolean => words.has(w) || words.has(`${w}s`);
  return form.fields.flatMap((f, i) => (labelWords(f.label).some((w) => w.length >= 3 && !isGlue(w) && !isStopword(w) && said(w)) ? [i] : []));
}

/** The citizen lacks the field's data now, or asks to finish later. */
const UNSURE = /\b(nao (tenho|sei|lembro)|(estou|to|tou|ta|esta) sem|mais tarde|(terminar|continuar|acabar|voltar) depois)\b/;

/** Whether those complained of will know who wrote ("vão saber q fui eu?", "o diretor vai ficar sabendo?"): identity asked. */
const KNOWN_WHO = /\b((saber|sabendo|descobrir) (que |q )?(fui eu|quem)|quem (mandou|reclamou|denunciou|fez a (reclamacao|denuncia))|ficar? sabendo|ficam sabendo)\b/;

/**
 * Answers a question about a field ("pra que precisa do meu CPF?", "é seguro?"): the field's declared
 * purpose (or the one the citizen named, if it is another field of this form), the LGPD note, then the
 * current field is asked again.
 */
export function explainField(t: TurnBuilder, s: Service, form: Form, index: number, answers: Record<string, string>, text: string): void {
  // "tem q falar meu nome? n quero me identificar": whether the citizen must say who they are is asked of the form's
  // name field; a form that has none does not ask it, and that is the answer.
  const identity = /\b(nome|identificar|identificacao|anonim[oa]|anonimato)\b/.test(fold(text)) || KNOWN_WHO.test(fold(text));
  const nameField = form.fields.findIndex((f) => f.type === 'name');
  const named = fieldsNamed(form, text)[0] ?? (identity && nameField >= 0 ? nameField : undefined);
  const cpf = form.fields.some((f) => f.type === 'cpf') ? '' : ' nem o seu CPF';
  // With what the card itself says of keeping the citizen's identity ("Você pode pedir que seus dados pessoais sejam
  // mantidos em sigilo").
  const secrecy = s.requesters.flatMap((r) => r.requirements.split(/(?<=[.!?])\s+/)).find((x) => /sigilo|anonim/.test(fold(x)));
  const noNameText = `*Identificação:* não precisa se identificar: este pedido não pede o seu nome${cpf}.${secrecy === undefined ? '' : ` ${secrecy.trim()}`}\n`;
  if (identity && named === undefined && nameField < 0) {
    t.say(`${noNameText}${LGPD_NOTE}`, undefined, undefined, { kind: 'notice' });
    return askField(t, s, form, index, answers);
  }
  // "pra q o email? nao quero me identificar" on a form with no name: that it asks no name, and what the field named is for.
  const noName = identity && nameField < 0 ? noNameText : '';
  const field = (named === undefined ? undefined : form.fields[named]) ?? form.fields[index];
  if (!field) return askField(t, s, form, index, answers);
  const purpose = field.purpose ?? `O órgão responsável usa essa informação para atender o seu pedido de ${s.title}.`;
  const optional = field.optional ? '\nEsse dado é opcional: se preferir, digite *pular*.' : '';
  // "nao tenho o cpf", "to sem o cpf aqui", "da pra terminar mais tarde?": the way to stop and come back.
  const unsure = UNSURE.test(fold(text)) ? '\nSe não tiver essa informação agora, você pode digitar *cancelar* e voltar depois, ou fazer o pedido pelos canais oficiais ou pelo LigMinas 155.' : '';
  t.say(`${noName}*${field.label}:* ${purpose}\n${LGPD_NOTE}${optional}${unsure}`, undefined, undefined, { kind: 'notice' });
  askField(t, s, form, index, answers);
}

/** During a form, the citizen asked for another service: offer to leave the form for it (the answers stay until they choose). */
export function offerLeave(t: TurnBuilder, s: Service, field: number, answers: Record<string, string>, target: Service): void {
  t.go({ at: 'leave', form: { at: 'form', serviceId: s.id, field, answers }, target: target.id }, false);
  t.say(`Você está no meio do pedido de *${s.title}*. Quer deixar o pedido e ver *${target.title}*? Os dados que você já informou não serão guardados.`, [opt.leaveYes, opt.leaveNo], undefined, { kind: 'leave_form', serviceId: target.id });
}

/** Stores the request (through the turn) and answers with the protocol number. */
export function submitForm(t: TurnBuilder, s: Service, form: Form, answers: Record<string, string>): void {
  const protocol = t.ctx.newProtocol();
  t.request = { protocol, serviceId: s.id, answers: withoutPieces(answers) };
  t.events.push({ type: 'form_submitted', serviceId: s.id, protocol });
  t.reach('request_submitted');
  // Kept for "qual o número do protocolo mesmo?": a protocol number is no personal data.
  t.state = { ...t.state, protocol };
  t.say(`✅ *Solicitação registrada!*\nSeu número de protocolo é *${protocol}*.\n\n${form.confirmation}\n\nPara acompanhar, escreva "consultar protocolo ${protocol}".`, undefined, undefined, { kind: 'submitted', serviceId: s.id });
  askFeedback(t, s.id, 'request');
}
