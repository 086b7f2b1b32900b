import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { randomBytes } from 'node:crypto';
import { chromiumPath, publicPageArgs } from './support/chromium.js';
import { projectId } from './support/emulator-data.js';
import { seriousViolations } from './support/axe.js';

// The website widget as a region's own site embeds it: a page on the region's website origin
// (served by Playwright, as the seed lists it in the region's allowedOrigins) loads v1.js from
// the Hosting emulator, which also serves the API. The test writes its own activities and
// vacancies with the Admin SDK (names start with "Zz" and carry a per-run suffix) and checks
// what a visitor's registration writes.
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

// A real Koers host is public; here it is the emulator on the loopback address, which Chromium's
// local network access checks would keep a public website from loading. Everything else about
// the browser stays as playwright.config.ts sets it.
test.use({ launchOptions: { executablePath: chromiumPath, args: publicPageArgs } });
const regionId = 'brabant-oost';
const siteOrigin = 'https://www.onderwijsregiobrabantoost.nl';
const koersOrigin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';
const day = 24 * 60 * 60_000;

async function seedOffer(suffix: string) {
  const schools = await db.collection(`regions/${regionId}/organisations`).where('type', '==', 'school').limit(1).get();
  const school = schools.docs[0];
  if (!school) throw new Error(`The seed has no school in ${regionId}`);
  const startsAt = new Date(Date.now() + 400 * day);
  const activity = {
    kind: 'information_meeting',
    title: `Zz Widgetavond ${suffix}`,
    description: 'Kom langs en hoor alles over de overstap naar het onderwijs.',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000),
    location: 'Helmond',
    online: false,
    capacity: 20,
    published: true,
    crossRegional: false,
    registrationCount: 0,
  };
  const vacancy = {
    organisationId: school.id,
    title: `Zz Widgetvacature ${suffix}`,
    sector: 'po',
    subjects: ['groepsleerkracht_po'],
    hoursPerWeek: 28,
    lateralEntry: true,
    closingDate: new Date(Date.now() + 400 * day).toISOString().slice(0, 10),
    description: 'Een school met ruimte voor zij-instromers.',
    published: true,
  };
  const ids = {
    activity: `zz-widget-${suffix}`,
    draftActivity: `zz-widget-draft-${suffix}`,
    vacancy: `zz-widget-${suffix}`,
    draftVacancy: `zz-widget-draft-${suffix}`,
  };
  const batch = db.batch();
  batch.set(db.doc(`regions/${regionId}/activities/${ids.activity}`), activity);
  batch.set(db.doc(`regions/${regionId}/activities/${ids.draftActivity}`), { ...activity, title: `Zz Conceptavond ${suffix}`, published: false });
  batch.set(db.doc(`regions/${regionId}/vacancies/${ids.vacancy}`), vacancy);
  batch.set(db.doc(`regions/${regionId}/vacancies/${ids.draftVacancy}`), { ...vacancy, title: `Zz Conceptvacature ${suffix}`, published: false });
  await batch.commit();
  return { ids, activity, vacancy, schoolName: school.get('name') as string };
}

/** The region's website, with the snippet from the README. */
async function openSite(page: Page, lang?: 'en') {
  await page.route(`${siteOrigin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="${lang ?? 'nl'}">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Werken in het onderwijs</title></head>
  <body style="font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 64rem">
    <header><h1>Werken in het onderwijs in Brabant Oost</h1></header>
    <main>
      <p>Ons aanbod voor overstappers:</p>
      <div data-koers-widget></div>
      <script src="${koersOrigin}/widget/v1.js" data-koers-region="${regionId}"${lang ? ` data-koers-lang="${lang}"` : ''} async></script>
    </main>
  </body>
</html>`,
    }),
  );
  await page.goto(`${siteOrigin}/aanbod`);
}

test.describe('the website widget', () => {
  test.beforeAll(async () => {
    // The first call starts the API function's worker, which may take longer than one assertion.
    await expect.poll(async () => (await fetch(`${koersOrigin}/api/public/v1/regions/${regionId}/activities`)).status, { timeout: 90_000 }).toBe(200);
  });

  test('lists published activities and vacancies, never drafts; a visitor registers with the keyboard only', async ({ page }, testInfo) => {
    const suffix = randomBytes(4).toString('hex');
    const seeded = await seedOffer(suffix);
    await openSite(page);

    const activities = page.getByRole('region', { name: 'Activiteiten' });
    const vacancies = page.getByRole('region', { name: 'Vacatures' });
    const activity = activities.getByRole('article', { name: seeded.activity.title });
    await expect(activity).toBeVisible();
    await expect(activity).toContainText('20 plekken vrij');
    await expect(activity).toContainText('Helmond');
    await expect(page.getByRole('heading', { level: 2, name: 'Activiteiten' })).toBeVisible();
    await expect(activity.getByRole('heading', { level: 3 })).toHaveText(seeded.activity.title);
    const vacancy = vacancies.getByRole('article', { name: seeded.vacancy.title });
    await expect(vacancy).toContainText(seeded.schoolName);
    await expect(vacancy).toContainText('28 uur per week');
    await expect(vacancy).toContainText('Zij-instroom mogelijk');
    await expect(page.getByText(`Zz Conceptavond ${suffix}`)).toHaveCount(0);
    await expect(page.getByText(`Zz Conceptvacature ${suffix}`)).toHaveCount(0);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('widget-desktop.png'), fullPage: true });

    // Keyboard only: open the form, send it empty, read the errors, fill it, send it.
    const toggle = activity.getByRole('button', { name: 'Aanmelden' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(activity.getByRole('button', { name: 'Sluiten' })).toHaveAttribute('aria-expanded', 'true');
    const form = activity.getByRole('form', { name: `Aanmelden voor ${seeded.activity.title}` });
    await expect(form).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Naam')).toBeFocused();
    await form.getByRole('button', { name: 'Aanmelding versturen' }).focus();
    await page.keyboard.press('Enter');
    await expect(form.getByLabel('Naam')).toBeFocused();
    await expect(form.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Naam')).toHaveAccessibleDescription('Vul je naam in.');
    await expect(form.getByLabel('E-mailadres')).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
    await expect(activity.getByRole('status')).toHaveText('Er zijn 3 velden die je nog moet aanpassen.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    await activity.screenshot({ path: testInfo.outputPath('widget-360-errors.png') });

    const email = `zz.widget.${suffix}@example.nl`;
    await page.keyboard.type(`Zz Bezoeker ${suffix}`);
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('E-mailadres')).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Telefoonnummer (niet verplicht)')).toBeFocused();
    await page.keyboard.press('Tab');
    const consent = form.getByRole('checkbox', { name: /Ik geef toestemming/ });
    await expect(consent).toBeFocused();
    await page.keyboard.press('Space');
    await expect(consent).toBeChecked();
    // The honeypot is out of the tab order: the next stop is the submit button.
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Aanmelding versturen' })).toBeFocused();
    // A person takes longer than the form guard's two-second minimum; a test can be faster.
    await page.waitForTimeout(2_100);
    await page.keyboard.press('Enter');

    const status = activity.getByRole('status');
    await expect(status).toHaveText(`Je bent aangemeld voor ${seeded.activity.title}. Je hoort van ons.`);
    await expect(status).toBeFocused();
    await expect(activity).toContainText('Nog 19 plekken vrij');
    await expect(form).toHaveCount(0);
    await activity.screenshot({ path: testInfo.outputPath('widget-360-registered.png') });

    const registrations = await db.collection(`regions/${regionId}/activities/${seeded.ids.activity}/registrations`).where('email', '==', email).get();
    expect(registrations.docs).toHaveLength(1);
    expect(registrations.docs[0]!.data()).toMatchObject({ name: `Zz Bezoeker ${suffix}`, phone: null, status: 'registered', source: 'website', registeredBy: 'website', candidateId: null });
    await expect.poll(async () => (await db.doc(`regions/${regionId}/activities/${seeded.ids.activity}`).get()).get('registrationCount')).toBe(1);
  });

  test('speaks English when asked to', async ({ page }) => {
    await openSite(page, 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Activities' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Vacancies' })).toBeVisible();
  });
});
