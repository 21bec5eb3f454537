// Checks of the contact data staff type by hand: links and Brazilian phone numbers. Pure; messages in pt-BR.

const PLACEHOLDER_HOSTS = new Set(['example.com', 'example.org', 'exemplo.com', 'exemplo.com.br', 'localhost', 'teste.com', 'site.com']);

/** URLs written inside a text ("veja https://…" or "www.…"), with sentence punctuation trimmed. */
export function urlsInText(text: string): string[] {
  const found = text.match(/\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi) ?? [];
  return found.map((u) => u.replace(/[.,;:!?)\]]+$/, ''));
}

/**
 * What is wrong with a link, or undefined when it looks right. `inText`: found inside prose, where
 * "www.site.gov.br" without a scheme is fine and trailing punctuation was already trimmed.
 */
export function checkUrl(raw: string, inText = false): string | undefined {
  if (/\s/.test(raw)) return 'tem espaços; copie o endereço de novo, sem espaços';
  if (/[<>{}|\\^]/.test(raw)) return 'tem caracteres que não cabem em um link (< > { } | \\ ^)';
  if (!inText && /[.,;:!?)]$/.test(raw)) return 'termina com pontuação; apague o último caractere';
  const withScheme = inText && /^www\./i.test(raw) ? `https://${raw}` : raw;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return 'não é um endereço válido; use o endereço completo, começando com https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'use um endereço de site, começando com https://';
  const host = url.hostname.toLowerCase();
  if (PLACEHOLDER_HOSTS.has(host) || host.endsWith('.example.com')) return 'é um endereço de exemplo; troque pelo link oficial';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host) || host.includes('..')) return `o domínio "${host}" está incompleto ou mal escrito`;
  if (/^https?:\/\/[^/]+\/\//.test(withScheme)) return 'tem barras duplicadas depois do domínio';
  if (url.protocol === 'http:') return 'use https:// (endereço seguro) em vez de http://';
  return undefined;
}

// Area codes (DDD) in use in Brazil.
const DDD = new Set(
  '11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 51 53 54 55 61 62 63 64 65 66 67 68 69 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 91 92 93 94 95 96 97 98 99'.split(' '),
);

/**
 * What is wrong with a phone number, or undefined when it is a plausible Brazilian number:
 * a public utility number (155, 162, 190…), 0800/0300/0500/0900, 3003/4004-style, or DDD + landline/mobile.
 */
export function checkPhone(raw: string): string | undefined {
  if (!/^[\d\s()+.-]+$/.test(raw)) return 'use só números, espaços, parênteses e hífen (ex.: "(31) 3915-0000" ou "155")';
  let digits = raw.replace(/\D/g, '');
  if (/^1\d\d$/.test(digits)) return undefined;
  if (/^0(800|300|303|500|900)\d{6,7}$/.test(digits)) return undefined;
  if (/^[34]00\d{5}$/.test(digits)) return undefined;
  if (raw.trim().startsWith('+')) {
    if (!digits.startsWith('55')) return 'número estrangeiro; use um número do Brasil';
    digits = digits.slice(2);
  } else if (digits.length === 11 && digits.startsWith('0') && !digits.startsWith('0800')) {
    digits = digits.slice(1); // long-distance prefix "0" before the DDD
  }
  const writtenDdd = /^\s*(\+55\s*)?(\(\d{2,3}\)|0?\d{2}\s)/.test(raw);
  if (!writtenDdd && (digits.length === 8 || digits.length === 9)) return 'falta o DDD; escreva como "(31) 3915-0000"';
  if (digits.length !== 10 && digits.length !== 11) return 'número com quantidade de dígitos errada; escreva com DDD, como "(31) 3915-0000" ou "(31) 99999-0000"';
  const ddd = digits.slice(0, 2);
  if (!DDD.has(ddd)) return `o DDD ${ddd} não existe`;
  const first = digits[2];
  if (digits.length === 11 && first !== '9') return 'celular com 11 dígitos deve começar com 9 depois do DDD';
  if (digits.length === 10 && !/[2-5]/.test(first ?? '')) return 'telefone fixo deve começar com 2, 3, 4 ou 5 depois do DDD (celular precisa do 9 na frente)';
  return undefined;
}
