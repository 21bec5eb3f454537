// The hand-written Snowball Portuguese stemmer (src/core/stem-pt.ts) must give the stem snowball-stemmers gives, on
// every word search can meet: the index, the synonyms and the tuned rankings were all made with those stems.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { stemPortuguese } from '../../src/core/stem-pt.ts';

interface SnowballStemmer {
  stem(word: string): string;
}
// snowball-stemmers is CommonJS without type declarations: load it through require and type the one call used.
const reference = (createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(language: string): SnowballStemmer }).newStemmer('portuguese');

/** Every lower-case word of the text files under a folder (the catalogue's YAML, the query and dialogue sets…). */
function wordsUnder(dir: string, into: Set<string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) wordsUnder(path, into);
    else if (/\.(ts|yaml|yml|json|md|txt)$/.test(name)) for (const w of readFileSync(path, 'utf8').toLowerCase().split(/[^a-zà-ÿ]+/)) if (w.length > 0) into.add(w);
  }
}

/** The words as typed, folded, and folded with the accents stem() puts back before stemming. */
function allForms(words: ReadonlySet<string>): string[] {
  const out = new Set<string>(words);
  for (const w of words) {
    const folded = w.normalize('NFKD').replace(/\p{M}/gu, '');
    out.add(folded);
    out.add(
      folded
        .replace(/(o|a)es$/, 'ao')
        .replace(/cao$/, 'ção')
        .replace(/ao$/, 'ão')
        .replace(/encia(s?)$/, 'ência$1')
        .replace(/ancia(s?)$/, 'ância$1'),
    );
  }
  return [...out];
}

/** The words whose stems differ, as "word: expected ≠ got". */
function differences(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const expected = reference.stem(w);
    const got = stemPortuguese(w);
    return expected === got ? [] : [`${w}: ${expected} ≠ ${got}`];
  });
}

describe('the Portuguese stemmer', () => {
  it('stems every word of the catalogue and of the test sets as snowball-stemmers does', () => {
    const words = new Set<string>();
    for (const dir of ['data', 'test', 'src']) wordsUnder(join(projectRoot, dir), words);
    const forms = allForms(words);
    expect(forms.length).toBeGreaterThan(5000);
    expect(differences(forms)).toEqual([]);
  });

  it('stems every suffix of the algorithm after many stems as snowball-stemmers does', () => {
    // Each suffix the algorithm removes or rewrites, after word beginnings of every shape (vowel or consonant
    // first, short and long, ending in the letters the residual steps look at).
    const suffixes =
      'ica ância ência logia ira adora osa ista iva eza idade ante mente amente ável ível ico ismo oso amento imento ivo ação ução ador icas ências logias iras adoras osas istas ivas ezas idades adores antes ações uções icos ismos osos amentos imentos ivos ada ida ia aria eria iria ara era ava asse esse isse aste este iste ei arei erei irei am iam ariam eriam iriam aram eram iram avam em arem erem irem assem essem issem ado ido ando endo indo arão erão irão ar er ir as adas idas ias arias erias irias aras eras avas es ardes erdes irdes ares eres ires asses esses isses astes estes istes is ais eis areis ereis ireis áreis éreis íreis ásseis ésseis ísseis áveis íeis aríeis eríeis iríeis ados idos amos áramos éramos íramos ávamos íamos aríamos eríamos iríamos emos aremos eremos iremos ássemos êssemos íssemos imos armos ermos irmos ámos arás erás irás eu iu ou ará erá irá a i o os á í ó e é ê ç ic ad iv at abil avel'.split(
        ' ',
      );
    const starts = ['', 'a', 'e', 'u', 'ã', 'b', 'br', 'ab', 'ea', 'ba', 'gu', 'ic', 'proc', 'habilit', 'identid', 'estr', 'aere', 'qu', 'renov', 'oi', 'ãe', 'tç', 'lic', 'pagu', 'ativ', 'cert'];
    const words = starts.flatMap((b) => suffixes.flatMap((s) => [b + s, `${b}${s}${s}`, `${b}ic${s}`, `${b}at${s}`, `${b}u${s}`, `${b}iv${s}`]));
    expect(differences(words)).toEqual([]);
  });
});
