import { expect, test, type Browser, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { randomBytes } from 'node:crypto';
import { chromiumPath, publicPageArgs } from './support/chromium.js';
import { accounts } from './support/accounts.js';
import { projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

// Issue 4 end to end: the network and the offer, made by three roles in the app, published to
// a region's website through the widget, where a visitor who is a known candidate registers.
// The registration then shows in the region's registrations and in the candidate's history.
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const regionId = 'nijmegen';
// In the seeded allowedOrigins of Nijmegen; Playwright serves the page (see openWebsite).
const siteOrigin = 'https://www.werkeninhetonderwijsnijmegen.nl';
const koersOrigin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';

// The website is public and Koers here is on the loopback address: Chromium's local network
// access checks would block that, a real deployment not (see widget.spec.ts).
test.use({ launchOptions: { executablePath: chromiumPath, args: publicPageArgs } });

/**
 * An active Nijmegen candidate with an e-mail no other index entry has, owned by nobody the
 * other specs edit (not the adviser), far down the sorted index so other specs don't pick it.
 */
async function knownCandidate(): Promise<{ id: string; name: string; email: string }> {
  const adviserUid = await uidOf(accounts.adviser);
  const index = await db.collection(`regions/${regionId}/candidateIndex`).where('status', '==', 'active').get();
  const emails = new Map<string, number>();
  for (const doc of index.docs) {
    const email = doc.get('email') as string | null;
    if (email) emails.set(email, (emails.get(email) ?? 0) + 1);
  }
  const entry = index.docs
    .filter((doc) => doc.get('ownerUid') !== adviserUid && emails.get(doc.get('email') as string) === 1)
    .sort((a, b) => b.id.localeCompare(a.id))[2];
  if (!entry) throw new Error('The seed has no suitable Nijmegen candidate');
  return { id: entry.id, name: entry.get('name') as string, email: entry.get('email') as string };
}

async function signedIn(browser: Browser, email: string, path: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await signInWithPassword(page, email, path);
  return page;
}

async function openWebsite(page: Page): Promise<void> {
  await page.route(`${siteOrigin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Werken in het onderwijs in Nijmegen</title></head>
  <body>
    <h1>Werken in het onderwijs</h1>
    <div data-koers-widget></div>
    <script src="${koersOrigin}/widget/v1.js" data-koers-region="${regionId}" async></script>
  </body>
</html>`,
    }),
  );
  await page.goto(`${siteOrigin}/overstappen`);
}

test('a school, a vacancy and an activity made in Koers reach the website, and a visitor’s registration comes back to the dossier', async ({ browser }) => {
  test.setTimeout(300_000);
  const suffix = randomBytes(4).toString('hex');
  const school = `Zz Reisschool ${suffix}`;
  const contact = { name: `Zz Karin ${suffix}`, email: `zz.karin.${suffix}@example.nl` };
  const vacancyTitle = `Zz Reisvacature ${suffix}`;
  const activityTitle = `Zz Reisavond ${suffix}`;

  // 1. The coordinator adds a school with a contact person.
  const coordinator = await signedIn(browser, accounts.coordinator, '/regio');
  await coordinator.goto('/netwerk/organisaties/nieuw');
  await coordinator.getByLabel('Soort organisatie').selectOption('school');
  await coordinator.getByRole('textbox', { name: 'Naam', exact: true }).fill(school);
  await coordinator.getByRole('checkbox', { name: 'Primair onderwijs' }).check();
  await coordinator.getByLabel('Plaats', { exact: true }).fill('Nijmegen');
  await coordinator.getByLabel('Naam contactpersoon').fill(contact.name);
  await coordinator.getByLabel('Functie').fill('Schoolleider');
  await coordinator.getByLabel('E-mailadres').fill(contact.email);
  await coordinator.getByRole('button', { name: 'Organisatie opslaan' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: school })).toBeVisible();
  const schools = await db.collection(`regions/${regionId}/organisations`).where('name', '==', school).get();
  expect(schools.size).toBe(1);
  const contacts = await db.collection(`regions/${regionId}/contacts`).where('organisationId', '==', schools.docs[0]!.id).get();
  expect(contacts.docs.map((doc) => doc.get('email'))).toEqual([contact.email]);
  await coordinator.context().close();

  // 2. The school HR officer publishes a vacancy of their school.
  const hr = await signedIn(browser, accounts.hr, '/organisatie');
  await hr.getByRole('button', { name: 'Vacature toevoegen' }).click();
  const create = hr.getByRole('dialog', { name: 'Nieuwe vacature' });
  await create.getByLabel('Functietitel').fill(vacancyTitle);
  await create.getByLabel('Sector').selectOption({ label: 'Primair onderwijs' });
  await create.getByLabel('Uren per week').fill('28');
  await create.getByLabel('Geschikt voor zij-instroom').check();
  await create.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(create).toBeHidden();
  const card = hr.getByRole('article', { name: vacancyTitle, exact: true });
  await card.getByRole('button', { name: 'Publiceren' }).click();
  await expect(card).toContainText('Gepubliceerd');
  await hr.context().close();

  // 3. The adviser publishes an activity.
  const adviser = await signedIn(browser, accounts.adviser, '/start');
  await adviser.goto('/activiteiten/nieuw');
  const day = new Date(Date.now() + 60 * 24 * 60 * 60_000).toISOString().slice(0, 10);
  await adviser.getByLabel('Soort activiteit').selectOption('information_meeting');
  await adviser.getByLabel('Titel').fill(activityTitle);
  await adviser.getByLabel('Beschrijving').fill('Hoor van overstappers hoe zij leraar werden.');
  await adviser.getByLabel('Begint op').fill(`${day}T19:30`);
  await adviser.getByLabel('Eindigt op').fill(`${day}T21:30`);
  await adviser.getByLabel('Locatie').fill('Regioloket, Nijmegen');
  await adviser.getByLabel('Aantal plaatsen').fill('25');
  await adviser.getByRole('button', { name: 'Activiteit aanmaken' }).click();
  await expect(adviser.getByRole('heading', { level: 1, name: activityTitle })).toBeVisible();
  const activityId = /\/activiteiten\/([^/?]+)/.exec(adviser.url())?.[1] ?? '';
  await adviser.getByRole('button', { name: 'Publiceren' }).click();
  await expect(adviser.getByRole('button', { name: 'Publicatie intrekken' })).toBeVisible();

  // 4. The region's website shows both; a visitor who is a known candidate registers.
  const candidate = await knownCandidate();
  const visitor = await browser.newPage();
  // The public lists are cached for a minute; a fresh browser has nothing cached.
  await openWebsite(visitor);
  const activity = visitor.getByRole('region', { name: 'Activiteiten' }).getByRole('article', { name: activityTitle });
  await expect(activity).toBeVisible({ timeout: 60_000 });
  await expect(activity).toContainText('25 plekken vrij');
  await expect(visitor.getByRole('region', { name: 'Vacatures' }).getByRole('article', { name: vacancyTitle })).toContainText('28 uur per week');
  // Contact persons never leave Koers.
  await expect(visitor.getByText(contact.email)).toHaveCount(0);
  await expect(visitor.getByText(contact.name)).toHaveCount(0);

  await activity.getByRole('button', { name: 'Aanmelden' }).click();
  const form = activity.getByRole('form', { name: `Aanmelden voor ${activityTitle}` });
  await form.getByLabel('Naam').fill(candidate.name);
  await form.getByLabel('E-mailadres').fill(candidate.email.toUpperCase());
  await form.getByRole('checkbox', { name: /Ik geef toestemming/ }).check();
  // People take more than the form's two-second minimum; so does this visitor.
  await visitor.waitForTimeout(2_100);
  await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(activity.getByRole('status')).toHaveText(`Je bent aangemeld voor ${activityTitle}. Je hoort van ons.`);

  // 5. The registration appears live in the region's registrations, linked to the dossier …
  const row = adviser.getByRole('row').filter({ hasText: candidate.email });
  await expect(row.getByRole('link', { name: candidate.name })).toHaveAttribute('href', `/kandidaten/${candidate.id}`);
  await expect(row.getByText('Website', { exact: true })).toBeVisible();
  const registrations = await db.collection(`regions/${regionId}/activities/${activityId}/registrations`).get();
  expect(registrations.docs.map((doc) => doc.data())).toEqual([
    expect.objectContaining({ candidateId: candidate.id, email: candidate.email, source: 'website', status: 'registered' }),
  ]);

  // … and in the candidate's contact history.
  await row.getByRole('link', { name: candidate.name }).click();
  await expect(adviser.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible({ timeout: 45_000 });
  await expect(adviser.getByText(new RegExp(`Aangemeld voor "${activityTitle}".*via de website`))).toBeVisible({ timeout: 60_000 });
});
