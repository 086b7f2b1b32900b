import type { BoardColumn } from '@koers/domain';

/** Query keys of the board feature. */
export const boardKeys = {
  all: ['board'] as const,
  region: (regionId: string) => [...boardKeys.all, 'region', regionId] as const,
  column: (regionId: string, column: BoardColumn, size: number) => [...boardKeys.region(regionId), 'column', column, size] as const,
  move: () => [...boardKeys.all, 'move'] as const,
};
