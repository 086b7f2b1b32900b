import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1; also names the browser tab, which screen readers announce. */
export function PageTitle({ children, ...props }: Omit<TitleProps, 'order'> & { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);
  return (
    <Title order={1} fz={{ base: 'h2', sm: 'h1' }} {...props}>
      {children}
    </Title>
  );
}
