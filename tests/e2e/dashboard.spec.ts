import { readFileSync } from 'node:fs';
import { journeyOf, reachedColumns, funnelColumns, type JourneyStep } from '@koers/domain';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { Timestamp, getFirestore } from 'firebase-admin/firestore';
import Papa from 'papaparse';
import { accounts } from './support/accounts.js';
import { seriousViolations } from './support/axe.js';
import { projectId } from './support/emulator-data.js';
import { signInWithPassword } from './support/session.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));
const regionId = 'nijmegen';
const nl = {
  vocab: JSON.parse(readFileSync(new URL('../../web/src/locales/vocab/nl.json', import.meta.url), 'utf8')) as {
    subject: Record<string, string>;
    boardColumn: Record<string, string>;
  },
};

interface SeededCandidate {
  id: string;
  name: string;
  status: string;
  sectors: string[];
  subjects: string[];
  journey: JourneyStep[];
}

const toDate = (value: unknown) => (value instanceof Timestamp ? value.toDate() : (value as Date));

/** Every dossier counted in the region, straight from the candidate documents (not the aggregates). */
async function regionCandidates(): Promise<SeededCandidate[]> {
  const snapshot = await db.collection('candidates').where('regionIds', 'array-contains', regionId).get();
  return snapshot.docs.map((doc) => {
    const data = doc.data();
    const journey = journeyOf({
      phase: data.phase,
      status: data.status,
      exitReason: data.exitReason ?? null,
      createdAt: toDate(data.createdAt),
      phaseSince: toDate(data.phaseSince),
      journey: ((data.journey ?? []) as Record<string, unknown>[]).map((step) => ({ ...step, at: toDate(step.at) }) as JourneyStep),
    });
    return { id: doc.id, name: data.name as string, status: data.status as string, sectors: data.sectors ?? [], subjects: data.subjects ?? [], journey };
  });
}

/** Active dossiers per subject (Dutch label), optionally only those wanting to work in one sector. */
function subjectExpectation(candidates: SeededCandidate[], sector?: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const candidate of candidates) {
    if (candidate.status !== 'active' || (sector && !candidate.sectors.includes(sector))) continue;
    for (const subject of new Set(candidate.subjects)) {
      const label = nl.vocab.subject[subject] ?? subject;
      counts[label] = (counts[label] ?? 0) + 1;
    }
  }
  return counts;
}

/** The numbers of one column of a dashboard table, by row header. */
async function tableColumn(table: Locator, key: string): Promise<Record<string, number>> {
  const rows = await table.locator('tbody tr').evaluateAll(
    (trs, column) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelector(`[data-key="${column}"]`)?.textContent?.trim() ?? '']),
    key,
  );
  return Object.fromEntries(rows.map(([label, value]) => [label, Number(value!.replace(/\./g, ''))]));
}

function subjectTable(page: Page): Locator {
  return page.getByTestId('dashboard-vakken').locator('table[data-figure-table="vakken"]');
}

test.describe('the region dashboard', () => {
  test('a director sees the funnel and subject counts of the seeded dossiers, filters on VO, exports the CSV and cannot open a dossier', async ({
    page,
  }) => {
    const candidates = await regionCandidates();
    expect(candidates.length, 'the seed has dossiers in nijmegen').toBeGreaterThan(0);

    await signInWithPassword(page, accounts.director, '/dashboard');
    const funnel = page.getByTestId('dashboard-funnel');
    await expect(funnel.getByRole('heading', { level: 2, name: 'Trechter' })).toBeVisible();
    const expectedFunnel = Object.fromEntries(
      funnelColumns.map((column) => [nl.vocab.boardColumn[column]!, candidates.filter((candidate) => reachedColumns(candidate.journey).includes(column)).length]),
    );
    await expect.poll(() => tableColumn(funnel.locator('table[data-figure-table="trechter"]'), 'count')).toEqual(expectedFunnel);

    const all = subjectExpectation(candidates);
    expect(Object.keys(all).length, 'seeded active dossiers have subjects').toBeGreaterThan(0);
    await expect.poll(() => tableColumn(subjectTable(page), 'total')).toEqual(all);

    // One slice at a time: the VO slice counts only dossiers that want to work in VO.
    await page.getByRole('combobox', { name: 'Sector' }).selectOption('vo');
    await expect(page).toHaveURL(/sector=vo/);
    const vo = subjectExpectation(candidates, 'vo');
    expect(vo).not.toEqual(all);
    await expect.poll(() => tableColumn(subjectTable(page), 'total')).toEqual(vo);

    // The CSV holds exactly what the table shows.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('dashboard-vakken').getByRole('button', { name: /downloaden als CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`koers-${regionId}-vakken-nu.csv`);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
    const [header, ...rows] = Papa.parse<string[]>(text.trim(), { delimiter: ';' }).data;
    expect(header).toEqual(['Vak', 'Totaal']);
    expect(Object.fromEntries(rows.map(([label, total]) => [label, Number(total)]))).toEqual(await tableColumn(subjectTable(page), 'total'));

    // Aggregates only: no way into a dossier.
    await expect(page.locator('a[href*="/kandidaten"]')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    const someone = candidates.find((candidate) => candidate.status === 'active')!;
    await page.goto(`/kandidaten/${someone.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(someone.name)).toHaveCount(0);
  });

  test('a coordinator follows a subject count to the candidate list filtered on that subject and sector', async ({ page }) => {
    await signInWithPassword(page, accounts.coordinator, '/regio');
    await page.goto('/dashboard');
    await expect(page.getByTestId('dashboard-funnel').getByRole('heading', { name: 'Trechter' })).toBeVisible({ timeout: 45_000 });
    const table = subjectTable(page);
    const link = table.locator('td[data-key="vo"] a').first();
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/kandidaten\?.*sectors=vo/);
    const subject = new URLSearchParams(href!.split('?')[1]).get('subjects');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/kandidaten\\?.*subjects=${subject}`));
    await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a director compares the participating regions, with small numbers shown as "< 5" and never as the number', async ({ page }) => {
    const candidates = await regionCandidates();
    const figures = (await db.doc('crossRegionAggregates/current').get()).data() as { regionNames: Record<string, string>; byRegion: Record<string, Record<string, number | null>> };
    expect(figures, 'the seed writes the cross-region figures').toBeTruthy();
    // The seed's regions have exit reasons given by fewer than five people: those must be hidden.
    const hidden = Object.entries(figures.byRegion[regionId]!).filter(([key, value]) => value === null && key.startsWith('exitReason.'));
    expect(hidden.length, 'some exit reason of nijmegen is below 5').toBeGreaterThan(0);

    await signInWithPassword(page, accounts.director, '/dashboard');
    await page.getByRole('link', { name: 'Regiovergelijking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Regiovergelijking' })).toBeVisible();
    const overview = page.getByRole('table', { name: 'Overzicht per regio' });
    const nijmegen = figures.regionNames[regionId]!;
    const column = (await overview.locator('thead th').allTextContents()).indexOf(nijmegen);
    expect(column, 'a column for nijmegen').toBeGreaterThan(0);
    const total = overview.getByRole('row', { name: /^Alle overstappers/ }).locator('th, td').nth(column);
    await expect(total).toHaveText(String(candidates.length));

    // Every exit reason below five reads "< 5" in nijmegen's column, not its count.
    const exits = page.getByRole('table', { name: 'Uitstroom per regio' });
    const texts = await exits.locator('tbody tr').evaluateAll((rows, at) => rows.map((row) => row.querySelectorAll('th, td')[at]?.textContent?.trim() ?? ''), column);
    expect(texts.filter((text) => text === '< 5')).toHaveLength(hidden.length);
    for (const text of texts) expect(['1', '2', '3', '4']).not.toContain(text);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the printable report shows the same figures with the period on top', async ({ page }) => {
    await signInWithPassword(page, accounts.director, '/dashboard');
    await page.getByRole('link', { name: 'Rapport om af te drukken' }).click();
    await expect(page).toHaveURL(/\/dashboard\/rapport\?regio=nijmegen&periode=nu/);
    await expect(page.getByText('Periode: Nu')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Afdrukken / PDF' })).toBeVisible();
    await expect(page.getByTestId('report-trechter').getByRole('heading', { name: 'Trechter' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
