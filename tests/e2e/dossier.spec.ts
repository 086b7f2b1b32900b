import { candidateFixture } from '@koers/domain/testing';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { dossierField, interactionSummaries, memberName, ownedDossier } from './support/dossier-data.js';
import { projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';
import { seriousViolations } from './support/axe.js';

async function openDossier(page: Page, email: string, landing: string, candidateId: string, name: string): Promise<void> {
  await signInWithPassword(page, email, landing);
  await page.goto(`/kandidaten/${candidateId}`);
  // Generous: the first live read of a dossier can be slow on a busy emulator.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 45_000 });
}

/** A staff member in a browser context of their own. */
async function staffPage(browser: Browser, email: string, landing: string, candidateId: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openDossier(page, email, landing, candidateId, name);
  return { context, page };
}

function field(page: Page, label: string) {
  return page.getByRole('group', { name: label, exact: true });
}

async function editField(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('button', { name: `Wijzigen: ${label}`, exact: true }).click();
  const form = page.getByRole('form', { name: label, exact: true });
  await form.getByLabel(label, { exact: true }).fill(value);
}

test.describe('the dossier', () => {
  // Each test signs in up to two people and opens live listeners; on a busy emulator that
  // takes longer than the default minute.
  test.describe.configure({ timeout: 180_000 });

  test('an adviser opens a dossier and sees the profile and the shared contact history', async ({ page }) => {
    const dossier = await ownedDossier('nijmegen', accounts.adviser, 0);
    const summaries = await interactionSummaries(dossier.id);
    expect(summaries.length, 'the seed gives every dossier contacts').toBeGreaterThan(0);

    await openDossier(page, accounts.adviser, '/start', dossier.id, dossier.name);
    await expect(field(page, 'Naam').getByTestId('value-name')).toHaveText(dossier.name);
    if (dossier.email) await expect(field(page, 'E-mailadres').getByTestId('value-email')).toHaveText(dossier.email);
    const timeline = page.getByRole('list', { name: 'Contacthistorie en tijdlijn' });
    for (const summary of summaries) await expect(timeline.getByText(summary, { exact: true })).toBeVisible();

    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an adviser logs a contact: it joins the timeline and the last contact moves', async ({ page }) => {
    const dossier = await ownedDossier('nijmegen', accounts.adviser, 1);
    const summary = `Belafspraak over zij-instroom ${Date.now()}`;

    await openDossier(page, accounts.adviser, '/start', dossier.id, dossier.name);
    const form = page.getByRole('form', { name: 'Contact vastleggen' });
    await form.getByLabel('Soort contact').selectOption({ label: 'Adviesgesprek' });
    await form.getByLabel('Samenvatting').fill(summary);
    await form.getByLabel('Duur in minuten').fill('30');
    await form.getByRole('button', { name: 'Contact vastleggen' }).click();

    const entry = page.getByRole('list', { name: 'Contacthistorie en tijdlijn' }).getByRole('listitem').filter({ hasText: summary });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('Adviesgesprek');
    await expect(entry).toContainText(`Door ${await memberName('nijmegen', accounts.adviser)}`);
    await expect
      .poll(async () => {
        const at = await dossierField(dossier.id, 'lastContactAt');
        return at instanceof Date && (!dossier.lastContactAt || at > dossier.lastContactAt);
      })
      .toBe(true);
    expect(await interactionSummaries(dossier.id)).toContain(summary);
  });

  test('two staff members co-edit one dossier: each sees the other, and both edits stay', async ({ browser }) => {
    const dossier = await ownedDossier('nijmegen', accounts.adviser, 2);
    const adviser = await staffPage(browser, accounts.adviser, '/start', dossier.id, dossier.name);
    const coordinator = await staffPage(browser, accounts.coordinator, '/regio', dossier.id, dossier.name);
    try {
      await expect(adviser.page.getByTestId('presence')).toContainText(await memberName('nijmegen', accounts.coordinator));
      await expect(coordinator.page.getByTestId('presence')).toContainText(await memberName('nijmegen', accounts.adviser));

      const phone = `06 ${String(Date.now()).slice(-8)}`;
      const place = `Beek-Ubbergen ${String(Date.now()).slice(-4)}`;
      await editField(adviser.page, 'Telefoon', phone);
      await editField(coordinator.page, 'Woonplaats', place);
      await adviser.page.getByRole('form', { name: 'Telefoon' }).getByRole('button', { name: 'Opslaan' }).click();
      await coordinator.page.getByRole('form', { name: 'Woonplaats' }).getByRole('button', { name: 'Opslaan' }).click();

      for (const { page } of [adviser, coordinator]) {
        await expect(page.getByTestId('value-phone')).toHaveText(phone);
        await expect(page.getByTestId('value-place')).toHaveText(place);
      }
      await expect.poll(() => dossierField(dossier.id, 'phone')).toBe(phone);
      await expect.poll(() => dossierField(dossier.id, 'place')).toBe(place);
    } finally {
      await adviser.context.close();
      await coordinator.context.close();
    }
  });

  test('a conflicting edit to the same field is shown to the second editor, not lost', async ({ browser }) => {
    const dossier = await ownedDossier('nijmegen', accounts.adviser, 3);
    const adviser = await staffPage(browser, accounts.adviser, '/start', dossier.id, dossier.name);
    const coordinator = await staffPage(browser, accounts.coordinator, '/regio', dossier.id, dossier.name);
    try {
      const mine = `Wil graag wiskunde geven (adviseur ${Date.now()})`;
      const theirs = `Wil graag in het mbo werken (coördinator ${Date.now()})`;
      await editField(adviser.page, 'Motivatie', mine);

      await editField(coordinator.page, 'Motivatie', theirs);
      await coordinator.page.getByRole('form', { name: 'Motivatie' }).getByRole('button', { name: 'Opslaan' }).click();
      await expect(coordinator.page.getByTestId('value-motivation')).toHaveText(theirs);

      // The adviser, still editing, is shown both values and asked; nothing was overwritten.
      const conflict = adviser.page.getByRole('form', { name: 'Motivatie' }).getByRole('alert');
      await expect(conflict).toContainText(await memberName('nijmegen', accounts.coordinator));
      await expect(conflict.getByTestId('conflict-theirs')).toContainText(theirs);
      await expect(conflict.getByTestId('conflict-mine')).toContainText(mine);
      expect(await dossierField(dossier.id, 'motivation')).toBe(theirs);

      await conflict.getByRole('button', { name: 'Mijn waarde opslaan' }).click();
      for (const { page } of [adviser, coordinator]) await expect(page.getByTestId('value-motivation')).toHaveText(mine);
      await expect.poll(() => dossierField(dossier.id, 'motivation')).toBe(mine);
    } finally {
      await adviser.context.close();
      await coordinator.context.close();
    }
  });

  test('a long contact history shows the newest 50 first and the older ones on request', async ({ page }) => {
    // A fresh dossier in Midden-Brabant, so no Nijmegen list another spec compares changes.
    const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
    const adviserUid = await uidOf(accounts.adviserMiddenBrabant);
    const name = `Zz Lange Historie ${Date.now().toString(36)}`;
    const now = Date.now();
    const ref = db.collection('candidates').doc();
    await ref.set(candidateFixture({ name, homeRegionId: 'midden-brabant', ownerUid: adviserUid, createdAt: new Date(now), createdBy: adviserUid, updatedBy: adviserUid }));
    const batch = db.batch();
    for (let day = 1; day <= 55; day++) {
      const at = new Date(now - day * 86_400_000);
      batch.set(ref.collection('interactions').doc(), {
        kind: 'phone',
        summary: `Gesprek ${day} dagen geleden`,
        notes: null,
        performedAt: at,
        durationMinutes: null,
        regionId: 'midden-brabant',
        organisationId: null,
        authorUid: adviserUid,
        authorName: 'Adviseur',
        createdAt: at,
      });
    }
    await batch.commit();

    await openDossier(page, accounts.adviserMiddenBrabant, '/start', ref.id, name);
    const timeline = page.getByRole('list', { name: 'Contacthistorie en tijdlijn' });
    await expect(timeline.getByText('Gesprek 1 dagen geleden', { exact: true })).toBeVisible();
    await expect(timeline.getByText('Gesprek 50 dagen geleden', { exact: true })).toBeVisible();
    await expect(timeline.getByText(/^Gesprek \d+ dagen geleden$/)).toHaveCount(50);
    await expect(timeline.getByText('Gesprek 51 dagen geleden', { exact: true })).toHaveCount(0);

    await page.getByRole('button', { name: 'Oudere geschiedenis tonen' }).click();
    await expect(timeline.getByText('Gesprek 55 dagen geleden', { exact: true })).toBeVisible();
    await expect(timeline.getByText(/^Gesprek \d+ dagen geleden$/)).toHaveCount(55);
    await expect(page.getByRole('button', { name: 'Oudere geschiedenis tonen' })).toHaveCount(0);
  });
});
