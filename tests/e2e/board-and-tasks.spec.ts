import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { aggregateCounts, projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';
import { seriousViolations } from './support/axe.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const regionId = 'nijmegen';

/** Column names as the board shows them (vocab.boardColumn in nl.json). */
const columnNames = {
  interest: 'Interesseren',
  orientation: 'Oriënteren',
  decision: 'Beslissen',
  matching: 'Matchen',
  preparation: 'Voorbereiden',
  started: 'Gestart',
  exited: 'Uitgestroomd',
  paused: 'Gepauzeerd',
} as const;
type Column = keyof typeof columnNames;

/** The most recently moved active candidate of a phase column, as the board orders it. */
async function firstOfPhase(phase: Column) {
  const snapshot = await db
    .collection(`regions/${regionId}/candidateIndex`)
    .where('status', '==', 'active')
    .where('phase', '==', phase)
    .orderBy('phaseSince', 'desc')
    .limit(1)
    .get();
  const doc = snapshot.docs[0];
  if (!doc) throw new Error(`The seed has no active candidate in ${phase}`);
  return { id: doc.id, name: doc.get('name') as string };
}

async function dossier(id: string) {
  const data = (await db.doc(`candidates/${id}`).get()).data();
  return { phase: data?.phase as string, status: data?.status as string, updatedBy: data?.updatedBy as string };
}

/** Today and other days as YYYY-MM-DD in the browser's time zone. */
function isoDay(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(day);
}

function column(page: Page, name: Column) {
  return page.getByRole('region', { name: columnNames[name], exact: true });
}

async function openBoard(page: Page) {
  await signInWithPassword(page, accounts.adviser, '/start');
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Pijplijn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pijplijn' })).toBeVisible();
}

test.describe('the pipeline board', () => {
  // Eight live column queries plus members and aggregate: give the board time on a busy machine.
  test.beforeEach(() => test.slow());

  test('every column shows the count the region aggregate holds, and its first cards', async ({ page }) => {
    const counts = await aggregateCounts(regionId);
    expect(counts, 'the seed writes regions/nijmegen/aggregates/current').not.toBeNull();
    const first = await firstOfPhase('interest');

    await openBoard(page);
    for (const name of Object.keys(columnNames) as Column[]) {
      await expect(page.getByTestId(`board-count-${name}`)).toHaveText(String(counts?.[`column.${name}`] ?? 0));
    }
    await expect(column(page, 'interest').getByRole('listitem', { name: first.name })).toBeVisible();
    await expect(column(page, 'interest').getByRole('link', { name: first.name })).toHaveAttribute('href', `/kandidaten/${first.id}`);
  });

  test('moving a card through its menu with a note updates the dossier, the columns and the contact history', async ({ page }) => {
    const candidate = await firstOfPhase('interest');
    const adviserUid = await uidOf(accounts.adviser);
    const before = (await aggregateCounts(regionId)) ?? {};
    const note = `Verplaatst na belafspraak ${Date.now()}`;

    await openBoard(page);
    const card = column(page, 'interest').getByRole('listitem', { name: candidate.name });
    await card.getByRole('button', { name: `Acties voor ${candidate.name}` }).click();
    await page.getByRole('menuitem', { name: 'Verplaatsen' }).click();
    const dialog = page.getByRole('dialog', { name: `${candidate.name} verplaatsen` });
    await dialog.getByLabel('Naar kolom').selectOption('orientation');
    await dialog.getByLabel('Notitie (optioneel)').fill(note);
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    await expect(dialog).toBeHidden();

    await expect.poll(() => dossier(candidate.id)).toEqual({ phase: 'orientation', status: 'active', updatedBy: adviserUid });
    await expect(column(page, 'orientation').getByRole('listitem', { name: candidate.name })).toBeVisible();
    await expect(column(page, 'interest').getByRole('listitem', { name: candidate.name })).toHaveCount(0);

    const notes = await db.collection(`candidates/${candidate.id}/interactions`).where('summary', '==', note).get();
    expect(notes.docs.map((doc) => [doc.get('kind'), doc.get('authorUid'), doc.get('regionId')])).toEqual([['other', adviserUid, regionId]]);

    // The trigger moves the count; the board shows what the aggregate holds.
    await expect.poll(async () => (await aggregateCounts(regionId))?.['column.orientation']).toBe((before['column.orientation'] ?? 0) + 1);
    const after = (await aggregateCounts(regionId)) ?? {};
    await expect(page.getByTestId('board-count-orientation')).toHaveText(String(after['column.orientation'] ?? 0));
    await expect(page.getByTestId('board-count-interest')).toHaveText(String(after['column.interest'] ?? 0));
  });

  test('dragging a card onto another column moves the candidate after confirming', async ({ page }) => {
    const candidate = await firstOfPhase('orientation');

    await openBoard(page);
    const handle = column(page, 'orientation').getByRole('button', { name: `Verslepen: ${candidate.name}` });
    await expect(handle).toBeVisible();
    const from = await handle.boundingBox();
    const to = await column(page, 'decision').boundingBox();
    if (!from || !to) throw new Error('board not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 15 });
    await page.mouse.up();

    const dialog = page.getByRole('dialog', { name: `${candidate.name} verplaatsen` });
    await expect(dialog.getByLabel('Naar kolom')).toHaveValue('decision');
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    await expect.poll(async () => (await dossier(candidate.id)).phase).toBe('decision');
    await expect(column(page, 'decision').getByRole('listitem', { name: candidate.name })).toBeVisible();
  });
});

test.describe('tasks', () => {
  test('an adviser assigns a task about a candidate found by name to themselves, sees it under my tasks and marks it done', async ({ page }) => {
    const adviserUid = await uidOf(accounts.adviser);
    const title = `Terugbellen over de zij-instroom ${Date.now()}`;
    const about = (await db.collection(`regions/${regionId}/candidateIndex`).orderBy('name').limit(1).get()).docs[0];
    expect(about, 'the seed has Nijmegen candidates').toBeDefined();
    const aboutName = about?.get('name') as string;

    await signInWithPassword(page, accounts.adviser, '/start');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Taken' }).click();
    await page.getByRole('button', { name: 'Nieuwe taak' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe taak' });
    await dialog.getByLabel('Wat moet er gebeuren?').fill(title);
    await expect(dialog.getByLabel('Voor wie')).toHaveValue(adviserUid);
    await dialog.getByLabel('Uiterlijk op').fill(isoDay(3));
    // The candidate is found by typing part of the name, as in the candidate list.
    await dialog.getByRole('textbox', { name: 'Kandidaat (optioneel)' }).fill(aboutName);
    await page.getByRole('option', { name: new RegExp(`^${aboutName}`) }).first().click();
    await dialog.getByRole('button', { name: 'Taak toevoegen' }).click();
    await expect(dialog).toBeHidden();

    const open = page.getByRole('list', { name: 'Open taken' });
    await expect(open.getByRole('listitem', { name: title })).toBeVisible();
    const stored = await db.collection(`regions/${regionId}/tasks`).where('title', '==', title).get();
    expect(stored.docs.map((doc) => [doc.get('assigneeUid'), doc.get('createdBy'), doc.get('dueDate'), doc.get('done'), doc.get('candidateId')])).toEqual([
      [adviserUid, adviserUid, isoDay(3), false, about?.id],
    ]);

    await open.getByRole('button', { name: `Afronden: ${title}` }).click();
    await expect(page.getByRole('list', { name: 'Recent afgerond' }).getByRole('listitem', { name: title })).toBeVisible();
    await expect(open.getByRole('listitem', { name: title })).toHaveCount(0);
    const done = (await db.doc(stored.docs[0]?.ref.path ?? '-').get()).data();
    expect(done?.done).toBe(true);
    expect(done?.doneAt).not.toBeNull();
  });

  test('a task past its due date shows under overdue with every other overdue task of the region', async ({ page }) => {
    const title = `Intakeverslag afronden ${Date.now()}`;

    await signInWithPassword(page, accounts.adviser, '/start');
    await page.goto('/taken');
    await page.getByRole('button', { name: 'Nieuwe taak' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe taak' });
    await dialog.getByLabel('Wat moet er gebeuren?').fill(title);
    await dialog.getByLabel('Uiterlijk op').fill(isoDay(-2));
    await dialog.getByRole('button', { name: 'Taak toevoegen' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('tab', { name: 'Verlopen' }).click();
    const list = page.getByRole('list', { name: 'Verlopen' });
    await expect(list.getByRole('listitem', { name: title })).toBeVisible();
    const overdue = await db.collection(`regions/${regionId}/tasks`).where('done', '==', false).where('dueDate', '<', isoDay(0)).get();
    expect(overdue.size).toBeGreaterThan(0);
    for (const doc of overdue.docs) await expect(list.getByRole('listitem', { name: doc.get('title') as string }).first()).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(overdue.size);
  });
});

test('the board and the tasks page have no serious accessibility violations and fit a 360 px phone', async ({ page }) => {
  test.slow();
  const first = await firstOfPhase('interest');
  await openBoard(page);
  await expect(column(page, 'interest').getByRole('listitem', { name: first.name })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.goto('/taken?weergave=region');
  await expect(page.getByRole('tab', { name: 'Regio per eigenaar', selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
