import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** First focusable element on every page: jumps past the navigation to the content. */
export function SkipLink({ target = 'main' }: { target?: string }) {
  const { t } = useTranslation();
  return (
    <a className={classes.skipLink} href={`#${target}`}>
      {t('app.skipToContent')}
    </a>
  );
}
