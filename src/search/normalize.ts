// The text preparation lives in core (catalogue checks and the conversation use it too); search keeps this path.
export { analyze, chunkTable, fold, isStopword, keptIds, keptIdsOfScan, readKeptIds, scanChunkIds, scannedChunks, stem, stemOrSelf, stopwords, tokenById, tokenEpoch, words, type WordToken } from '../core/normalize.ts';
