import { useMemo, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Center, Container } from '@mantine/core';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useAuthUser } from '../../auth/api/get-auth-user';
import { useMyAccess } from '../api/get-my-access';
import { SessionContext, type Session } from './session-context';

/** Guard for everything behind sign-in: waits for the person and their roles, or sends them to sign in. */
export function RequireSession() {
  const location = useLocation();
  const user = useAuthUser();
  const access = useMyAccess(user.data?.uid);
  // Someone who was signed in here and no longer is signed out (or was signed out): they go
  // to the sign-in page itself; only a visitor who arrives signed out is brought back afterwards.
  const [wasSignedIn, setWasSignedIn] = useState(false);
  if (user.data && !wasSignedIn) setWasSignedIn(true);
  const session = useMemo<Session | null>(
    () => (user.data && access.isSuccess ? { user: user.data, access: access.data } : null),
    [user.data, access.isSuccess, access.data],
  );

  if (user.isPending) return <PageLoader />;
  if (user.isError) return <Failure error={user.error} />;
  if (!user.data) {
    const back = `${location.pathname}${location.search}`;
    const withReturn = back !== '/' && !wasSignedIn;
    return <Navigate to={withReturn ? `/inloggen?terug=${encodeURIComponent(back)}` : '/inloggen'} replace />;
  }
  if (access.isError) return <Failure error={access.error} onRetry={() => void access.refetch()} />;
  if (!session) return <PageLoader />;
  return (
    <SessionContext value={session}>
      <Outlet />
    </SessionContext>
  );
}

function Failure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Container size="sm" component="main" id="main" py="xl">
      <Center>
        <ErrorAlert error={error} onRetry={onRetry} />
      </Center>
    </Container>
  );
}
