// The candidate's own side at phone size: activities (register, cancel, my registrations),
// messages with the adviser, consent per region (withdrawing takes a region's access away at
// once, seen from that region's adviser), and downloading all their data. What the app
// stores is checked with the Admin SDK.
import { readFile } from 'node:fs/promises';
import type { Phase } from '@koers/domain';
import { expect, test } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { expectAccessible, phaseLabel, phone, signInCandidate } from './support/candidate.js';
import { dossierByEmail, projectId, regionName, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const sharedRegion = 'brabant-oost';
const sharedRegionAdviser = 'adviser.brabant-oost@demo.koers.nl';

/** The dossier is shared with brabant-oost with her consent (as the seed has it; added when an older seed lacks it). */
async function ensureSharedWith(candidateId: string, regionId: string): Promise<void> {
  const ref = db.doc(`candidates/${candidateId}`);
  const regionIds = ((await ref.get()).get('regionIds') as string[] | undefined) ?? [];
  if (regionIds.includes(regionId)) return;
  await ref.update({
    regionIds: FieldValue.arrayUnion(regionId),
    [`consent.regions.${regionId}`]: { given: true, at: new Date() },
    'consent.withdrawnRegionIds': FieldValue.arrayRemove(regionId),
    updatedAt: new Date(),
    updatedBy: 'e2e-setup',
  });
}

test.use({ viewport: phone });

test.describe('candidate self-service (Mijn Koers)', () => {
  // E-mail-link sign-in, cold functions and live pages: more than the default on a busy emulator.
  test.describe.configure({ timeout: 180_000 });

  test('the candidate sees their phase on the route page and every page of the app passes axe', async ({ page }) => {
    const dossier = await dossierByEmail(accounts.candidate);
    await signInCandidate(page, accounts.candidate);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toContainText(dossier.name.split(/\s+/)[0]!);
    await expect(main).toContainText(phaseLabel[dossier.phase as Phase]);
    await expectAccessible(page);

    for (const [path, title] of [
      ['/mijn/activiteiten', 'Activiteiten'],
      ['/mijn/berichten', 'Berichten'],
      ['/mijn/gegevens', 'Mijn gegevens'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Laden…' })).toHaveCount(0);
      await expectAccessible(page);
    }
  });

  test('the candidate registers for an activity, finds it under my registrations, cancels and registers again', async ({ page }) => {
    const dossier = await dossierByEmail(accounts.candidate);
    await signInCandidate(page, accounts.candidate);
    await page.goto('/mijn/activiteiten');
    await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeVisible();

    const register = page.getByRole('button', { name: /^Aanmelden: / }).first();
    await expect(register).toBeVisible();
    const title = ((await register.getAttribute('aria-label')) ?? '').replace(/^Aanmelden: /, '').trim();
    await register.click();
    await expect(page.getByRole('status').filter({ hasText: 'Je bent aangemeld voor' })).toContainText(title);

    const mine = page.getByRole('region', { name: 'Mijn inschrijvingen' });
    const row = mine.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(row).toContainText('Aangemeld');
    await expectAccessible(page);

    const stored = await db.collectionGroup('registrations').where('candidateId', '==', dossier.id).where('source', '==', 'candidate').get();
    const registration = stored.docs.find((doc) => doc.id === `candidate-${dossier.id}` && doc.get('status') === 'registered');
    expect(registration?.data()).toMatchObject({ candidateId: dossier.id, status: 'registered', source: 'candidate', registeredBy: await uidOf(accounts.candidate) });

    // Cancelling keeps the registration (status only); registering again brings it back.
    await row.getByRole('button', { name: `Afmelden: ${title}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Je bent afgemeld voor' })).toContainText(title);
    await expect(row).toContainText('Afgemeld');
    await expect.poll(async () => (await registration!.ref.get()).get('status')).toBe('cancelled');

    await page.getByRole('button', { name: `Aanmelden: ${title}` }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Je bent aangemeld voor' })).toContainText(title);
    await expect(row).toContainText('Aangemeld');
    await expect.poll(async () => (await registration!.ref.get()).get('status')).toBe('registered');
  });

  test('the candidate answers their adviser in a thread, and the message is stored', async ({ page }) => {
    const uid = await uidOf(accounts.candidate);
    const threads = await db.collection('threads').where('participantUids', 'array-contains', uid).where('includesCandidate', '==', true).get();
    const thread = threads.docs[0];
    if (!thread) throw new Error('The seed has no thread with the demo candidate');
    const title = thread.get('title') as string;

    await signInCandidate(page, accounts.candidate);
    await page.goto('/mijn/berichten');
    await page.getByRole('link', { name: new RegExp(title) }).click();
    await expect(page).toHaveURL(new RegExp(`/mijn/berichten/${thread.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectAccessible(page);

    const text = `Dank je! Ik meld me aan voor de meeloopdag. (${Date.now()})`;
    const box = page.getByLabel('Je bericht');
    await box.fill(text);
    await box.press('Enter');
    await expect(page.getByRole('log').getByText(text)).toBeVisible();
    await expect(box).toHaveValue('');

    await expect
      .poll(async () => {
        const messages = await thread.ref.collection('messages').where('text', '==', text).get();
        return messages.docs.map((doc) => ({ authorUid: doc.get('authorUid') as string, kind: doc.get('kind') as string }));
      })
      .toEqual([{ authorUid: uid, kind: 'text' }]);
  });

  test('withdrawing consent for a region takes away its access at once; giving it back restores it', async ({ page, browser }) => {
    const dossier = await dossierByEmail(accounts.candidate);
    await ensureSharedWith(dossier.id, sharedRegion);
    const region = await regionName(sharedRegion);

    // Before: the region's adviser opens her dossier.
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const staff = await staffContext.newPage();
    await signInWithPassword(staff, sharedRegionAdviser, '/start');
    await staff.goto(`/kandidaten/${dossier.id}`);
    await expect(staff.getByRole('heading', { level: 1, name: dossier.name })).toBeVisible({ timeout: 45_000 });

    await signInCandidate(page, accounts.candidate);
    await page.goto('/mijn/gegevens');
    const who = page.getByRole('region', { name: 'Wie ziet mijn gegevens en waarom' });
    await expect(who).toContainText(region);
    await expect(who).toContainText('Jouw regioloket: begeleidt je.');
    await who.getByRole('button', { name: `Toestemming intrekken: ${region}` }).click();
    await expect(who).toContainText('kan je gegevens direct niet meer zien');
    await who.getByRole('button', { name: 'Ja, intrekken' }).click();
    await expect(who.getByRole('status')).toContainText(`Je toestemming voor ${region} is ingetrokken`);
    await expect(who).toContainText('Je hebt je toestemming ingetrokken');
    await expectAccessible(page);

    const after = (await db.doc(`candidates/${dossier.id}`).get()).data()!;
    expect(after.regionIds).not.toContain(sharedRegion);
    expect(after.consent.regions[sharedRegion].given).toBe(false);

    // After: the same adviser can no longer open it.
    await staff.goto(`/kandidaten/${dossier.id}`);
    await expect(staff.getByRole('alert')).toContainText('Je hebt geen toestemming');
    await expect(staff.getByRole('heading', { level: 1, name: dossier.name })).toHaveCount(0);

    // Giving it back: the region sees the dossier again.
    await who.getByRole('button', { name: `Toestemming weer geven: ${region}` }).click();
    await who.getByRole('button', { name: 'Ja, weer geven' }).click();
    await expect(who.getByRole('status')).toContainText(`${region} kan je gegevens weer zien`);
    await staff.goto(`/kandidaten/${dossier.id}`);
    await expect(staff.getByRole('heading', { level: 1, name: dossier.name })).toBeVisible({ timeout: 45_000 });
    await staffContext.close();
  });

  test('the candidate corrects their phone number and downloads all their data as JSON and as a readable page', async ({ page }) => {
    const dossier = await dossierByEmail(accounts.candidate);
    await signInCandidate(page, accounts.candidate);
    await page.goto('/mijn/gegevens');

    const profile = page.getByRole('region', { name: 'Mijn profiel' });
    await profile.getByRole('button', { name: 'Gegevens aanpassen' }).click();
    const phoneNumber = `06 ${String(Date.now()).slice(-8)}`;
    await profile.getByLabel('Telefoonnummer').fill(phoneNumber);
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await expect(profile.getByRole('status')).toContainText('Je gegevens zijn opgeslagen.');
    await expect(profile).toContainText(phoneNumber);
    expect((await db.doc(`candidates/${dossier.id}`).get()).get('phone')).toBe(phoneNumber);

    const download = page.getByRole('region', { name: 'Mijn gegevens downloaden' });
    await download.getByRole('button', { name: 'Mijn gegevens ophalen' }).click();
    await expect(download.getByRole('status')).toContainText('Je gegevens staan klaar', { timeout: 60_000 });
    await expectAccessible(page);

    const [json] = await Promise.all([page.waitForEvent('download'), download.getByRole('button', { name: 'Opslaan als JSON' }).click()]);
    expect(json.suggestedFilename()).toBe('mijn-gegevens.json');
    const data = JSON.parse(await readFile(await json.path(), 'utf8')) as { candidateId: string; profile: Record<string, unknown>; sections: Record<string, unknown[]> };
    expect(data.candidateId).toBe(dossier.id);
    expect(data.profile).toMatchObject({ name: dossier.name, phone: phoneNumber, phase: dossier.phase });
    expect(Object.keys(data.sections)).toEqual(expect.arrayContaining(['consent', 'registrations', 'messages', 'privacyRequests', 'feedback']));

    const [html] = await Promise.all([page.waitForEvent('download'), download.getByRole('button', { name: 'Opslaan als leesbaar document' }).click()]);
    expect(html.suggestedFilename()).toBe('mijn-gegevens.html');
    const document = await readFile(await html.path(), 'utf8');
    expect(document).toContain(dossier.name);
    expect(document).toContain('<h2>Profiel</h2>');
    expect(document).toContain('<h2>Inschrijvingen voor activiteiten</h2>');
  });
});
