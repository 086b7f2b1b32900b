export * from './types.js';
export * from './score.js';
export { coordinatesOf, distanceKm } from '../geo/coordinates.js';
export type { Coordinates } from '../geo/coordinates.js';
export * from './introduction-profile.js';
export * from './match-outcomes.js';
