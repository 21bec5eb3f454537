// The text preparation lives in core (catalogue checks and the conversation use it too); search keeps this path.
export { analyze, fold, isStopword, stem, stopwords, type WordToken, wordTokensInto, words } from '../core/normalize.ts';
