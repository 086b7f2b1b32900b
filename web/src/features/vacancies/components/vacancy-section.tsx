import type { Vacancy } from '@koers/domain';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useSession } from '../../access/components/session-context';
import { BestCandidatesDialog, type BestCandidatesTarget } from '../../matching/components/best-candidates-dialog';
import { useDeleteVacancy } from '../api/delete-vacancy';
import { useOrganisationVacancies } from '../api/list-vacancies';
import { useSetVacancyPublished } from '../api/set-vacancy-published';
import { VacancyFormDialog } from './vacancy-form-dialog';
import { isClosed, localDate, sortVacancies, todayIso } from './vacancy-order';

interface VacancySectionProps {
  regionId: string;
  organisationId: string;
  /** Shows add, edit, publish and delete (the rules decide in the end). */
  canEdit: boolean;
}

type Editing = { vacancy: WithId<Vacancy> | null } | null;

/** The vacancies of one school, live: what they are, whether they are published or closed. */
export function VacancySection({ regionId, organisationId, canEdit }: VacancySectionProps) {
  const { t } = useTranslation();
  const vacancies = useOrganisationVacancies(regionId, organisationId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<WithId<Vacancy> | null>(null);
  const [finding, setFinding] = useState<BestCandidatesTarget | null>(null);
  const { access } = useSession();
  // Only the region's staff see (and may propose) candidates.
  const isStaff = access?.staffRegionIds.includes(regionId) ?? false;
  const today = todayIso();

  return (
    <SectionCard
      id={`vacancies-${organisationId}`}
      title={t('vacancies.title')}
      actions={
        canEdit && (
          <Group>
            <Button size="sm" onClick={() => setEditing({ vacancy: null })}>
              {t('vacancies.add')}
            </Button>
          </Group>
        )
      }
    >
      {vacancies.isPending ? (
        <PageLoader />
      ) : vacancies.isError ? (
        <ErrorAlert error={vacancies.error} onRetry={() => void vacancies.refetch()} />
      ) : vacancies.data.length === 0 ? (
        <EmptyState>{canEdit ? t('vacancies.emptyEditable') : t('vacancies.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {sortVacancies(vacancies.data, today).map((vacancy) => (
            <VacancyCard
              key={vacancy.id}
              regionId={regionId}
              vacancy={vacancy}
              closed={isClosed(vacancy, today)}
              canEdit={canEdit}
              onEdit={() => setEditing({ vacancy })}
              onDelete={() => setDeleting(vacancy)}
              onFindCandidates={
                isStaff && vacancy.published ? () => setFinding({ kind: 'vacancy', id: vacancy.id, title: vacancy.title, schoolId: vacancy.organisationId }) : undefined
              }
            />
          ))}
        </Stack>
      )}
      {isStaff && <BestCandidatesDialog regionId={regionId} target={finding} onClose={() => setFinding(null)} />}
      {canEdit && (
        <>
          <VacancyFormDialog
            opened={editing !== null}
            onClose={() => setEditing(null)}
            regionId={regionId}
            organisationId={organisationId}
            vacancy={editing?.vacancy ?? null}
          />
          <DeleteVacancyDialog regionId={regionId} vacancy={deleting} onClose={() => setDeleting(null)} />
        </>
      )}
    </SectionCard>
  );
}

interface VacancyCardProps {
  regionId: string;
  vacancy: WithId<Vacancy>;
  closed: boolean;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
  /** Staff: opens the region's best candidates for this vacancy. */
  onFindCandidates?: () => void;
}

function VacancyCard({ regionId, vacancy, closed, canEdit, onEdit, onDelete, onFindCandidates }: VacancyCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const headingId = useId();
  const publish = useSetVacancyPublished();

  const togglePublished = () =>
    publish.mutate(
      { regionId, vacancyId: vacancy.id, uid: user.uid, published: !vacancy.published },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t(vacancy.published ? 'vacancies.unpublished' : 'vacancies.publishedNotice', { title: vacancy.title }),
          }),
      },
    );

  const facts = [
    t(`vocab.sector.${vacancy.sector}`),
    vacancy.subjects.map((subject) => t(`vocab.subject.${subject}`)).join(', '),
    t('vacancies.hours', { count: vacancy.hoursPerWeek }),
    t('vacancies.lateralEntryValue', { value: vacancy.lateralEntry ? t('common.yes') : t('common.no') }),
    vacancy.closingDate
      ? t(closed ? 'vacancies.closedOn' : 'vacancies.closesOn', { date: format.date(localDate(vacancy.closingDate)) })
      : t('vacancies.noClosingDate'),
  ].filter(Boolean);

  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {vacancy.title}
          </Title>
          <Group gap={6}>
            <Badge variant="light" color={vacancy.published ? 'green' : 'gray'} tt="none">
              {vacancy.published ? t('vacancies.status.published') : t('vacancies.status.draft')}
            </Badge>
            {closed && (
              <Badge variant="light" color="red" tt="none">
                {t('vacancies.status.closed')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
        {vacancy.description && (
          <Text size="sm" lineClamp={3}>
            {vacancy.description}
          </Text>
        )}
        {(canEdit || onFindCandidates) && (
          <Group gap="xs">
            {onFindCandidates && (
              <Button size="xs" variant="light" onClick={onFindCandidates} aria-label={t('matching.best.actionLabel', { title: vacancy.title })}>
                {t('matching.best.action')}
              </Button>
            )}
            {canEdit && (
              <>
                <Button size="xs" variant={vacancy.published ? 'default' : 'filled'} onClick={togglePublished} loading={publish.isPending}>
                  {vacancy.published ? t('vacancies.unpublish') : t('vacancies.publish')}
                </Button>
                <Button size="xs" variant="default" onClick={onEdit}>
                  {t('vacancies.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={onDelete}>
                  {t('vacancies.delete')}
                </Button>
              </>
            )}
          </Group>
        )}
        {publish.isError && <ErrorAlert error={publish.error} />}
      </Stack>
    </Paper>
  );
}

function DeleteVacancyDialog({ regionId, vacancy, onClose }: { regionId: string; vacancy: WithId<Vacancy> | null; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteVacancy();
  return (
    <ConfirmDeleteDialog
      opened={vacancy !== null}
      title={t('vacancies.deleteTitle')}
      body={t('vacancies.deleteBody', { title: vacancy?.title ?? '' })}
      confirmLabel={t('vacancies.deleteConfirm')}
      remove={remove}
      variables={vacancy ? { regionId, vacancyId: vacancy.id } : null}
      onDeleted={() => notifications.show({ color: 'green', message: t('vacancies.deleted', { title: vacancy?.title ?? '' }) })}
      onClose={onClose}
    />
  );
}
