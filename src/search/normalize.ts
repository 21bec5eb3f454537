// The text preparation lives in core (catalogue checks and the conversation use it too); search keeps this path.
export { analyze, chunkTable, fold, isStopword, keptIds, keptIdsOfScan, readKeptIds, scanChunkIds, scannedChunks, stem, stopwords, tokenById, tokenEpoch, words } from '../core/normalize.ts';
