import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A link from the regional dashboard to the comparison of the participating regions. */
export function CrossRegionLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/dashboard/regio-vergelijking" size="sm">
      {t('crossRegion.link')}
    </Anchor>
  );
}
