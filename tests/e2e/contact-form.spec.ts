import { expect, test, type Browser, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { randomBytes } from 'node:crypto';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { chromiumPath, publicPageArgs } from './support/chromium.js';
import { projectId } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

// The contact form as a region without a form of its own embeds it: a page on the region's
// website origin (served by Playwright, as the seed lists it in the region's allowedOrigins)
// loads v1.js from the Hosting emulator with data-koers-form="contact". A visitor sends the
// form with the keyboard only, while an adviser of the region watches the pipeline board,
// which is live: the new candidate appears there without a reload.
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

// A real Koers host is public; here it is the emulator on the loopback address, which Chromium's
// local network access checks would keep a public website from loading.
test.use({ launchOptions: { executablePath: chromiumPath, args: publicPageArgs } });
const regionId = 'nijmegen';
const siteOrigin = 'https://www.werkeninhetonderwijsnijmegen.nl';
const koersOrigin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';

/** The region's website with the contact form snippet (or Koers' iframe page in an iframe). */
async function openSite(page: Page, embed: 'script' | 'iframe' = 'script') {
  const snippet =
    embed === 'script'
      ? `<div data-koers-contact-form></div>
      <script src="${koersOrigin}/widget/v1.js" data-koers-region="${regionId}" data-koers-form="contact" async></script>`
      : `<iframe src="${koersOrigin}/widget/contact.html?regio=${regionId}" title="Contactformulier" style="width: 100%; height: 80rem; border: 0"></iframe>`;
  await page.route(`${siteOrigin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Werken in het onderwijs</title></head>
  <body style="font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 64rem">
    <header><h1>Werken in het onderwijs in het Rijk van Nijmegen</h1></header>
    <main>
      ${snippet}
    </main>
  </body>
</html>`,
    }),
  );
  await page.goto(`${siteOrigin}/contact`);
}

/** The adviser's live pipeline board in a browser context of its own. */
async function openBoard(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: koersOrigin, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await signInWithPassword(page, accounts.adviser, '/start');
  await page.goto('/bord');
  await expect(page.getByRole('heading', { level: 1, name: 'Pijplijn' })).toBeVisible();
  await expect(interestColumn(page).getByRole('link').first()).toBeVisible();
  return page;
}

/** The adviser's candidate list (paged, not live) in a second tab: new arrivals show live above it. */
async function openCandidateList(board: Page): Promise<Page> {
  const page = await board.context().newPage();
  await page.goto('/kandidaten');
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await expect(page.locator('[data-candidate-id]').first()).toBeVisible();
  return page;
}

const interestColumn = (page: Page) => page.getByRole('region', { name: 'Interesseren', exact: true });

test.describe('the embeddable contact form', () => {
  test.beforeAll(async () => {
    // The first call starts the API function's worker, which may take longer than one assertion.
    await expect.poll(async () => (await fetch(`${koersOrigin}/api/public/v1/regions/${regionId}/contact-form`)).status, { timeout: 90_000 }).toBe(200);
  });

  test("a visitor sends it with the keyboard only and the adviser's board shows the new candidate without a reload", async ({ page, browser }, testInfo) => {
    const suffix = randomBytes(4).toString('hex');
    const name = `Zz Contact ${suffix}`;
    const email = `zz.contact.${suffix}@example.nl`;
    const board = await openBoard(browser);
    const list = await openCandidateList(board);

    await openSite(page);
    const form = page.getByRole('form', { name: 'Neem contact met ons op' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('group', { name: /In welk onderwijs ben je geïnteresseerd\?/ }).getByRole('checkbox')).toHaveCount(6);
    const consent = form.getByRole('checkbox', { name: /Ik geef .* toestemming/ });
    await expect(consent).toHaveAccessibleName(/gebruikt je gegevens alleen om je te begeleiden/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('contact-desktop.png'), fullPage: true });

    // Sent empty: a focused summary links to each field; each field names its own error.
    await form.getByRole('button', { name: 'Versturen' }).focus();
    await page.keyboard.press('Enter');
    const summary = form.getByRole('group', { name: /Er zijn 3 velden die je nog moet aanpassen/ });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Naam: Vul je naam in.', /^E-mailadres: Vul een geldig e-mailadres in/, /^Toestemming: Geef toestemming/]);
    await expect(form.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Naam')).toHaveAccessibleDescription('Vul je naam in.');
    await expect(consent).toHaveAccessibleDescription(/Geef toestemming/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: testInfo.outputPath('contact-360-errors.png'), fullPage: true });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways(), 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sideways(), 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 360, height: 800 });

    // The summary's first link takes the keyboard to the name field.
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.getByLabel('Naam')).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('E-mailadres')).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Telefoonnummer (niet verplicht)')).toBeFocused();
    await page.keyboard.type('06 12345678');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Woonplaats (niet verplicht)')).toBeFocused();
    await page.keyboard.type('Wijchen');
    await page.keyboard.press('Tab');
    await expect(form.getByRole('checkbox', { name: 'Primair onderwijs' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(form.getByRole('checkbox', { name: 'Voortgezet onderwijs' })).toBeFocused();
    await page.keyboard.press('Space');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect(form.getByLabel('Je vraag of toelichting (niet verplicht)')).toBeFocused();
    await page.keyboard.type('Kan ik met een hbo-diploma zij-instromen?');
    await page.keyboard.press('Tab');
    await expect(consent).toBeFocused();
    await page.keyboard.press('Space');
    await expect(consent).toBeChecked();
    // The honeypot is out of the tab order: the next stop is the submit button.
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Versturen' })).toBeFocused();
    // A person takes longer than the form guard's two-second minimum; a test can be faster.
    await page.waitForTimeout(2_100);
    await page.keyboard.press('Enter');

    const status = page.getByRole('status').filter({ hasText: 'Bedankt!' });
    await expect(status).toHaveText(/^Bedankt! We hebben je bericht ontvangen en nemen binnen .* contact met je op\.$/);
    await expect(status).toBeFocused();
    await expect(form).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('contact-360-sent.png'), fullPage: true });

    // The adviser's board, open all along, shows the new candidate.
    await expect(interestColumn(board).getByRole('link', { name, exact: true })).toBeVisible({ timeout: 20_000 });
    await board.screenshot({ path: testInfo.outputPath('contact-board.png') });
    // So does the candidate list, open all along, above its loaded page; a refresh takes it in.
    const arrivals = list.getByTestId('new-arrivals');
    await expect(arrivals.getByRole('link', { name, exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(arrivals).toContainText('Websiteformulier');
    await list.screenshot({ path: testInfo.outputPath('contact-list.png') });
    await arrivals.getByRole('button', { name: 'Lijst bijwerken' }).click();
    await expect(list.getByTestId('new-arrivals')).toHaveCount(0);

    const dossiers = await db.collection('candidates').where('email', '==', email).get();
    expect(dossiers.docs).toHaveLength(1);
    expect(dossiers.docs[0]!.data()).toMatchObject({ name, source: 'website_form', homeRegionId: regionId, place: 'Wijchen', sectors: ['po', 'vo'], consent: { privacy: true } });
    await board.context().close();
  });

  test('works as an iframe from Koers, in English when asked', async ({ page }) => {
    await openSite(page, 'iframe');
    const frame = page.frameLocator('iframe[title="Contactformulier"]');
    const form = frame.getByRole('form', { name: 'Neem contact met ons op' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('checkbox', { name: /Ik geef .* toestemming/ })).toBeVisible();

    const suffix = randomBytes(4).toString('hex');
    const email = `zz.iframe.${suffix}@example.nl`;
    await form.getByLabel('Naam').fill(`Zz Iframe ${suffix}`);
    await form.getByLabel('E-mailadres').fill(email);
    await form.getByRole('checkbox', { name: /Ik geef .* toestemming/ }).check();
    await page.waitForTimeout(2_100);
    await form.getByRole('button', { name: 'Versturen' }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'Bedankt!' })).toBeVisible();
    await expect.poll(async () => (await db.collection('candidates').where('email', '==', email).get()).size).toBe(1);

    // Framed by a site the region does not list: the form says it cannot be sent from there.
    const otherSite = 'https://www.andere-website.example';
    await page.route(`${otherSite}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Andere website</title></head><body><main><iframe src="${koersOrigin}/widget/contact.html?regio=${regionId}" title="Contactformulier" style="width: 100%; height: 80rem; border: 0"></iframe></main></body></html>`,
      }),
    );
    await page.goto(`${otherSite}/contact`);
    const framed = page.frameLocator('iframe[title="Contactformulier"]');
    const refusedEmail = `zz.iframe.ander.${suffix}@example.nl`;
    await framed.getByLabel('Naam').fill(`Zz Iframe ander ${suffix}`);
    await framed.getByLabel('E-mailadres').fill(refusedEmail);
    await framed.getByRole('checkbox', { name: /Ik geef .* toestemming/ }).check();
    await page.waitForTimeout(2_100);
    await framed.getByRole('button', { name: 'Versturen' }).click();
    await expect(framed.getByRole('status')).toHaveText('Dit formulier kan vanaf deze website niet worden verstuurd. Neem contact op met het regioloket.');
    expect((await db.collection('candidates').where('email', '==', refusedEmail).get()).size).toBe(0);

    await page.goto(`${koersOrigin}/widget/contact.html?regio=${regionId}&lang=en`);
    await expect(page.getByRole('form', { name: 'Get in touch' })).toBeVisible();
    await expect(page.getByLabel('Place of residence (optional)')).toBeVisible();
  });
});
