import { locales } from '@koers/domain';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Switches the interface language; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('app.language')}
      size="xs"
      w={68}
      value={i18n.resolvedLanguage ?? 'nl'}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      data={locales.map((locale) => ({ value: locale, label: locale.toUpperCase() }))}
      title={t('app.language')}
    />
  );
}
