import type { Requirement } from '../lib/permissions';

export interface NavItem {
  path: string;
  label: 'nav.admin' | 'nav.users' | 'nav.region' | 'nav.candidates' | 'nav.dashboard' | 'nav.organisation' | 'candidateList.nav' | 'board.nav' | 'tasks.nav' | 'activities.nav' | 'network.nav' | 'vacancies.nav' | 'matching.nav' | 'messaging.nav' | 'crossRegion.nav' | 'privacyRequests.nav';
  requirement: Requirement;
}

/**
 * Every page behind sign-in and who may open it. The router guards each route with the
 * same requirement the navigation filters on, so a link is shown exactly when it works.
 */
export const navItems = [
  { path: '/beheer', label: 'nav.admin', requirement: { role: 'admin' } },
  { path: '/regio', label: 'nav.region', requirement: { role: 'coordinator' } },
  { path: '/beheer/gebruikers', label: 'nav.users', requirement: { permission: 'roles.grant' } },
  { path: '/start', label: 'nav.candidates', requirement: { permission: 'candidates.read' } },
  { path: '/kandidaten', label: 'candidateList.nav', requirement: { permission: 'candidates.read' } },
  { path: '/bord', label: 'board.nav', requirement: { permission: 'candidates.read' } },
  { path: '/taken', label: 'tasks.nav', requirement: { permission: 'candidates.read' } },
  { path: '/matches', label: 'matching.nav', requirement: { permission: 'candidates.read' } },
  { path: '/berichten', label: 'messaging.nav', requirement: { permission: 'messages.read' } },
  // Staff only: 'offer.write' would let HR and training in too, but activities and their
  // registrations (personal data) are the region's own work, which 'candidates.write' marks.
  { path: '/netwerk', label: 'network.nav', requirement: { permission: 'network.write' } },
  { path: '/vacatures', label: 'vacancies.nav', requirement: { permission: 'network.write' } },
  { path: '/activiteiten', label: 'activities.nav', requirement: { permission: 'candidates.write' } },
  // Answering candidates' privacy requests is the region staff's work on personal data.
  { path: '/regio/privacyverzoeken', label: 'privacyRequests.nav', requirement: { permission: 'candidates.write' } },
  { path: '/dashboard', label: 'nav.dashboard', requirement: { permission: 'aggregates.read' } },
  // Same readers as the dashboard: directors and staff compare the participating regions alike.
  { path: '/dashboard/regio-vergelijking', label: 'crossRegion.nav', requirement: { permission: 'aggregates.read' } },
  { path: '/organisatie', label: 'nav.organisation', requirement: { permission: 'introductions.respond' } },
] as const satisfies readonly NavItem[];

export type NavPath = (typeof navItems)[number]['path'];

export function requirementOf(path: NavPath): Requirement {
  const item = navItems.find((candidate) => candidate.path === path);
  if (!item) throw new Error(`No navigation entry for ${path}`);
  return item.requirement;
}
