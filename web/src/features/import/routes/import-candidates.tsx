import {
  applyPilotMapping,
  countOutcomes,
  missingRequiredColumns,
  suggestPilotMapping,
  type FileImportOutcome,
  type PilotColumnMapping,
} from '@koers/domain';
import { Alert, Box, Button, Group, NativeSelect, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useRegions } from '../../region/api/get-region';
import { useCommitImport, usePreviewImport } from '../api/import-pilot-candidates';
import type { CsvFile } from '../api/read-csv-file';
import { FileStep } from '../components/file-step';
import { ImportReport } from '../components/import-report';
import { ImportSummary } from '../components/import-summary';
import { MappingStep } from '../components/mapping-step';

/** /kandidaten/importeren: candidates from a CSV file (the pilot's export) into a region, checked before anything is written. */
export function ImportCandidatesRoute() {
  const { t } = useTranslation();
  const { regionIds, regionId, setRegionId, regionSearch } = useStaffRegion();
  const regions = useRegions(regionIds);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('importCandidates.title')}</PageTitle>
        <Text c="dimmed">{t('importCandidates.intro')}</Text>
      </Stack>
      {regionIds.length > 1 && (
        <NativeSelect
          label={t('importCandidates.region')}
          maw={360}
          data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
          value={regionId ?? ''}
          onChange={(event) => setRegionId(event.currentTarget.value)}
        />
      )}
      {regionId ? (
        <ImportWizard key={regionId} regionId={regionId} listLink={`/kandidaten${regionSearch}`} />
      ) : (
        <Text>{t('candidateList.noRegion')}</Text>
      )}
    </Stack>
  );
}

const stepKeys = ['file', 'mapping', 'preview', 'commit'] as const;
type Step = 0 | 1 | 2 | 3;

function ImportWizard({ regionId, listLink }: { regionId: string; listLink: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<PilotColumnMapping>({});
  const [mappedFor, setMappedFor] = useState<CsvFile | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const preview = usePreviewImport(regionId);
  const commit = useCommitImport(regionId);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusedStep = useRef<Step>(0);

  const rows = useMemo(() => (file ? applyPilotMapping(file.rows, mapping) : []), [file, mapping]);
  const missing = missingRequiredColumns(mapping);
  const previewCounts = preview.data ? countOutcomes(preview.data) : null;
  const writable = previewCounts ? previewCounts.create + previewCounts.update : 0;

  // After a step change, focus lands on the step's heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (focusedStep.current === step) return;
    focusedStep.current = step;
    heading.current?.focus();
  }, [step]);

  const go = (next: Step) => {
    setProgress(null);
    setStep(next);
  };

  const toMapping = () => {
    if (!file) return;
    if (mappedFor !== file) {
      setMapping(suggestPilotMapping(file.headers));
      setMappedFor(file);
      preview.reset();
    }
    setShowMissing(false);
    go(1);
  };

  const runPreview = () => {
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    go(2);
    preview.mutate({ regionId, rows, onProgress: (done, total) => setProgress({ done, total }) });
  };

  const runCommit = () => {
    if (!preview.data) return;
    go(3);
    commit.mutate({ regionId, rows, preview: preview.data, onProgress: (done, total) => setProgress({ done, total }) });
  };

  const restart = () => {
    setFile(null);
    setMapping({});
    setMappedFor(null);
    preview.reset();
    commit.reset();
    go(0);
  };

  const status = (() => {
    if (step === 2 && preview.isPending && progress) return t('importCandidates.preview.checking', progress);
    if (step === 2 && preview.data) return t('importCandidates.preview.checked', { count: preview.data.length });
    if (step === 3 && commit.isPending && progress) return t('importCandidates.commit.importing', progress);
    if (step === 3 && commit.data) return t('importCandidates.commit.done');
    return '';
  })();

  const label = (index: number) => t(`importCandidates.steps.${stepKeys[index] ?? 'file'}`);

  return (
    <Stack gap="lg">
      {/* The step headings say the same to assistive technology; this is the visual overview. */}
      <Box visibleFrom="sm" aria-hidden>
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          {stepKeys.map((key, index) => (
            <Stepper.Step key={key} label={label(index)} />
          ))}
        </Stepper>
      </Box>

      <Box component="section" aria-labelledby="import-step-title">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id="import-step-title" ref={heading} tabIndex={-1}>
              {t('importCandidates.stepOf', { step: step + 1, total: stepKeys.length, label: label(step) })}
            </Title>
            {/* Always mounted, so screen readers announce each change of progress. */}
            <Text role="status" aria-live="polite" size="sm" fw={500}>
              {status}
            </Text>
          </Stack>

          {step === 0 && (
            <>
              <FileStep file={file} onFile={setFile} />
              <Group>
                <Button onClick={toMapping} disabled={!file}>
                  {t('importCandidates.next')}
                </Button>
              </Group>
            </>
          )}

          {step === 1 && file && (
            <>
              <MappingStep file={file} mapping={mapping} onChange={setMapping} />
              {showMissing && missing.length > 0 && (
                <Alert color="red" variant="light" role="alert">
                  {t('importCandidates.mapping.missing', { fields: missing.map((column) => t(`importCandidates.fields.${column}`)).join(', ') })}
                </Alert>
              )}
              <Group>
                <Button variant="default" onClick={() => go(0)}>
                  {t('importCandidates.back')}
                </Button>
                <Button onClick={runPreview}>{t('importCandidates.preview.start')}</Button>
              </Group>
            </>
          )}

          {step === 2 && (
            <>
              {preview.isPending && progress && <Progress value={(progress.done / Math.max(progress.total, 1)) * 100} aria-label={label(2)} animated />}
              {preview.isError && <ErrorAlert error={preview.error} onRetry={runPreview} />}
              {preview.data && previewCounts && (
                <>
                  <ImportSummary counts={previewCounts} />
                  {previewCounts.update > 0 && <Text size="sm">{t('importCandidates.preview.updateNote', { count: previewCounts.update })}</Text>}
                  {writable < preview.data.length && <Text size="sm">{t('importCandidates.preview.skipNote')}</Text>}
                  {writable === 0 && (
                    <Text size="sm" fw={500}>
                      {t('importCandidates.preview.nothingToImport')}
                    </Text>
                  )}
                </>
              )}
              {!preview.isPending && (
                <Group>
                  <Button variant="default" onClick={() => go(1)}>
                    {t('importCandidates.back')}
                  </Button>
                  {writable > 0 && <Button onClick={runCommit}>{t('importCandidates.commit.button', { count: writable })}</Button>}
                </Group>
              )}
              {preview.data && (
                <>
                  <Title order={3} size="h4">
                    {t('importCandidates.report.title')}
                  </Title>
                  <ImportReport regionId={regionId} outcomes={preview.data} rows={rows} mapping={mapping} />
                </>
              )}
            </>
          )}

          {step === 3 && (
            <>
              {commit.isPending && progress && <Progress value={(progress.done / Math.max(progress.total, 1)) * 100} aria-label={label(3)} animated />}
              {commit.isError && (
                <>
                  <ErrorAlert error={commit.error} onRetry={runCommit} />
                  <Text size="sm">{t('importCandidates.commit.failed')}</Text>
                </>
              )}
              {commit.data && <CommitResult regionId={regionId} outcomes={commit.data} rows={rows} mapping={mapping} />}
              {!commit.isPending && (
                <Group>
                  <Button component={Link} to={listLink}>
                    {t('importCandidates.commit.toList')}
                  </Button>
                  <Button variant="default" onClick={restart}>
                    {t('importCandidates.commit.again')}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Stack>
      </Box>
    </Stack>
  );
}

interface CommitResultProps {
  regionId: string;
  outcomes: FileImportOutcome[];
  rows: Array<Record<string, string>>;
  mapping: PilotColumnMapping;
}

/** What the import wrote; rows the callable refused at commit time (changed since the preview) are listed. */
function CommitResult({ regionId, outcomes, rows, mapping }: CommitResultProps) {
  const { t } = useTranslation();
  const counts = countOutcomes(outcomes);
  const skipped = outcomes.length - counts.create - counts.update;
  const refused = outcomes.filter((outcome) => outcome.action !== 'create' && outcome.action !== 'update');
  return (
    <Stack gap="sm">
      <Text component="ul" size="sm" m={0} pl="md">
        <li>{t('importCandidates.commit.created', { count: counts.create })}</li>
        {counts.update > 0 && <li>{t('importCandidates.commit.updated', { count: counts.update })}</li>}
        {skipped > 0 && <li>{t('importCandidates.commit.skipped', { count: skipped })}</li>}
      </Text>
      {refused.length > 0 && (
        <>
          <Text size="sm">{t('importCandidates.commit.changedSincePreview')}</Text>
          <ImportReport regionId={regionId} outcomes={refused} rows={rows} mapping={mapping} committed />
        </>
      )}
    </Stack>
  );
}
