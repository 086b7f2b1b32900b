import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { activityFormValues } from '../api/activity-input';
import { useCreateActivity } from '../api/create-activity';
import { ActivityForm } from '../components/activity-form';
import { useNotify } from '../components/use-notify';

/** /activiteiten/nieuw: plan an activity; it stays a draft until published. */
export function ActivityNewRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const { regionId, regionSearch } = useStaffRegion();
  const create = useCreateActivity();
  const notify = useNotify();

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={`/activiteiten${regionSearch}`} size="sm">
          {t('activities.backToList')}
        </Anchor>
        <PageTitle>{t('activities.newTitle')}</PageTitle>
        <Text c="dimmed">{t('activities.newIntro')}</Text>
      </Stack>
      {regionId ? (
        <SectionCard id="activity-new-form" title={t('activities.details')}>
          <ActivityForm
            defaultValues={activityFormValues(null)}
            submitLabel={t('activities.form.create')}
            pending={create.isPending}
            onCancel={() => void navigate(`/activiteiten${regionSearch}`)}
            onSubmit={(input) =>
              create.mutate(
                { regionId, uid: user.uid, input },
                {
                  onSuccess: (activityId) => {
                    notify('green', t('activities.form.created', { title: input.title }));
                    void navigate(`/activiteiten/${activityId}${regionSearch}`);
                  },
                },
              )
            }
            feedback={create.isError && <ErrorAlert error={create.error} />}
          />
        </SectionCard>
      ) : (
        <EmptyState>{t('activities.noRegion')}</EmptyState>
      )}
    </Stack>
  );
}
