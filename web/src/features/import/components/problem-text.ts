import { pilotCsvColumns, type PilotColumnMapping, type PilotCsvColumn } from '@koers/domain';
import type { TFunction } from 'i18next';

/** Columns whose problems get their own explanation; other text columns can only be too long. */
const explained = ['naam', 'email', 'privacy_consent', 'telefoon', 'geboortedatum', 'postcode', 'fase', 'sector', 'functie', 'kwalificatie', 'vooropleiding'] as const;
type Explained = (typeof explained)[number];

const isPilotColumn = (column: string): column is PilotCsvColumn => (pilotCsvColumns as readonly string[]).includes(column);
const isExplained = (column: string): column is Explained => (explained as readonly string[]).includes(column);

/**
 * A problem the callable reports about a row (`{ column, message }`, the message in English for
 * developers) in words for the person importing, naming the column as their file names it.
 */
export function problemText(t: TFunction, problem: { column: string; message: string }, mapping: PilotColumnMapping): string {
  const { column } = problem;
  const label = isPilotColumn(column) ? (mapping[column] ?? t(`importCandidates.fields.${column}`)) : column;
  const text = isExplained(column)
    ? t(`importCandidates.problems.${column}`)
    : isPilotColumn(column)
      ? t('importCandidates.problems.tooLong')
      : t('importCandidates.problems.other');
  return t('importCandidates.column', { column: label, problem: text });
}
