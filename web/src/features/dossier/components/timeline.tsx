import { candidateStatuses, mergeTimeline, phases, type AuditEntry, type CandidateStatus, type Interaction, type Phase } from '@koers/domain';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useAudit } from '../api/list-audit';
import { useInteractions } from '../api/list-interactions';
import classes from './timeline.module.css';

type Entry = { id: string; at: Date } & ({ type: 'interaction'; interaction: WithId<Interaction> } | { type: 'audit'; audit: WithId<AuditEntry> });

/** Bookkeeping that the timeline already shows in another form (a logged contact). */
const quietFields: readonly string[] = ['lastContactAt', 'phaseSince'];

function isPhase(value: unknown): value is Phase {
  return (phases as readonly unknown[]).includes(value);
}
function isStatus(value: unknown): value is CandidateStatus {
  return (candidateStatuses as readonly unknown[]).includes(value);
}

/**
 * The shared contact history: contacts logged by anyone, and journey moves and other
 * changes from the audit trail, in one list, newest first.
 */
export function Timeline({
  candidateId,
  nameOf,
  fieldLabel,
}: {
  candidateId: string;
  nameOf: (uid: string) => string;
  fieldLabel: (field: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const interactions = useInteractions(candidateId);
  const audit = useAudit(candidateId);

  if (interactions.isPending || audit.isPending) return <PageLoader />;
  if (interactions.isError) return <ErrorAlert error={interactions.error} />;

  const contactEntries: Entry[] = interactions.data.map((interaction) => ({
    id: `i-${interaction.id}`,
    at: interaction.performedAt,
    type: 'interaction',
    interaction,
  }));
  // The audit trail is extra: if it cannot be read, contacts still show.
  const auditEntries: Entry[] = (audit.data ?? [])
    .filter((entry) => entry.action !== 'update' || entry.changedFields.some((field) => !quietFields.includes(field)))
    .map((entry) => ({ id: `a-${entry.id}`, at: entry.at, type: 'audit', audit: entry }));
  const entries = mergeTimeline(contactEntries, auditEntries);

  if (entries.length === 0) return <EmptyState>{t('dossier.timeline.empty')}</EmptyState>;

  const describe = (entry: AuditEntry): string => {
    const name = nameOf(entry.actor);
    const from = entry.from ?? {};
    const to = entry.to ?? {};
    const lines: string[] = [];
    if (isPhase(from.phase) && isPhase(to.phase) && from.phase !== to.phase) {
      lines.push(t('dossier.timeline.phaseChanged', { from: t(`vocab.phase.${from.phase}`), to: t(`vocab.phase.${to.phase}`), name }));
    }
    if (isStatus(from.status) && isStatus(to.status) && from.status !== to.status) {
      lines.push(t('dossier.timeline.statusChanged', { from: t(`vocab.status.${from.status}`), to: t(`vocab.status.${to.status}`), name }));
    }
    if (lines.length > 0) return lines.join(' · ');
    if (entry.action === 'update') {
      const fields = entry.changedFields.filter((field) => !quietFields.includes(field)).map(fieldLabel);
      return t('dossier.timeline.fieldsChanged', { fields: fields.join(', '), name });
    }
    return t('dossier.timeline.action', { action: t(`vocab.auditAction.${entry.action}`), name });
  };

  return (
    <Stack component="ol" gap="xs" className={classes.list} aria-label={t('dossier.timeline.title')}>
      {entries.map((entry) => (
        <Paper component="li" key={entry.id} withBorder p="sm" radius="md" className={entry.type === 'audit' ? classes.audit : undefined}>
          {entry.type === 'interaction' ? (
            <Stack gap={4}>
              <Group gap="xs" justify="space-between" wrap="wrap">
                <Badge variant="light">{t(`vocab.interactionKind.${entry.interaction.kind}`)}</Badge>
                <Text size="xs" c="dimmed">
                  <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at)}</time>
                  {entry.interaction.durationMinutes ? ` · ${t('dossier.timeline.minutes', { count: entry.interaction.durationMinutes })}` : ''}
                </Text>
              </Group>
              <Text size="sm" fw={600}>
                {entry.interaction.summary}
              </Text>
              {entry.interaction.notes && (
                <Text size="sm" className={classes.notes}>
                  {entry.interaction.notes}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('dossier.timeline.by', { name: entry.interaction.authorName || nameOf(entry.interaction.authorUid) })}
              </Text>
            </Stack>
          ) : (
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Text size="sm">{describe(entry.audit)}</Text>
              <Text size="xs" c="dimmed">
                <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at)}</time>
              </Text>
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
