import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts.js';
import { signInWithPassword } from './support/session.js';

test.describe('signing in and out', () => {
  test('a wrong password shows an error and keeps the person on the sign-in page', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(accounts.adviser);
    await page.getByLabel('Wachtwoord').fill('not-the-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
    await expect(page).toHaveURL(/\/inloggen$/);
  });

  test('an empty form explains which fields are missing instead of calling the server', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await expect(page.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  });

  test('signing out returns to the sign-in page, after which start pages ask to sign in again', async ({ page }) => {
    await signInWithPassword(page, accounts.adviser, '/start');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole('heading', { name: 'Inloggen bij Koers' })).toBeVisible();

    await page.goto('/start');
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fstart$/);
  });

  test('after signing in from a deep link the person returns to that page', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fdashboard$/);
    await page.getByLabel('E-mailadres').fill(accounts.adviser);
    await page.getByLabel('Wachtwoord').fill('koers-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });
});
