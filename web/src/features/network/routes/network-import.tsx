import {
  applyNetworkMapping,
  countNetworkOutcomes,
  missingNetworkColumns,
  networkCsvColumns,
  planNetworkImport,
  requiredNetworkCsvColumns,
  suggestNetworkMapping,
  type NetworkColumnMapping,
  type NetworkImportPlan,
  type NetworkRow,
} from '@koers/domain';
import { Alert, Anchor, Badge, Button, Group, Input, Loader, NativeSelect, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { maxFileRows, readCsvFile, type CsvFile, type CsvFileProblem } from '../../import/api/read-csv-file';
import { useOrganisationList } from '../../region/api/list-organisations';
import { ImportChangedError, useCommitNetworkImport } from '../api/commit-network-import';
import { useContactList } from '../api/list-contacts';
import { NetworkImportReport, statusColor, statusOrder } from '../components/import-report';
import classes from '../components/network.module.css';

/** /netwerk/importeren: organisations and their contact persons from a CSV file, checked row by row before anything is written (staff). */
export function NetworkImportRoute() {
  const { t } = useTranslation();
  const { regionId, regionSearch } = useStaffRegion();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/netwerk${regionSearch}`} size="sm">
        {t('network.backToNetwork')}
      </Anchor>
      <Stack gap={4}>
        <PageTitle>{t('network.import.title')}</PageTitle>
        <Text c="dimmed">{t('network.import.intro')}</Text>
      </Stack>
      {regionId ? <ImportFlow key={regionId} regionId={regionId} regionSearch={regionSearch} /> : <Text>{t('network.noRegion')}</Text>}
    </Stack>
  );
}

function ImportFlow({ regionId, regionSearch }: { regionId: string; regionSearch: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  // The whole network of the region (live) is what rows are matched against.
  const organisations = useOrganisationList(regionId);
  const contacts = useContactList(regionId);
  const commit = useCommitNetworkImport();
  const [file, setFile] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<NetworkColumnMapping>({});
  const [showMissing, setShowMissing] = useState(false);
  const [checked, setChecked] = useState<{ plan: NetworkImportPlan; rows: NetworkRow[]; mapping: NetworkColumnMapping } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  if (organisations.isPending || contacts.isPending) return <PageLoader />;
  if (organisations.isError) return <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (contacts.isError) return <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />;

  const chooseFile = (next: CsvFile | null) => {
    setFile(next);
    setMapping(next ? suggestNetworkMapping(next.headers) : {});
    setChecked(null);
    setShowMissing(false);
    commit.reset();
  };

  const check = () => {
    if (!file) return;
    if (missingNetworkColumns(mapping).length > 0) {
      setShowMissing(true);
      return;
    }
    const rows = applyNetworkMapping(file.rows, mapping);
    // Planned against the live lists as they are now: a second check after an import sees its documents.
    setChecked({ plan: planNetworkImport(regionId, rows, { organisations: organisations.data, contacts: contacts.data }), rows, mapping });
    commit.reset();
    setProgress(null);
    requestAnimationFrame(() => previewHeading.current?.focus());
  };

  const runCommit = () => {
    if (!checked || checked.plan.writes.length === 0) return;
    commit.mutate({ regionId, uid: user.uid, writes: checked.plan.writes, onProgress: (done, total) => setProgress({ done, total }) });
  };

  const counts = checked ? countNetworkOutcomes(checked.plan.rows) : null;
  const writable = counts ? counts.create + counts.update : 0;
  const missing = missingNetworkColumns(mapping);

  return (
    <Stack gap="lg">
      <SectionCard title={t('network.import.steps.file')} id="import-file">
        <FileInput file={file} onFile={chooseFile} />
      </SectionCard>

      {file && (
        <SectionCard title={t('network.import.steps.mapping')} id="import-mapping">
          <Text size="sm">{t('network.import.mapping.intro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm">
            {networkCsvColumns.map((column) => {
              const required = (requiredNetworkCsvColumns as readonly string[]).includes(column);
              const header = mapping[column];
              const sample = header ? file.rows[0]?.[header]?.trim().slice(0, 40) : undefined;
              return (
                <NativeSelect
                  key={column}
                  label={t(`network.import.fields.${column}`)}
                  withAsterisk={required}
                  required={required}
                  description={sample ? t('network.import.mapping.example', { value: sample }) : undefined}
                  data={[{ value: '', label: t('network.import.mapping.none') }, ...file.headers.map((value) => ({ value, label: value }))]}
                  value={header ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    const next = { ...mapping };
                    if (value) next[column] = value;
                    else delete next[column];
                    setMapping(next);
                    setChecked(null);
                  }}
                />
              );
            })}
          </SimpleGrid>
          {showMissing && missing.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {t('network.import.mapping.missing', { fields: missing.map((column) => t(`network.import.fields.${column}`)).join(', ') })}
            </Alert>
          )}
          <Group>
            <Button onClick={check}>{checked ? t('network.import.checkAgain') : t('network.import.check')}</Button>
          </Group>
        </SectionCard>
      )}

      {checked && counts && (
        <section aria-labelledby="import-preview" className={classes.section}>
          <Stack gap="md">
            <Title order={2} size="h3" id="import-preview" ref={previewHeading} tabIndex={-1}>
              {t('network.import.steps.preview')}
            </Title>
            <Group gap="xs" component="ul" aria-label={t('network.import.summaryLabel')} className={classes.plainList}>
              {statusOrder
                .filter((status) => counts[status] > 0)
                .map((status) => (
                  <li key={status}>
                    <Badge size="lg" variant="light" radius="sm" tt="none" color={statusColor[status]}>
                      {t(`network.import.counts.${status}`, { count: counts[status] })}
                    </Badge>
                  </li>
                ))}
            </Group>
            <Text role="status" aria-live="polite" size="sm" fw={500}>
              {commit.isPending && progress
                ? t('network.import.writing', progress)
                : commit.isSuccess
                  ? t('network.import.done', { count: commit.data.written })
                  : writable === 0
                    ? t('network.import.nothing')
                    : counts.invalid > 0
                      ? t('network.import.skipNote', { count: counts.invalid })
                      : ''}
            </Text>
            {commit.isPending && progress && <Progress value={(progress.done / Math.max(progress.total, 1)) * 100} aria-label={t('network.import.steps.preview')} animated />}
            {commit.isError && (
              <ErrorAlert
                error={commit.error}
                title={t('network.import.failed')}
                messages={{ 'failed-precondition': t('network.import.changed', { count: commit.error instanceof ImportChangedError ? commit.error.written : 0 }) }}
              />
            )}
            {commit.isSuccess ? (
              <Alert color="green" variant="light">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('network.import.doneDetail', { create: counts.create, update: counts.update, skipped: counts.invalid + counts.unchanged })}</Text>
                  <Group gap="xs">
                    <Button size="xs" component={Link} to={`/netwerk${regionSearch}`}>
                      {t('network.import.toNetwork')}
                    </Button>
                    <Button size="xs" variant="default" onClick={check}>
                      {t('network.import.checkAgain')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              writable > 0 && (
                <Group>
                  <Button onClick={runCommit} loading={commit.isPending}>
                    {t('network.import.commit', { count: writable })}
                  </Button>
                </Group>
              )
            )}
            <NetworkImportReport outcomes={checked.plan.rows} rows={checked.rows} mapping={checked.mapping} />
          </Stack>
        </section>
      )}
    </Stack>
  );
}

/** A CSV file read in the browser (the same reader as the candidate import: `;`, `,` or tab, with or without BOM). */
function FileInput({ file, onFile }: { file: CsvFile | null; onFile: (file: CsvFile | null) => void }) {
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

  const error = problem ? t(`network.import.file.problems.${problem.problem}`, { count: problem.rows, max: maxFileRows.toLocaleString('nl-NL') }) : undefined;
  return (
    <Input.Wrapper id={id} label={t('network.import.file.label')} description={t('network.import.file.description')} error={error} withAsterisk>
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
            {t('network.import.file.reading')}
          </Text>
        )}
        {file && !reading && (
          <Text size="sm" mt="xs">
            {t('network.import.file.summary', { name: file.name, count: file.rows.length, columns: file.headers.length })}
          </Text>
        )}
      </div>
    </Input.Wrapper>
  );
}
