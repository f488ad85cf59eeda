export * from './ner.types.js';
export * from './corenlp.client.js';
export * from './natasha.client.js';
export * from './recogniser.js';
export * from './cached-recogniser.js';
