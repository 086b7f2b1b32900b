import './styles/base.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useMyAccess } from './api/get-my-access';
import { Layout } from './components/layout';
import { ErrorMessage, Loading } from './components/status';
import { i18n, withCatalogue } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { SessionProvider, signOutCandidate, useAuthState } from './lib/session';
import { useMijnTranslation } from './lib/translation';

/** A page loaded on demand, which can be asked to start loading before it renders. */
function page(load: () => Promise<ComponentType>) {
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  return { Component: lazy(preload), preload };
}

// Every page loads on demand; the start page is the only one most visits need. The others
// also wait for the rest of the Dutch catalogue (the first load carries only the start page's).
const pages = {
  '/inloggen': page(async () => (await withCatalogue(import('./features/sign-in/sign-in-page'))).SignInPage),
  '/inloggen/link': page(async () => (await withCatalogue(import('./features/sign-in/email-link-page'))).EmailLinkPage),
  '/': page(async () => (await import('./features/route/route-page')).RoutePage),
  '/routes': page(async () => (await withCatalogue(import('./features/route/route-options-page'))).RouteOptionsPage),
  '/hulp': page(async () => (await withCatalogue(import('./features/helpers/helpers-page'))).HelpersPage),
  '/activiteiten': page(async () => (await withCatalogue(import('./features/activities/activities-page'))).ActivitiesPage),
  '/berichten': page(async () => (await withCatalogue(import('./features/messages/messages-page'))).MessagesPage),
  '/gegevens': page(async () => (await withCatalogue(import('./features/my-data/my-data-page'))).MyDataPage),
};

// The page the address names starts loading with the app, while Auth restores the session and
// the account is checked, rather than after: one wait less, and its code is ready when it renders.
function pageFor(pathname: string) {
  const path = pathname.replace(/^\/mijn/, '').replace(/\/$/, '') || '/';
  return pages[path as keyof typeof pages] ?? (path.startsWith('/berichten/') ? pages['/berichten'] : undefined);
}
void pageFor(window.location.pathname)?.preload();

/** Mijn Koers: the candidate's own app under /mijn, a separate entry from the staff app. */
export function CandidateApp() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Router base="/mijn">
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/inloggen" component={pages['/inloggen'].Component} />
              <Route path="/inloggen/link" component={pages['/inloggen/link'].Component} />
              <Route>
                <SignedIn>
                  <Layout>
                    <Suspense fallback={<Loading />}>
                      <Switch>
                        <Route path="/" component={pages['/'].Component} />
                        <Route path="/routes" component={pages['/routes'].Component} />
                        <Route path="/hulp" component={pages['/hulp'].Component} />
                        <Route path="/activiteiten" component={pages['/activiteiten'].Component} />
                        <Route path="/berichten" component={pages['/berichten'].Component} />
                        <Route path="/berichten/:threadId" component={pages['/berichten'].Component} />
                        <Route path="/gegevens" component={pages['/gegevens'].Component} />
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
