import { phases, type Phase } from '@koers/domain';
import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts.js';
import { phaseLabel } from './support/candidate.js';
import { dossierByEmail, latestSignInLink, signInLinkCount } from './support/emulator-data.js';

/** Asks for a sign-in link on the candidate tab and returns the link the Auth emulator "sent". */
async function requestSignInLink(page: Page, email: string): Promise<string> {
  const before = await signInLinkCount(email);
  await page.goto('/inloggen');
  await page.getByRole('tab', { name: 'Overstapper' }).click();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await expect(page.getByRole('status')).toContainText(`We hebben een inloglink gestuurd naar ${email}`);
  await expect.poll(() => signInLinkCount(email)).toBeGreaterThan(before);
  const link = await latestSignInLink(email);
  if (!link) throw new Error(`No sign-in link for ${email}`);
  return link;
}

/** The five sections of Mijn Koers, as the candidate app's navigation lists them. */
async function candidateSections(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Mijn Koers' });
  await expect(nav.getByRole('link').first()).toBeVisible();
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim().replace(/^\S+ /, ''));
}

// These share one candidate account; tests in a file run one after another (fullyParallel: false).
test.describe('candidates sign in with an e-mail link', () => {
  test('a candidate asks for a link on the sign-in page and lands in Mijn Koers on their own route', async ({ page }) => {
    const dossier = await dossierByEmail(accounts.candidate);
    const link = await requestSignInLink(page, accounts.candidate);
    // The link leads into the candidate app, not the staff app.
    expect(new URL(link).searchParams.get('continueUrl') ?? link).toContain('/mijn/inloggen/link');
    await page.goto(link);

    // A first sign-in calls linkCandidateAccount, which may wait for a cold function.
    await expect(page).toHaveURL(/\/mijn\/?$/, { timeout: 60_000 });
    const current = page.locator('li[aria-current="step"]');
    await expect(current).toContainText(phaseLabel[dossier.phase as Phase]);
    await expect(current).toContainText(`Fase ${phases.indexOf(dossier.phase as Phase) + 1} van 5`);
    expect(await candidateSections(page)).toEqual(['Mijn route', 'Activiteiten', 'Berichten', 'Wie helpt mij', 'Mijn gegevens']);
  });

  test('a link opened on another device first asks for the e-mail address', async ({ page, browser }) => {
    const link = await requestSignInLink(page, accounts.candidate);
    const otherDevice = await browser.newContext();
    const phone = await otherDevice.newPage();
    await phone.goto(link);

    await expect(phone.getByText('Vul ter controle het e-mailadres in')).toBeVisible();
    await phone.getByLabel('E-mailadres').fill(accounts.candidate);
    await phone.getByRole('button', { name: 'Verder' }).click();
    await expect(phone).toHaveURL(/\/mijn\/?$/, { timeout: 60_000 });
    await otherDevice.close();
  });

  test('someone without a dossier is told so clearly and can sign out', async ({ page }) => {
    const email = `onbekend.${Date.now()}@demo.koers.nl`;
    const link = await requestSignInLink(page, email);
    await page.goto(link);

    await expect(page.getByRole('alert')).toContainText('We vonden geen dossier bij dit e-mailadres', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/mijn\/inloggen$/);
    await expect(page.getByRole('button', { name: 'Stuur mij een inloglink' })).toBeVisible();
  });

  test('a used or broken link is refused with a way to ask for a new one', async ({ page }) => {
    await page.goto('/mijn/inloggen/link');
    await expect(page.getByRole('alert')).toContainText('Deze link is geen geldige inloglink');
    await page.getByRole('link', { name: 'Nieuwe inloglink aanvragen' }).click();
    await expect(page).toHaveURL(/\/mijn\/inloggen$/);

    // The staff app's landing page (links for staff invited by e-mail) refuses it the same way.
    await page.goto('/inloggen/link');
    await expect(page.getByRole('alert')).toContainText('Deze link is geen geldige inloglink');
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await expect(page.getByRole('tab', { name: 'Overstapper' })).toHaveAttribute('aria-selected', 'true');
  });

  test('signed out, Mijn Koers opens on its own sign-in page', async ({ page }) => {
    await page.goto('/mijn');
    await expect(page).toHaveURL(/\/mijn\/inloggen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn Koers' })).toBeVisible();
  });
});
