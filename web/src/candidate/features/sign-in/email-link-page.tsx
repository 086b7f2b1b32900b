import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorCode } from '../../../lib/errors';
import { ErrorMessage, Loading } from '../../components/status';
import { auth } from '../../lib/firebase';
import { queryClient } from '../../lib/query-client';
import { signOutCandidate } from '../../lib/session';
import { useMijnTranslation } from '../../lib/translation';
import { completeSignInLink, isSignInLink, pendingSignInEmail } from './api/sign-in-link';
import { linkCandidateAccount } from './api/link-candidate-account';
import { EmailForm } from './email-form';
import { PublicFrame } from './public-frame';

/**
 * /mijn/inloggen/link: where the e-mailed link lands. Completes the sign-in (asking for the
 * address when the link is opened on another device), links the account to the dossier by
 * its verified address, then opens the candidate's route.
 */
export function EmailLinkPage() {
  const { t } = useMijnTranslation();
  const [, navigate] = useLocation();
  const [link] = useState(() => window.location.href);
  const [email, setEmail] = useState(pendingSignInEmail);
  const started = useRef(false);
  const validLink = isSignInLink(link);
  const signIn = useMutation({
    mutationFn: async (address: string) => {
      await completeSignInLink(address, link);
      await linkCandidateAccount(undefined);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      navigate('/', { replace: true });
    },
  });

  useEffect(() => {
    if (!validLink || !email || started.current) return;
    started.current = true;
    signIn.mutate(email);
  }, [validLink, email, signIn]);

  let content;
  if (!validLink) {
    content = (
      <div className="k-alert" data-tone="danger" role="alert">
        <p>{t('signIn.link.invalid')}</p>
        <Link href="/inloggen">{t('signIn.link.again')}</Link>
      </div>
    );
  } else if (signIn.isError) {
    const code = errorCode(signIn.error);
    content = (
      <>
        <ErrorMessage
          error={signIn.error}
          messages={{ 'not-found': t('signIn.link.notFound'), 'failed-precondition': t('signIn.link.ambiguous'), 'already-exists': t('signIn.link.ambiguous') }}
        />
        <div className="k-row">
          {code === 'invalid-action-code' || code === 'expired-action-code' ? <Link href="/inloggen">{t('signIn.link.again')}</Link> : null}
          {auth.currentUser && (
            <button type="button" className="k-button k-button-secondary" onClick={() => void signOutCandidate().then(() => navigate('/inloggen', { replace: true }))}>
              {t('app.signOut')}
            </button>
          )}
        </div>
      </>
    );
  } else if (!email) {
    content = (
      <>
        <p>{t('signIn.link.askEmail')}</p>
        <EmailForm submitLabel={t('signIn.link.submit')} busy={false} onEmail={setEmail} />
      </>
    );
  } else {
    content = <Loading label={t('signIn.link.completing')} />;
  }
  return <PublicFrame title={t('signIn.link.title')}>{content}</PublicFrame>;
}
