import { useTranslation } from 'react-i18next';
import type { CrossRegionRow } from './cross-region-tables';

/** A row's name in the current language. */
export function useRowLabel(): (row: CrossRegionRow) => string {
  const { t } = useTranslation();
  return ({ label }) => {
    if ('own' in label) return t(`crossRegion.rows.${label.own}`);
    switch (label.vocab) {
      case 'boardColumn':
        return t(`vocab.boardColumn.${label.value}`);
      case 'status':
        return t(`vocab.status.${label.value}`);
      case 'sector':
        return t(`vocab.sector.${label.value}`);
      case 'subject':
        return t(`vocab.subject.${label.value}`);
      case 'source':
        return t(`vocab.source.${label.value}`);
      case 'exitReason':
        return t(`vocab.exitReason.${label.value}`);
    }
  };
}
