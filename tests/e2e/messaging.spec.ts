import { expect, test, type Browser, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { memberName } from './support/dossier-data.js';
import { projectId, uidOf } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

// The seeded candidate with an account (scripts/seed/accounts.ts) and the school the seeded
// HR account works for.
const candidateId = 'demo-kandidaat';
const schoolId = 'nij-kc-de-klimop';
const phone = { width: 360, height: 740 };
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

async function signedIn(browser: Browser, email: string, path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await signInWithPassword(page, email, path);
  return page;
}

/** Starts a thread about the demo candidate from the dossier, and returns its page (the thread). */
async function startThreadFromDossier(adviser: Page, options: { title: string; withCandidate: boolean; people: string[]; text?: string }): Promise<void> {
  await adviser.goto(`/kandidaten/${candidateId}`);
  const section = adviser.getByRole('region', { name: 'Berichten' });
  await section.getByRole('button', { name: 'Nieuw gesprek' }).click();
  const dialog = adviser.getByRole('dialog', { name: 'Nieuw gesprek' });
  await dialog.getByRole('radio', { name: options.withCandidate ? 'Met de kandidaat' : 'Alleen betrokkenen' }).check();
  await dialog.getByRole('textbox', { name: 'Onderwerp' }).fill(options.title);
  for (const person of options.people) {
    await dialog.getByRole('textbox', { name: 'Deelnemers' }).click();
    await adviser.getByRole('listbox').getByRole('option', { name: new RegExp(person) }).click();
  }
  if (options.text) await dialog.getByRole('textbox', { name: 'Eerste bericht (optioneel)' }).fill(options.text);
  await dialog.getByRole('button', { name: 'Gesprek starten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(adviser).toHaveURL(/\/berichten\/[A-Za-z0-9_-]+$/);
  await expect(adviser.getByRole('heading', { name: options.title })).toBeVisible();
}

test.describe('messaging between stakeholders and with the candidate', () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    // The candidate was introduced to the school, so its HR officer may take part in threads about her.
    await db.doc(`candidates/${candidateId}`).update({ introducedOrganisationIds: FieldValue.arrayUnion(schoolId) });
  });

  test('an adviser writes to the school about a candidate with a mention, HR sees it live and answers, the mention notifies', async ({ browser }) => {
    const title = `Kennismaking De Klimop ${Date.now().toString(36)}`;
    const hrName = await memberName('nijmegen', accounts.hr);
    const adviserName = await memberName('nijmegen', accounts.adviser);
    const adviserFirstName = adviserName.split(' ')[0]!;

    const adviser = await signedIn(browser, accounts.adviser, '/start');
    await startThreadFromDossier(adviser, { title, withCandidate: false, people: [hrName] });

    // HR opens the thread from the navigation before anything is written in it.
    const hr = await signedIn(browser, accounts.hr, '/organisatie');
    await hr.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: /^Berichten/ }).click();
    await hr.getByRole('navigation', { name: 'Gesprekken' }).getByRole('link', { name: new RegExp(title) }).click();
    await expect(hr.getByRole('heading', { name: title })).toBeVisible();
    const hrLog = hr.getByRole('log', { name: 'Berichten in dit gesprek' });

    // The adviser mentions HR by typing @ and choosing her from the suggestions.
    const composer = adviser.getByRole('textbox', { name: 'Bericht', exact: true });
    await composer.pressSequentially('Hoi @' + hrName.slice(0, 3));
    await adviser.getByRole('listbox', { name: 'Deelnemers om te noemen' }).getByRole('option', { name: hrName }).click();
    await composer.pressSequentially('kan Sanne volgende week meelopen in groep 5?');
    await expect(composer).toHaveValue(`Hoi @${hrName} kan Sanne volgende week meelopen in groep 5?`);
    await composer.press('Enter');
    await expect(composer).toHaveValue('');

    // HR sees it live, without reloading.
    await expect(hrLog).toContainText('kan Sanne volgende week meelopen in groep 5?');
    // The mention became a notification in HR's bell.
    const bell = hr.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    const popover = hr.getByRole('dialog', { name: 'Meldingen' });
    await expect(popover.getByRole('list', { name: 'Nieuwste meldingen' })).toContainText(`${adviserFirstName} noemde je in ‘${title}’`);
    await hr.keyboard.press('Escape');

    // HR answers; the adviser sees the answer live and that HR read the message.
    const hrComposer = hr.getByRole('textbox', { name: 'Bericht', exact: true });
    await hrComposer.fill('Ja, dinsdag is goed. Ik zet het in de planning.');
    await hr.getByRole('button', { name: 'Versturen' }).click();
    const adviserLog = adviser.getByRole('log', { name: 'Berichten in dit gesprek' });
    await expect(adviserLog).toContainText('Ja, dinsdag is goed.');
    await expect(adviserLog).toContainText(`Gelezen door ${hrName}`);
    expect(await seriousViolations(adviser)).toEqual([]);
    expect(await seriousViolations(hr)).toEqual([]);

    // The dossier's timeline shows the conversation collapsed, without its text.
    await adviser.goto(`/kandidaten/${candidateId}`);
    const timeline = adviser.getByRole('list', { name: 'Contacthistorie en tijdlijn' });
    await expect(timeline).toContainText(`2 berichten in ‘${title}’`);
    await expect(timeline).not.toContainText('dinsdag is goed');
  });

  test('the candidate reads and answers a thread that includes her on a phone, and never sees stakeholder-only threads', async ({ browser }) => {
    const title = `Je eerste meeloopdag ${Date.now().toString(36)}`;
    const hiddenTitle = `Intern overleg ${Date.now().toString(36)}`;
    const hrName = await memberName('nijmegen', accounts.hr);
    const candidateUid = await uidOf(accounts.candidate);

    const adviser = await signedIn(browser, accounts.adviser, '/start');
    await startThreadFromDossier(adviser, { title: hiddenTitle, withCandidate: false, people: [hrName], text: 'Alleen voor ons.' });
    await startThreadFromDossier(adviser, { title, withCandidate: true, people: [], text: 'Hoi Sanne, zullen we je meeloopdag plannen?' });
    const adviserLog = adviser.getByRole('log', { name: 'Berichten in dit gesprek' });

    // A new message waits: the candidate gets an e-mail (no content, a link to the app).
    await expect
      .poll(async () => {
        const mails = await db.collection('mail').where('toUids', 'array-contains', candidateUid).get();
        return mails.docs.map((doc) => doc.get('message.text') as string).filter((text) => text.includes(title)).length;
      })
      .toBe(1);

    // Her account opens Mijn Koers, the candidate app, where Berichten is one of its sections.
    const candidate = await signedIn(browser, accounts.candidate, '/mijn', phone);
    await candidate.getByRole('navigation', { name: 'Mijn Koers' }).getByRole('link', { name: /Berichten/ }).click();
    await expect(candidate).toHaveURL(/\/mijn\/berichten$/);
    const threads = candidate.getByRole('main');
    const threadLink = threads.getByRole('link', { name: new RegExp(title) });
    await expect(threadLink).toBeVisible();
    await expect(threadLink).toContainText('1 nieuw');
    await expect(threads).not.toContainText(hiddenTitle);
    await threadLink.click();

    const log = candidate.getByRole('log', { name: 'Berichten in dit gesprek' });
    await expect(log).toContainText('Hoi Sanne, zullen we je meeloopdag plannen?');
    const composer = candidate.getByRole('textbox', { name: 'Je bericht', exact: true });
    await composer.fill('Ja graag! Volgende week dinsdag kan ik.');
    await candidate.getByRole('button', { name: 'Versturen' }).click();
    await expect(log).toContainText('Ja graag! Volgende week dinsdag kan ik.');
    // Nothing overflows sideways at phone width.
    expect(await candidate.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    expect(await seriousViolations(candidate)).toEqual([]);

    // The adviser, still in the thread, sees the answer live.
    await expect(adviserLog).toContainText('Ja graag! Volgende week dinsdag kan ik.');

    // The stakeholder-only thread stays closed to the candidate, even by its address.
    const hidden = await db.collection('threads').where('title', '==', hiddenTitle).get();
    expect(hidden.size).toBe(1);
    await candidate.goto(`/mijn/berichten/${hidden.docs[0]!.id}`);
    await expect(candidate.getByText('Dit gesprek bestaat niet of je doet er niet aan mee.')).toBeVisible();
    await expect(candidate.getByText('Alleen voor ons.')).toHaveCount(0);
  });
});
