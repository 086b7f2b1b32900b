import type { Helper } from '@koers/domain';
import { useRegionName } from '../../api/get-region-name';
import { useMijnTranslation } from '../../lib/translation';
import classes from './helpers.module.css';

/** Only web addresses open as links: a stored value is never run as script (javascript:…). */
function safeWebsite(website: string | null): string | null {
  if (!website) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`;
  return /^https?:\/\//i.test(withScheme) ? withScheme : null;
}

/** One person or organisation who helps, with every way to reach them. */
export function HelperCard({ helper }: { helper: Helper }) {
  const { t } = useMijnTranslation();
  const regionName = useRegionName(helper.regionId);
  const website = safeWebsite(helper.website);
  return (
    <article className="k-card" aria-label={helper.name}>
      <p className="k-badge" style={{ marginBottom: 8 }}>
        {t(`helpers.kind.${helper.kind}`)}
      </p>
      <h3>{helper.name}</h3>
      {helper.organisation && helper.organisation !== helper.name && <p style={{ margin: 0 }}>{helper.organisation}</p>}
      <p className="k-muted" style={{ margin: 0 }}>
        {[helper.place, t('helpers.region', { name: regionName })].filter(Boolean).join(' · ')}
      </p>
      <ul className={classes.contacts}>
        {helper.email && (
          <li>
            <a className={classes.contactLink} href={`mailto:${helper.email}`} aria-label={t('helpers.emailLabel', { name: helper.name, email: helper.email })}>
              <span aria-hidden>✉️</span>
              {helper.email}
            </a>
          </li>
        )}
        {helper.phone && (
          <li>
            <a
              className={classes.contactLink}
              href={`tel:${helper.phone.replace(/[^\d+]/g, '')}`}
              aria-label={t('helpers.phoneLabel', { name: helper.name, phone: helper.phone })}
            >
              <span aria-hidden>📞</span>
              {helper.phone}
            </a>
          </li>
        )}
        {website && (
          <li>
            <a className={classes.contactLink} href={website} target="_blank" rel="noopener noreferrer" aria-label={t('helpers.websiteLabel', { name: helper.name })}>
              <span aria-hidden>🌐</span>
              {t('helpers.website')}
            </a>
          </li>
        )}
      </ul>
    </article>
  );
}
