import { Box, Container, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './brand-mark';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

/** Frame of the pages before sign-in: brand, language, and one centred card. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.1">
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" h={60}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <BrandMark />
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={460} py={{ base: 'md', sm: 48 }} px="sm">
        <Stack gap="md">
          <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }}>
            {children}
          </Paper>
          <Text size="sm" c="dimmed" ta="center">
            {t('app.tagline')}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
