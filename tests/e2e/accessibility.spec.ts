import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts.js';
import { signInWithPassword } from './support/session.js';
import { seriousViolations } from './support/axe.js';

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test('the sign-in page has no serious violations', async ({ page }) => {
    await page.goto('/inloggen');
    await expect(page.getByRole('heading', { name: 'Inloggen bij Koers' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the adviser start page has no serious violations, on desktop and on a phone', async ({ page }) => {
    await signInWithPassword(page, accounts.adviser, '/start');
    await expect(page.getByRole('heading', { level: 3, name: /uit het oog/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the users and roles page has no serious violations', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto('/beheer/gebruikers?regio=nijmegen');
    await expect(page.getByRole('button', { name: 'Gebruiker uitnodigen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /Mensen met een rol/ })).toBeVisible();
    await expect(page.getByRole('rowheader').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
