import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAccess } from '../features/access/components/require-access';
import { RequireSession } from '../features/access/components/require-session';
import { PageLoader } from '../components/page-loader';
import { env } from '../lib/env';
import { AppLayout } from './app-layout';
import { CandidateAppRedirect } from './candidate-app-redirect';
import { requirementOf, type NavPath } from './navigation';
import { RouteError } from './route-error';

/** A page behind sign-in, guarded by the same requirement as its navigation entry, loaded on demand. */
function guarded(path: NavPath, lazy: NonNullable<RouteObject['lazy']>): RouteObject {
  return { element: <RequireAccess requirement={requirementOf(path)} />, children: [{ path: path.slice(1), lazy }] };
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { path: '/inloggen', lazy: async () => ({ Component: (await import('../features/auth/routes/sign-in')).SignInRoute }) },
      { path: '/inloggen/link', lazy: async () => ({ Component: (await import('../features/auth/routes/email-link')).EmailLinkRoute }) },
      // A developer tool without sign-in: the route only exists when the app runs on the emulators.
      ...(env.VITE_USE_EMULATORS
        ? [{ path: '/dev/mailbox', lazy: async () => ({ Component: (await import('../features/dev-mailbox/routes/dev-mailbox')).DevMailboxRoute }) }]
        : []),
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            errorElement: <RouteError />,
            children: [
              { index: true, lazy: async () => ({ Component: (await import('../features/access/routes/home-redirect')).HomeRedirectRoute }) },
              { path: 'geen-toegang', lazy: async () => ({ Component: (await import('../features/access/routes/no-access')).NoAccessRoute }) },
              // Everyone signed in has notifications and preferences, whatever their role.
              { path: 'meldingen', lazy: async () => ({ Component: (await import('../features/notifications/routes/notifications')).NotificationsRoute }) },
              {
                path: 'instellingen/meldingen',
                lazy: async () => ({
                  Component: (await import('../features/notifications/routes/notification-preferences')).NotificationPreferencesRoute,
                }),
              },
              guarded('/beheer', async () => ({ Component: (await import('../features/admin/routes/admin-home')).AdminHomeRoute })),
              guarded('/beheer/gebruikers', async () => ({
                Component: (await import('../features/admin/routes/users-and-roles')).UsersAndRolesRoute,
              })),
              guarded('/regio', async () => ({ Component: (await import('../features/region/routes/region-home')).RegionHomeRoute })),
              {
                element: <RequireAccess requirement={{ role: 'coordinator' }} />,
                children: [
                  {
                    path: 'regio/instellingen',
                    lazy: async () => ({ Component: (await import('../features/region/routes/region-settings')).RegionSettingsRoute }),
                  },
                  {
                    path: 'regio/api-sleutels',
                    lazy: async () => ({ Component: (await import('../features/api-keys/routes/api-keys')).ApiKeysRoute }),
                  },
                ],
              },
              guarded('/regio/privacyverzoeken', async () => ({
                Component: (await import('../features/privacy-requests/routes/privacy-requests')).PrivacyRequestsRoute,
              })),
              guarded('/start', async () => ({ Component: (await import('../features/candidates/routes/my-candidates')).MyCandidatesRoute })),
              guarded('/kandidaten', async () => ({
                Component: (await import('../features/candidate-list/routes/candidate-list')).CandidateListRoute,
              })),
              guarded('/bord', async () => ({ Component: (await import('../features/board/routes/board')).BoardRoute })),
              guarded('/taken', async () => ({ Component: (await import('../features/tasks/routes/tasks')).TasksRoute })),
              guarded('/matches', async () => ({ Component: (await import('../features/matching/routes/matches')).MatchesRoute })),
              guarded('/netwerk', async () => ({ Component: (await import('../features/network/routes/network-overview')).NetworkOverviewRoute })),
              {
                element: <RequireAccess requirement={requirementOf('/netwerk')} />,
                children: [
                  {
                    path: 'netwerk/organisaties/nieuw',
                    lazy: async () => ({ Component: (await import('../features/network/routes/organisation-create')).OrganisationCreateRoute }),
                  },
                  {
                    path: 'netwerk/organisaties/:organisationId',
                    lazy: async () => ({ Component: (await import('../features/network/routes/organisation-page')).OrganisationPageRoute }),
                  },
                  {
                    path: 'netwerk/importeren',
                    lazy: async () => ({ Component: (await import('../features/network/routes/network-import')).NetworkImportRoute }),
                  },
                ],
              },
              guarded('/vacatures', async () => ({ Component: (await import('../features/vacancies/routes/region-vacancies')).RegionVacanciesRoute })),
              guarded('/activiteiten', async () => ({ Component: (await import('../features/activities/routes/activities')).ActivitiesRoute })),
              {
                element: <RequireAccess requirement={requirementOf('/activiteiten')} />,
                children: [
                  {
                    path: 'activiteiten/nieuw',
                    lazy: async () => ({ Component: (await import('../features/activities/routes/activity-new')).ActivityNewRoute }),
                  },
                  {
                    path: 'activiteiten/:activityId',
                    lazy: async () => ({ Component: (await import('../features/activities/routes/activity-detail')).ActivityDetailRoute }),
                  },
                ],
              },
              guarded('/dashboard', async () => ({ Component: (await import('../features/dashboard/routes/dashboard')).DashboardRoute })),
              guarded('/dashboard/regio-vergelijking', async () => ({
                Component: (await import('../features/cross-region/routes/cross-region')).CrossRegionRoute,
              })),
              {
                element: <RequireAccess requirement={requirementOf('/dashboard')} />,
                children: [
                  {
                    path: 'dashboard/rapport',
                    lazy: async () => ({ Component: (await import('../features/dashboard/routes/dashboard-report')).DashboardReportRoute }),
                  },
                ],
              },
              guarded('/organisatie', async () => ({
                Component: (await import('../features/organisation/routes/organisation-home')).OrganisationHomeRoute,
              })),
              // Mijn Koers is its own app (mijn/index.html): leave this one for it.
              { path: 'mijn/*', Component: CandidateAppRedirect },
              {
                element: <RequireAccess requirement={requirementOf('/berichten')} />,
                children: [
                  { path: 'berichten', lazy: async () => ({ Component: (await import('../features/messaging/routes/messages')).MessagesRoute }) },
                  {
                    path: 'berichten/:threadId',
                    lazy: async () => ({ Component: (await import('../features/messaging/routes/messages')).MessagesRoute }),
                  },
                ],
              },
              {
                element: <RequireAccess requirement={{ permission: 'candidates.read' }} />,
                children: [
                  {
                    path: 'kandidaten/:candidateId',
                    lazy: async () => ({ Component: (await import('../features/dossier/routes/dossier')).DossierRoute }),
                  },
                ],
              },
              {
                element: <RequireAccess requirement={{ permission: 'candidates.write' }} />,
                children: [
                  {
                    path: 'kandidaten/nieuw',
                    lazy: async () => ({ Component: (await import('../features/candidate-create/routes/candidate-create')).CandidateCreateRoute }),
                  },
                  {
                    path: 'kandidaten/:candidateId/samenvoegen',
                    lazy: async () => ({ Component: (await import('../features/merge/routes/merge')).MergeRoute }),
                  },
                ],
              },
              {
                element: <RequireAccess requirement={{ permission: 'candidates.write' }} />,
                children: [
                  {
                    path: 'kandidaten/importeren',
                    lazy: async () => ({ Component: (await import('../features/import/routes/import-candidates')).ImportCandidatesRoute }),
                  },
                ],
              },
              { path: '*', lazy: async () => ({ Component: (await import('../features/access/routes/not-found')).NotFoundRoute }) },
            ],
          },
        ],
      },
    ],
  },
]);
