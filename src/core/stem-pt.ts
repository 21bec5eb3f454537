// The Snowball Portuguese stemmer (snowballstem.org, the algorithm snowball-stemmers implements), written out
// by hand: the same routines, step by step, on the same cursor model (cursor, limit, limit_backward, bra, ket),
// with suffix tables looked up by their last letter. snowball-stemmers' generated code spends most of its time
// in its own call machinery, which made stemming the costliest part of building the search index; this gives
// the same stem for every word (test/search/stem.test.ts compares both on every word of the catalogue and of
// the query sets).

/** One suffix table: its suffixes by last character, longest first, each with its result number. */
type Among = ReadonlyMap<string, readonly (readonly [string, number])[]>;

function among(entries: readonly (readonly [string, number])[]): Among {
  const map = new Map<string, [string, number][]>();
  for (const [s, result] of entries) {
    const last = s.charAt(s.length - 1);
    const list = map.get(last) ?? [];
    list.push([s, result]);
    map.set(last, list);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
}

const each = (result: number, words: string): [string, number][] =>
  words
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => [w, result]);

/** After -iv- or -amente: ic, ad, os removed (result -1), iv then at (result 1). */
const A2 = among([...each(-1, 'ic ad os'), ...each(1, 'iv')]);
const A3 = among(each(1, 'ante avel ível'));
const A4 = among(each(1, 'ic abil iv'));
const A5 = among([
  ...each(1, 'ica adora osa ista eza ante ável ível ico ismo oso amento imento aça~o ador icas adoras osas istas ezas adores antes aço~es icos ismos osos amentos imentos'),
  ...each(1, 'ância'),
  ...each(4, 'ência ências'),
  ...each(2, 'logia logias'),
  ...each(9, 'ira iras'),
  ...each(8, 'iva ivo ivas ivos'),
  ...each(7, 'idade idades'),
  ...each(6, 'mente'),
  ...each(5, 'amente'),
  ...each(3, 'uça~o uço~es'),
]);
const A6 = among(
  each(
    1,
    'ada ida ia aria eria iria ara era ira ava asse esse isse aste este iste ei arei erei irei am iam ariam eriam iriam aram eram iram avam em arem erem irem assem essem issem ado ido ando endo indo ara~o era~o ira~o ar er ir as adas idas ias arias erias irias aras eras iras avas es ardes erdes irdes ares eres ires asses esses isses astes estes istes is ais eis areis ereis ireis áreis éreis íreis ásseis ésseis ísseis áveis íeis aríeis eríeis iríeis ados idos amos áramos éramos íramos ávamos íamos aríamos eríamos iríamos emos aremos eremos iremos ássemos êssemos íssemos imos armos ermos irmos ámos arás erás irás eu iu ou ará erá irá',
  ),
);
const A7 = among(each(1, 'a i o os á í ó'));
const A8 = among([...each(1, 'e é ê'), ...each(2, 'ç')]);

/** The vowels of the algorithm. */
const VOWELS = new Set('aeiouáéíóúâêô');

/** VOWELS by character code (all of them are under 256): 1 for a vowel. */
const VOWEL_CODES = new Uint8Array(256);
for (const v of VOWELS) VOWEL_CODES[v.charCodeAt(0)] = 1;

// The state of the word being stemmed, as in Snowball's runtime.
let current = '';
let cursor = 0;
let limit = 0;
let limitBackward = 0;
let bra = 0;
let ket = 0;
let pV = 0;
let p1 = 0;
let p2 = 0;

const isVowelAt = (i: number): boolean => VOWEL_CODES[current.charCodeAt(i)] === 1;

/** in_grouping v: the character at the cursor is a vowel (then step over it). */
function inV(): boolean {
  if (cursor >= limit || !isVowelAt(cursor)) return false;
  cursor++;
  return true;
}

/** out_grouping v: the character at the cursor is not a vowel (then step over it). */
function outV(): boolean {
  if (cursor >= limit || isVowelAt(cursor)) return false;
  cursor++;
  return true;
}

/** gopast v / gopast non-v. */
function gopast(vowel: boolean): boolean {
  for (;;) {
    if (vowel ? inV() : outV()) return true;
    if (cursor >= limit) return false;
    cursor++;
  }
}

/** eq_s_b: `s` ends at the cursor (then step back over it). */
function eqB(s: string): boolean {
  if (cursor - limitBackward < s.length || !current.startsWith(s, cursor - s.length)) return false;
  cursor -= s.length;
  return true;
}

/** find_among_b: the longest suffix of the table ending at the cursor; its result, or 0. */
function findB(table: Among): number {
  if (cursor <= limitBackward) return 0;
  const list = table.get(current.charAt(cursor - 1));
  if (list === undefined) return 0;
  for (let k = 0; k < list.length; k++) {
    // Read by index, not destructured: the stemmer runs cold (interpreted) for the first thousand words of a start,
    // and destructuring goes through the array iterator there.
    const entry = list[k] as readonly [string, number];
    const s = entry[0];
    const result = entry[1];
    const from = cursor - s.length;
    if (from >= limitBackward && current.startsWith(s, from)) {
      cursor = from;
      return result;
    }
  }
  return 0;
}

/** slice_from: replaces [bra, ket) with `s`. */
function sliceFrom(s: string): void {
  const adjustment = s.length - (ket - bra);
  current = current.slice(0, bra) + s + current.slice(ket);
  limit += adjustment;
  if (cursor >= ket) cursor += adjustment;
  else if (cursor > bra) cursor = bra;
}

const rv = (): boolean => pV <= cursor;
const r1 = (): boolean => p1 <= cursor;
const r2 = (): boolean => p2 <= cursor;

/** RV's start: after the next vowel past a consonant second letter, after the next consonant past two vowels, else after the third letter. */
function rvStart(): boolean {
  const v2 = cursor;
  if (inV()) {
    const v3 = cursor;
    if (outV() && gopast(true)) return true;
    cursor = v3;
    if (inV() && gopast(false)) return true;
  }
  cursor = v2;
  if (!outV()) return false;
  const v6 = cursor;
  if (outV() && gopast(true)) return true;
  cursor = v6;
  if (!inV() || cursor >= limit) return false;
  cursor++;
  return true;
}

function markRegions(): void {
  pV = limit;
  p1 = limit;
  p2 = limit;
  const v1 = cursor;
  if (rvStart()) pV = cursor;
  cursor = v1;
  if (gopast(true) && gopast(false)) {
    p1 = cursor;
    if (gopast(true) && gopast(false)) p2 = cursor;
  }
  cursor = v1;
}

function standardSuffix(): boolean {
  ket = cursor;
  const a = findB(A5);
  if (a === 0) return false;
  bra = cursor;
  switch (a) {
    case 1:
      if (!r2()) return false;
      sliceFrom('');
      break;
    case 2:
      if (!r2()) return false;
      sliceFrom('log');
      break;
    case 3:
      if (!r2()) return false;
      sliceFrom('u');
      break;
    case 4:
      if (!r2()) return false;
      sliceFrom('ente');
      break;
    case 5: {
      if (!r1()) return false;
      sliceFrom('');
      const v = limit - cursor;
      ket = cursor;
      const b = findB(A2);
      if (b === 0) {
        cursor = limit - v;
        break;
      }
      bra = cursor;
      if (!r2()) {
        cursor = limit - v;
        break;
      }
      sliceFrom('');
      if (b === 1) {
        ket = cursor;
        if (!eqB('at')) {
          cursor = limit - v;
          break;
        }
        bra = cursor;
        if (!r2()) {
          cursor = limit - v;
          break;
        }
        sliceFrom('');
      }
      break;
    }
    case 6:
    case 7: {
      if (!r2()) return false;
      sliceFrom('');
      const v = limit - cursor;
      ket = cursor;
      if (findB(a === 6 ? A3 : A4) === 0) {
        cursor = limit - v;
        break;
      }
      bra = cursor;
      if (!r2()) {
        cursor = limit - v;
        break;
      }
      sliceFrom('');
      break;
    }
    case 8: {
      if (!r2()) return false;
      sliceFrom('');
      const v = limit - cursor;
      ket = cursor;
      if (!eqB('at')) {
        cursor = limit - v;
        break;
      }
      bra = cursor;
      if (!r2()) {
        cursor = limit - v;
        break;
      }
      sliceFrom('');
      break;
    }
    case 9:
      if (!rv()) return false;
      if (!eqB('e')) return false;
      sliceFrom('ir');
      break;
  }
  return true;
}

function verbSuffix(): boolean {
  const v1 = limit - cursor;
  if (cursor < pV) return false;
  cursor = pV;
  const v2 = limitBackward;
  limitBackward = cursor;
  cursor = limit - v1;
  ket = cursor;
  const a = findB(A6);
  if (a === 0) {
    limitBackward = v2;
    return false;
  }
  bra = cursor;
  sliceFrom('');
  limitBackward = v2;
  return true;
}

function residualSuffix(): boolean {
  ket = cursor;
  if (findB(A7) === 0) return false;
  bra = cursor;
  if (!rv()) return false;
  sliceFrom('');
  return true;
}

function residualForm(): boolean {
  ket = cursor;
  const a = findB(A8);
  if (a === 0) return false;
  bra = cursor;
  if (a === 2) {
    sliceFrom('c');
    return true;
  }
  if (!rv()) return false;
  sliceFrom('');
  ket = cursor;
  const v1 = limit - cursor;
  let gu = false;
  if (eqB('u')) {
    bra = cursor;
    const v2 = limit - cursor;
    if (eqB('g')) {
      cursor = limit - v2;
      gu = true;
    }
  }
  if (!gu) {
    cursor = limit - v1;
    if (!eqB('i')) return false;
    bra = cursor;
    const v3 = limit - cursor;
    if (!eqB('c')) return false;
    cursor = limit - v3;
  }
  if (!rv()) return false;
  sliceFrom('');
  return true;
}

/** The Snowball Portuguese stem of a lower-case word (accents as written: "habilitação", not "habilitacao"). */
export function stemPortuguese(word: string): string {
  // Prelude: ã and õ become a~ and o~.
  current = word.includes('ã') || word.includes('õ') ? word.replace(/ã/g, 'a~').replace(/õ/g, 'o~') : word;
  cursor = 0;
  limit = current.length;
  limitBackward = 0;
  bra = 0;
  ket = limit;
  markRegions();
  limitBackward = cursor;
  cursor = limit;
  // Every saved position below is an offset from the end, taken at the end of the word: 0.
  let changed = standardSuffix();
  if (!changed) {
    cursor = limit;
    changed = verbSuffix();
  }
  if (changed) {
    // ['i'] test 'c' RV delete, from the end of what is left.
    cursor = limit;
    ket = cursor;
    if (eqB('i')) {
      bra = cursor;
      const v8 = limit - cursor;
      if (eqB('c')) {
        cursor = limit - v8;
        if (rv()) sliceFrom('');
      }
    }
  } else {
    cursor = limit;
    residualSuffix();
  }
  cursor = limit;
  residualForm();
  // Postlude: a~ and o~ become ã and õ again.
  return current.includes('~') ? current.replace(/a~/g, 'ã').replace(/o~/g, 'õ') : current;
}
