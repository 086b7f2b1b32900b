export * from './counts.js';
export * from './periods.js';
export * from './journey-history.js';
export * from './contributions.js';
export * from './ledger.js';
export * from './cross-region.js';
export * from './documents.js';
export * from './views.js';
