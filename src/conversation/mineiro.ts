// Citizens of the interior of Minas write as they speak: "ocê pode marcá um horário pra mim?", "num é do carro não, é
// da moto uai", "e dispois de pagá?", "tudo bão com ocê?". Before any reader of the engine sees such a message, its
// spoken forms are written as the standard words they stand for, so every reader understands it as it understands
// anyone else (as spanish.ts does for Spanish). A general word list, never a phrase of a service:
// - words only the spoken language uses ("ocê", "procê", "dispois", "vorta", "minino", "derradeiro"); not "bão", which
//   the cues read as praise ("uai sô q trem bão");
// - an infinitive without its final r, written with its accent ("marcá", "pagá", "fazê", "vendê"), when the word is no
//   standard word ending so ("está", "você", "sofá") nor a name (capitalised: "Araxá", "Itajubá");
// - "num" saying "não" before a verb or at a clause's end ("num é", "num tenho", "sei não, num"), never the
//   contraction "num" (em + um: "mora num sítio").
// Typed with accents only where the accent is what tells them apart ("sô", "ês", "fô", "sê"): without it they are
// standard words ("so", "es", "fo", "se").

/** Spoken words and the standard words they stand for (folded keys, as typed without accents too). */
const SPOKEN: ReadonlyMap<string, string> = new Map(Object.entries({
  oce: 'você', oces: 'vocês', ocês: 'vocês', ocê: 'você', cê: 'você', cês: 'vocês', procê: 'pra você', proce: 'pra você', procês: 'pra vocês',
  dispois: 'depois', despois: 'depois', adispois: 'depois', vorta: 'volta', vorto: 'volto', vortá: 'voltar', vortar: 'voltar', vortei: 'voltei',
  minino: 'menino', minina: 'menina', mininu: 'menino', mininos: 'meninos', mininas: 'meninas',
  derradeiro: 'último', derradeira: 'última', nóis: 'nós', nois: 'nós', quié: 'o que é', quie: 'o que é', brigado: 'obrigado',
  brigada: 'obrigada', brigadim: 'obrigado', obrigadim: 'obrigado', inté: 'até', inte: 'até', mió: 'melhor', mio: 'melhor', pió: 'pior',
  muié: 'mulher', muie: 'mulher', ês: 'eles', fô: 'for', sê: 'ser', ocêis: 'vocês',
}));

/** Standard words that end in an accented "á" or "ê" (not infinitives without their r). */
const STANDARD_ENDING = new Set(['está', 'você', 'bebê', 'nenê', 'purê', 'buquê', 'crochê', 'clichê', 'bidê', 'mercê', 'porquê', 'tevê', 'sofá', 'crachá', 'maracujá', 'guaraná', 'fubá', 'xará', 'jabá', 'alvará', 'cajá', 'jacá', 'tamanduá', 'maná', 'vatapá', 'sabiá', 'dendê', 'glacê', 'matinê', 'caratê']);

/** A word of the message that is a verb, an adjective or a pronoun after a "num" saying "não" ("num é", "num tenho", "num sei"). */
const AFTER_NAO = new Set(['e', 'é', 'era', 'foi', 'tem', 'tenho', 'tinha', 'teve', 'sei', 'sabe', 'sabia', 'quero', 'queria', 'quer', 'pode', 'posso', 'podia', 'consigo', 'consegui', 'consegue', 'da', 'dá', 'deu', 'sou', 'to', 'tô', 'ta', 'tá', 'tava', 'vou', 'vai', 'vô', 'precisa', 'preciso', 'faz', 'fiz', 'fez', 'gosto', 'mexo', 'mexe', 'entendi', 'entendo', 'achei', 'acho', 'vem', 'veio', 'passa', 'passou', 'chegou', 'chega', 'abre', 'funciona', 'aceita', 'deixa', 'me', 'te', 'se', 'lhe', 'lembro', 'conheço', 'conheco', 'uso', 'tenhu', 'cabe', 'serve', 'presta', 'adianta', 'tenha']);

/** Personal pronouns: "sô" before one is the vocative ("sô eu vô levar umas novilha…"), never "sou". */
const PRONOUNS: ReadonlySet<string> = new Set(['eu', 'ele', 'ela', 'eles', 'elas', 'nós', 'nos', 'nóis', 'nois', 'você', 'voce', 'vc', 'ocê', 'oce', 'cê', 'a gente', 'ês']);

/** Words of a message: the words and what lies between them, kept so that the message keeps its pauses. */
const WORD = /[\p{L}]+/gu;

/** The message with its spoken forms written as standard words (see the file comment); other words as typed. */
export function fromMineiro(text: string): string {
  if (!NEEDS_LOOK.test(text)) return text;
  const words = [...text.matchAll(WORD)];
  let out = '';
  let at = 0;
  words.forEach((w, i) => {
    const word = w[0];
    const start = w.index ?? 0;
    const first = i === 0 || /[,.!?;:]/.test(text.slice(at, start));
    out += text.slice(at, start) + standard(word, words[i + 1]?.[0], text.slice(start + word.length, words[i + 1]?.index ?? text.length), first);
    at = start + word.length;
  });
  return out + text.slice(at);
}

/** A cheap check before the word walk: a word the list knows, an accented "á"/"ê"/"ô" ending a word, or a "num". */
const NEEDS_LOOK = /[áêô](?![\p{L}])|\b(num|oce|oces|proce|dispois|despois|adispois|vorta|vorto|vortar|vortei|minin[oau]s?|derradeir[oa]|nois|quie|brigad[oa]|brigadim|obrigadim|inte|mio|muie)\b|ocê|cê|nóis|quié|ês|sô|sê|vô/iu;

/** One word written as standard, given the next word, what lies between them, and whether it opens a clause. */
function standard(word: string, next: string | undefined, between: string, first: boolean): string {
  const lower = word.toLowerCase();
  // "sô lá do distrito" opens a clause with a word after it: "sou"; "bom dia sô", "agenda pra mim sô": the vocative.
  // "vô tirá leite" (an infinitive after it): "vou"; "meu vô" is the grandfather.
  if (lower === 'vô') return next !== undefined && /(ar|er|ir|[áêí])$/i.test(next) ? 'vou' : 'avô';
  // "sô eu vô levar…" calls before a pronoun, comma or not.
  if (lower === 'sô') return first && next !== undefined && !/[,.!?;]/.test(between) && !PRONOUNS.has(next.toLowerCase()) ? 'sou' : 'senhor';
  const spoken = SPOKEN.get(lower);
  if (spoken !== undefined) return word === lower ? spoken : capitalised(spoken);
  if (lower === 'num') {
    // "num é", "num tenho" and "num" ending a clause ("sei não, num") say "não"; "num sítio" is "em um".
    const ends = next === undefined || /[,.!?;]/.test(between);
    return ends || AFTER_NAO.has((next ?? '').toLowerCase()) ? (word === lower ? 'não' : 'Não') : word;
  }
  // "marcá", "pagá", "fazê": an infinitive without its r (lower case: "Araxá" is a town).
  if (word === lower && word.length >= 4 && /[áê]$/.test(word) && !STANDARD_ENDING.has(word)) return `${word.slice(0, -1)}${word.endsWith('á') ? 'ar' : 'er'}`;
  return word;
}

function capitalised(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
