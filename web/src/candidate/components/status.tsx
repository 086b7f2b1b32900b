// Loading and error states, said in words (role=status / role=alert), never only shown.
import { errorCode } from '../../lib/errors';
import { useMijnTranslation } from '../lib/translation';

export function Loading({ label }: { label?: string }) {
  const { t } = useMijnTranslation();
  return (
    <p role="status" className="k-muted">
      {label ?? t('app.loading')}
    </p>
  );
}

const explained = ['unavailable', 'permission-denied', 'invalid-data', 'invalid-argument', 'not-found', 'aborted', 'failed-precondition', 'resource-exhausted'] as const;

/** The error's meaning for the candidate, with a retry where one helps. */
export function ErrorMessage({ error, onRetry, messages }: { error: unknown; onRetry?: () => void; messages?: Partial<Record<string, string>> }) {
  const { t } = useMijnTranslation();
  const code = errorCode(error) as string;
  const known = (explained as readonly string[]).includes(code) ? t(`errors.${code as (typeof explained)[number]}`) : t('errors.generic');
  return (
    <div className="k-alert" data-tone="danger" role="alert">
      <p style={{ margin: 0 }}>{messages?.[code] ?? known}</p>
      {onRetry && (
        <button type="button" className="k-button k-button-secondary" style={{ marginTop: 8 }} onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
