import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts.js';
import { signInWithPassword } from './support/session.js';

test.describe('users and roles', () => {
  test('an admin invites an adviser, sees the sign-in link once, and the new member appears', async ({ page }) => {
    const email = `nieuw.${Date.now()}@demo.koers.nl`;
    await signInWithPassword(page, accounts.admin, '/beheer');
    await page.goto('/beheer/gebruikers?regio=nijmegen');
    await expect(page.getByRole('combobox', { name: 'Regio' })).toHaveValue('nijmegen');

    await page.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    const dialog = page.getByRole('dialog', { name: /Gebruiker uitnodigen voor/ });
    await dialog.getByLabel('E-mailadres').fill(email);
    await dialog.getByLabel('Naam').fill('Nina Nieuw');
    await dialog.getByLabel('Rol').selectOption('adviser');
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();

    // The first call may wait for a cold function in the emulator.
    await expect(dialog.getByRole('status')).toContainText('Uitnodiging gemaakt', { timeout: 60_000 });
    const link = dialog.getByLabel('Inloglink voor Nina Nieuw');
    await expect(link).toHaveValue(/^https?:\/\/.+/);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
  });

  test('a coordinator changes a member\'s role and then revokes it', async ({ page }) => {
    const email = `wissel.${Date.now()}@demo.koers.nl`;
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto('/beheer/gebruikers?regio=nijmegen');
    await page.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mailadres').fill(email);
    await dialog.getByLabel('Naam').fill('Wim Wissel');
    await dialog.getByLabel('Rol').selectOption('adviser');
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(dialog.getByRole('status')).toContainText('Uitnodiging gemaakt', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: email, exact: true }) });
    await row.getByRole('combobox', { name: 'Rol van Wim Wissel' }).selectOption('director');
    await expect(page.getByText('De rol van Wim Wissel is nu Directielid of bestuurder.')).toBeVisible({ timeout: 60_000 });
    await expect(row.getByRole('cell', { name: 'Directielid of bestuurder', exact: true })).toBeVisible();

    await row.getByRole('button', { name: 'Rol intrekken: Wim Wissel' }).click();
    const confirm = page.getByRole('dialog', { name: 'Rol intrekken' });
    await expect(confirm).toContainText('Weet je zeker dat je de rol Directielid of bestuurder van Wim Wissel wilt intrekken?');
    await confirm.getByRole('button', { name: 'Rol intrekken' }).click();
    await expect(page.getByText('De rol van Wim Wissel is ingetrokken.')).toBeVisible({ timeout: 60_000 });
    await expect(row).toHaveCount(0);
  });

  test('inviting HR staff asks for their organisation first', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto('/beheer/gebruikers');
    await expect(page.getByRole('combobox', { name: 'Regio' })).toHaveValue('nijmegen');

    await page.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mailadres').fill(`hr.${Date.now()}@demo.koers.nl`);
    await dialog.getByLabel('Naam').fill('Henk HR');
    await dialog.getByLabel('Rol').selectOption('hr');
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();

    await expect(dialog.getByText('Kies een organisatie.')).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Organisatie' })).toHaveAttribute('aria-invalid', 'true');
  });

  test('a coordinator cannot change their own role', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto('/beheer/gebruikers?regio=nijmegen');
    const ownRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: accounts.coordinator, exact: true }) });
    await expect(ownRow).toContainText('(jij)');
    await expect(ownRow.getByRole('button', { name: /Rol intrekken/ })).toHaveCount(0);
  });
});
