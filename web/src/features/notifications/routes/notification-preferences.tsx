import { deliveryModes, notificationPreferencesSchema, rolesOf, type NotificationKind, type NotificationPreferences } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../access/components/session-context';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences';
import { mergePreferences, notificationKindsFor, preferenceValues } from '../notification-helpers';

/** /instellingen/meldingen: per kind of notification, whether it also comes by e-mail, and when. */
export function NotificationPreferencesRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const kinds = notificationKindsFor(access ? rolesOf(access) : []);

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <PageTitle>{t('notifications.preferences.title')}</PageTitle>
        <Text c="dimmed">{t('notifications.preferences.intro')}</Text>
      </Stack>
      {kinds.length === 0 ? <EmptyState>{t('notifications.preferences.none')}</EmptyState> : <PreferencesForm kinds={kinds} />}
      <Anchor component={Link} to="/meldingen" size="sm">
        {t('notifications.all')}
      </Anchor>
    </Stack>
  );
}

function PreferencesForm({ kinds }: { kinds: NotificationKind[] }) {
  const { t } = useTranslation();
  const { user, access } = useSession();
  const update = useUpdateNotificationPreferences();
  const [saved, setSaved] = useState(false);
  // Starts from the stored choices once; a later change elsewhere does not overwrite what is being edited.
  const form = useForm<NotificationPreferences>({
    resolver: zodResolver(notificationPreferencesSchema),
    defaultValues: preferenceValues(access?.notificationPreferences, kinds),
  });

  const submit = form.handleSubmit((values) => {
    setSaved(false);
    update.mutate(
      { uid: user.uid, preferences: mergePreferences(access?.notificationPreferences, values) },
      {
        onSuccess: () => {
          setSaved(true);
          form.reset(values);
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('notifications.preferences.formLabel')}>
      <Stack gap="md">
        {kinds.map((kind) => (
          <Paper key={kind} withBorder p="md" radius="md">
            <Controller
              control={form.control}
              name={kind}
              render={({ field }) => (
                <Radio.Group
                  label={t(`notifications.preferences.kind.${kind}`)}
                  description={t(`notifications.preferences.kindHelp.${kind}`)}
                  value={field.value ?? null}
                  onChange={(value) => {
                    setSaved(false);
                    field.onChange(value);
                  }}
                  error={form.formState.errors[kind] && t('notifications.preferences.invalid')}
                >
                  <Stack gap="xs" mt="xs">
                    {deliveryModes.map((mode) => (
                      <Radio key={mode} value={mode} label={t(`notifications.preferences.mode.${mode}`)} onBlur={field.onBlur} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
          </Paper>
        ))}
        {update.isError && <ErrorAlert error={update.error} title={t('notifications.preferences.saveFailed')} />}
        {saved && !form.formState.isDirty && (
          <Alert color="green" variant="light" role="status">
            {t('notifications.preferences.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('notifications.preferences.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
