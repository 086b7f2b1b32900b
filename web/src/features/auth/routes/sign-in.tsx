import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PublicLayout } from '../../../components/public-layout';
import { useAuthUser } from '../api/get-auth-user';
import { sendSignInLinkInputSchema, useSendSignInLink, type SendSignInLinkInput } from '../api/send-sign-in-link';
import { signInWithPasswordInputSchema, useSignInWithPassword, type SignInWithPasswordInput } from '../api/sign-in-with-password';

/** Only paths inside the app, never another site. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/** /inloggen: staff with e-mail and password, candidates with an e-mailed link. */
export function SignInRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const user = useAuthUser();

  useEffect(() => {
    document.title = `${t('auth.signIn.title')} · ${t('app.name')}`;
  }, [t]);

  if (user.isPending) return <PageLoader />;
  if (user.data) return <Navigate to={safeReturnPath(params.get('terug'))} replace />;

  return (
    <PublicLayout>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('auth.signIn.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('auth.signIn.intro')}
          </Text>
        </Stack>
        <Tabs defaultValue={params.get('als') === 'overstapper' ? 'candidate' : 'staff'} keepMounted={false}>
          <Tabs.List grow aria-label={t('auth.signIn.who')}>
            <Tabs.Tab value="staff">{t('auth.signIn.staffTab')}</Tabs.Tab>
            <Tabs.Tab value="candidate">{t('auth.signIn.candidateTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="staff" pt="md">
            <PasswordSignIn />
          </Tabs.Panel>
          <Tabs.Panel value="candidate" pt="md">
            <EmailLinkRequest />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </PublicLayout>
  );
}

function PasswordSignIn() {
  const { t } = useTranslation();
  const signIn = useSignInWithPassword();
  const form = useForm<SignInWithPasswordInput>({
    resolver: zodResolver(signInWithPasswordInputSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => signIn.mutate(values))(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('auth.signIn.staffIntro')}</Text>
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          required
          error={errors.email && t('validation.email')}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          required
          error={errors.password && t('validation.required')}
          {...form.register('password')}
        />
        {signIn.isError && <ErrorAlert error={signIn.error} />}
        <Button type="submit" loading={signIn.isPending} loaderProps={{ 'aria-label': t('auth.signIn.submitting') }} fullWidth mt="xs">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function EmailLinkRequest() {
  const { t } = useTranslation();
  const send = useSendSignInLink();
  const form = useForm<SendSignInLinkInput>({
    resolver: zodResolver(sendSignInLinkInputSchema),
    defaultValues: { email: '' },
  });
  const { errors } = form.formState;

  if (send.isSuccess) {
    return (
      <Stack gap="sm">
        <Alert color="green" variant="light" title={t('auth.link.sentTitle')} role="status">
          <Stack gap={6}>
            <Text size="sm">{t('auth.link.sent', { email: send.data })}</Text>
            <Text size="sm">{t('auth.link.sentHint')}</Text>
          </Stack>
        </Alert>
        <Button variant="subtle" onClick={() => send.reset()}>
          {t('auth.link.again')}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => send.mutate(values))(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('auth.link.intro')}</Text>
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="email"
          required
          error={errors.email && t('validation.email')}
          {...form.register('email')}
        />
        {send.isError && <ErrorAlert error={send.error} />}
        <Button type="submit" loading={send.isPending} loaderProps={{ 'aria-label': t('auth.link.submitting') }} fullWidth mt="xs">
          {t('auth.link.submit')}
        </Button>
      </Stack>
    </form>
  );
}
