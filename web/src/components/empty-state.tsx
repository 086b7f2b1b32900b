import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}
