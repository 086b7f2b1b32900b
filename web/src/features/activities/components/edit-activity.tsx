import type { Activity } from '@koers/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { activityFormValues, type ActivityInput } from '../api/activity-input';
import { useUpdateActivity, type ActivityUpdateResult } from '../api/update-activity';
import { ActivityForm } from './activity-form';
import { useActivityFormat } from './use-activity-format';
import { useNotify } from './use-notify';

type Conflict = Extract<ActivityUpdateResult, { outcome: 'conflict' }>;

interface EditActivityProps {
  regionId: string;
  /** The version the form starts from; later live versions do not change the form under the person's hands. */
  activity: WithId<Activity>;
  memberName: (uid: string | null) => string;
  onDone: () => void;
}

/**
 * The edit form with conflict safety: a save is refused when someone saved the activity since
 * the form opened. What the person typed stays; they may then save their version over the
 * newer one knowingly, or drop their changes and see the newest version.
 */
export function EditActivity({ regionId, activity, memberName, onDone }: EditActivityProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const format = useActivityFormat();
  const update = useUpdateActivity();
  const notify = useNotify();
  const [defaultValues] = useState(() => activityFormValues(activity));
  const [base, setBase] = useState<Date | null>(activity.updatedAt ?? null);
  const [conflict, setConflict] = useState<{ result: Conflict; input: ActivityInput } | null>(null);

  const save = (input: ActivityInput, baseUpdatedAt: Date | null) =>
    update.mutate(
      { regionId, activityId: activity.id, uid: user.uid, input, baseUpdatedAt },
      {
        onSuccess: (result) => {
          if (result.outcome === 'conflict') {
            setConflict({ result, input });
            return;
          }
          notify('green', t('activities.form.saved', { title: input.title }));
          onDone();
        },
      },
    );

  const feedback = (
    <>
      {update.isError && <ErrorAlert error={update.error} />}
      {conflict && (
        <Alert color="red" variant="light" role="alert" title={t('activities.conflict.title')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('activities.conflict.body', {
                name: memberName(conflict.result.updatedBy),
                when: conflict.result.updatedAt ? format.moment(conflict.result.updatedAt) : '—',
              })}
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                loading={update.isPending}
                onClick={() => {
                  // The person has seen that a newer version exists and chooses theirs.
                  const { result, input } = conflict;
                  setBase(result.updatedAt);
                  setConflict(null);
                  save(input, result.updatedAt);
                }}
              >
                {t('activities.conflict.overwrite')}
              </Button>
              <Button size="xs" variant="default" onClick={onDone}>
                {t('activities.conflict.discard')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </>
  );

  return (
    <ActivityForm
      defaultValues={defaultValues}
      submitLabel={t('activities.form.save')}
      pending={update.isPending}
      onCancel={onDone}
      onSubmit={(input) => {
        setConflict(null);
        save(input, base);
      }}
      feedback={feedback}
    />
  );
}
