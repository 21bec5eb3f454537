// Personal data as citizens really type it, for the redaction tests: fast-check arbitraries for valid CPFs, phones,
// e-mail addresses and names in many disguises, citizen text to hide them in, and a reader that recovers digits
// from any of the disguises (written here independently of src/privacy, so the tests do not grade themselves).
import fc from 'fast-check';

/** Zero of each script the generators use: ASCII, Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali, Thai, full width. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10] as const;
const WORDS = ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'] as const;
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const WORD_VALUE: Record<string, string> = { ...Object.fromEntries(WORDS.map((w, i) => [fold(w), String(i)])), uma: '1', duas: '2', meia: '6' };

/** Every digit a reader could recover from the text: digits of any script above, and digits written as words. */
export function recoverDigits(text: string): string {
  let out = '';
  for (const token of text.normalize('NFKC').match(/\p{L}+|\p{Nd}/gu) ?? []) {
    if (/^\p{Nd}$/u.test(token)) {
      const cp = token.codePointAt(0) ?? 0;
      const zero = ZEROS.find((z) => cp >= z && cp <= z + 9);
      out += zero === undefined ? '?' : String(cp - zero);
    } else {
      out += WORD_VALUE[fold(token)] ?? '';
    }
  }
  return out;
}

/** The folded text, to look for a name or a local part whatever the case and accents. */
export const folded = (text: string): string => fold(text.normalize('NFKC'));

// --- Writing digits -----------------------------------------------------------------------------------------

/** How one number is written: the script of its digits, words for some digits, and what separates the groups. */
const digitStyle = fc.record({
  zero: fc.constantFrom(...ZEROS),
  words: fc.constantFrom(0, 0, 0.5, 1), // share of digits spelled out in words
  seps: fc.constantFrom(['.', '.', '-'], [' ', ' ', ' '], ['·', '·', '·'], ['_', '_', '_'], ['/', '/', '/'], [' . ', ' . ', ' - '], ['\u200b', '\u200b', '\u200b'], ['', '', ''], [' ponto ', ' ponto ', ' traço '], ['-', '-', '-'], ['  ', ' ', ' ']),
  eachDigit: fc.boolean(), // "5 2 9 9 8 2 …"
  seed: fc.integer({ min: 0, max: 1_000_000 }),
});
type DigitStyle = typeof digitStyle extends fc.Arbitrary<infer T> ? T : never;

function writeDigit(d: string, style: DigitStyle, k: number): string {
  const spell = style.words === 1 || (style.words > 0 && (style.seed >> k) % 2 === 1);
  return spell ? ` ${WORDS[Number(d)] as string} ` : String.fromCodePoint(style.zero + Number(d));
}

/** Writes `digits` cut into `groups` (lengths), in the style. */
function writeNumber(digits: string, groups: readonly number[], style: DigitStyle): string {
  const parts: string[] = [];
  let at = 0;
  groups.forEach((len) => {
    const g = digits.slice(at, at + len);
    parts.push([...g].map((d, i) => writeDigit(d, style, at + i)).join(style.eachDigit ? ' ' : ''));
    at += len;
  });
  return parts
    .map((p, i) => (i === 0 ? p : `${style.seps[Math.min(i - 1, style.seps.length - 1)] ?? ''}${p}`))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// --- CPF ----------------------------------------------------------------------------------------------------

function cpfCheck(base: number[]): number {
  const sum = base.reduce((s, d, i) => s + d * (base.length + 1 - i), 0);
  const r = (sum * 10) % 11;
  return r === 10 ? 0 : r;
}

/** A valid CPF (11 digits, right check digits, not all equal). */
export const cpf = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .filter((b) => new Set(b).size > 1)
  .map((b) => {
    const d1 = cpfCheck(b);
    const d2 = cpfCheck([...b, d1]);
    return [...b, d1, d2].join('');
  });

/** A valid CPF and how a citizen wrote it. */
export const writtenCpf = fc.tuple(cpf, digitStyle, fc.constantFrom([3, 3, 3, 2], [11], [3, 3, 5], [9, 2])).map(([digits, style, groups]) => ({ digits, text: writeNumber(digits, groups, style) }));

// --- Phones -------------------------------------------------------------------------------------------------

const DDD = ['11', '21', '27', '31', '32', '33', '34', '35', '37', '38', '41', '47', '48', '51', '61', '62', '71', '79', '81', '85', '91', '92', '98'];

/** A Brazilian phone (mobile or landline, with area code) and how a citizen wrote it. */
export const writtenPhone = fc
  .tuple(
    fc.constantFrom(...DDD),
    fc.boolean(),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
    digitStyle,
    fc.constantFrom('plain', 'parens', 'country', 'country-plain', 'nine-apart'),
  )
  .map(([ddd, mobile, rest, style, form]) => {
    const local = mobile ? `9${rest.join('')}` : `${2 + ((rest[0] ?? 0) % 4)}${rest.slice(1).join('')}`;
    const digits = `${ddd}${local}`;
    const w = (s: string, groups: number[]) => writeNumber(s, groups, style);
    const localGroups = local.length === 9 ? (form === 'nine-apart' ? [1, 4, 4] : [5, 4]) : [4, 4];
    const text =
      form === 'parens' ? `(${w(ddd, [2])}) ${w(local, localGroups)}`
      : form === 'country' ? `+${w('55', [2])} ${w(ddd, [2])} ${w(local, localGroups)}`
      : form === 'country-plain' ? `+${w(`55${digits}`, [digits.length + 2])}`
      : `${w(ddd, [2])} ${w(local, localGroups)}`;
    return { digits, text };
  });

// --- E-mail -------------------------------------------------------------------------------------------------

const PROVIDERS = ['gmail', 'hotmail', 'yahoo', 'outlook', 'bol', 'uol'];
const segment = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 5, maxLength: 10 }).filter((s) => /[a-z]/.test(s));

/** An e-mail address (local part in segments) and how a citizen wrote it. */
export const writtenEmail = fc
  .record({
    segments: fc.array(segment, { minLength: 1, maxLength: 3 }),
    join: fc.constantFrom('.', '_', '-'),
    provider: fc.oneof(fc.constantFrom(...PROVIDERS), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 4, maxLength: 9 })),
    tld: fc.constantFrom('.com', '.com.br', '.org', '.net', '.gov.br', ''),
    at: fc.constantFrom('@', ' @ ', ' @', '@ ', '＠', ' arroba ', ' (arroba) ', ' at ', ' (at) ', ' [at] ', 'ARROBA'),
    dot: fc.constantFrom('.', ' . ', ' ponto ', ' dot ', '(dot)', ' [dot] '),
    upper: fc.constantFrom('lower', 'upper', 'title'),
  })
  .filter((e) => !(e.at.trim() === 'at' && e.tld === '' && !PROVIDERS.includes(e.provider))) // "maria at empresa": not an address to anyone
  .map((e) => {
    const local = e.segments.join(e.join);
    const at = e.at === 'ARROBA' ? ' ARROBA ' : e.at;
    const domain = `${e.provider}${e.tld}`.replace(/\./g, e.dot);
    const raw = `${local}${at}${domain}`;
    const text = e.upper === 'upper' ? raw.toUpperCase() : e.upper === 'title' ? raw.replace(/^./, (c) => c.toUpperCase()) : raw;
    return { segments: e.segments, text };
  });

// --- Names --------------------------------------------------------------------------------------------------

const FIRST = ['Maria', 'José', 'Ana', 'João', 'Antônio', 'Francisca', 'Carlos', 'Paulo', 'Lucas', 'Luíza', 'Márcia', 'Raimundo', 'Thaís', 'Wellington', 'Gabriela', 'Kauã'];
const LAST = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Conceição', 'Araújo', 'Drummond', 'Magalhães'];
const INTROS = ['meu nome é', 'Meu nome é', 'meu nome e', 'me chamo', 'Me chamo', 'sou o', 'sou a', 'aqui é o', 'aqui é a', 'aqui é', 'meu nome completo é', 'nome:', 'quem fala é'];

/** A person's name (first name, maybe a connector, surnames) after an introduction. */
export const introducedName = fc
  .record({
    intro: fc.constantFrom(...INTROS),
    first: fc.constantFrom(...FIRST),
    middle: fc.option(fc.constantFrom(...FIRST), { nil: undefined }),
    connector: fc.constantFrom('', 'da ', 'de ', 'dos '),
    last: fc.array(fc.constantFrom(...LAST), { minLength: 0, maxLength: 2 }),
    lower: fc.boolean(),
  })
  .map((n) => {
    const words = [n.first, ...(n.middle ? [n.middle] : []), ...n.last];
    const name = [n.first, ...(n.middle ? [n.middle] : []), ...(n.last.length > 0 ? [`${n.connector}${n.last.join(' ')}`.trim()] : [])].join(' ');
    const written = n.lower ? name.toLowerCase() : name;
    return { words, text: `${n.intro} ${written}` };
  });

// --- What they are hidden in --------------------------------------------------------------------------------

/** Citizen words with no digits, no digit words and no introductions: anything digit-like in an answer came from the secret. */
const CHAT = [
  'oi', 'bom dia', 'boa tarde', 'por favor', 'preciso', 'de ajuda', 'com', 'a segunda via', 'da', 'carteira de identidade', 'perdi', 'meu', 'rg', 'em bh',
  'quero', 'renovar', 'cnh', 'ipva', 'atrasado', 'obrigada', 'urgente', 'o', 'documento', 'é', 'meu cpf é', 'cpf', 'telefone', 'whatsapp', 'me liga no',
  'e-mail', 'email', 'contato', ':', ',', '!', 'segue', 'anota aí', 'pode mandar para', 'licenciamento', 'multa', 'detran', 'uai', 'agendar',
];
/** Words around a secret, as a citizen writes them. */
export const chat = fc.array(fc.constantFrom(...CHAT), { maxLength: 5 }).map((w) => w.join(' '));

/** Typical service queries staff must read intact in the failed-search report. */
export const SERVICE_QUERIES = [
  'perdi meu rg em bh',
  'perdi meu rg',
  'renovar cnh',
  'segunda via conta de luz',
  'segunda via da cnh',
  '2ª via do RG',
  'ipva 2026',
  'ipva 2025 e 2026',
  'ipva 2025/2026',
  'licenciamento 2025 atrasado',
  'bo de furto de celular',
  'meia entrada estudante',
  'carteira de identidade para menor de 12 anos',
  'agendar vistoria do carro',
  'título de eleitor',
  'transferir título de eleitor para BH',
  'cnh categoria b',
  'cartão do sus',
  'conta de água atrasada',
  'passe livre intermunicipal',
  'escola na zona rural',
  'sou mei e preciso de nota fiscal',
  'eu sou idoso, tenho prioridade?',
  'telefone do detran',
  'e-mail da polícia civil',
  'mudar nome e sobrenome',
  'alteração de nome no RG',
  'seguro desemprego',
  'uai de três corações',
  'detran em sete lagoas',
  'placa do carro',
  'senha do gov.br',
  'quanto custa a taxa em 2026',
  'certidão de nascimento',
  'Atestado de antecedentes criminais',
  'pagar DAE do IPVA',
  'restituição do IR 2025',
  'vacina da gripe 60 anos',
  'sou a favor da nova lei',
  'aqui é muito longe, tem UAI mais perto?',
];

/** Words of service queries, to build new queries from. */
export const serviceQuery = fc
  .array(fc.constantFrom('renovar', 'segunda', 'via', 'cnh', 'rg', 'ipva', '2025', '2026', 'licenciamento', 'de', 'da', 'do', 'conta', 'luz', 'agua', 'perdi', 'meu', 'em', 'bh', 'título', 'eleitor', 'cartão', 'sus', 'multa', 'uai', 'agendar', 'carteira', 'identidade', 'boletim', 'ocorrência', 'furto', 'celular', 'placa', 'veículo', 'transferência'), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));
