import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { projectId, uidOf } from './support/emulator-data.js';
import { navigationLinks, signInWithPassword } from './support/session.js';

// The regional network (/netwerk): what the pages write is checked in the emulator with the
// Admin SDK. Everything this spec creates is named "Zz … <suffix>" and lives in its own place,
// so parallel specs that read Nijmegen's seeded network never see it.
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const regionId = 'nijmegen';
const boardName = 'Stichting Waalbogen Primair Onderwijs';

async function organisationsNamed(name: string) {
  const snapshot = await db.collection(`regions/${regionId}/organisations`).where('name', '==', name).get();
  return snapshot.docs.map((doc) => ({ id: doc.id, ...doc.data() }) as { id: string; [field: string]: unknown });
}

async function contactsOf(organisationId: string) {
  const snapshot = await db.collection(`regions/${regionId}/contacts`).where('organisationId', '==', organisationId).get();
  return snapshot.docs.map((doc) => ({ id: doc.id, ...doc.data() }) as { id: string; [field: string]: unknown }).sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

async function countIn(collection: 'organisations' | 'contacts', field: string, values: string[]) {
  const snapshot = await db.collection(`regions/${regionId}/${collection}`).where(field, 'in', values).get();
  return snapshot.size;
}

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** A file the way Dutch Excel saves "CSV": semicolons, a byte-order mark, CRLF line ends. */
async function csvFile(name: string, lines: string[][]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'koers-network-'));
  const path = join(dir, name);
  await writeFile(path, `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`, 'utf8');
  return path;
}

test.describe('the regional network', () => {
  test('a coordinator adds a school with a contact, finds it with the filters and opens its page', async ({ page }, testInfo) => {
    // One journey through four pages, with an axe check on each: longer than the default.
    test.setTimeout(180_000);
    const suffix = randomBytes(4).toString('hex');
    const school = {
      name: `Zz Netwerkschool ${suffix}`,
      place: `Zzdorp ${suffix}`,
      brin: `Z${suffix.slice(0, 6).toUpperCase()}`,
      contact: { name: `Zz Petra ${suffix}`, jobTitle: 'Directeur', email: `zz.petra.${suffix}@example.nl`, phone: '024 123 45 67' },
    };
    const coordinatorUid = await uidOf(accounts.coordinator);

    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Netwerk' }).click();
    await expect(page).toHaveURL(/\/netwerk$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Netwerk' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kindcentrum De Klimop' })).toBeVisible();
    await expectAccessible(page);

    // New organisation, with its first contact person in the same form.
    await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' })).toBeVisible();
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
    await expect(page.getByText('Kies een soort organisatie.')).toBeVisible();
    await expect(page.getByText('Vul de naam in (hoogstens 200 tekens).')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Soort organisatie').selectOption('school');
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(school.name);
    await page.getByRole('checkbox', { name: 'Primair onderwijs' }).check();
    await page.getByLabel('Adres', { exact: true }).fill('Zzstraat 1');
    await page.getByLabel('Postcode').fill('6511ab');
    await page.getByLabel('Plaats', { exact: true }).fill(school.place);
    await page.getByLabel('BRIN (optioneel)').fill(school.brin);
    await page.getByLabel('Website').fill(`www.zz-${suffix}.nl`);
    await page.getByLabel('Schoolbestuur').selectOption({ label: boardName });
    await page.getByLabel('Naam contactpersoon').fill(school.contact.name);
    await page.getByLabel('Functie').fill(school.contact.jobTitle);
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
    await expect(page.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
    expect(await organisationsNamed(school.name)).toEqual([]);
    await page.getByLabel('E-mailadres').fill(school.contact.email);
    await page.getByLabel('Telefoonnummer').fill(school.contact.phone);
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();

    await expect(page.getByRole('heading', { level: 1, name: school.name })).toBeVisible();
    const [stored, ...others] = await organisationsNamed(school.name);
    expect(others).toEqual([]);
    expect(page.url()).toMatch(new RegExp(`/netwerk/organisaties/${stored!.id}$`));
    expect(stored!.id).toMatch(/^nijmegen-/);
    expect(stored).toMatchObject({
      type: 'school',
      sectors: ['po'],
      address: 'Zzstraat 1',
      postcode: '6511 AB',
      place: school.place,
      brin: school.brin,
      boardId: 'nij-stichting-waalbogen',
      website: `https://www.zz-${suffix}.nl`,
      createdBy: coordinatorUid,
      updatedBy: coordinatorUid,
    });
    const contacts = await contactsOf(stored!.id);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ ...school.contact, organisationId: stored!.id, createdBy: coordinatorUid });

    // Its page: the board, the contact, the (empty) list of candidates.
    await expect(page.getByRole('link', { name: boardName })).toBeVisible();
    const contactTable = page.getByRole('region', { name: 'Contactpersonen' });
    await expect(contactTable.getByRole('row', { name: new RegExp(school.contact.name) })).toContainText(school.contact.email);
    await expect(page.getByText('Er zijn nog geen kandidaten aan deze organisatie voorgesteld.')).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('organisation-desktop.png'), fullPage: true });

    // A second organisation with the same name and place is the same one: refused, with a link.
    await page.goto('/netwerk/organisaties/nieuw');
    await page.getByLabel('Soort organisatie').selectOption('school');
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(school.name.toUpperCase());
    await page.getByLabel('Plaats', { exact: true }).fill(school.place);
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Deze organisatie bestaat al' }).getByRole('link', { name: school.name })).toBeVisible();
    expect(await organisationsNamed(school.name.toUpperCase())).toEqual([]);

    // The overview, filtered by type, sector and place, then by text.
    await page.goto('/netwerk');
    await page.getByLabel('Soort organisatie').selectOption('school');
    await page.getByLabel('Sector').selectOption('po');
    await page.getByLabel('Plaats', { exact: true }).selectOption(school.place);
    await expect(page).toHaveURL(/type=school/);
    await expect(page.getByRole('tab', { name: 'Organisaties (1)' })).toBeVisible();
    const organisationTable = page.getByRole('region', { name: 'Organisaties (1)' });
    await expect(organisationTable.getByRole('row', { name: new RegExp(school.name) })).toContainText(school.brin);
    await page.getByLabel('Sector').selectOption('vo');
    await expect(page.getByText('Niets gevonden met deze filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByLabel('Zoeken').fill(suffix);
    await expect(page.getByRole('tab', { name: 'Organisaties (1)' })).toBeVisible();
    await page.getByRole('tab', { name: 'Contactpersonen (1)' }).click();
    await expect(page.getByRole('region', { name: 'Contactpersonen (1)' }).getByRole('row', { name: new RegExp(school.contact.name) })).toContainText(school.name);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('network-contacts-desktop.png'), fullPage: true });
    await page.getByRole('tab', { name: /Organisaties/ }).click();
    await page.getByRole('link', { name: school.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: school.name })).toBeVisible();

    // Phone size: the page and the overview stay usable at 360 px.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('heading', { level: 1, name: school.name })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: testInfo.outputPath('organisation-phone.png'), fullPage: true });
    await page.goto('/netwerk');
    await expect(page.getByRole('heading', { level: 1, name: 'Netwerk' })).toBeVisible();
    await expect(page.getByLabel('Zoeken')).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: testInfo.outputPath('network-phone.png'), fullPage: true });
  });

  test('on its page a coordinator edits an organisation without overwriting a colleague, and adds, edits and deletes contacts', async ({ page }) => {
    test.setTimeout(180_000);
    const suffix = randomBytes(4).toString('hex');
    const school = { name: `Zz Bewerkschool ${suffix}`, contact: { name: `Zz Petra ${suffix}`, email: `zz.petra.${suffix}@example.nl` } };
    const id = `nijmegen-zz-bewerkschool-${suffix}`;
    await db.doc(`regions/${regionId}/organisations/${id}`).set({
      type: 'school',
      name: school.name,
      sectors: ['po'],
      address: 'Zzstraat 1',
      postcode: null,
      place: `Zzdorp ${suffix}`,
      brin: null,
      boardId: null,
      website: null,
    });
    await db.doc(`regions/${regionId}/contacts/${id}-petra`).set({ organisationId: id, name: school.contact.name, jobTitle: 'Directeur', email: school.contact.email, phone: null });

    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto(`/netwerk/organisaties/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: school.name })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue(school.name);

    // An edit saves with fresh stamps.
    await page.getByLabel('Website').fill(`https://nieuw-${suffix}.nl`);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByText('Opgeslagen.')).toBeVisible();
    await expect.poll(async () => (await organisationsNamed(school.name))[0]?.website).toBe(`https://nieuw-${suffix}.nl`);
    expect((await organisationsNamed(school.name))[0]).toMatchObject({ updatedBy: await uidOf(accounts.coordinator), address: 'Zzstraat 1' });

    // A colleague saves while the coordinator is typing: the save is refused and what was typed stays.
    await page.getByLabel('Adres', { exact: true }).fill('Mijn adres 2');
    await db.doc(`regions/${regionId}/organisations/${id}`).update({
      address: 'Collega-adres 3',
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: await uidOf(accounts.adviser),
    });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen: iemand anders was je voor' });
    await expect(conflict).toBeVisible();
    await expect(page.getByLabel('Adres', { exact: true })).toHaveValue('Mijn adres 2');
    expect((await organisationsNamed(school.name))[0]?.address).toBe('Collega-adres 3');
    await conflict.getByRole('button', { name: 'Mijn versie toch opslaan' }).click();
    await expect.poll(async () => (await organisationsNamed(school.name))[0]?.address).toBe('Mijn adres 2');

    // Contacts: add, edit, delete.
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Contactpersoon toevoegen' });
    await dialog.getByLabel('Naam contactpersoon').fill(`Zz Karel ${suffix}`);
    await dialog.getByLabel('E-mailadres').fill(school.contact.email.toUpperCase());
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog.getByText('Deze organisatie heeft al een contactpersoon met dit e-mailadres of deze naam.')).toBeVisible();
    await dialog.getByLabel('E-mailadres').fill(`zz.karel.${suffix}@example.nl`);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await contactsOf(id)).map((contact) => contact.name)).toEqual([`Zz Karel ${suffix}`, school.contact.name]);

    await page.getByRole('button', { name: `Zz Karel ${suffix} wijzigen` }).click();
    const editDialog = page.getByRole('dialog', { name: 'Contactpersoon wijzigen' });
    await editDialog.getByLabel('Functie').fill('Intern begeleider');
    await editDialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(editDialog).toBeHidden();
    await expect.poll(async () => (await contactsOf(id))[0]?.jobTitle).toBe('Intern begeleider');

    await page.getByRole('button', { name: `Zz Karel ${suffix} verwijderen` }).click();
    await page.getByRole('dialog', { name: 'Contactpersoon verwijderen' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(async () => (await contactsOf(id)).map((contact) => contact.name)).toEqual([school.contact.name]);
    await expect(page.getByRole('button', { name: `Zz Karel ${suffix} wijzigen` })).toHaveCount(0);
  });

  test('the CSV import shows new, updated, unchanged and invalid rows, writes only the good ones, and the same file again creates nothing', async ({ page }, testInfo) => {
    const suffix = randomBytes(4).toString('hex');
    const place = `Zzimport ${suffix}`;
    const a = `Zz Import A ${suffix}`;
    const b = `Zz Import B ${suffix}`;
    const existingName = `Zz Bestaand ${suffix}`;
    const existingId = `nijmegen-zz-bestaand-${suffix}`;
    await db.doc(`regions/${regionId}/organisations/${existingId}`).set({
      type: 'school',
      name: existingName,
      sectors: ['po'],
      address: null,
      postcode: null,
      place,
      brin: null,
      boardId: null,
      website: null,
    });
    const piet = `zz.piet.${suffix}@example.nl`;
    const kees = `zz.kees.${suffix}@example.nl`;
    const path = await csvFile(`netwerk-${suffix}.csv`, [
      ['Soort', 'Naam', 'Sector', 'Plaats', 'Bestuur', 'Contactpersoon', 'Functie', 'E-mail', 'Telefoon'],
      ['School', a, 'Primair onderwijs', place, boardName, 'Zz Piet', 'Directeur', piet, '024-1234567'],
      ['school', b, 'vo', place, '', '', '', '', ''],
      ['School', a, 'Primair onderwijs', place, boardName, 'Zz Piet', 'Directeur', piet, '024-1234567'],
      ['school', a.toLowerCase(), '', place, '', 'Zz Kees', 'Intern begeleider', kees, ''],
      ['kinderopvang', `Zz Ongeldig ${suffix}`, 'po, peuters', place, '', '', '', '', ''],
      ['school', `Zz Fout contact ${suffix}`, 'po', place, '', '', 'Conciërge', 'geen-mail', ''],
      ['', existingName, 'po, so', place, '', '', '', '', ''],
    ]);

    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto('/netwerk');
    await page.getByRole('link', { name: 'Importeren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Netwerk importeren' })).toBeVisible();
    await page.getByLabel('CSV-bestand').setInputFiles(path);
    await expect(page.getByText(`netwerk-${suffix}.csv: 7 rijen, 9 kolommen.`)).toBeVisible();

    // Headers are matched to fields already.
    await expect(page.getByLabel('Naam organisatie')).toHaveValue('Naam');
    await expect(page.getByLabel('E-mail contactpersoon')).toHaveValue('E-mail');
    await page.getByRole('button', { name: 'Controleren', exact: true }).click();

    const summary = page.getByRole('list', { name: 'Uitkomst per rij' });
    await expect(summary).toContainText('3 nieuw');
    await expect(summary).toContainText('1 bijwerken');
    await expect(summary).toContainText('1 ongewijzigd');
    await expect(summary).toContainText('2 ongeldig');
    const report = page.getByRole('region', { name: 'Uitkomst per rij van het bestand' });
    await expect(report.locator('tr[data-row="3"]')).toContainText('(zelfde als rij 1)');
    await expect(report.locator('tr[data-row="3"]')).toContainText('Ongewijzigd');
    await expect(report.locator('tr[data-row="5"]')).toContainText('‘kinderopvang’ is geen soort organisatie');
    await expect(report.locator('tr[data-row="5"]')).toContainText('‘peuters’ is geen sector');
    await expect(report.locator('tr[data-row="6"]')).toContainText('‘geen-mail’ is geen geldig e-mailadres.');
    await expect(report.locator('tr[data-row="6"]')).toContainText('De naam van de contactpersoon ontbreekt');
    await expect(report.locator('tr[data-row="7"]')).toContainText('bijwerken (sectoren)');
    // Nothing is written by the check.
    expect(await organisationsNamed(a)).toEqual([]);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('import-preview-desktop.png'), fullPage: true });

    await page.getByRole('button', { name: '4 rijen importeren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Klaar:' })).toBeVisible();

    const [createdA, ...moreA] = await organisationsNamed(a);
    expect(moreA).toEqual([]);
    expect(createdA).toMatchObject({ type: 'school', sectors: ['po'], place, boardId: 'nij-stichting-waalbogen' });
    expect((await contactsOf(createdA!.id)).map((contact) => [contact.name, contact.email, contact.jobTitle])).toEqual([
      ['Zz Kees', kees, 'Intern begeleider'],
      ['Zz Piet', piet, 'Directeur'],
    ]);
    expect(await organisationsNamed(b)).toHaveLength(1);
    expect(await organisationsNamed(`Zz Ongeldig ${suffix}`)).toEqual([]);
    expect(await organisationsNamed(`Zz Fout contact ${suffix}`)).toEqual([]);
    expect((await db.doc(`regions/${regionId}/organisations/${existingId}`).get()).get('sectors')).toEqual(['po', 'so']);
    const organisationCount = await countIn('organisations', 'place', [place]);
    const contactCount = await countIn('contacts', 'email', [piet, kees]);
    expect([organisationCount, contactCount]).toEqual([3, 2]);

    // The same file again, from the start: everything is there already, nothing can be imported.
    await page.reload();
    await page.getByLabel('CSV-bestand').setInputFiles(path);
    await page.getByRole('button', { name: 'Controleren', exact: true }).click();
    await expect(summary).toContainText('5 ongewijzigd');
    await expect(summary).toContainText('2 ongeldig');
    await expect(summary).not.toContainText('nieuw');
    await expect(page.getByText('Er valt niets te importeren: alle rijen zijn ongeldig of staan er al.')).toBeVisible();
    await expect(page.getByRole('button', { name: /importeren$/ })).toHaveCount(0);
    expect([await countIn('organisations', 'place', [place]), await countIn('contacts', 'email', [piet, kees])]).toEqual([3, 2]);

    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: testInfo.outputPath('import-phone.png'), fullPage: true });
  });

  for (const [role, email, home] of [
    ['an HR officer', accounts.hr, '/organisatie'],
    ['a director', accounts.director, '/dashboard'],
  ] as const) {
    test(`${role} cannot open the network pages`, async ({ page }) => {
      await signInWithPassword(page, email, home);
      expect(await navigationLinks(page)).not.toContain('Netwerk');
      for (const path of ['/netwerk', '/netwerk/organisaties/nij-kc-de-klimop', '/netwerk/organisaties/nieuw', '/netwerk/importeren']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang tot deze pagina' })).toBeVisible();
      }
      await expectAccessible(page);
    });
  }
});
