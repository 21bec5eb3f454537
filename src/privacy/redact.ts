// Removes personal data from free text before it reaches events, statistics or logs (LGPD).
// Order matters: the most specific patterns run first, so a CNPJ is not half-eaten as a CPF.
// The one function's own entry point: the package's index loads all of its 200 modules (~1x node -e 0).
import { isValidCpf } from '@brazilian-utils/brazilian-utils/is-valid-cpf';

/** A bare 11-digit run is a CPF when its check digits say so, else a mobile number with DDD when it looks like one. */
function elevenDigits(match: string): string {
  const digits = match.replace(/\D/g, '');
  if (digits.length === 11 && !isValidCpf(digits) && /^[1-9]{2}9/.test(digits) && !/[.]/.test(match)) return '[telefone]';
  return '[cpf]';
}

const rules: ReadonlyArray<readonly [RegExp, string | ((m: string) => string)]> = [
  // e-mail addresses
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[email]'],
  // CNPJ: 12.345.678/0001-90 or 14 digits
  [/\b\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}\b/g, '[cnpj]'],
  // phones with the country code: +55 31 99876-5432
  [/\+55[\s-]?\(?\d{2}\)?[\s-]?9?\d{4}[\s-]?\d{4}\b/g, '[telefone]'],
  // card numbers: 13–19 digits, optionally grouped by spaces or hyphens
  [/\b(?:\d[ -]?){12,18}\d\b/g, '[cartao]'],
  // CPF: 123.456.789-09, 123456789-09 or 11 digits
  [/\b\d{3}\.?\d{3}\.?\d{3}[-.\s]?\d{2}\b/g, elevenDigits],
  // CEP followed or preceded by a street and number: "rua x, 123 ... 30130-000"
  [/\b\d{5}-?\d{3}\b/g, '[cep]'],
  // phones: +55 (31) 99999-1234, 31 3333-4444, 999991234
  [/(?:\+?55[\s-]?)?(?:\(?\d{2}\)?[\s-]?)?9?\d{4}[\s-]?\d{4}\b/g, '[telefone]'],
  // RG-like: MG-12.345.678, M-1.234.567, 12.345.678-9
  [/\b(?:[A-Za-z]{1,2}[-\s]?)?\d{1,2}\.\d{3}\.\d{3}(?:-[\dXx])?\b/g, '[rg]'],
  // street addresses with a house number
  [/\b(?:rua|r\.|av\.?|avenida|travessa|tv\.|alameda|al\.|rodovia|estrada|pra[cç]a)\s+[^,\n\d]{2,60}?,?\s*(?:n[º°o.]?\s*)?\d{1,6}\b/giu, '[endereco]'],
  // any other long run of digits (protocols of other systems, RG without dots, Renavam...)
  [/\b\d[\d.\s/-]{5,}\d\b/g, '[numero]'],
];

/** Returns the text with CPF, CNPJ, phones, e-mails, RG-like and card numbers and addresses replaced by tags. */
export function redact(text: string): string {
  let out = text;
  for (const [pattern, tag] of rules) out = typeof tag === 'string' ? out.replace(pattern, tag) : out.replace(pattern, tag);
  return out;
}
