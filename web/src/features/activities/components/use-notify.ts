import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A short confirmation or failure at the top of the page, its close button named for screen readers. */
export function useNotify() {
  const { t } = useTranslation();
  return (color: 'green' | 'red', message: string) => notifications.show({ color, message, closeButtonProps: { 'aria-label': t('common.close') } });
}
