import { useTranslation } from 'react-i18next';

/** t() of the candidate app's catalogue (namespace `mijn`). */
export function useMijnTranslation() {
  return useTranslation('mijn');
}
