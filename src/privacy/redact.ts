// Removes personal data from free text before it reaches events, statistics or logs (LGPD).
// The text is folded first (compatibility forms, accents, digits of every script, invisible characters: text.ts),
// then each family finds its spans: numbers (numbers.ts), e-mail addresses (email.ts), names (names.ts), street
// addresses and licence plates (below). Only the spans change; the rest of the citizen's words stay as written,
// so the service words of a failed search survive for the staff. Every step is linear in the length of the text.
import { emailSpans } from './email.ts';
import { nameSpans } from './names.ts';
import { numberSpans } from './numbers.ts';
import { type FoldedText, type Span, applySpans, foldText } from './text.ts';

// A street and its house number: "rua das flores, 123", "av. afonso pena nº 1000". The lazy part is bounded,
// so each candidate costs at most 60 steps.
const ADDRESS = /\b(?:rua|r\.|av\.?|avenida|travessa|tv\.|alameda|al\.|rodovia|estrada|praca)\s+[^,\n\d]{2,60}?,?\s*(?:n[o°.]?\s*)?\d{1,6}\b/g;
// Licence plates, old and Mercosul: "abc1234", "abc-1234", "abc1d23".
const PLATE = /\b[a-z]{3}-?\d[a-z0-9]\d{2}\b/g;

function regexSpans(f: FoldedText, pattern: RegExp, tag: string): Span[] {
  const spans: Span[] = [];
  for (const m of f.folded.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length, tag });
  return spans;
}

/** Returns the text with CPF, CNPJ, RG, CNH, phones, e-mails, cards, CEP, voter ids, names and addresses replaced by tags. */
export function redact(text: string): string {
  const f = foldText(text);
  const spans = [...emailSpans(f), ...regexSpans(f, ADDRESS, '[endereco]'), ...regexSpans(f, PLATE, '[placa]'), ...numberSpans(f), ...nameSpans(f)];
  return applySpans(text, f, spans);
}

// Words that only say what the number after them is ("placa", "cpf dele", "o protocolo é", "nº"): they go with it.
// Not words that name a document as a service would ("identidade", "cnh", "reds"): those stay to be read.
const DATA_LABEL = /\b(?:placa|cpf|cnpj|renavam|chassi|inscricao|codigo(?: de rastreio)?|rastreio|telefone|celular|cel|whats(?:app)?|e-?mail|numero|n[o°º]|num)(?:\s*(?:d[oa]s?|dele|dela|meu|minha|e|eh|:|#|-)){0,2}\s*$/;

/**
 * The text without the citizen's numbers, e-mails and plates, and the word that says what each is ("placa HBX-1234,
 * quanto tá o ipva?" → " , quanto tá o ipva?"): what the conversation reads to find the need around them. The rest is
 * kept as written.
 */
export function withoutPersonalNumbers(text: string): string {
  const f = foldText(text);
  const spans = [...emailSpans(f), ...regexSpans(f, PLATE, ' '), ...numberSpans(f)].map((s) => {
    const before = f.folded.slice(Math.max(0, s.start - 40), s.start);
    const label = DATA_LABEL.exec(before);
    return { start: label ? s.start - label[0].length : s.start, end: s.end, tag: ' ' };
  });
  return applySpans(text, f, spans);
}
