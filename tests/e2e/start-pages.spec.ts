import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts.js';
import {
  accessOf,
  activeCandidateNames,
  aggregateCounts,
  memberEmails,
  organisationName,
  regionName,
  uidOf,
} from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

test.describe('each role lands on its own start page with real data', () => {
  test('the platform admin lands on /beheer and sees every region', async ({ page }) => {
    await signInWithPassword(page, accounts.admin, '/beheer');
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
    const regions = page.getByRole('region', { name: "Regio's op het platform" });
    await expect(regions.getByRole('rowheader', { name: await regionName('nijmegen') })).toBeVisible();
    await expect(regions.getByRole('rowheader', { name: await regionName('midden-brabant') })).toBeVisible();
  });

  test('a coordinator lands on /regio and sees the region, its service area and its members', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await expect(page.getByRole('heading', { level: 2, name: await regionName('nijmegen') })).toBeVisible();
    await expect(page.getByText(/Werkgebied · \d+ gemeenten?/)).toBeVisible();
    const members = page.getByRole('region', { name: /Mensen met een rol in/ });
    for (const email of await memberEmails('nijmegen')) {
      await expect(members.getByRole('cell', { name: email, exact: true })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Gebruikers en rollen beheren' }).click();
    await expect(page).toHaveURL(/\/beheer\/gebruikers\?regio=nijmegen$/);
  });

  test('an adviser lands on /start and sees their own candidates and how many are out of sight', async ({ page }) => {
    const names = await activeCandidateNames('nijmegen', await uidOf(accounts.adviser));
    expect(names.length, 'the seed gives the Nijmegen adviser active candidates').toBeGreaterThan(0);

    await signInWithPassword(page, accounts.adviser, '/start');
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn kandidaten' })).toBeVisible();
    const table = page.getByRole('region', { name: /Actieve kandidaten in/ });
    for (const name of names) await expect(table.getByRole('rowheader', { name }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /\d+ kandidaten? uit het oog/ })).toBeVisible();
  });

  test('a director lands on /dashboard and sees the counts per phase', async ({ page }) => {
    const counts = await aggregateCounts('nijmegen');
    expect(counts, 'the seed writes regions/nijmegen/aggregates/current').not.toBeNull();

    await signInWithPassword(page, accounts.director, '/dashboard');
    const phases = page.getByTestId('dashboard-fasen');
    await expect(phases.getByRole('heading', { level: 2, name: 'Fasen' })).toBeVisible();
    const matching = counts?.['column.matching'] ?? 0;
    await expect(phases.getByRole('row', { name: /^Matchen/ }).locator('[data-key="count"]')).toHaveText(String(matching));
  });

  for (const role of ['hr', 'training'] as const) {
    test(`${role === 'hr' ? 'school HR' : 'training staff'} land on /organisatie and see their organisation`, async ({ page }) => {
      const access = await accessOf(accounts[role]);
      const [organisationId, membership] = Object.entries(access.organisations)[0] ?? [];
      expect(organisationId, 'the seed gives this account an organisation').toBeTruthy();
      const name = await organisationName(membership!.regionId, organisationId!);

      await signInWithPassword(page, accounts[role], '/organisatie');
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Voorgestelde kandidaten' })).toBeVisible();
      // Either the introductions table or the empty state, never an error.
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  // The candidate's own start page (/mijn) is reached by e-mail link: see email-link.spec.ts.
});
