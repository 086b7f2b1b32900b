// Steps of the candidate app (Mijn Koers) shared by its journeys: signing in by e-mail link on
// /mijn/inloggen, with the link the Auth emulator "sent".
import type { Phase } from '@koers/domain';
import { expect, type Page } from '@playwright/test';
import { seriousViolations } from './axe.js';
import { latestSignInLink, signInLinkCount } from './emulator-data.js';

/** The phases as the candidate reads them (written out here, so a wrong label in the app shows). */
export const phaseLabel: Record<Phase, string> = {
  interest: 'Interesseren',
  orientation: 'Oriënteren',
  decision: 'Beslissen',
  matching: 'Matchen',
  preparation: 'Voorbereiden',
};

/** The candidate app is built for phones first: its journeys run at this size. */
export const phone = { width: 360, height: 740 } as const;

/** Asks for a sign-in link at /mijn/inloggen, opens it, and waits for the route page. */
export async function signInCandidate(page: Page, email: string): Promise<void> {
  const before = await signInLinkCount(email);
  await page.goto('/mijn/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'We hebben een inloglink gestuurd' })).toContainText(email);
  await expect.poll(() => signInLinkCount(email)).toBeGreaterThan(before);
  const link = await latestSignInLink(email);
  if (!link) throw new Error(`No sign-in link for ${email}`);
  await page.goto(link);
  // A first sign-in links the account (a callable), which may wait for a cold function.
  await expect(page).toHaveURL(/\/mijn\/?$/, { timeout: 60_000 });
}

/** No serious or critical WCAG 2.1 A/AA finding on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}
