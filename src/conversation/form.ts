// Requests: a service's form asked one field at a time, a summary to confirm, then a protocol number.
import type { Form, Service } from '../catalogue/schema.ts';
import { checkField } from './fields.ts';
import { fold, plain } from './text.ts';
import { opt, type TurnBuilder } from './turn.ts';
import { askFeedback, showService } from './views.ts';
import type { Option } from './types.ts';

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

/** Asks one form field. */
export function askField(t: TurnBuilder, s: Service, form: Form, index: number, answers: Record<string, string>, prefix?: string): void {
  t.go({ at: 'form', serviceId: s.id, field: index, answers }, false);
  const prompt = fieldPrompt(form, index);
  t.say(prefix ? `${prefix}\n\n${prompt}` : prompt, formOptions(form, index));
}

/** Starts a service's request form at its first field. */
export function startForm(t: TurnBuilder, s: Service): void {
  const form = s.form;
  if (!form) {
    showService(t, s);
    return;
  }
  t.events.push({ type: 'form_started', serviceId: s.id });
  t.go({ at: 'form', serviceId: s.id, field: 0, answers: {} });
  const intro = [`*${form.title}*`, form.intro ?? '', 'Vou perguntar um dado de cada vez. Para desistir, digite *cancelar*.'].filter(Boolean).join('\n');
  askField(t, s, form, 0, {}, intro);
}

/** Shows every answer for the citizen to confirm, correct or cancel. */
export function showSummary(t: TurnBuilder, s: Service, form: Form, answers: Record<string, string>): void {
  t.go({ at: 'confirm', serviceId: s.id, answers }, false);
  const lines = form.fields.map((f) => `• *${f.label}:* ${plain(answers[f.id] ?? '—') || '—'}`);
  t.say(['*Confira seus dados:*', ...lines, '', 'Está tudo certo?'].join('\n'), [opt.confirm, opt.redo, opt.cancelForm]);
}

/** Validates an answer; re-asks with the reason, or moves to the next field or the summary. */
export function answerField(t: TurnBuilder, s: Service, form: Form, index: number, answers: Record<string, string>, raw: string): void {
  const field = form.fields[index];
  if (!field) {
    showSummary(t, s, form, answers);
    return;
  }
  let value: string;
  if (field.optional && (fold(raw) === 'pular' || raw === opt.skip.id)) {
    value = '';
  } else {
    const check = checkField(field, raw, t.ctx.now);
    if (!check.ok) {
      const hint = field.hint ? `\n${field.hint}` : '';
      t.say(`${check.reason}${hint}\n\n${fieldPrompt(form, index)}`, formOptions(form, index));
      return;
    }
    value = check.value;
  }
  const next = { ...answers, [field.id]: value };
  if (index + 1 < form.fields.length) askField(t, s, form, index + 1, next);
  else showSummary(t, s, form, next);
}

/** Stores the request (through the turn) and answers with the protocol number. */
export function submitForm(t: TurnBuilder, s: Service, form: Form, answers: Record<string, string>): void {
  const protocol = t.ctx.newProtocol();
  t.request = { protocol, serviceId: s.id, answers };
  t.events.push({ type: 'form_submitted', serviceId: s.id, protocol });
  t.reach('request_submitted');
  t.say(`✅ *Solicitação registrada!*\nSeu número de protocolo é *${protocol}*.\n\n${form.confirmation}\n\nPara acompanhar, escreva "consultar protocolo ${protocol}".`);
  askFeedback(t, s.id, 'request');
}
