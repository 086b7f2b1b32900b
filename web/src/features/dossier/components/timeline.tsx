import {
  candidateStatuses,
  matchStatuses,
  mergeTimeline,
  phases,
  type AuditEntry,
  type CandidateStatus,
  type Interaction,
  type MatchStatus,
  type Phase,
} from '@koers/domain';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useAudit } from '../api/list-audit';
import { timelinePageSize, useInteractions } from '../api/list-interactions';
import classes from './timeline.module.css';

type Entry = { id: string; at: Date } & ({ type: 'interaction'; interaction: WithId<Interaction> } | { type: 'audit'; audit: WithId<AuditEntry> });

/** Bookkeeping that the timeline already shows in another form (a logged contact). */
const quietFields: readonly string[] = ['lastContactAt', 'phaseSince'];

function isPhase(value: unknown): value is Phase {
  return (phases as readonly unknown[]).includes(value);
}
function isMatchStatus(value: unknown): value is MatchStatus {
  return (matchStatuses as readonly unknown[]).includes(value);
}
function isStatus(value: unknown): value is CandidateStatus {
  return (candidateStatuses as readonly unknown[]).includes(value);
}

/** A day of conversation as the message trigger records it: { threadId, title, count, authorNames, includesCandidate }. */
interface ThreadDay {
  threadId: string;
  title: string;
  count: number;
  authorNames: string[];
  includesCandidate: boolean;
}

function threadDayOf(entry: AuditEntry): ThreadDay | null {
  const to = entry.to ?? {};
  if (entry.action !== 'message' || typeof to.threadId !== 'string' || !to.threadId) return null;
  return {
    threadId: to.threadId,
    title: typeof to.title === 'string' ? to.title : '',
    count: typeof to.count === 'number' ? to.count : 0,
    authorNames: Array.isArray(to.authorNames) ? to.authorNames.filter((name): name is string => typeof name === 'string') : [],
    includesCandidate: to.includesCandidate === true,
  };
}

/** Messages collapse to one line per thread and day, without their text; participants open the thread itself. */
function ThreadDayLine({ day, at }: { day: ThreadDay; at: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summaryId = useId();
  return (
    <Group gap="xs" justify="space-between" wrap="wrap">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" id={summaryId}>
          {t('dossier.timeline.messages', { count: day.count, title: day.title, names: day.authorNames.join(', ') })}
        </Text>
        {day.includesCandidate && (
          <Badge size="sm" variant="light" color="green">
            {t('dossier.timeline.withCandidate')}
          </Badge>
        )}
        <Anchor component={Link} to={`/berichten/${encodeURIComponent(day.threadId)}`} size="sm" aria-describedby={summaryId}>
          {t('dossier.timeline.openThread')}
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed">
        <time dateTime={at.toISOString()}>{format.dateTime(at)}</time>
      </Text>
    </Group>
  );
}

/**
 * The shared contact history: contacts logged by anyone, and journey moves and other
 * changes from the audit trail, in one list, newest first.
 */
export const Timeline = memo(TimelineView);

function TimelineView({
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
  const [size, setSize] = useState(timelinePageSize);
  const interactions = useInteractions(candidateId, size);
  const audit = useAudit(candidateId, size);

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
  // Each list holds its newest `size` entries. Below the older of the two lists' last entries,
  // one list may have entries it did not load yet, so the merged timeline stops there.
  const cutoffs = [
    interactions.data.length >= size ? interactions.data.at(-1)?.performedAt : undefined,
    audit.data && audit.data.length >= size ? audit.data.at(-1)?.at : undefined,
  ].filter((at): at is Date => at !== undefined);
  const cutoff = cutoffs.length > 0 ? new Date(Math.max(...cutoffs.map((at) => at.getTime()))) : null;
  const entries = mergeTimeline(contactEntries, auditEntries).filter((entry) => !cutoff || entry.at >= cutoff);

  if (entries.length === 0 && !cutoff) return <EmptyState>{t('dossier.timeline.empty')}</EmptyState>;

  // A match step as the match workflow records it: { status, organisationName, vacancyTitle?, programmeName? }.
  const describeMatchStep = (to: Record<string, unknown>, name: string): string => {
    const organisation = typeof to.organisationName === 'string' ? to.organisationName : '';
    const target = typeof to.vacancyTitle === 'string' ? to.vacancyTitle : typeof to.programmeName === 'string' ? to.programmeName : null;
    const status = isMatchStatus(to.status) ? to.status : null;
    if (status === 'proposed') {
      return target
        ? t('dossier.timeline.matchProposedFor', { organisation, target, name })
        : t('dossier.timeline.matchProposed', { organisation, name });
    }
    return t('dossier.timeline.matchStep', { organisation, status: status ? t(`vocab.matchStatus.${status}`) : '', name });
  };

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
    if (entry.action === 'match') return describeMatchStep(to, name);
    if (entry.action === 'update') {
      const fields = entry.changedFields.filter((field) => !quietFields.includes(field)).map(fieldLabel);
      return t('dossier.timeline.fieldsChanged', { fields: fields.join(', '), name });
    }
    return t('dossier.timeline.action', { action: t(`vocab.auditAction.${entry.action}`), name });
  };

  return (
    <Stack gap="xs">
      <Stack component="ol" gap="xs" className={classes.list} aria-label={t('dossier.timeline.title')}>
        {entries.map((entry) => {
          const threadDay = entry.type === 'audit' ? threadDayOf(entry.audit) : null;
          return (
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
              ) : threadDay ? (
                <ThreadDayLine day={threadDay} at={entry.at} />
              ) : (
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text size="sm">{describe(entry.audit)}</Text>
                  <Text size="xs" c="dimmed">
                    <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at)}</time>
                  </Text>
                </Group>
              )}
            </Paper>
          );
        })}
      </Stack>
      {cutoff && (
        <Group justify="center">
          <Button variant="light" loading={interactions.isPlaceholderData || audit.isPlaceholderData} onClick={() => setSize((current) => current + timelinePageSize)}>
            {t('dossier.timeline.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
