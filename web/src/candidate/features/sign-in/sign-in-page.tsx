import { useMutation } from '@tanstack/react-query';
import { ErrorMessage } from '../../components/status';
import { useMijnTranslation } from '../../lib/translation';
import { sendCandidateSignInLink } from './api/sign-in-link';
import { EmailForm } from './email-form';
import { PublicFrame } from './public-frame';

/** /mijn/inloggen: ask for a sign-in link (no password). */
export function SignInPage() {
  const { t } = useMijnTranslation();
  const send = useMutation({ mutationFn: (email: string) => sendCandidateSignInLink({ email }) });
  return (
    <PublicFrame title={t('signIn.title')}>
      <p>{t('signIn.intro')}</p>
      {send.isSuccess ? (
        <div className="k-alert" data-tone="success" role="status">
          {t('signIn.sent', { email: send.data })}
        </div>
      ) : (
        <>
          {send.isError && <ErrorMessage error={send.error} />}
          <EmailForm submitLabel={t('signIn.send')} busy={send.isPending} onEmail={(email) => send.mutate(email)} />
        </>
      )}
      <p className="k-muted" style={{ marginTop: 24 }}>
        {t('signIn.staff')} <a href="/inloggen">{t('signIn.staffLink')}</a>
      </p>
    </PublicFrame>
  );
}
