import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';
import { seriousViolations } from './support/axe.js';

// What the app wrote is checked with the Admin SDK; existing candidates are read from the
// emulator, never hard-coded. New candidates are named "Zz…" with a random part, so they sort
// after the seeded ones and never collide between runs.
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const regionId = 'nijmegen';

interface Person {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  postcode?: string;
  place?: string;
}

/** A person nobody else has: random e-mail, phone and name part. */
function uniquePerson(lastName = 'Testpersoon'): Person {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return { firstName: `Zz${suffix}`, lastName, email: `zz.${suffix}@example.nl`, phone: `06 ${digits}`, place: 'Nijmegen' };
}

async function openCreateForm(page: Page): Promise<void> {
  await signInWithPassword(page, accounts.adviser, '/start');
  await page.goto('/kandidaten');
  await page.getByRole('link', { name: 'Nieuwe kandidaat' }).click();
  await expect(page).toHaveURL(/\/kandidaten\/nieuw$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kandidaat' })).toBeVisible();
}

async function fillPerson(page: Page, person: Person): Promise<void> {
  const form = page.getByRole('form', { name: 'Nieuwe kandidaat' });
  await form.getByLabel('Voornaam').fill(person.firstName);
  await form.getByLabel('Achternaam').fill(person.lastName);
  await form.getByLabel('E-mailadres').fill(person.email);
  if (person.phone) await form.getByLabel('Telefoonnummer').fill(person.phone);
  if (person.postcode) await form.getByLabel('Postcode').fill(person.postcode);
  if (person.place) await form.getByLabel('Woonplaats').fill(person.place);
  await form.getByLabel('De kandidaat gaat akkoord met de privacyverklaring').check();
}

/** The id of the dossier the page shows, once it shows one. */
async function dossierIdOf(page: Page, name: string): Promise<string> {
  await expect(page).toHaveURL(/\/kandidaten\/(?!nieuw$)[A-Za-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 45_000 });
  const id = new URL(page.url()).pathname.split('/').at(-1);
  if (!id) throw new Error(`No dossier id in ${page.url()}`);
  return id;
}

/** Creates a dossier through the form; `anyway` clicks past the duplicate warning. */
async function createThroughForm(page: Page, person: Person, anyway = false): Promise<string> {
  await page.goto('/kandidaten/nieuw');
  await fillPerson(page, person);
  await page.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
  if (anyway) {
    await expect(page.getByRole('heading', { name: /Bestaat deze kandidaat al/ })).toBeFocused();
    await page.getByRole('button', { name: 'Toch aanmaken' }).click();
  }
  return dossierIdOf(page, `${person.firstName} ${person.lastName}`);
}

const docIds = async (path: string) => (await db.collection(path).get()).docs.map((doc) => doc.id);

test.describe('creating and merging candidates', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an adviser creates a candidate: errors are explained, and the dossier exists with consent recorded', async ({ page }) => {
    const person = uniquePerson();
    await openCreateForm(page);
    expect(await seriousViolations(page)).toEqual([]);

    // Submitting an empty form explains each problem and moves focus to the first.
    await page.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
    await expect(page.getByText('Vul de voornaam in.')).toBeVisible();
    await expect(page.getByText('Vul de achternaam in.')).toBeVisible();
    await expect(page.getByText('Zonder toestemming voor de privacyverklaring mag je geen dossier aanmaken.')).toBeVisible();
    await expect(page.getByLabel('Voornaam')).toBeFocused();
    await page.getByLabel('Postcode').fill('65 AB');
    await page.getByLabel('Postcode').blur();
    await expect(page.getByText('Vul een postcode in zoals 6511 AB, of laat het veld leeg.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await fillPerson(page, { ...person, postcode: '6511 AB' });
    await page.getByLabel('Eerste notitie').fill('Belde na de informatieavond.');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
    const id = await dossierIdOf(page, `${person.firstName} ${person.lastName}`);

    const snapshot = await db.doc(`candidates/${id}`).get();
    expect(snapshot.exists).toBe(true);
    const adviserUid = await uidOf(accounts.adviser);
    expect(snapshot.data()).toMatchObject({
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
      phone: person.phone,
      postcode: '6511 AB',
      place: 'Nijmegen',
      notes: 'Belde na de informatieavond.',
      homeRegionId: regionId,
      regionIds: [regionId],
      ownerUid: adviserUid,
      createdBy: adviserUid,
      updatedBy: adviserUid,
      phase: 'interest',
      status: 'active',
      authUid: null,
    });
    const consent = snapshot.get('consent') as { privacy: boolean; givenAt: Timestamp; source: string; withdrawnAt: null };
    expect(consent).toMatchObject({ privacy: true, source: 'adviser', withdrawnAt: null });
    expect(consent.givenAt).toBeInstanceOf(Timestamp);
    expect(Math.abs(consent.givenAt.toMillis() - (snapshot.get('createdAt') as Timestamp).toMillis())).toBeLessThan(1000);
  });

  test('typing the e-mail of an existing candidate warns before anything is created, and keeps what was typed', async ({ page }) => {
    const seeded = (await db.collection(`regions/${regionId}/candidateIndex`).orderBy('name').limit(50).get()).docs.find(
      (doc) => typeof doc.get('email') === 'string' && !(doc.get('name') as string).startsWith('Zz'),
    );
    expect(seeded, 'the seed has candidates with an e-mail address in Nijmegen').toBeDefined();
    if (!seeded) return;
    const existing = { id: seeded.id, name: seeded.get('name') as string, email: seeded.get('email') as string };
    const person = { ...uniquePerson('Dubbel'), email: existing.email.toUpperCase() };

    await openCreateForm(page);
    await page.getByLabel('E-mailadres').fill(person.email);
    const warning = page.getByRole('region', { name: /Bestaat deze kandidaat al/ });
    const hit = warning.getByRole('listitem').filter({ hasText: existing.name });
    await expect(hit).toBeVisible();
    await expect(hit).toContainText('zelfde e-mailadres');
    await expect(hit.getByRole('link', { name: existing.name, exact: true })).toHaveAttribute('href', `/kandidaten/${existing.id}`);
    expect(await seriousViolations(page)).toEqual([]);

    // Submitting is held back until the adviser decides.
    await fillPerson(page, person);
    await page.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
    await expect(page.getByRole('heading', { name: /Bestaat deze kandidaat al/ })).toBeFocused();
    await expect(page).toHaveURL(/\/kandidaten\/nieuw$/);
    const name = `${person.firstName} ${person.lastName}`;
    expect((await db.collection('candidates').where('name', '==', name).get()).empty).toBe(true);

    // Looking at the existing dossier loses nothing.
    await hit.getByRole('link', { name: `Bestaand dossier openen: ${existing.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: existing.name })).toBeVisible({ timeout: 45_000 });
    await page.goBack();
    await expect(page.getByLabel('Voornaam')).toHaveValue(person.firstName);
    await expect(page.getByLabel('E-mailadres')).toHaveValue(person.email);
    await expect(page.getByLabel('De kandidaat gaat akkoord met de privacyverklaring')).toBeChecked();
  });

  test('two dossiers of one person are merged through the dossier: one stays, with the history of both', async ({ page }) => {
    const first = uniquePerson('Alfa');
    const second: Person = { ...first, lastName: 'Bravo', phone: undefined, postcode: '6521 KL' };
    await signInWithPassword(page, accounts.adviser, '/start');
    const keepId = await createThroughForm(page, first);
    const mergeId = await createThroughForm(page, second, true);
    const keepName = `${first.firstName} ${first.lastName}`;
    const mergeName = `${second.firstName} ${second.lastName}`;

    // The duplicate gets a contact of its own.
    const summary = `Kennismaking voor samenvoegen ${Date.now()}`;
    const contact = page.getByRole('form', { name: 'Contact vastleggen' });
    await contact.getByLabel('Soort contact').selectOption({ label: 'Kennismakingsgesprek' });
    await contact.getByLabel('Samenvatting').fill(summary);
    await contact.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(page.getByRole('list', { name: 'Contacthistorie en tijdlijn' }).getByText(summary)).toBeVisible();
    // Both creations are in their audit trails (the trigger writes them).
    await expect.poll(() => docIds(`candidates/${keepId}/audit`)).not.toEqual([]);
    await expect.poll(() => docIds(`candidates/${mergeId}/audit`)).not.toEqual([]);
    const mergeAudit = await docIds(`candidates/${mergeId}/audit`);
    const mergeContacts = await docIds(`candidates/${mergeId}/interactions`);

    // From the duplicate's dossier: find the other by search, keep the older one.
    await page.getByRole('link', { name: 'Samenvoegen met…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dossiers samenvoegen' })).toBeVisible();
    await page.getByLabel('Zoek het andere dossier').fill(first.firstName);
    await page.getByRole('button', { name: `${keepName} kiezen` }).click();
    await expect(page).toHaveURL(new RegExp(`/kandidaten/${mergeId}/samenvoegen\\?met=${keepId}$`));
    await page.getByRole('radio', { name: `${keepName} blijft` }).check();
    const preview = page.getByRole('region', { name: `Na het samenvoegen: ${keepName}` });
    await expect(preview).toContainText('6521 KL');
    await expect(preview).toContainText('Alle contactmomenten');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Samenvoegen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dossiers samenvoegen?' });
    await expect(dialog).toContainText(`Het dossier van ${mergeName} wordt samengevoegd met dat van ${keepName}`);
    await dialog.getByRole('button', { name: 'Ja, samenvoegen' }).click();
    await dossierIdOf(page, keepName);
    expect(new URL(page.url()).pathname).toBe(`/kandidaten/${keepId}`);

    // One dossier remains; it has what it lacked and the history of both.
    expect((await db.doc(`candidates/${mergeId}`).get()).exists).toBe(false);
    const kept = await db.doc(`candidates/${keepId}`).get();
    expect(kept.get('postcode')).toBe('6521 KL');
    expect(kept.get('phone')).toBe(first.phone);
    const keptAudit = await docIds(`candidates/${keepId}/audit`);
    expect(keptAudit).toContain(`merge-${mergeId}`);
    for (const id of mergeAudit) expect(keptAudit).toContain(`merged-${mergeId}-${id}`);
    const keptContacts = await db.collection(`candidates/${keepId}/interactions`).get();
    for (const id of mergeContacts) expect(keptContacts.docs.map((doc) => doc.id)).toContain(`merged-${mergeId}-${id}`);
    expect(keptContacts.docs.map((doc) => doc.get('summary') as string)).toContain(summary);
    await expect(page.getByRole('list', { name: 'Contacthistorie en tijdlijn' }).getByText(summary)).toBeVisible();
  });
});
