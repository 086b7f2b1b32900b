import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts.js';
import { navigationLinks, signInWithPassword } from './support/session.js';

test.describe('navigation shows only what a role may do', () => {
  test('a director sees the dashboard but no candidate list or user management', async ({ page }) => {
    await signInWithPassword(page, accounts.director, '/dashboard');
    const links = await navigationLinks(page);
    expect(links).toContain('Dashboard');
    for (const hidden of ['Mijn kandidaten', 'Kandidaten', 'Pijplijn', 'Taken', 'Matches', 'Netwerk', 'Vacatures', 'Activiteiten', 'Gebruikers en rollen']) {
      expect(links).not.toContain(hidden);
    }

    await page.goto('/start');
    await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang tot deze pagina' })).toBeVisible();
  });

  test('an adviser who types /beheer is refused and offered the way back', async ({ page }) => {
    await signInWithPassword(page, accounts.adviser, '/start');
    expect(await navigationLinks(page)).toEqual(['Mijn kandidaten', 'Kandidaten', 'Pijplijn', 'Taken', 'Matches', 'Berichten', 'Netwerk', 'Vacatures', 'Activiteiten', 'Privacyverzoeken', 'Dashboard', 'Regiovergelijking']);

    await page.goto('/beheer');
    await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang tot deze pagina' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Regio\'s op het platform' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Naar mijn startpagina' }).click();
    await expect(page).toHaveURL(/\/start$/);
  });

  test('a coordinator manages users but does not get the platform admin page', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    const links = await navigationLinks(page);
    expect(links).toEqual(expect.arrayContaining(['Mijn regio', 'Gebruikers en rollen']));
    expect(links).not.toContain('Beheer');
  });

  test('on a 360 px phone the navigation sits behind a menu button', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signInWithPassword(page, accounts.coordinator, '/regio');

    const menu = page.getByRole('button', { name: 'Menu openen' });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const usersLink = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gebruikers en rollen' });
    await expect(usersLink).not.toBeInViewport();

    await menu.click();
    await expect(page.getByRole('button', { name: 'Menu sluiten' })).toHaveAttribute('aria-expanded', 'true');
    await expect(usersLink).toBeInViewport();
    await usersLink.click();
    await expect(page).toHaveURL(/\/beheer\/gebruikers/);
    await expect(page.getByRole('button', { name: 'Menu openen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

    // Nothing on the page is wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the language switch changes the interface and the page language, and is remembered', async ({ page }) => {
    await signInWithPassword(page, accounts.director, '/dashboard');
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the skip link is the first stop for keyboard users and jumps to the content', async ({ page }) => {
    await signInWithPassword(page, accounts.director, '/dashboard');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});
