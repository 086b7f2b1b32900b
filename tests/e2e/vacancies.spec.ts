import { expect, test, type Locator, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { organisationName, projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

// The HR officer's school and the training officer's institute in the seed.
const regionId = 'nijmegen';
const schoolId = 'nij-kc-de-klimop';
const instituteId = 'nij-han-pabo';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

/** The one document of `collection` in Nijmegen with this title/name, as the app wrote it. */
async function findByField(collection: 'vacancies' | 'programmes', field: 'title' | 'name', value: string) {
  const snapshot = await db.collection(`regions/${regionId}/${collection}`).where(field, '==', value).get();
  return snapshot.docs.length === 1 ? snapshot.docs[0]! : null;
}

async function vacancyData(title: string) {
  return (await findByField('vacancies', 'title', title))?.data() ?? null;
}

function article(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

function dialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name });
}

test.describe('vacancies and programmes on /organisatie', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the HR officer creates, publishes, edits, takes offline and deletes a vacancy of their school', async ({ page }) => {
    const title = `Zz Leerkracht groep 5 ${Date.now()}`;
    await signInWithPassword(page, accounts.hr, '/organisatie');
    await expect(page.getByRole('heading', { level: 2, name: await organisationName(regionId, schoolId) })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Vacatures' })).toBeVisible();

    await page.getByRole('button', { name: 'Vacature toevoegen' }).click();
    const create = dialog(page, 'Nieuwe vacature');
    // Bad input gets a clear error and writes nothing.
    await create.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(create.getByText('Kies een sector.')).toBeVisible();
    await expect(create.getByText('Vul een aantal uren tussen 1 en 40 in.')).toBeVisible();

    await create.getByLabel('Functietitel').fill(title);
    await create.getByLabel('Sector').selectOption({ label: 'Primair onderwijs' });
    await create.getByLabel('Uren per week').fill('24');
    await create.getByLabel('Geschikt voor zij-instroom').check();
    await create.getByLabel('Sluitingsdatum').fill('2099-06-30');
    await create.getByLabel('Omschrijving').fill('Een fijne plek voor een zij-instromer in groep 5.');
    await create.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(create).toBeHidden();

    const card = article(page, title);
    await expect(card).toContainText('Concept');
    await expect(card).toContainText('24 uur per week');
    await expect(card).toContainText('Zij-instroom: Ja');
    await expect(card).toContainText('Sluit op 30 juni 2099');
    const created = await vacancyData(title);
    expect(created).toMatchObject({
      organisationId: schoolId,
      sector: 'po',
      hoursPerWeek: 24,
      lateralEntry: true,
      closingDate: '2099-06-30',
      published: false,
      createdBy: await uidOf(accounts.hr),
    });

    await card.getByRole('button', { name: 'Publiceren' }).click();
    await expect(card).toContainText('Gepubliceerd');
    await expect.poll(async () => (await vacancyData(title))?.published).toBe(true);

    await card.getByRole('button', { name: 'Wijzigen' }).click();
    const edit = dialog(page, 'Vacature wijzigen');
    await expect(edit.getByLabel('Functietitel')).toHaveValue(title);
    await edit.getByLabel('Uren per week').fill('32');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(edit).toBeHidden();
    await expect(card).toContainText('32 uur per week');
    await expect.poll(async () => (await vacancyData(title))?.hoursPerWeek).toBe(32);

    await card.getByRole('button', { name: 'Offline halen' }).click();
    await expect(card).toContainText('Concept');
    await expect.poll(async () => (await vacancyData(title))?.published).toBe(false);

    await card.getByRole('button', { name: 'Verwijderen' }).click();
    const confirm = dialog(page, 'Vacature verwijderen?');
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Verwijderen' }).click();
    await confirm.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await expect(card).toBeHidden();
    await expect.poll(() => findByField('vacancies', 'title', title)).toBeNull();
  });

  test('an edit saved by someone else in between is not overwritten, and what was typed stays', async ({ page }) => {
    const title = `Zz Docent Nederlands ${Date.now()}`;
    const hrUid = await uidOf(accounts.hr);
    const ref = await db.collection(`regions/${regionId}/vacancies`).add({
      organisationId: schoolId,
      title,
      sector: 'po',
      subjects: [],
      hoursPerWeek: 20,
      lateralEntry: false,
      closingDate: null,
      description: 'Oorspronkelijke tekst.',
      published: false,
      createdAt: FieldValue.serverTimestamp(),
      createdBy: hrUid,
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: hrUid,
    });

    await signInWithPassword(page, accounts.hr, '/organisatie');
    const card = article(page, title);
    await card.getByRole('button', { name: 'Wijzigen' }).click();
    const edit = dialog(page, 'Vacature wijzigen');
    const typed = 'Mijn nieuwe omschrijving, met veel zorg getypt.';
    await edit.getByLabel('Omschrijving').fill(typed);

    // The coordinator saves the same vacancy while the HR officer is still typing.
    const theirs = 'De coördinator heeft dit intussen aangepast.';
    await ref.update({ description: theirs, updatedAt: FieldValue.serverTimestamp(), updatedBy: await uidOf(accounts.coordinator) });
    await expect(card).toContainText(theirs);

    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const conflict = edit.getByRole('alert');
    await expect(conflict).toContainText('Intussen door iemand anders gewijzigd');
    await expect(conflict).toContainText('wat jij typte staat nog in het formulier');
    await expect(edit.getByLabel('Omschrijving')).toHaveValue(typed);
    expect((await ref.get()).get('description')).toBe(theirs);

    // Knowing that, the HR officer chooses to save their own version.
    await conflict.getByRole('button', { name: 'Toch mijn versie opslaan' }).click();
    await expect(edit).toBeHidden();
    await expect(card).toContainText(typed);
    await expect.poll(async () => (await ref.get()).get('description')).toBe(typed);
    expect((await ref.get()).get('updatedBy')).toBe(hrUid);
    await ref.delete();
  });

  test('the HR officer keeps the school details current, but not its type, and sees its contact persons', async ({ page }) => {
    const website = `https://www.klimop-${Date.now()}.nl`;
    const before = (await db.doc(`regions/${regionId}/organisations/${schoolId}`).get()).data()!;
    const contacts = await db.collection(`regions/${regionId}/contacts`).where('organisationId', '==', schoolId).get();

    await signInWithPassword(page, accounts.hr, '/organisatie');
    const section = page.getByRole('region', { name: 'Contactpersonen' });
    for (const contact of contacts.docs) await expect(section.getByText(contact.get('name') as string, { exact: true })).toBeVisible();
    await expect(section.getByRole('button')).toHaveCount(0);

    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const edit = dialog(page, 'Gegevens van je organisatie');
    await expect(edit.getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue(before.name as string);
    await expect(edit.getByLabel(/Soort organisatie/)).toHaveCount(0);
    await edit.getByLabel('Website').fill(website.replace('https://', ''));
    await edit.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('link', { name: website })).toBeVisible();
    const after = (await db.doc(`regions/${regionId}/organisations/${schoolId}`).get()).data()!;
    expect(after).toMatchObject({ website, type: before.type, name: before.name, updatedBy: await uidOf(accounts.hr) });
  });

  test('training staff add and publish a programme of their institute', async ({ page }) => {
    const name = `Zz Verkorte pabo ${Date.now()}`;
    await signInWithPassword(page, accounts.training, '/organisatie');
    await expect(page.getByRole('heading', { level: 2, name: await organisationName(regionId, instituteId) })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Vacature toevoegen' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
    const create = dialog(page, 'Nieuwe opleiding');
    await create.getByLabel('Naam van de opleiding').fill(name);
    await create.getByLabel('Soort opleiding').selectOption({ label: 'Verkorte pabo' });
    await create.getByLabel('Primair onderwijs').check();
    await create.getByLabel('Duur in maanden').fill('24');
    await create.getByLabel('Startdatum 1', { exact: true }).fill('2099-09-01');
    await create.getByRole('button', { name: 'Startdatum toevoegen' }).click();
    await create.getByLabel('Startdatum 2', { exact: true }).fill('2099-02-01');
    await create.getByLabel('Toelatingseisen').fill('Een afgeronde hbo-opleiding.');
    await create.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(create).toBeHidden();

    const card = article(page, name);
    await expect(card).toContainText('Concept');
    await expect(card).toContainText('Start op 1 februari 2099, 1 september 2099');
    await card.getByRole('button', { name: 'Publiceren' }).click();
    await expect(card).toContainText('Gepubliceerd');
    await expect.poll(async () => (await findByField('programmes', 'name', name))?.get('published')).toBe(true);
    expect((await findByField('programmes', 'name', name))?.data()).toMatchObject({
      organisationId: instituteId,
      type: 'shortened_pabo',
      sectors: ['po'],
      startDates: ['2099-02-01', '2099-09-01'],
      durationMonths: 24,
      createdBy: await uidOf(accounts.training),
    });
  });

  test('the HR officer gets no programme controls: programmes are the institute’s', async ({ page }) => {
    await signInWithPassword(page, accounts.hr, '/organisatie');
    await expect(page.getByRole('heading', { level: 2, name: 'Vacatures' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Opleidingen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Opleiding toevoegen' })).toHaveCount(0);
  });

  test('staff see every vacancy of the region on /vacatures and filter by sector, subject and publication', async ({ page }) => {
    const title = `Zz Docent wiskunde ${Date.now()}`;
    const hrUid = await uidOf(accounts.hr);
    const ref = await db.collection(`regions/${regionId}/vacancies`).add({
      organisationId: schoolId,
      title,
      sector: 'vo',
      subjects: ['wiskunde'],
      hoursPerWeek: 28,
      lateralEntry: true,
      closingDate: '2020-01-31',
      description: '',
      published: false,
      createdAt: FieldValue.serverTimestamp(),
      createdBy: hrUid,
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: hrUid,
    });
    try {
      await signInWithPassword(page, accounts.coordinator, '/regio');
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Vacatures' }).click();
      await expect(page).toHaveURL(/\/vacatures$/);
      const table = page.getByRole('region', { name: 'Vacatures in de regio, open vacatures eerst' });
      const row = table.getByRole('row', { name: new RegExp(title) });
      await expect(row).toContainText(await organisationName(regionId, schoolId));
      await expect(row).toContainText('Concept');
      await expect(row).toContainText('Gesloten');

      await page.getByLabel('Sector').selectOption({ label: 'Voortgezet onderwijs' });
      await page.getByLabel('Vak', { exact: true }).selectOption({ label: 'Wiskunde' });
      await expect(page).toHaveURL(/sector=vo/);
      await expect(row).toBeVisible();
      await page.getByLabel('Publicatie').selectOption({ label: 'Gepubliceerd' });
      await expect(row).toHaveCount(0);
      await page.getByLabel('Publicatie').selectOption({ label: 'Concept' });
      await expect(row).toBeVisible();
      await page.getByLabel('Sector').selectOption({ label: 'Primair onderwijs' });
      await expect(row).toHaveCount(0);

      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await ref.delete();
    }
  });

  test('HR and training staff have no region-wide vacancy list', async ({ page }) => {
    await signInWithPassword(page, accounts.hr, '/organisatie');
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Vacatures' })).toHaveCount(0);
    await page.goto('/vacatures');
    await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang tot deze pagina' })).toBeVisible();
  });

  for (const role of ['hr', 'training'] as const) {
    test(`/organisatie of ${role === 'hr' ? 'the HR officer' : 'training staff'} has no serious accessibility violations`, async ({ page }) => {
      await signInWithPassword(page, accounts[role], '/organisatie');
      await expect(page.getByRole('heading', { level: 2, name: 'Voorgestelde kandidaten' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: role === 'hr' ? 'Vacatures' : 'Opleidingen' })).toBeVisible();
      await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: role === 'hr' ? 'Vacature toevoegen' : 'Opleiding toevoegen' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
