import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, type Timestamp } from 'firebase-admin/firestore';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accounts } from './support/accounts.js';
import { projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';
import { seriousViolations } from './support/axe.js';

// Importing candidates from a CSV file: what the preview reports and what the import writes are
// checked against the emulator with the Admin SDK; the duplicate is a seeded dossier read from
// Firestore, never hard-coded. The import runs as the Midden-Brabant adviser, because other
// specs compare Nijmegen's lists and counts with Firestore while this one may run alongside;
// imported names start with "Zz" and are unique per run all the same.
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const regionId = 'midden-brabant';
const adviser = accounts.adviserMiddenBrabant;

/** A seeded dossier of the region with a phone number: a file row with that number is a likely duplicate. */
async function seededWithPhone() {
  const snapshot = await db.collection('candidates').where('regionIds', 'array-contains', regionId).limit(50).get();
  const doc = snapshot.docs.find((item) => typeof item.get('phone') === 'string' && (item.get('phone') as string).replace(/\D/g, '').length >= 6);
  if (!doc) throw new Error(`The seed has no candidate with a phone number in ${regionId}`);
  return { id: doc.id, name: doc.get('name') as string, phone: doc.get('phone') as string, updatedAt: doc.get('updatedAt') as Timestamp };
}

async function dossiersWithEmails(emails: string[]) {
  const snapshot = await db.collection('candidates').where('email', 'in', emails).get();
  return snapshot.docs.map((doc) => ({ id: doc.id, ...doc.data() }) as { id: string; [field: string]: unknown });
}

/** Writes a file the way Dutch Excel saves "CSV": semicolons, a byte-order mark, CRLF line ends. */
async function csvFile(name: string, lines: string[][]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'koers-import-'));
  const path = join(dir, name);
  await writeFile(path, `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`, 'utf8');
  return path;
}

async function openImport(page: Page) {
  await signInWithPassword(page, adviser, '/start');
  await page.goto('/kandidaten');
  await page.getByRole('link', { name: 'Kandidaten importeren' }).click();
  await expect(page).toHaveURL(/\/kandidaten\/importeren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten importeren' })).toBeVisible();
}

async function chooseFile(page: Page, path: string) {
  await page.getByLabel('CSV-bestand').setInputFiles(path);
}

test.describe('importing candidates from a CSV file', () => {
  test('the preview reports new, invalid and duplicate rows without writing; the import writes only the good rows, and again creates nothing twice', async ({ page }) => {
    const suffix = randomBytes(4).toString('hex');
    const seeded = await seededWithPhone();
    const anna = { name: `Zz Import Anna ${suffix}`, email: `zz.anna.${suffix}@example.nl` };
    const bram = { name: `Zz Import Bram ${suffix}`, email: `zz.bram.${suffix}@example.nl` };
    const good = [anna, bram];
    const badEmail = { name: `Zz Import Fout ${suffix}`, email: `zz.fout.${suffix}` };
    const noConsent = { name: `Zz Import Zonder ${suffix}`, email: `zz.zonder.${suffix}@example.nl` };
    const duplicate = { name: seeded.name, email: `zz.dubbel.${suffix}@example.nl` };
    const path = await csvFile(`pilot-export-${suffix}.csv`, [
      ['Naam', 'E-mail', 'Privacy consent', 'Telefoon', 'Plaats', 'Fase', 'Sector'],
      [anna.name, anna.email, 'checked', '', 'Tilburg', 'oriënteren', 'Primair onderwijs, Speciaal onderwijs'],
      [bram.name, bram.email, 'ja', '', 'Wijchen', 'nieuw', ''],
      [badEmail.name, badEmail.email, 'ja', '', '', '', ''],
      [noConsent.name, noConsent.email, '', '', '', '', ''],
      [duplicate.name, duplicate.email, 'ja', seeded.phone, '', '', ''],
    ]);
    const allEmails = [...good, badEmail, noConsent, duplicate].map((row) => row.email);

    await openImport(page);
    await chooseFile(page, path);
    await expect(page.getByText(`pilot-export-${suffix}.csv: 5 rijen, 7 kolommen.`)).toBeVisible();
    await page.getByRole('button', { name: 'Verder' }).click();

    // Step 2: headers that name a field are matched already, whatever their case.
    await expect(page.getByRole('heading', { name: 'Stap 2 van 4: Kolommen koppelen' })).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Naam', exact: true })).toHaveValue('Naam');
    await expect(page.getByRole('combobox', { name: /E-mailadres/ })).toHaveValue('E-mail');
    await expect(page.getByRole('combobox', { name: /Toestemming privacy/ })).toHaveValue('Privacy consent');
    await expect(page.getByRole('combobox', { name: 'Sector' })).toHaveValue('Sector');
    // A required field that is not mapped stops the check.
    await page.getByRole('combobox', { name: /E-mailadres/ }).selectOption({ label: '— niet importeren —' });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect(page.getByRole('alert')).toContainText('E-mailadres');
    await page.getByRole('combobox', { name: /E-mailadres/ }).selectOption({ label: 'E-mail' });
    await page.getByRole('button', { name: 'Controleren' }).click();

    // Step 3: the preview, row by row; nothing written yet.
    await expect(page.getByRole('status').filter({ hasText: '5 rijen gecontroleerd' })).toBeVisible();
    const summary = page.getByRole('list', { name: 'Wat er gebeurt' });
    await expect(summary).toContainText('2 nieuw');
    await expect(summary).toContainText('2 ongeldig');
    await expect(summary).toContainText('1 mogelijke dubbele');
    const table = page.getByRole('region', { name: 'Uitkomst per rij van het bestand' });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await expect(row(anna.name)).toContainText('Nieuw');
    await expect(row(bram.name)).toContainText('Nieuw');
    await expect(row(badEmail.name)).toContainText('Ongeldig');
    await expect(row(badEmail.name)).toContainText('E-mail: geen geldig e-mailadres');
    await expect(row(noConsent.name)).toContainText('geen toestemming voor de privacyverklaring');
    const duplicateRow = table.getByRole('row').filter({ hasText: 'Mogelijk dubbel' });
    await expect(duplicateRow).toContainText('zelfde telefoonnummer');
    await expect(duplicateRow.getByRole('link', { name: seeded.name })).toHaveAttribute('href', `/kandidaten/${seeded.id}`);
    expect(await dossiersWithEmails(allEmails)).toEqual([]);

    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Step 4: the import writes exactly the two good rows.
    await page.getByRole('button', { name: '2 kandidaten importeren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Import klaar.' })).toBeVisible();
    await expect(page.getByText('2 kandidaten aangemaakt')).toBeVisible();

    const adviserUid = await uidOf(adviser);
    const written = await dossiersWithEmails(allEmails);
    expect(written.map((dossier) => dossier.name).sort()).toEqual(good.map((row) => row.name).sort());
    expect(written.find((dossier) => dossier.email === anna.email)).toMatchObject({
      place: 'Tilburg',
      phase: 'orientation',
      sectors: ['po', 'so'],
      source: 'import',
      homeRegionId: regionId,
      regionIds: [regionId],
      createdBy: adviserUid,
    });
    // The likely duplicate's dossier was not touched.
    const after = await db.doc(`candidates/${seeded.id}`).get();
    expect((after.get('updatedAt') as Timestamp).isEqual(seeded.updatedAt)).toBe(true);

    // The same file again: the good rows are known by e-mail now, nothing new is created.
    await page.getByRole('button', { name: 'Nog een bestand importeren' }).click();
    await chooseFile(page, path);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect(page.getByRole('status').filter({ hasText: '5 rijen gecontroleerd' })).toBeVisible();
    await expect(summary).toContainText('2 bestaand (bijwerken)');
    await expect(summary).not.toContainText('nieuw');
    await page.getByRole('button', { name: '2 kandidaten importeren' }).click();
    await expect(page.getByText('2 kandidaten bijgewerkt')).toBeVisible();
    expect((await dossiersWithEmails(allEmails)).map((dossier) => dossier.id).sort()).toEqual(written.map((dossier) => dossier.id).sort());

    await page.getByRole('link', { name: 'Naar de kandidatenlijst' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  });

  test('a file that is empty or not CSV is refused with a clear message', async ({ page }) => {
    await openImport(page);
    const dir = await mkdtemp(join(tmpdir(), 'koers-import-'));
    await writeFile(join(dir, 'leeg.csv'), '\uFEFF\r\n');
    await chooseFile(page, join(dir, 'leeg.csv'));
    await expect(page.getByText('Dit bestand is leeg')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Verder' })).toBeDisabled();

    await writeFile(join(dir, 'kandidaten.xlsx'), 'PK\u0003\u0004');
    await chooseFile(page, join(dir, 'kandidaten.xlsx'));
    await expect(page.getByText('Dit is geen CSV-bestand')).toBeVisible();

    await writeFile(join(dir, 'alleen-koppen.csv'), 'naam,email,privacy_consent\n');
    await chooseFile(page, join(dir, 'alleen-koppen.csv'));
    await expect(page.getByText('Dit bestand heeft kolomnamen maar geen rijen')).toBeVisible();
  });
});
