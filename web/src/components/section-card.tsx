import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of a page: an h2 in a bordered card, labelled for assistive technology. */
export function SectionCard({ title, id, children, actions }: { title: string; id: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap="xs">
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {actions}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
