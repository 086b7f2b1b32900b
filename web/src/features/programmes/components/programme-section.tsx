import type { Programme } from '@koers/domain';
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
import { useDeleteProgramme } from '../api/delete-programme';
import { useOrganisationProgrammes } from '../api/list-programmes';
import { useSetProgrammePublished } from '../api/set-programme-published';
import { ProgrammeFormDialog } from './programme-form-dialog';

interface ProgrammeSectionProps {
  regionId: string;
  organisationId: string;
  /** Shows add, edit, publish and delete (the rules decide in the end). */
  canEdit: boolean;
}

type Editing = { programme: WithId<Programme> | null } | null;

/** A calendar date `YYYY-MM-DD` as a local Date, for formatting. */
function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** The training programmes of one institute, live, by name. */
export function ProgrammeSection({ regionId, organisationId, canEdit }: ProgrammeSectionProps) {
  const { t } = useTranslation();
  const programmes = useOrganisationProgrammes(regionId, organisationId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<WithId<Programme> | null>(null);
  const [finding, setFinding] = useState<BestCandidatesTarget | null>(null);
  const { access } = useSession();
  // Only the region's staff see (and may propose) candidates.
  const isStaff = access?.staffRegionIds.includes(regionId) ?? false;

  return (
    <SectionCard
      id={`programmes-${organisationId}`}
      title={t('programmes.title')}
      actions={
        canEdit && (
          <Group>
            <Button size="sm" onClick={() => setEditing({ programme: null })}>
              {t('programmes.add')}
            </Button>
          </Group>
        )
      }
    >
      {programmes.isPending ? (
        <PageLoader />
      ) : programmes.isError ? (
        <ErrorAlert error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : programmes.data.length === 0 ? (
        <EmptyState>{canEdit ? t('programmes.emptyEditable') : t('programmes.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {[...programmes.data]
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
            .map((programme) => (
              <ProgrammeCard
                key={programme.id}
                regionId={regionId}
                programme={programme}
                canEdit={canEdit}
                onEdit={() => setEditing({ programme })}
                onDelete={() => setDeleting(programme)}
                onFindCandidates={isStaff && programme.published ? () => setFinding({ kind: 'programme', id: programme.id, title: programme.name }) : undefined}
              />
            ))}
        </Stack>
      )}
      {isStaff && <BestCandidatesDialog regionId={regionId} target={finding} onClose={() => setFinding(null)} />}
      {canEdit && (
        <>
          <ProgrammeFormDialog
            opened={editing !== null}
            onClose={() => setEditing(null)}
            regionId={regionId}
            organisationId={organisationId}
            programme={editing?.programme ?? null}
          />
          <DeleteProgrammeDialog regionId={regionId} programme={deleting} onClose={() => setDeleting(null)} />
        </>
      )}
    </SectionCard>
  );
}

interface ProgrammeCardProps {
  regionId: string;
  programme: WithId<Programme>;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
  /** Staff: opens the region's best candidates for this programme. */
  onFindCandidates?: () => void;
}

function ProgrammeCard({ regionId, programme, canEdit, onEdit, onDelete, onFindCandidates }: ProgrammeCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const headingId = useId();
  const publish = useSetProgrammePublished();

  const togglePublished = () =>
    publish.mutate(
      { regionId, programmeId: programme.id, uid: user.uid, published: !programme.published },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t(programme.published ? 'programmes.unpublished' : 'programmes.publishedNotice', { name: programme.name }),
          }),
      },
    );

  const facts = [
    t(`vocab.programmeType.${programme.type}`),
    programme.sectors.map((sector) => t(`vocab.sectorShort.${sector}`)).join(', '),
    programme.subjects.map((subject) => t(`vocab.subject.${subject}`)).join(', '),
    programme.durationMonths ? t('programmes.duration', { count: programme.durationMonths }) : null,
  ].filter(Boolean);

  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {programme.name}
          </Title>
          <Badge variant="light" color={programme.published ? 'green' : 'gray'} tt="none">
            {programme.published ? t('programmes.status.published') : t('programmes.status.draft')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
        <Text size="sm">
          {programme.startDates.length > 0
            ? t('programmes.startsOn', { dates: programme.startDates.map((date) => format.date(localDate(date))).join(', ') })
            : t('programmes.noStartDates')}
        </Text>
        {programme.admission && (
          <Text size="sm" lineClamp={3}>
            <Text span fw={500} size="sm">
              {t('programmes.fields.admission')}:
            </Text>{' '}
            {programme.admission}
          </Text>
        )}
        {(canEdit || onFindCandidates) && (
          <Group gap="xs">
            {onFindCandidates && (
              <Button size="xs" variant="light" onClick={onFindCandidates} aria-label={t('matching.best.actionLabel', { title: programme.name })}>
                {t('matching.best.action')}
              </Button>
            )}
            {canEdit && (
              <>
                <Button size="xs" variant={programme.published ? 'default' : 'filled'} onClick={togglePublished} loading={publish.isPending}>
                  {programme.published ? t('programmes.unpublish') : t('programmes.publish')}
                </Button>
                <Button size="xs" variant="default" onClick={onEdit}>
                  {t('programmes.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={onDelete}>
                  {t('programmes.delete')}
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

function DeleteProgrammeDialog({ regionId, programme, onClose }: { regionId: string; programme: WithId<Programme> | null; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteProgramme();
  return (
    <ConfirmDeleteDialog
      opened={programme !== null}
      title={t('programmes.deleteTitle')}
      body={t('programmes.deleteBody', { name: programme?.name ?? '' })}
      confirmLabel={t('programmes.deleteConfirm')}
      remove={remove}
      variables={programme ? { regionId, programmeId: programme.id } : null}
      onDeleted={() => notifications.show({ color: 'green', message: t('programmes.deleted', { name: programme?.name ?? '' }) })}
      onClose={onClose}
    />
  );
}
