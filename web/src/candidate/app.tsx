import './styles/base.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useMyAccess } from './api/get-my-access';
import { Layout } from './components/layout';
import { ErrorMessage, Loading } from './components/status';
import { i18n, withCatalogue } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { SessionProvider, signOutCandidate, useAuthState } from './lib/session';
import { useMijnTranslation } from './lib/translation';

// Every page loads on demand; the start page is the only one most visits need. The others
// also wait for the rest of the Dutch catalogue (the first load carries only the start page's).
const SignInPage = lazy(async () => ({ default: (await withCatalogue(import('./features/sign-in/sign-in-page'))).SignInPage }));
const EmailLinkPage = lazy(async () => ({ default: (await withCatalogue(import('./features/sign-in/email-link-page'))).EmailLinkPage }));
const RoutePage = lazy(async () => ({ default: (await import('./features/route/route-page')).RoutePage }));
const RouteOptionsPage = lazy(async () => ({ default: (await withCatalogue(import('./features/route/route-options-page'))).RouteOptionsPage }));
const HelpersPage = lazy(async () => ({ default: (await withCatalogue(import('./features/helpers/helpers-page'))).HelpersPage }));
const ActivitiesPage = lazy(async () => ({ default: (await withCatalogue(import('./features/activities/activities-page'))).ActivitiesPage }));
const MessagesPage = lazy(async () => ({ default: (await withCatalogue(import('./features/messages/messages-page'))).MessagesPage }));
const MyDataPage = lazy(async () => ({ default: (await withCatalogue(import('./features/my-data/my-data-page'))).MyDataPage }));

/** Mijn Koers: the candidate's own app under /mijn, a separate entry from the staff app. */
export function CandidateApp() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Router base="/mijn">
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/inloggen" component={SignInPage} />
              <Route path="/inloggen/link" component={EmailLinkPage} />
              <Route>
                <SignedIn>
                  <Layout>
                    <Suspense fallback={<Loading />}>
                      <Switch>
                        <Route path="/" component={RoutePage} />
                        <Route path="/routes" component={RouteOptionsPage} />
                        <Route path="/hulp" component={HelpersPage} />
                        <Route path="/activiteiten" component={ActivitiesPage} />
                        <Route path="/berichten" component={MessagesPage} />
                        <Route path="/berichten/:threadId" component={MessagesPage} />
                        <Route path="/gegevens" component={MyDataPage} />
                        <Route component={NotFound} />
                      </Switch>
                    </Suspense>
                  </Layout>
                </SignedIn>
              </Route>
            </Switch>
          </Suspense>
        </Router>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

/** The gate: signed in, with an account linked to a dossier; otherwise off to sign in. */
function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useMijnTranslation();
  const auth = useAuthState();
  const uid = auth.status === 'signed-in' ? auth.user.uid : null;
  const access = useMyAccess(uid);

  if (auth.status === 'pending') return <Loading />;
  if (auth.status === 'signed-out') return <Redirect to="/inloggen" replace />;
  if (access.isPending) return <Loading />;
  if (access.isError) return <ErrorMessage error={access.error} onRetry={() => void access.refetch()} />;
  const candidateId = access.data?.candidateId ?? null;
  if (!candidateId) {
    const staff = Boolean(access.data && (Object.keys(access.data.regions).length > 0 || access.data.organisationIds.length > 0 || access.data.admin));
    return (
      <main id="inhoud" style={{ maxWidth: 560, margin: '0 auto', padding: 16 }}>
        <div className="k-alert" role="alert">
          <p>{staff ? t('app.staffAccount') : t('app.noDossier')}</p>
          <div className="k-row">
            {staff && (
              <a className="k-button" href="/">
                {t('app.toStaffApp')}
              </a>
            )}
            <button type="button" className="k-button k-button-secondary" onClick={() => void signOutCandidate()}>
              {t('app.signOut')}
            </button>
          </div>
        </div>
      </main>
    );
  }
  return <SessionProvider session={{ uid: auth.user.uid, email: auth.user.email, candidateId }}>{children}</SessionProvider>;
}

function NotFound() {
  const { t } = useMijnTranslation();
  return (
    <div className="k-card">
      <h1>{t('app.notFound')}</h1>
      <a href="/mijn">{t('app.toHome')}</a>
    </div>
  );
}
