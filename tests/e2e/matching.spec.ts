import { expect, test, type Browser, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { memberName } from './support/dossier-data.js';
import { organisationName, projectId } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

// The school the seeded HR account works for (scripts/seed/accounts.ts).
const schoolId = 'nij-kc-de-klimop';
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

/**
 * A seeded Nijmegen candidate who can be introduced: active, before the matching phase,
 * consented to sharing with organisations, and not introduced anywhere yet.
 */
async function introducibleCandidate(): Promise<{ id: string; name: string; email: string | null; phase: string }> {
  const snapshot = await db.collection('candidates').where('homeRegionId', '==', 'nijmegen').where('status', '==', 'active').get();
  const found = snapshot.docs.find((doc) => {
    const data = doc.data();
    return (
      ['orientation', 'decision'].includes(data.phase) &&
      data.consent?.privacy === true &&
      data.consent?.shareWithOrganisations === true &&
      (data.introducedOrganisationIds ?? []).length === 0 &&
      data.authUid === null
    );
  });
  if (!found) throw new Error('The seed has no introducible Nijmegen candidate');
  return { id: found.id, name: found.get('name'), email: found.get('email'), phase: found.get('phase') };
}

async function signedIn(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, email, path);
  return page;
}

test.describe('matching a candidate to a school', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an adviser proposes, the school accepts and plans a conversation, the adviser and the coordinator see it live', async ({ browser }) => {
    const candidate = await introducibleCandidate();
    const firstName = candidate.name.split(' ')[0]!;
    const school = await organisationName('nijmegen', schoolId);
    const adviserName = await memberName('nijmegen', accounts.adviser);
    const hrName = await memberName('nijmegen', accounts.hr);
    const note = `Zz kennismaking ${Date.now().toString(36)}`;

    // 1. The adviser proposes the candidate to the school from the dossier.
    const adviser = await signedIn(browser, accounts.adviser, '/start');
    await adviser.goto(`/kandidaten/${candidate.id}`);
    await expect(adviser.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible();
    const matching = adviser.getByRole('region', { name: 'Matching' });
    await matching.getByRole('button', { name: 'Kandidaat voorstellen' }).click();
    const dialog = adviser.getByRole('dialog', { name: `${candidate.name} voorstellen` });
    await dialog.getByLabel('School').selectOption(schoolId);
    await dialog.getByLabel('Bericht aan de organisatie').fill(note);
    // The preview is the introduction profile: first name, no surname or contact data.
    const preview = dialog.getByRole('region', { name: 'Dit ziet de organisatie' });
    await expect(preview).toContainText(firstName);
    if (candidate.email) await expect(preview).not.toContainText(candidate.email);
    expect(await seriousViolations(adviser)).toEqual([]);
    await dialog.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(adviser.getByText(`${candidate.name} is voorgesteld.`)).toBeVisible();
    await expect(dialog).toHaveCount(0);

    const matchCard = matching.getByRole('list', { name: 'Voorstellen' }).getByTestId('match-card').filter({ hasText: school });
    await expect(matchCard.getByTestId('match-status')).toHaveText('Voorgesteld');
    // Proposing moves the journey to matching; the timeline records the proposal.
    await expect(adviser.getByTestId('journey-phase')).toContainText('Matchen', { timeout: 20_000 });
    const timeline = adviser.getByRole('list', { name: 'Contacthistorie en tijdlijn' });
    await expect(timeline).toContainText(`Voorgesteld aan ${school} door ${adviserName}`, { timeout: 20_000 });

    // 2. The school's HR officer sees only the introduction profile and answers.
    const hr = await signedIn(browser, accounts.hr, '/organisatie');
    const introduction = hr.getByRole('listitem').filter({ hasText: note });
    await expect(introduction.getByRole('heading', { name: firstName, exact: true })).toBeVisible();
    await expect(introduction).not.toContainText(candidate.name);
    if (candidate.email) await expect(introduction).not.toContainText(candidate.email);
    expect(await seriousViolations(hr)).toEqual([]);

    await introduction.getByRole('button', { name: 'Accepteren' }).click();
    const accept = hr.getByRole('dialog', { name: `${firstName} accepteren` });
    await accept.getByLabel('Bericht aan de adviseur').fill('Graag, we nemen contact op.');
    await accept.getByRole('button', { name: 'Accepteren' }).click();
    await expect(hr.getByText(`Vastgelegd voor ${firstName}: Geaccepteerd.`)).toBeVisible();

    // The adviser's page, not reloaded, follows.
    await expect(matchCard.getByTestId('match-status')).toHaveText('Geaccepteerd', { timeout: 20_000 });

    await introduction.getByRole('button', { name: 'Gesprek inplannen' }).click();
    const plan = hr.getByRole('dialog', { name: `Gesprek inplannen met ${firstName}` });
    await plan.getByLabel('Datum').fill('2027-01-15');
    await plan.getByLabel('Tijd').fill('14:30');
    await plan.getByRole('button', { name: 'Gesprek inplannen' }).click();
    await expect(hr.getByText(`Vastgelegd voor ${firstName}: Sollicitatiegesprek gepland.`)).toBeVisible();
    await expect(introduction).toContainText('Gesprek gepland');

    await expect(matchCard.getByTestId('match-status')).toHaveText('Sollicitatiegesprek gepland', { timeout: 20_000 });
    await expect(timeline).toContainText(`Match met ${school}: Geaccepteerd (${hrName})`, { timeout: 20_000 });
    await expect(timeline).toContainText(`Match met ${school}: Sollicitatiegesprek gepland (${hrName})`);

    // What the trigger recorded: the match's steps and the dossier's phase.
    await expect
      .poll(async () => ((await db.collection('regions/nijmegen/matches').where('candidateId', '==', candidate.id).get()).docs[0]?.get('steps') ?? []).map((step: { status: string }) => step.status))
      .toEqual(['proposed', 'accepted', 'interview_planned']);
    expect((await db.doc(`candidates/${candidate.id}`).get()).get('phase')).toBe('matching');

    // 3. The coordinator sees the match among the region's running matches.
    const coordinator = await signedIn(browser, accounts.coordinator, '/regio');
    await coordinator.goto('/matches');
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Matches' })).toBeVisible();
    const row = coordinator.getByRole('region', { name: 'Matches van de regio' }).getByRole('row').filter({ hasText: candidate.name });
    await expect(row).toContainText(school);
    await expect(row).toContainText('Sollicitatiegesprek gepland');
    await expect(coordinator.getByRole('heading', { name: 'Resultaten' })).toBeVisible();
    expect(await seriousViolations(coordinator)).toEqual([]);
  });
});
