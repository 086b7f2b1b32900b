import { Input, Loader, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxFileRows, readCsvFile, type CsvFile, type CsvFileProblem } from '../api/read-csv-file';
import classes from './import.module.css';

interface FileStepProps {
  file: CsvFile | null;
  onFile: (file: CsvFile | null) => void;
}

/** Step 1: a CSV file, read in the browser; problems with it are said next to the field. */
export function FileStep({ file, onFile }: FileStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<{ problem: CsvFileProblem | 'unreadable'; rows?: number } | null>(null);

  const choose = async (chosen: File | undefined) => {
    setProblem(null);
    onFile(null);
    if (!chosen) return;
    setReading(true);
    try {
      const result = await readCsvFile(chosen);
      if (result.ok) onFile(result.file);
      else setProblem({ problem: result.problem, rows: result.rows });
    } catch {
      setProblem({ problem: 'unreadable' });
    } finally {
      setReading(false);
    }
  };

  const error = problem ? t(`importCandidates.file.problems.${problem.problem}`, { count: problem.rows, max: maxFileRows.toLocaleString('nl-NL') }) : undefined;

  return (
    <Input.Wrapper id={id} label={t('importCandidates.file.label')} description={t('importCandidates.file.description')} error={error} withAsterisk>
      <input
        id={id}
        className={classes.fileInput}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-description${error ? ` ${id}-error` : ''}`}
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <div aria-live="polite">
        {reading && (
          <Text size="sm" mt="xs">
            <Loader size="xs" mr="xs" />
            {t('importCandidates.file.reading')}
          </Text>
        )}
        {file && !reading && (
          <Text size="sm" mt="xs">
            {t('importCandidates.file.summary', { name: file.name, count: file.rows.length, columns: file.headers.length })}
          </Text>
        )}
      </div>
    </Input.Wrapper>
  );
}
