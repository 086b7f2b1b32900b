import { expect, test } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { projectId } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
// Midden-Brabant: no other spec reads this region's settings, and the test restores them.
const regionRef = db.doc('regions/midden-brabant');

test.describe('region settings', () => {
  let original: FirebaseFirestore.DocumentData | undefined;
  test.beforeAll(async () => {
    original = (await regionRef.get()).data();
  });
  test.afterAll(async () => {
    if (original) await regionRef.set(original);
  });

  test('a coordinator changes the service area, threshold, sender and a custom field; bad input and a colleague’s save change nothing', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinatorMiddenBrabant, '/regio');
    await page.getByRole('link', { name: 'Instellingen' }).first().click();
    await expect(page).toHaveURL(/\/regio\/instellingen\?regio=midden-brabant/);
    const form = page.getByRole('form', { name: /Instellingen van/ });
    await expect(form).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Bad input: an address with a path is not an origin, 0 days is out of range. Nothing is written.
    const before = (await regionRef.get()).data()!;
    await form.getByLabel('Websites die formulieren mogen insluiten').fill('https://www.voorbeeld.nl/pad');
    await form.getByLabel('Websites die formulieren mogen insluiten').press('Enter');
    await form.getByLabel('Uit het oog na (dagen)').fill('0');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(form.getByText('Vul volledige webadressen in, beginnend met https://.')).toBeVisible();
    await expect(form.getByText('Kies een aantal dagen van 1 tot en met 365.')).toBeVisible();
    expect((await regionRef.get()).data()).toEqual(before);

    // Fix the input, add a municipality and a choice field, and save.
    // Backspace in the emptied input removes the last (wrong) address.
    const origins = form.getByLabel('Websites die formulieren mogen insluiten');
    await origins.fill('');
    await origins.press('Backspace');
    await expect(form.getByText('https://www.voorbeeld.nl/pad')).toHaveCount(0);
    await form.getByLabel('Uit het oog na (dagen)').fill('45');
    await form.getByLabel('Werkgebied (gemeenten)').fill('Zzgemeente');
    await form.getByLabel('Werkgebied (gemeenten)').press('Enter');
    await form.getByLabel('Afzendernaam van e-mails').fill('RAP Midden-Brabant (test)');
    await form.getByRole('button', { name: 'Veld toevoegen' }).click();
    const field = form.getByRole('group', { name: /^Veld \d+$/ }).last();
    await field.getByLabel('Naam in het dossier').fill('Zz Voorkeursdag');
    await field.getByLabel('Technische naam').fill('zz_voorkeursdag');
    await field.getByLabel('Soort').selectOption('choice');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(field.getByText('Geef minstens één optie.')).toBeVisible();
    await field.getByLabel('Opties').fill('maandag');
    await field.getByLabel('Opties').press('Enter');
    await field.getByLabel('Opties').fill('dinsdag');
    await field.getByLabel('Opties').press('Enter');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();

    await expect
      .poll(async () => {
        const data = (await regionRef.get()).data()!;
        return {
          days: data.settings.losingSightDays,
          sender: data.settings.senderName,
          hasMunicipality: (data.municipalities as string[]).includes('Zzgemeente'),
          field: (data.settings.customFields as Array<{ name: string; options?: string[] }>).find((f) => f.name === 'zz_voorkeursdag')?.options,
          stampedBy: typeof data.updatedBy === 'string',
        };
      })
      .toEqual({ days: 45, sender: 'RAP Midden-Brabant (test)', hasMunicipality: true, field: ['maandag', 'dinsdag'], stampedBy: true });

    // A colleague saves in between: our next save is refused, our typing stays.
    await regionRef.update({ 'settings.senderName': 'Collega', updatedAt: FieldValue.serverTimestamp(), updatedBy: 'demo-coordinator-midden-brabant-2' });
    await expect(form.getByText(/heeft de instellingen net gewijzigd/)).toBeVisible();
    await form.getByLabel('Afzendernaam van e-mails').fill('Mijn eigen naam');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(form.getByText(/Niets is overschreven; uw invoer staat er nog/)).toBeVisible();
    await expect(form.getByLabel('Afzendernaam van e-mails')).toHaveValue('Mijn eigen naam');
    expect((await regionRef.get()).data()!.settings.senderName).toBe('Collega');
  });

  test('an adviser cannot open the region settings', async ({ page }) => {
    await signInWithPassword(page, accounts.adviser, '/start');
    await page.goto('/regio/instellingen?regio=nijmegen');
    await expect(page.getByRole('form', { name: /Instellingen van/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Instellingen van/);
  });
});
