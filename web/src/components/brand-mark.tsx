import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The Koers logo and name, linking to the start page. */
export function BrandMark() {
  const { t } = useTranslation();
  return (
    <Link to="/" aria-label={t('app.home')} style={{ textDecoration: 'none', color: 'inherit' }}>
      <Group gap={8} wrap="nowrap">
        <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" fill="var(--mantine-color-indigo-9)" />
          <path d="M9 23 16 7l7 16-7-4z" fill="#fff" />
        </svg>
        <Text fw={800} fz="xl" c="indigo.9" lh={1}>
          {t('app.name')}
        </Text>
      </Group>
    </Link>
  );
}
