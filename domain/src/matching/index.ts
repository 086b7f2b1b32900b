export * from './types.js';
export * from './score.js';
