import { candidateFixture } from '@koers/domain/testing';
import { expect, test } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { memberName } from './support/dossier-data.js';
import { projectId, regionName, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

// A website submission from Kaatsheuvel reached Nijmegen; Kaatsheuvel lies in Loon op Zand,
// Midden-Brabant's service area. The dossier is written as the intake function would.
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

test.describe('handing a dossier over to the region the candidate lives in', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the Nijmegen adviser sees the suggestion, hands the dossier over, and no longer has it', async ({ page }) => {
    const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const name = `Zz Overdracht ${suffix}`;
    const candidateId = `zz-overdracht-${suffix}`;
    const adviserUid = await uidOf(accounts.adviser);
    await db.doc(`candidates/${candidateId}`).set(
      candidateFixture({
        name,
        email: `zz.overdracht.${suffix}@example.nl`,
        place: 'Kaatsheuvel',
        homeRegionId: 'nijmegen',
        regionIds: ['nijmegen'],
        ownerUid: adviserUid,
        intakeRouting: { municipality: 'Loon op Zand', suggestedRegionId: 'midden-brabant', at: new Date() },
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    );
    const target = await regionName('midden-brabant');

    await signInWithPassword(page, accounts.adviser, '/start');
    await page.goto(`/kandidaten/${candidateId}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const suggestion = page.getByRole('alert').filter({ hasText: 'Overdracht voorgesteld' });
    await expect(suggestion).toContainText(`Woont in Loon op Zand, werkgebied van ${target}. Overdragen aan ${target}?`);
    expect(await seriousViolations(page)).toEqual([]);

    // One click asks for confirmation; only the confirmation moves the dossier.
    await suggestion.getByRole('button', { name: 'Overdragen' }).click();
    await expect(suggestion).toContainText('jouw regio ziet het daarna niet meer');
    expect((await db.doc(`candidates/${candidateId}`).get()).get('homeRegionId')).toBe('nijmegen');
    await suggestion.getByRole('button', { name: 'Ja, overdragen' }).click();

    await expect(page).toHaveURL(/\/kandidaten$/);
    await expect(page.getByText(`Overgedragen aan ${target}.`)).toBeVisible();
    const moved = (await db.doc(`candidates/${candidateId}`).get()).data()!;
    expect(moved).toMatchObject({ homeRegionId: 'midden-brabant', regionIds: ['midden-brabant'], intakeRouting: null });

    // Nijmegen's list loses it once the index follows; opening it directly is refused.
    await expect.poll(async () => (await db.doc(`regions/nijmegen/candidateIndex/${candidateId}`).get()).exists, { timeout: 30_000 }).toBe(false);
    await page.goto(`/kandidaten/${candidateId}`);
    await expect(page.getByRole('heading', { level: 1, name })).toHaveCount(0);
    await expect(page.getByText(/geen toestemming|niet gevonden/i).first()).toBeVisible();
  });

  test('a coordinator picks the intake owner from the region’s advisers and coordinators', async ({ page }) => {
    const owner = await memberName('nijmegen', accounts.adviser);
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto('/regio/instellingen?regio=nijmegen');
    const form = page.getByRole('form', { name: /Instellingen van/ });
    await expect(form.getByRole('textbox', { name: 'Intake-eigenaar' })).toHaveValue(owner);
    // The service area offers the places table's municipalities.
    await form.getByLabel('Werkgebied (gemeenten)').fill('Loon');
    await expect(page.getByRole('option', { name: 'Loon op Zand' })).toBeVisible();
    await form.getByLabel('Werkgebied (gemeenten)').press('Escape');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
