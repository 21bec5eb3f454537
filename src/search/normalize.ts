// The text preparation lives in core (catalogue checks and the conversation use it too); search keeps this path.
export { analyze, fold, isStopword, stem, keptIds, readKeptIds, stopwords, tokenById, tokenEpoch, words } from '../core/normalize.ts';
