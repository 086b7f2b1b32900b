import { rolesOf, startPathFor } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PublicLayout } from '../../../components/public-layout';
import { useMyAccess } from '../../access/api/get-my-access';
import { isSignInLink, pendingSignInEmail, useCompleteSignInLink } from '../api/complete-sign-in-link';
import { useAuthUser } from '../api/get-auth-user';
import { useLinkCandidateAccount } from '../api/link-candidate-account';
import { sendSignInLinkInputSchema } from '../api/send-sign-in-link';
import { useSignOut } from '../api/sign-out';

/**
 * /inloggen/link: where the e-mailed sign-in link lands. Completes the sign-in (asking for
 * the address when the link is opened on another device), links a candidate's new account
 * to their dossier, then moves on to the person's start page.
 */
export function EmailLinkRoute() {
  const { t } = useTranslation();
  const [link] = useState(() => window.location.href);
  const [email, setEmail] = useState(pendingSignInEmail);
  const user = useAuthUser();
  const complete = useCompleteSignInLink();
  const started = useRef(false);
  const validLink = isSignInLink(link);

  useEffect(() => {
    document.title = `${t('auth.emailLink.title')} · ${t('app.name')}`;
  }, [t]);

  useEffect(() => {
    if (!validLink || !email || started.current || user.isPending || user.data) return;
    started.current = true;
    complete.mutate({ email, link });
  }, [validLink, email, user.isPending, user.data, complete, link]);

  let content;
  if (user.data) content = <AfterSignIn uid={user.data.uid} />;
  else if (complete.isError)
    content = (
      <Stack>
        <ErrorAlert error={complete.error} />
        <Button component={Link} to="/inloggen?als=overstapper" variant="light">
          {t('auth.link.again')}
        </Button>
      </Stack>
    );
  else if (!validLink)
    content = (
      <Stack>
        <Alert color="red" variant="light" role="alert">
          {t('auth.emailLink.invalid')}
        </Alert>
        <Button component={Link} to="/inloggen?als=overstapper" variant="light">
          {t('auth.emailLink.toSignIn')}
        </Button>
      </Stack>
    );
  else if (!email) content = <AskEmail onEmail={setEmail} />;
  else content = <PageLoader label={t('auth.emailLink.completing')} />;

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('auth.emailLink.title')}
        </Title>
        {content}
      </Stack>
    </PublicLayout>
  );
}

const askEmailSchema = sendSignInLinkInputSchema;

function AskEmail({ onEmail }: { onEmail: (email: string) => void }) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof askEmailSchema>, unknown, z.output<typeof askEmailSchema>>({
    resolver: zodResolver(askEmailSchema),
    defaultValues: { email: '' },
  });
  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => onEmail(values.email))(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('auth.emailLink.askEmail')}</Text>
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="email"
          required
          error={form.formState.errors.email && t('validation.email')}
          {...form.register('email')}
        />
        <Button type="submit">{t('auth.emailLink.submit')}</Button>
      </Stack>
    </form>
  );
}

/**
 * Signed in: staff invited by link already hold a role and move on. Anyone without a role
 * is a candidate whose account is linked to their dossier first (by verified e-mail address).
 */
function AfterSignIn({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useMyAccess(uid);
  const linkAccount = useLinkCandidateAccount();
  const signOut = useSignOut();
  const requested = useRef(false);
  const hasRole = Boolean(access.data && rolesOf(access.data).length > 0);
  const needsLink = access.isSuccess && !hasRole;

  useEffect(() => {
    if (!needsLink || requested.current) return;
    requested.current = true;
    linkAccount.mutate();
  }, [needsLink, linkAccount]);

  if (access.isError) return <ErrorAlert error={access.error} onRetry={() => void access.refetch()} />;
  if (hasRole) return <Navigate to={startPathFor(access.data ?? null)} replace />;
  if (linkAccount.isError) {
    return (
      <Stack>
        <ErrorAlert
          error={linkAccount.error}
          title={t('access.linkingTitle')}
          messages={{
            'not-found': t('errors.linkNotFound'),
            'failed-precondition': t('errors.linkFailedPrecondition'),
            'already-exists': t('errors.linkFailedPrecondition'),
          }}
        />
        <Button variant="default" loading={signOut.isPending} onClick={() => void signOut.mutateAsync().then(() => navigate('/inloggen', { replace: true }))}>
          {t('app.signOut')}
        </Button>
      </Stack>
    );
  }
  return <PageLoader label={t('auth.emailLink.linking')} />;
}
