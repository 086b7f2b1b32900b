import { pilotCsvColumns, requiredPilotCsvColumns, type PilotColumnMapping, type PilotCsvColumn } from '@koers/domain';
import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvFile } from '../api/read-csv-file';

interface MappingStepProps {
  file: CsvFile;
  mapping: PilotColumnMapping;
  onChange: (mapping: PilotColumnMapping) => void;
}

const isRequired = (column: PilotCsvColumn) => (requiredPilotCsvColumns as readonly string[]).includes(column);
const example = (value: string | undefined) => (value && value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Step 2: for each pilot field, the column of the file that holds it (or none). */
export function MappingStep({ file, mapping, onChange }: MappingStepProps) {
  const { t } = useTranslation();
  const options = [{ value: '', label: t('importCandidates.mapping.none') }, ...file.headers.map((header) => ({ value: header, label: header }))];
  const first = file.rows[0] ?? {};

  return (
    <>
      <Text size="sm">{t('importCandidates.mapping.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {pilotCsvColumns.map((column) => {
          const header = mapping[column];
          const sample = header ? example(first[header]?.trim()) : undefined;
          return (
            <NativeSelect
              key={column}
              label={t(`importCandidates.fields.${column}`)}
              withAsterisk={isRequired(column)}
              required={isRequired(column)}
              description={sample ? t('importCandidates.mapping.example', { value: sample }) : undefined}
              data={options}
              value={header ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                const next = { ...mapping };
                if (value) next[column] = value;
                else delete next[column];
                onChange(next);
              }}
            />
          );
        })}
      </SimpleGrid>
    </>
  );
}
