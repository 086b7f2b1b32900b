import type { Activity } from '@koers/domain';
import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useMemberList } from '../../region/api/list-members';
import { useActivity } from '../api/get-activity';
import { registrationListLimit, useRegistrationList } from '../api/list-registrations';
import { useSetActivityPublished } from '../api/set-activity-published';
import { ActivityBadges, usePlacesLabel } from '../components/activity-badges';
import { whereOf } from '../components/activity-table';
import { EditActivity } from '../components/edit-activity';
import { RegisterCandidate } from '../components/register-candidate';
import { RegistrationTable } from '../components/registration-table';
import { useActivityFormat } from '../components/use-activity-format';
import { useNotify } from '../components/use-notify';

/** /activiteiten/:activityId: the activity, publishing, editing and its registrations, all live. */
export function ActivityDetailRoute() {
  const { t } = useTranslation();
  const { activityId = '' } = useParams();
  const { regionId, regionSearch } = useStaffRegion();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/activiteiten${regionSearch}`} size="sm">
        {t('activities.backToList')}
      </Anchor>
      {regionId ? <ActivityPage key={`${regionId}/${activityId}`} regionId={regionId} activityId={activityId} /> : <EmptyState>{t('activities.noRegion')}</EmptyState>}
    </Stack>
  );
}

function ActivityPage({ regionId, activityId }: { regionId: string; activityId: string }) {
  const { t } = useTranslation();
  const activity = useActivity(regionId, activityId);
  const members = useMemberList(regionId);
  const names = useMemo(() => new Map((members.data ?? []).map((member) => [member.uid, member.displayName || member.email])), [members.data]);
  const memberName = (uid: string | null) => (uid ? (names.get(uid) ?? t('activities.unknownPerson')) : t('activities.unknownPerson'));
  const [editing, setEditing] = useState(false);

  if (activity.isPending) return <PageLoader />;
  if (activity.isError) return <ErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />;
  if (!activity.data) {
    return (
      <>
        <PageTitle>{t('activities.notFoundTitle')}</PageTitle>
        <EmptyState>{t('activities.notFound')}</EmptyState>
      </>
    );
  }
  const current = activity.data;

  return (
    <>
      <Stack gap="xs">
        <Text c="dimmed" size="sm" fw={600}>
          {t(`vocab.activityKind.${current.kind}`)}
        </Text>
        <PageTitle>{current.title}</PageTitle>
        <ActivityBadges activity={current} />
      </Stack>
      {!editing && <PublishAction regionId={regionId} activity={current} />}
      <SectionCard
        id="activity-details"
        title={t('activities.details')}
        actions={
          !editing && (
            <Group>
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                {t('activities.edit')}
              </Button>
            </Group>
          )
        }
      >
        {editing ? (
          <EditActivity regionId={regionId} activity={current} memberName={memberName} onDone={() => setEditing(false)} />
        ) : (
          <ActivityFacts activity={current} memberName={memberName} />
        )}
      </SectionCard>
      <Registrations regionId={regionId} activity={current} />
    </>
  );
}

/** Publishing is one action with its consequence spelled out, apart from editing the text. */
function PublishAction({ regionId, activity }: { regionId: string; activity: WithId<Activity> }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const setPublished = useSetActivityPublished();
  const notify = useNotify();
  const publish = !activity.published;
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{activity.published ? t('activities.publish.isPublished') : t('activities.publish.isDraft')}</Text>
      <Button
        variant={publish ? 'filled' : 'default'}
        loading={setPublished.isPending}
        onClick={() =>
          setPublished.mutate(
            { regionId, activityId: activity.id, uid: user.uid, published: publish },
            { onSuccess: () => notify('green', publish ? t('activities.publish.published') : t('activities.publish.unpublished')) },
          )
        }
      >
        {publish ? t('activities.publish.publish') : t('activities.publish.unpublish')}
      </Button>
      {setPublished.isError && <ErrorAlert error={setPublished.error} />}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function ActivityFacts({ activity, memberName }: { activity: WithId<Activity>; memberName: (uid: string | null) => string }) {
  const { t } = useTranslation();
  const format = useActivityFormat();
  const places = usePlacesLabel();
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0} spacing="md">
        <Fact label={t('activities.columns.when')}>{format.range(activity.startsAt, activity.endsAt)}</Fact>
        <Fact label={t('activities.columns.where')}>{whereOf(activity, t('activities.online'))}</Fact>
        <Fact label={t('activities.columns.registrations')}>{places(activity)}</Fact>
        <Fact label={t('activities.fields.crossRegional')}>{activity.crossRegional ? t('common.yes') : t('common.no')}</Fact>
      </SimpleGrid>
      {activity.description && (
        <Text component="div" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {activity.description}
        </Text>
      )}
      {activity.updatedAt && (
        <Text size="xs" c="dimmed">
          {t('activities.lastChanged', { name: memberName(activity.updatedBy ?? null), when: format.moment(activity.updatedAt) })}
        </Text>
      )}
    </Stack>
  );
}

function Registrations({ regionId, activity }: { regionId: string; activity: WithId<Activity> }) {
  const { t } = useTranslation();
  const registrations = useRegistrationList(regionId, activity.id);
  const title = t('activities.registrations.title');
  return (
    <SectionCard id="activity-registrations" title={title}>
      <RegisterCandidate regionId={regionId} activity={activity} />
      {registrations.isPending ? (
        <PageLoader />
      ) : registrations.isError ? (
        <ErrorAlert error={registrations.error} onRetry={() => void registrations.refetch()} />
      ) : registrations.data.length === 0 ? (
        <EmptyState>{t('activities.registrations.empty')}</EmptyState>
      ) : (
        <>
          <Group gap="xs">
            {(['registered', 'attended', 'no_show', 'cancelled'] as const).map((status) => {
              const count = registrations.data.filter((registration) => registration.status === status).length;
              return (
                <Badge key={status} variant="outline" color="gray.8" tt="none">
                  {t('activities.registrations.statusCount', { status: t(`vocab.registrationStatus.${status}`), count })}
                </Badge>
              );
            })}
          </Group>
          {registrations.data.length >= registrationListLimit && (
            <Text size="sm" c="dimmed" role="note">
              {t('activities.registrations.capped', { count: registrationListLimit })}
            </Text>
          )}
          <RegistrationTable
            regionId={regionId}
            activityId={activity.id}
            registrations={registrations.data}
            caption={t('activities.registrations.caption', { title: activity.title })}
          />
        </>
      )}
    </SectionCard>
  );
}
