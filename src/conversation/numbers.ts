// Numbers said in words, shared by whatever reads a position or a number from a message: options ("a segunda"),
// walkthrough steps ("vai pra terceira"), and numbers spelt out as a phone or a CPF ("nove três zero sete…").
// Maps, not objects: a typed word such as "constructor" must never meet an object's built-ins.

/** Cardinal numbers in words, one to ten. */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ um: 1, uma: 1, dois: 2, duas: 2, tres: 3, treis: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 }));

/**
 * The number words a count or a span of time is spelt with, two and up ("seis carros", "quinze dias", "cem reais"). The
 * readers of such numbers (heard.ts's spans, limits.ts's counts) take their alternation from here, each with its own
 * few more (heard.ts: "um/uma" and tens to "noventa"; limits.ts: "onze").
 */
export const SPELT_NUMBERS: readonly string[] = ['dois', 'duas', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'doze', 'quinze', 'vinte', 'trinta', 'cem'];

/** Ordinal numbers in words, first to tenth. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  primeira: 1, primeiro: 1, segunda: 2, segundo: 2, terceira: 3, terceiro: 3, quarta: 4, quarto: 4, quinta: 5, quinto: 5,
  sexta: 6, sexto: 6, setima: 7, setimo: 7, oitava: 8, oitavo: 8, nona: 9, nono: 9, decima: 10, decimo: 10,
}));

/** Digits said in words, as a number is dictated ("três nove zero ponto um…"; "meia" is six in a phone number). */
export const DIGIT_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  zero: '0', um: '1', uma: '1', dois: '2', duas: '2', tres: '3', treis: '3', quatro: '4', cinco: '5', seis: '6', meia: '6', sete: '7', oito: '8', nove: '9',
}));
/** Two digits said as one number ("trinta e um" for a DDD, "doze"): the tens' first digit, or both digits. */
export const TENS_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({ vinte: '2', trinta: '3', quarenta: '4', cinquenta: '5', sessenta: '6', setenta: '7', oitenta: '8', noventa: '9' }));
/** "dez" to "dezenove", both digits. */
export const TEEN_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  dez: '10', onze: '11', doze: '12', treze: '13', quatorze: '14', catorze: '14', quinze: '15', dezesseis: '16', dezessete: '17', dezoito: '18', dezenove: '19',
}));
