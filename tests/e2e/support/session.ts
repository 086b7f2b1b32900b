import { expect, type Page } from '@playwright/test';
import { password } from './accounts.js';

/** Signs in as staff through the form, and waits until the start page has loaded. */
export async function signInWithPassword(page: Page, email: string, expectedPath: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(new RegExp(`${expectedPath.replaceAll('/', '\\/')}(\\?.*)?$`));
}

/** Links in the main navigation, by their label (without an unread badge beside it). */
export async function navigationLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(nav.getByRole('link').first()).toBeVisible();
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.split('\n')[0]!.trim());
}
