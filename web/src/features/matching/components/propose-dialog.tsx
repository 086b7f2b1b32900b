import { introductionProfile } from '@koers/domain';
import type { Candidate } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import type { WithId } from '../../../lib/firestore';
import { candidateQueryOptions } from '../../dossier/api/get-candidate';
import { useRegionProgrammes } from '../../programmes/api/list-region-programmes';
import { useOrganisationList } from '../../region/api/list-organisations';
import { useRegionVacancies } from '../../vacancies/api/list-region-vacancies';
import { useProposeMatch } from '../api/propose-match';
import { IntroductionPreview } from './introduction-preview';
import { MatchErrorAlert } from './match-error-alert';

/** What the dialog starts with (a suggestion, or the vacancy or programme it was opened from). */
export interface ProposePrefill {
  schoolId?: string | null;
  vacancyId?: string | null;
  programmeId?: string | null;
}

const emptyToNull = z
  .string()
  .trim()
  .transform((value) => value || null);

/**
 * The form as typed (selects hand over '' for "none"); the callable parses the result with
 * `proposeMatchInputSchema` (the server's schema) before it leaves the browser.
 */
const proposeFormSchema = z
  .object({
    schoolId: emptyToNull,
    vacancyId: emptyToNull,
    programmeId: emptyToNull,
    note: z.string().trim().max(500).transform((value) => value || null),
  })
  .refine((values) => Boolean(values.schoolId || values.programmeId), { path: ['schoolId'], message: 'target' })
  .refine((values) => !values.vacancyId || Boolean(values.schoolId), { path: ['vacancyId'], message: 'school' });
type ProposeFormValues = z.input<typeof proposeFormSchema>;

interface ProposeDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  candidateId: string;
  prefill?: ProposePrefill | null;
}

/** "Kandidaat voorstellen": introduce the candidate to a school (vacancy) and/or a programme. */
export function ProposeDialog({ opened, onClose, regionId, candidateId, prefill }: ProposeDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const candidate = useQuery({ ...candidateQueryOptions(candidateId), enabled: opened });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={candidate.data ? t('matching.propose.titleFor', { name: candidate.data.name }) : t('matching.propose.title')}
      fullScreen={phone}
      size="lg"
    >
      {opened &&
        (candidate.isPending ? (
          <PageLoader />
        ) : candidate.isError ? (
          <ErrorAlert error={candidate.error} onRetry={() => void candidate.refetch()} />
        ) : candidate.data ? (
          <ProposeForm key={JSON.stringify(prefill ?? {})} regionId={regionId} candidate={candidate.data} prefill={prefill ?? {}} onClose={onClose} />
        ) : (
          <ErrorAlert error={{ code: 'not-found' }} />
        ))}
    </Modal>
  );
}

function ProposeForm({
  regionId,
  candidate,
  prefill,
  onClose,
}: {
  regionId: string;
  candidate: WithId<Candidate>;
  prefill: ProposePrefill;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const organisations = useOrganisationList(regionId);
  const vacancies = useRegionVacancies(regionId);
  const programmes = useRegionProgrammes(regionId);
  const propose = useProposeMatch();
  const form = useForm<ProposeFormValues, unknown, z.output<typeof proposeFormSchema>>({
    resolver: zodResolver(proposeFormSchema),
    defaultValues: { schoolId: prefill.schoolId ?? '', vacancyId: prefill.vacancyId ?? '', programmeId: prefill.programmeId ?? '', note: '' },
  });
  const errors = form.formState.errors;
  const schoolId = useWatch({ control: form.control, name: 'schoolId' });
  const consent = candidate.consent.shareWithOrganisations;

  if (organisations.isPending || vacancies.isPending || programmes.isPending) return <PageLoader />;
  const loadError = organisations.error ?? vacancies.error ?? programmes.error;
  if (loadError) return <ErrorAlert error={loadError} />;

  const organisationName = new Map((organisations.data ?? []).map((organisation) => [organisation.id, organisation.name]));
  const schools = (organisations.data ?? []).filter((organisation) => organisation.type === 'school');
  const schoolVacancies = (vacancies.data ?? [])
    .filter((vacancy) => vacancy.organisationId === schoolId && (vacancy.published || vacancy.id === prefill.vacancyId))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
  const programmeOptions = (programmes.data ?? [])
    .filter((programme) => programme.published || programme.id === prefill.programmeId)
    .map((programme) => ({ value: programme.id, label: `${programme.name} · ${organisationName.get(programme.organisationId) ?? ''}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));

  const submit = form.handleSubmit((values) =>
    propose.mutate(
      { regionId, candidateId: candidate.id, ...values },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'green', message: t('matching.propose.done', { count: result.matchIds.length, name: candidate.name }) });
          onClose();
        },
      },
    ),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('matching.propose.title')}>
      <Stack>
        {!consent && (
          <Alert color="red" variant="light" role="alert" title={t('matching.propose.noConsentTitle')}>
            {t('matching.propose.noConsentBody', { name: candidate.name })}
          </Alert>
        )}
        <NativeSelect
          label={t('matching.propose.school')}
          data={[{ value: '', label: t('matching.propose.noSchool') }, ...schools.map((school) => ({ value: school.id, label: school.name }))]}
          error={errors.schoolId && t('matching.propose.targetRequired')}
          data-autofocus
          {...form.register('schoolId', {
            onChange: (event: { target: { value: string } }) => {
              const vacancyId = form.getValues('vacancyId');
              const vacancy = (vacancies.data ?? []).find((item) => item.id === vacancyId);
              if (vacancy && vacancy.organisationId !== event.target.value) form.setValue('vacancyId', '');
            },
          })}
        />
        <NativeSelect
          label={t('matching.propose.vacancy')}
          description={schoolId ? undefined : t('matching.propose.vacancyNeedsSchool')}
          disabled={!schoolId}
          data={[
            { value: '', label: t('matching.propose.openApplication') },
            ...schoolVacancies.map((vacancy) => ({ value: vacancy.id, label: vacancy.title })),
          ]}
          error={errors.vacancyId && t('matching.propose.vacancyNeedsSchool')}
          {...form.register('vacancyId')}
        />
        <NativeSelect
          label={t('matching.propose.programme')}
          data={[{ value: '', label: t('matching.propose.noProgramme') }, ...programmeOptions]}
          error={errors.programmeId && t('matching.propose.targetRequired')}
          {...form.register('programmeId')}
        />
        <Textarea
          label={t('matching.propose.note')}
          description={t('matching.propose.noteHint')}
          autosize
          minRows={3}
          maxLength={500}
          error={errors.note && t('matching.propose.noteTooLong')}
          {...form.register('note')}
        />
        <IntroductionPreview profile={introductionProfile(candidate)} />
        {propose.isError && <MatchErrorAlert error={propose.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={propose.isPending} disabled={!consent}>
            {t('matching.propose.submit')}
          </Button>
        </Group>
        {!consent && (
          <Text size="xs" c="dimmed">
            {t('matching.propose.noConsentHint')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

