import { candidateFixture } from '@koers/domain/testing';
import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { projectId, regionName, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

/** The region's newest starts, as the start page should list them. */
async function latestStarts(regionId: string): Promise<string[]> {
  const snapshot = await db
    .collection(`regions/${regionId}/candidateIndex`)
    .where('status', '==', 'started')
    .orderBy('phaseSince', 'desc')
    .limit(5)
    .get();
  return snapshot.docs.map((doc) => doc.get('name') as string);
}

async function shownStarts(page: Page, regionId: string): Promise<string[]> {
  const list = page.getByRole('list', { name: `Gestart in ${await regionName(regionId)}` });
  return list.getByRole('link').allInnerTexts();
}

test.describe('milestones on the region start page', () => {
  test('a coordinator sees the newest starts of the region, and a new start appears live', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await expect(page.getByRole('heading', { level: 2, name: 'Mijlpalen' })).toBeVisible();
    const expected = await latestStarts('nijmegen');
    expect(expected.length, 'the seed has candidates who started in Nijmegen').toBeGreaterThan(0);
    // Polled on both sides: a parallel test may record a start meanwhile.
    await expect.poll(async () => (await shownStarts(page, 'nijmegen')).join('|') === (await latestStarts('nijmegen')).join('|')).toBe(true);

    // Someone records a start elsewhere (as the board does); the open page shows it on top.
    const name = `Zz Mijlpaal ${Date.now().toString(36)}`;
    const now = new Date();
    const adviserUid = await uidOf(accounts.adviser);
    await db
      .collection('candidates')
      .doc()
      .set(candidateFixture({ name, status: 'started', phase: 'preparation', phaseSince: now, ownerUid: adviserUid, createdAt: now, createdBy: adviserUid, updatedBy: adviserUid }));
    const first = page.getByRole('list', { name: `Gestart in ${await regionName('nijmegen')}` }).getByRole('listitem').first();
    await expect(first).toContainText(name);
    await expect(first).toContainText('is gestart');
    await first.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 45_000 });
  });
});
