import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { Timestamp, getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { projectId, uidOf } from './support/emulator-data.js';
import { navigationLinks, signInWithPassword } from './support/session.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const regionId = 'nijmegen';
const activities = db.collection(`regions/${regionId}/activities`);

/** A day `offset` days from now as YYYY-MM-DD in Amsterdam, where activities are planned. */
function amsterdamDay(offset: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + offset * 24 * 60 * 60 * 1000));
}

/** The moment an Amsterdam wall time names (the browser runs in Europe/Amsterdam, see playwright.config). */
function amsterdamMoment(day: string, time: string): Date {
  const guess = new Date(`${day}T${time}:00Z`);
  const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(guess);
  const offsetMs = new Date(`${wall.replace(' ', 'T')}:00Z`).getTime() - guess.getTime();
  return new Date(guess.getTime() - offsetMs);
}

/**
 * An active Nijmegen candidate with an e-mail address and a name no one else in the region
 * has (so the picker shows one option), not owned by the adviser: the dossier specs take
 * the adviser's own dossiers, and a registration adds to the contact history.
 */
async function registrableCandidate(): Promise<{ id: string; name: string; email: string }> {
  const adviserUid = await uidOf(accounts.adviser);
  const index = await db.collection(`regions/${regionId}/candidateIndex`).where('status', '==', 'active').get();
  const counts = new Map<string, number>();
  for (const doc of index.docs) counts.set(doc.get('name') as string, (counts.get(doc.get('name') as string) ?? 0) + 1);
  const entries = index.docs
    .filter((doc) => doc.get('ownerUid') !== adviserUid && counts.get(doc.get('name') as string) === 1)
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const entry of entries.slice(3)) {
    const dossier = (await db.doc(`candidates/${entry.id}`).get()).data();
    const email = dossier?.email as string | null | undefined;
    if (email) return { id: entry.id, name: dossier?.name as string, email };
  }
  throw new Error('The seed has no registrable candidate in Nijmegen');
}

async function openActivities(page: Page) {
  await signInWithPassword(page, accounts.adviser, '/start');
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Activiteiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeVisible();
}

test.describe('activities for staff', () => {
  test.beforeEach(() => test.slow());

  test('an adviser plans an activity, publishes it, registers a candidate and marks attendance', async ({ page }, testInfo) => {
    const adviserUid = await uidOf(accounts.adviser);
    const candidate = await registrableCandidate();
    const title = `Zz Informatieavond ${Date.now()}`;
    const day = amsterdamDay(30);

    await openActivities(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe activiteit' })).toBeVisible();
    await page.getByLabel('Soort activiteit').selectOption('information_meeting');
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Beschrijving').fill('Alles over zij-instromen in het basisonderwijs.');
    await page.getByLabel('Begint op').fill(`${day}T19:00`);
    await page.getByLabel('Eindigt op').fill(`${day}T21:00`);
    await page.getByLabel('Locatie').fill('Zz-zaal, Nijmegen');
    await page.getByLabel('Aantal plaatsen').fill('1');
    await page.getByRole('button', { name: 'Activiteit aanmaken' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const activityId = /\/activiteiten\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    const created = (await activities.doc(activityId).get()).data();
    expect(created).toMatchObject({
      kind: 'information_meeting',
      title,
      location: 'Zz-zaal, Nijmegen',
      online: false,
      capacity: 1,
      published: false,
      crossRegional: false,
      registrationCount: 0,
      createdBy: adviserUid,
      updatedBy: adviserUid,
    });
    expect((created?.startsAt as Timestamp).toDate()).toEqual(amsterdamMoment(day, '19:00'));
    expect((created?.endsAt as Timestamp).toDate()).toEqual(amsterdamMoment(day, '21:00'));
    await expect(page.getByText('Concept', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Publiceren' }).click();
    await expect.poll(async () => (await activities.doc(activityId).get()).get('published') as boolean).toBe(true);
    await expect(page.getByText('Gepubliceerd', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publicatie intrekken' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Kandidaat aanmelden' }).fill(candidate.name);
    await page.getByRole('option', { name: new RegExp(`^${candidate.name}`) }).first().click();
    await page.getByRole('button', { name: /^(Toch a|A)anmelden$/ }).click();
    const registration = db.doc(`regions/${regionId}/activities/${activityId}/registrations/candidate-${candidate.id}`);
    await expect.poll(async () => (await registration.get()).exists).toBe(true);
    expect((await registration.get()).data()).toMatchObject({
      candidateId: candidate.id,
      name: candidate.name,
      email: candidate.email,
      source: 'adviser',
      status: 'registered',
      registeredBy: adviserUid,
    });
    const row = page.getByRole('row').filter({ hasText: candidate.email });
    await expect(row.getByRole('link', { name: candidate.name })).toHaveAttribute('href', `/kandidaten/${candidate.id}`);
    await expect(row.getByText('Aangemeld', { exact: true })).toBeVisible();
    await expect(row.getByText('Adviseur', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Registering the same person again finds the first registration instead of a second one.
    await page.getByRole('textbox', { name: 'Kandidaat aanmelden' }).fill(candidate.name);
    await page.getByRole('option', { name: new RegExp(`^${candidate.name}`) }).first().click();
    await page.getByRole('button', { name: /^(Toch a|A)anmelden$/ }).click();
    await expect(page.getByText('Deze kandidaat staat al op de lijst (status: Aangemeld).')).toBeVisible();
    expect((await registration.parent.get()).size).toBe(1);

    // Attendance by keyboard: the row's menu opens with Enter and an item is chosen with Enter.
    // The row may re-render while the registration trigger recounts places, taking the focus
    // (or the open menu) with it; then the keyboard user simply tries again. Choosing
    // "Aanwezig" twice sets the same status, so a retry after a slow save does no harm.
    await expect(async () => {
      await row.getByRole('button', { name: `Status wijzigen voor ${candidate.name}` }).focus();
      await page.keyboard.press('Enter');
      const attended = page.getByRole('menuitem', { name: 'Aanwezig' });
      await expect(attended).toBeVisible({ timeout: 2_000 });
      await attended.focus({ timeout: 2_000 });
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await registration.get()).get('status') as string, { timeout: 5_000 }).toBe('attended');
    }).toPass({ timeout: 45_000 });
    await expect(row.getByText('Aanwezig', { exact: true })).toBeVisible();

    await page.screenshot({ path: testInfo.outputPath('activity-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // Polled: the page re-lays out for the phone width a moment after the resize.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('activity-phone.png'), fullPage: true });

    // The overview lists it among the upcoming published information meetings, with its places.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: '← Alle activiteiten' }).click();
    await page.getByLabel('Soort', { exact: true }).selectOption('information_meeting');
    await page.getByLabel('Publicatie').selectOption('published');
    const listed = page.getByRole('row').filter({ hasText: title });
    await expect(listed.getByRole('link', { name: title })).toHaveAttribute('href', `/activiteiten/${activityId}`);
    await expect(listed).toContainText(/van 1 plaatsen/);
    await expect(listed.getByText('Gepubliceerd')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('activities-desktop.png'), fullPage: true });
    await page.getByLabel('Publicatie').selectOption('draft');
    await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(0);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByLabel('Publicatie').selectOption('');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    // Polled: the page re-lays out for the phone width a moment after the resize.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('activities-phone.png'), fullPage: true });
  });

  test('an activity with an end before its start and no title shows both mistakes and writes nothing', async ({ page }, testInfo) => {
    const marker = `Zz ongeldig ${Date.now()}`;
    const day = amsterdamDay(20);

    await openActivities(page);
    await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
    await page.getByLabel('Beschrijving').fill(marker);
    await page.getByLabel('Begint op').fill(`${day}T20:00`);
    await page.getByLabel('Eindigt op').fill(`${day}T19:00`);
    await page.getByLabel('Aantal plaatsen').fill('0');
    await page.getByRole('button', { name: 'Activiteit aanmaken' }).click();

    await expect(page.getByLabel('Titel')).toHaveAccessibleDescription(/Vul dit veld in\./);
    await expect(page.getByText('Het einde moet na het begin liggen.')).toBeVisible();
    await expect(page.getByText('Vul een heel getal van 1 tot 10.000 in, of laat het veld leeg.')).toBeVisible();
    await expect(page.getByLabel('Eindigt op')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/activiteiten\/nieuw$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('activity-form-errors.png'), fullPage: true });
    expect((await activities.where('description', '==', marker).get()).size).toBe(0);
  });

  test('an edit saved by someone else in the meantime is not overwritten, and what was typed stays', async ({ page }) => {
    const adviserUid = await uidOf(accounts.adviser);
    const coordinatorUid = await uidOf(accounts.coordinator);
    const title = `Zz Meeloopdag ${Date.now()}`;
    const startsAt = amsterdamMoment(amsterdamDay(40), '09:00');
    const ref = await activities.add({
      kind: 'shadow_day',
      title,
      description: '',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 60 * 60 * 1000),
      location: 'Zz-school',
      online: false,
      capacity: null,
      published: false,
      crossRegional: true,
      registrationCount: 0,
      createdAt: Timestamp.now(),
      createdBy: adviserUid,
      updatedAt: Timestamp.now(),
      updatedBy: adviserUid,
    });

    await signInWithPassword(page, accounts.adviser, '/start');
    await page.goto(`/activiteiten/${ref.id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Bovenregionaal', { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByLabel('Titel').fill(`${title} (mijn versie)`);

    // A colleague saves first.
    await ref.update({ title: `${title} (collega)`, updatedAt: Timestamp.now(), updatedBy: coordinatorUid });
    await expect(page.getByRole('heading', { level: 1, name: `${title} (collega)` })).toBeVisible();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft deze activiteit intussen gewijzigd' })).toBeVisible();
    await expect(page.getByLabel('Titel')).toHaveValue(`${title} (mijn versie)`);
    expect((await ref.get()).get('title')).toBe(`${title} (collega)`);

    // Having seen it, the adviser chooses their own version.
    await page.getByRole('button', { name: 'Mijn versie toch opslaan' }).click();
    await expect.poll(async () => (await ref.get()).get('title') as string).toBe(`${title} (mijn versie)`);
    expect((await ref.get()).get('updatedBy')).toBe(adviserUid);
    expect((await ref.get()).get('registrationCount')).toBe(0);
  });

  test('an HR officer does not get the activities page', async ({ page }) => {
    await signInWithPassword(page, accounts.hr, '/organisatie');
    expect(await navigationLinks(page)).not.toContain('Activiteiten');
    await page.goto('/activiteiten');
    await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang tot deze pagina' })).toBeVisible();
  });
});
