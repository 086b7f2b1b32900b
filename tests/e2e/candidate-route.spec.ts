// "My route" and "who helps me" at phone size: the candidate sees where she stands, the routes
// that fit her profile, ticks a next step off (it stays ticked after a reload and is stored as
// hers), and finds her adviser and her introductions in plain words. Expectations come from
// what the seed stored (Admin SDK), the route order from the domain's routesForProfile.
import { readFile } from 'node:fs/promises';
import { phases, routesForProfile, type CandidateView } from '@koers/domain';
import { expect, test } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { expectAccessible, phaseLabel, phone, signInCandidate } from './support/candidate.js';
import { dossierByEmail, projectId, uidOf } from './support/emulator-data.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

interface Catalogue {
  route: { name: Record<string, string> };
}
const catalogue = JSON.parse(await readFile(new URL('../../web/src/candidate/locales/nl.json', import.meta.url), 'utf8')) as Catalogue;

test.use({ viewport: phone });

test('the candidate sees her phase and the routes that fit, and a ticked-off step stays ticked', async ({ page }) => {
  const dossier = await dossierByEmail(accounts.candidate);
  const view = (await db.doc(`candidateViews/${dossier.id}`).get()).data() as CandidateView | undefined;
  if (!view) throw new Error(`No candidate view for ${dossier.id}: is the seed current?`);
  const steps = await db.collection(`candidates/${dossier.id}/steps`).orderBy('order').get();
  const open = steps.docs.find((step) => step.get('done') === false);
  if (!open) throw new Error('The seed has no open next step for the demo candidate');
  const title = open.get('title') as string;

  await signInCandidate(page, accounts.candidate);
  await expect(page.getByRole('heading', { level: 1, name: `Hallo ${view.name.split(/\s+/)[0]}` })).toBeVisible();

  // The phase map: the current phase said in words, with its place among the five.
  const current = page.locator('li[aria-current="step"]');
  if (view.status === 'started') {
    await expect(current).toHaveCount(0);
  } else {
    await expect(current).toContainText(phaseLabel[view.phase]);
    await expect(current).toContainText(`Fase ${phases.indexOf(view.phase) + 1} van 5`);
  }
  await expect(page.getByRole('list', { name: 'Jouw route in vijf fasen' }).getByRole('listitem')).toHaveCount(5);
  await expectAccessible(page);

  // Tick the step off: said at once, stored as hers, and still ticked after a reload.
  const checkbox = page.getByRole('checkbox', { name: title });
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await expect(page.getByRole('status').filter({ hasText: `"${title}" staat op gedaan.` })).toBeVisible();
  await expect.poll(async () => (await open.ref.get()).get('done')).toBe(true);
  const stored = (await open.ref.get()).data()!;
  expect(stored.doneBy).toBe(await uidOf(accounts.candidate));
  await page.reload();
  await expect(page.getByRole('checkbox', { name: title })).toBeChecked();

  // And back on (leaves the seed as it was for the other journeys).
  await page.getByRole('checkbox', { name: title }).uncheck();
  await expect(page.getByRole('status').filter({ hasText: `"${title}" staat weer open.` })).toBeVisible();
  await expect.poll(async () => (await open.ref.get()).get('done')).toBe(false);
  expect((await open.ref.get()).get('doneAt')).toBeNull();

  // The routes into teaching, the ones fitting her profile first, each with why.
  await page.getByRole('link', { name: 'Bekijk alle routes' }).click();
  await expect(page).toHaveURL(/\/mijn\/routes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Routes naar het onderwijs' })).toBeVisible();
  const expected = routesForProfile(view).map((option) => catalogue.route.name[option.id]);
  await expect(page.getByRole('article').getByRole('heading', { level: 3 })).toHaveText(expected as string[]);
  const first = page.getByRole('article').first();
  await expect(first.getByText('Waarom')).toBeVisible();
  await expect(first.getByText('Kosten')).toBeVisible();
  await expectAccessible(page);
});

test('the candidate finds her adviser, how to reach her, and her introduction in plain words', async ({ page }) => {
  const dossier = await dossierByEmail(accounts.candidate);
  const view = (await db.doc(`candidateViews/${dossier.id}`).get()).data() as CandidateView | undefined;
  if (!view) throw new Error(`No candidate view for ${dossier.id}`);
  const adviser = view.helpers.find((helper) => helper.kind === 'adviser');

  await signInCandidate(page, accounts.candidate);
  await page.getByRole('navigation', { name: 'Mijn Koers' }).getByRole('link', { name: 'Wie helpt mij' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie helpt mij' })).toBeVisible();
  if (adviser) {
    const card = page.getByRole('article', { name: adviser.name });
    await expect(card).toBeVisible();
    if (adviser.email) await expect(card.getByRole('link', { name: new RegExp(adviser.email.replace(/[.+]/g, '\\$&')) })).toHaveAttribute('href', `mailto:${adviser.email}`);
  }
  await expect(page.getByRole('link', { name: 'Naar mijn berichten' })).toHaveAttribute('href', '/mijn/berichten');

  const proposed = view.matches.find((match) => match.status === 'proposed');
  if (proposed) {
    await expect(page.getByText(`Je adviseur heeft je voorgesteld bij ${proposed.organisationName}.`)).toBeVisible();
  }
  await expectAccessible(page);
});
