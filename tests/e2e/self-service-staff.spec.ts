// The staff side of candidate self-service: next steps in the dossier, privacy requests of
// the region, and candidates' ratings on the dashboard. Documents a candidate would create
// (requests, ratings, a ticked step) are written here with the Admin SDK.
import { feedbackId, feedbackMonthsEndingAt, privacyRequestTermDays } from '@koers/domain';
import { expect, test, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, Timestamp, getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { memberName, ownedDossier } from './support/dossier-data.js';
import { dossierByEmail, projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const day = 24 * 60 * 60 * 1000;

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * What the feedback card should say per subject: the region's monthly summaries of this and the
 * previous eleven months, added up (the seed's ratings included).
 */
async function expectedFigures(regionId: string): Promise<(subject: 'conversation' | 'activity') => string> {
  const [firstMonth] = feedbackMonthsEndingAt(new Date(), 12);
  const summaries = (await db.collection(`regions/${regionId}/feedbackSummaries`).where('month', '>=', firstMonth).get()).docs.map((doc) => doc.data());
  return (subject) => {
    const count = summaries.reduce((total, summary) => total + (summary.subjects[subject].count as number), 0);
    const sum = summaries.reduce((total, summary) => total + (summary.subjects[subject].sum as number), 0);
    if (count === 0) return 'Nog geen beoordelingen.';
    const average = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(sum / count);
    return `${count} ${count === 1 ? 'beoordeling' : 'beoordelingen'}, gemiddeld ${average} van 5`;
  };
}

async function stepsTitled(candidateId: string, title: string) {
  const snapshot = await db.collection(`candidates/${candidateId}/steps`).where('title', '==', title).get();
  return snapshot.docs;
}

test.describe('self-service, the staff side', () => {
  // Sign-in, a live dossier and several writes: more than the default on a busy emulator.
  test.describe.configure({ timeout: 180_000 });

  test('an adviser sets next steps for a candidate, orders and edits them, and sees the candidate tick one off', async ({ page }) => {
    const dossier = await dossierByEmail(accounts.candidate);
    const candidateUid = await uidOf(accounts.candidate);
    const adviserUid = await uidOf(accounts.adviser);
    const stamp = Date.now();
    const first = `Geschiktheidsonderzoek aanvragen ${stamp}`;
    const second = `Meeloopdag plannen ${stamp}`;

    await signInWithPassword(page, accounts.adviser, '/start');
    await page.goto(`/kandidaten/${dossier.id}`);
    await expect(page.getByRole('heading', { level: 1, name: dossier.name })).toBeVisible({ timeout: 45_000 });

    const section = page.getByRole('region', { name: 'Volgende stappen voor de kandidaat' });
    const form = section.getByRole('form', { name: 'Stap toevoegen' });
    await form.getByRole('textbox', { name: 'Stap', exact: true }).fill(first);
    await form.getByLabel('Toelichting (optioneel)').fill('Doe dit vóór je solliciteert.');
    await form.getByLabel('Uiterlijk op (optioneel)').fill('2027-02-01');
    await form.getByRole('button', { name: 'Stap toevoegen' }).click();
    const list = section.getByRole('list', { name: 'Volgende stappen' });
    await expect(list.getByRole('listitem', { name: first })).toContainText('Doe dit vóór je solliciteert.');
    await expect(list.getByRole('listitem', { name: first })).toContainText('1 februari 2027');
    // The form empties after a successful add, ready for the next step.
    await expect(form.getByRole('textbox', { name: 'Stap', exact: true })).toHaveValue('');

    const [created] = await stepsTitled(dossier.id, first);
    expect(created?.data()).toMatchObject({ detail: 'Doe dit vóór je solliciteert.', dueDate: '2027-02-01', done: false, doneAt: null, doneBy: null, createdBy: adviserUid, updatedBy: adviserUid });

    await form.getByRole('textbox', { name: 'Stap', exact: true }).fill(second);
    await form.getByRole('button', { name: 'Stap toevoegen' }).click();
    await expect(list.getByRole('listitem', { name: second })).toBeVisible();

    // Up one place: the second step now comes before the first, in the list and in the orders.
    await list.getByRole('button', { name: `Omhoog: ${second}` }).click();
    const ours = async () => (await list.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')))).filter((label) => label?.endsWith(String(stamp)));
    await expect.poll(ours).toEqual([second, first]);
    const orderOf = async (title: string) => (await stepsTitled(dossier.id, title))[0]?.get('order') as number;
    await expect.poll(async () => (await orderOf(second)) < (await orderOf(first))).toBe(true);

    const renamed = `Geschiktheidsonderzoek inplannen ${stamp}`;
    await list.getByRole('button', { name: `Wijzigen: ${first}` }).click();
    const edit = list.getByRole('form', { name: `Stap wijzigen: ${first}` });
    await edit.getByRole('textbox', { name: 'Stap', exact: true }).fill(renamed);
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(list.getByRole('listitem', { name: renamed })).toBeVisible();
    await expect.poll(async () => (await stepsTitled(dossier.id, renamed)).map((doc) => doc.get('updatedBy'))).toEqual([adviserUid]);

    // The candidate ticks the step off in their own app (as the rules allow them): the dossier shows it at once.
    await created!.ref.update({ done: true, doneAt: FieldValue.serverTimestamp(), doneBy: candidateUid });
    const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date());
    await expect(list.getByRole('listitem', { name: renamed })).toContainText(`Afgevinkt door kandidaat op ${today}`);

    await expectAccessible(page);

    await list.getByRole('button', { name: `Verwijderen: ${second}` }).click();
    await page.getByRole('dialog', { name: 'Stap verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(list.getByRole('listitem', { name: second })).toHaveCount(0);
    await expect.poll(async () => (await stepsTitled(dossier.id, second)).length).toBe(0);
  });

  test('a dossier without an account offers the invitation; one with an account does not', async ({ page }) => {
    const linked = await dossierByEmail(accounts.candidate);
    const candidates = await Promise.all([3, 4, 5, 6].map((pick) => ownedDossier('nijmegen', accounts.adviser, pick)));
    const withEmail = candidates.find((candidate) => candidate.email);
    if (!withEmail?.email) throw new Error('The seed has no adviser dossier with an e-mail address');
    expect((await db.doc(`candidates/${withEmail.id}`).get()).get('authUid')).toBeNull();

    await signInWithPassword(page, accounts.adviser, '/start');
    await page.goto(`/kandidaten/${linked.id}`);
    const access = page.getByRole('region', { name: 'Mijn Koers voor de kandidaat' });
    await expect(access).toContainText('De kandidaat heeft een eigen account');
    await expect(access.getByRole('button', { name: 'Uitnodiging sturen' })).toHaveCount(0);

    await page.goto(`/kandidaten/${withEmail.id}`);
    await expect(page.getByRole('heading', { level: 1, name: withEmail.name })).toBeVisible({ timeout: 45_000 });
    await expect(access).toContainText(withEmail.email);
    await access.getByRole('button', { name: 'Uitnodiging sturen' }).click();
    await expect(access.getByText(`De uitnodiging is verstuurd naar ${withEmail.email}.`)).toBeVisible();
    await expect(access.getByRole('button', { name: 'Uitnodiging opnieuw sturen' })).toBeVisible();
  });

  test('a coordinator handles a privacy request: the deadline shows, a rejection needs a reason, and the handling is recorded', async ({ page }) => {
    const regionId = 'nijmegen';
    const coordinatorUid = await uidOf(accounts.coordinator);
    const [requester, late] = await Promise.all([ownedDossier(regionId, accounts.adviser, 7), ownedDossier(regionId, accounts.adviser, 8)]);
    const now = Date.now();
    // Five days and an hour left; and one whose term passed yesterday.
    const dueSoon = await db.collection(`regions/${regionId}/privacyRequests`).add({
      candidateId: requester.id,
      kind: 'deletion',
      status: 'open',
      requestedAt: Timestamp.fromMillis(now - (privacyRequestTermDays - 5) * day + 60 * 60 * 1000),
      handledAt: null,
      handledBy: null,
      note: null,
    });
    await db.collection(`regions/${regionId}/privacyRequests`).add({
      candidateId: late.id,
      kind: 'export',
      status: 'open',
      requestedAt: Timestamp.fromMillis(now - (privacyRequestTermDays + 1) * day),
      handledAt: null,
      handledBy: null,
      note: null,
    });

    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Privacyverzoeken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacyverzoeken' })).toBeVisible();

    const open = page.getByRole('list', { name: 'Open verzoeken' });
    const deletion = open.getByRole('listitem', { name: `Verwijderen van gegevens van ${requester.name}` });
    const overdue = open.getByRole('listitem', { name: `Inzage in gegevens van ${late.name}` });
    await expect(deletion).toContainText('Nog 5 dagen');
    await expect(overdue).toContainText('Termijn verstreken');
    await expect(deletion.getByRole('link', { name: requester.name })).toHaveAttribute('href', `/kandidaten/${requester.id}`);
    // Oldest first: the overdue request comes before the one due soon.
    const labels = await open.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    expect(labels.indexOf(`Inzage in gegevens van ${late.name}`)).toBeLessThan(labels.indexOf(`Verwijderen van gegevens van ${requester.name}`));

    await expectAccessible(page);

    await deletion.getByRole('button', { name: `Afhandelen: Verwijderen van gegevens van ${requester.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Verwijderen van gegevens van ${requester.name}` });
    await dialog.getByRole('radio', { name: 'Afgewezen' }).check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog.getByText('Schrijf op waarom het verzoek is afgewezen')).toBeVisible();
    const note = `Dossier valt onder de bewaarplicht tot einde traject ${now}`;
    await dialog.getByLabel('Notitie').fill(note);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog).toBeHidden();

    await expect(deletion).toHaveCount(0);
    const handled = page.getByRole('list', { name: 'Afgehandeld' }).getByRole('listitem', { name: `Verwijderen van gegevens van ${requester.name}` });
    await expect(handled).toContainText('Afgewezen');
    await expect(handled).toContainText(note);
    await expect(handled).toContainText(`door ${await memberName(regionId, accounts.coordinator)}`);

    const recorded = (await dueSoon.get()).data();
    expect(recorded).toMatchObject({ status: 'rejected', note, handledBy: coordinatorUid, candidateId: requester.id, kind: 'deletion' });
    expect((recorded?.handledAt as Timestamp).toMillis()).toBeGreaterThan(now - 60_000);
  });

  test('the dashboard shows the region staff how satisfied candidates are, without names', async ({ page }) => {
    const regionId = 'midden-brabant';
    const candidates = await Promise.all([0, 1, 2].map((pick) => ownedDossier(regionId, accounts.adviserMiddenBrabant, pick)));
    const stamp = Date.now();
    const comment = `Heel duidelijk uitgelegd wat zij-instroom inhoudt ${stamp}`;
    const ratings = [
      { candidate: candidates[0]!, subject: 'conversation', rating: 5, comment },
      { candidate: candidates[1]!, subject: 'conversation', rating: 3, comment: null },
      { candidate: candidates[2]!, subject: 'activity', rating: 4, comment: null },
    ] as const;
    const paths: string[] = [];
    for (const [index, item] of ratings.entries()) {
      const subjectId = `e2e-${stamp}-${index}`;
      const path = `regions/${regionId}/feedback/${feedbackId(item.candidate.id, subjectId)}`;
      paths.push(path);
      await db.doc(path).set({
        candidateId: item.candidate.id,
        subject: item.subject,
        subjectId,
        rating: item.rating,
        comment: item.comment,
        createdAt: Timestamp.now(),
      });
    }
    // onFeedbackCreated counts each rating into its month's summary, which the card reads.
    await expect
      .poll(async () => (await Promise.all(paths.map(async (path) => (await db.doc(path).get()).get('countedBy') !== undefined))).every(Boolean), {
        timeout: 60_000,
      })
      .toBe(true);

    await signInWithPassword(page, accounts.adviserMiddenBrabant, '/start');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Dashboard' }).click();
    const card = page.getByRole('region', { name: 'Tevredenheid van kandidaten' });
    const expectation = await expectedFigures(regionId);
    await expect(card.getByTestId('feedback-conversation')).toContainText(expectation('conversation'));
    await expect(card.getByTestId('feedback-activity')).toContainText(expectation('activity'));
    await expect(card.getByRole('list', { name: 'Laatste opmerkingen' })).toContainText(comment);
    for (const candidate of candidates) await expect(card).not.toContainText(candidate.name);

    await expectAccessible(page);
  });

  test("a director sees candidates' satisfaction in figures, without their comments", async ({ page }) => {
    const expectation = await expectedFigures('nijmegen');
    await signInWithPassword(page, accounts.director, '/dashboard');
    const card = page.getByRole('region', { name: 'Tevredenheid van kandidaten' });
    await expect(card.getByTestId('feedback-conversation')).toContainText(expectation('conversation'));
    await expect(card.getByTestId('feedback-activity')).toContainText(expectation('activity'));
    await expect(card.getByRole('note')).toHaveText('Opmerkingen van kandidaten zijn alleen zichtbaar voor coördinatoren en adviseurs.');
    await expect(card.getByRole('list', { name: 'Laatste opmerkingen' })).toHaveCount(0);
  });
});
