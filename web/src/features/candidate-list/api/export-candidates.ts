import { boardColumnOf, type CandidateIndexEntry } from '@koers/domain';
import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import type { WithId } from '../../../lib/firestore';
import { daysBetween } from '../../../lib/format';
import type { CandidateListFilters } from './candidate-list-spec';
import { fetchCandidatePage } from './list-candidates';

/** The most rows one export reads, so an export of a huge pool stays a bounded read. */
export const exportCap = 5000;

/** Every entry matching the filters (up to the cap), paging through the same query as the list. */
export async function fetchAllCandidates(regionId: string, filters: CandidateListFilters): Promise<{ rows: WithId<CandidateIndexEntry>[]; capped: boolean }> {
  const rows: WithId<CandidateIndexEntry>[] = [];
  let page = await fetchCandidatePage(regionId, filters, null, 500);
  rows.push(...page.rows);
  while (page.next && rows.length < exportCap) {
    page = await fetchCandidatePage(regionId, filters, page.next, Math.min(500, exportCap - rows.length));
    rows.push(...page.rows);
  }
  return { rows: rows.slice(0, exportCap), capped: Boolean(page.next) };
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

/**
 * The rows as CSV with Dutch headers (`t` fixed to Dutch), only what a person reads in the
 * list: no ids, uids or search tokens.
 */
export function candidatesCsv(rows: readonly CandidateIndexEntry[], ownerName: (uid: string | null) => string, t: TFunction, now = new Date()): string {
  const fields = [
    [t('candidateList.csv.name'), (row) => row.name],
    [t('candidateList.csv.column'), (row) => t(`vocab.boardColumn.${boardColumnOf(row)}`)],
    [t('candidateList.csv.owner'), (row) => ownerName(row.ownerUid)],
    [t('candidateList.csv.email'), (row) => row.email ?? ''],
    [t('candidateList.csv.phone'), (row) => row.phone ?? ''],
    [t('candidateList.csv.place'), (row) => row.place ?? ''],
    [t('candidateList.csv.postcode'), (row) => row.postcode ?? ''],
    [t('candidateList.csv.daysInPhase'), (row) => String(daysBetween(row.phaseSince, now))],
    [t('candidateList.csv.lastContact'), (row) => isoDate(row.lastContactAt)],
    [t('candidateList.csv.source'), (row) => t(`vocab.source.${row.source}`)],
    [t('candidateList.csv.sectors'), (row) => row.sectors.map((value) => t(`vocab.sector.${value}`)).join('; ')],
    [t('candidateList.csv.functions'), (row) => row.functions.map((value) => t(`vocab.jobFunction.${value}`)).join('; ')],
    [t('candidateList.csv.qualifications'), (row) => row.qualifications.map((value) => t(`vocab.qualification.${value}`)).join('; ')],
    [t('candidateList.csv.subjects'), (row) => row.subjects.map((value) => t(`vocab.subject.${value}`)).join('; ')],
    [t('candidateList.csv.priorEducation'), (row) => (row.priorEducation ? t(`vocab.priorEducation.${row.priorEducation}`) : '')],
    [t('candidateList.csv.tags'), (row) => row.tags.join('; ')],
  ] as const satisfies ReadonlyArray<readonly [string, (row: CandidateIndexEntry) => string]>;
  return Papa.unparse({
    fields: fields.map(([header]) => header),
    data: rows.map((row) => fields.map(([, value]) => value(row))),
  });
}
