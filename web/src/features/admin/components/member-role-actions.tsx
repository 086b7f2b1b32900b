import { regionRoles, type Member, type RegionRole } from '@koers/domain';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useGrantRole } from '../api/grant-role';
import { useRevokeRole } from '../api/revoke-role';
import { grantOfMember } from './grant-of-member';

interface MemberRoleActionsProps {
  member: WithId<Member>;
  regionId: string;
  /** Nobody changes their own roles (the server refuses too). */
  isSelf: boolean;
}

/** Change a member's region role, or revoke their role after confirming. */
export function MemberRoleActions({ member, regionId, isSelf }: MemberRoleActionsProps) {
  const { t } = useTranslation();
  const grant = useGrantRole();
  const revoke = useRevokeRole();
  const [confirming, setConfirming] = useState(false);
  const current = grantOfMember(member, regionId);
  const name = member.displayName || member.email;
  const roleLabel = t(`vocab.role.${member.role}`);
  const errorMessages = { 'failed-precondition': t('errors.grantSelf') };

  if (isSelf) {
    return (
      <Text size="sm" c="dimmed">
        ({t('admin.users.you')})
      </Text>
    );
  }

  const changeRole = (role: RegionRole) =>
    grant.mutate(
      { uid: member.uid, grant: { kind: 'region', regionId, role } },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('admin.users.roleChanged', { name, role: t(`vocab.role.${role}`) }) }),
      },
    );

  const confirmRevoke = () => {
    if (!current) return;
    revoke.mutate(
      { uid: member.uid, grant: current },
      {
        onSuccess: () => {
          setConfirming(false);
          notifications.show({ color: 'green', message: t('admin.users.revoked', { name }) });
        },
      },
    );
  };

  return (
    <Stack gap={6}>
      <Group gap="xs">
        {current?.kind === 'region' && (
          <NativeSelect
            size="xs"
            aria-label={t('admin.users.changeRole', { name })}
            value={current.role}
            disabled={grant.isPending}
            onChange={(event) => changeRole(event.currentTarget.value as RegionRole)}
            data={regionRoles.map((role) => ({ value: role, label: t(`vocab.role.${role}`) }))}
          />
        )}
        {current && (
          <Button size="xs" variant="outline" color="red" onClick={() => setConfirming(true)} aria-label={t('admin.users.revokeLabel', { name })}>
            {t('admin.users.revoke')}
          </Button>
        )}
      </Group>
      {grant.isError && <ErrorAlert error={grant.error} messages={errorMessages} />}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('admin.users.revoke')}>
        <Stack>
          <Text>{t('admin.users.revokeConfirm', { name, role: roleLabel })}</Text>
          {revoke.isError && <ErrorAlert error={revoke.error} messages={errorMessages} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={confirmRevoke}>
              {t('admin.users.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
