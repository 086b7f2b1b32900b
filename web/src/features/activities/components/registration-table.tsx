import { registrationStatuses, type Registration, type RegistrationStatus } from '@koers/domain';
import { Anchor, Badge, Button, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { WithId } from '../../../lib/firestore';
import { errorCode } from '../../../lib/errors';
import { useSetRegistrationStatus } from '../api/set-registration-status';
import { useActivityFormat } from './use-activity-format';
import { useNotify } from './use-notify';

/** Light-variant colours whose text keeps 4.5:1 on its tint (orange and yellow do not, with the theme's shades). */
/** A badge in a narrow column wraps instead of cutting its label off. */
const badgeStyles = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

const statusColor: Record<RegistrationStatus, string> = {
  registered: 'blue',
  attended: 'green',
  no_show: 'red',
  cancelled: 'gray',
};

interface RegistrationTableProps {
  regionId: string;
  activityId: string;
  registrations: WithId<Registration>[];
  caption: string;
}

/** Who registered, how and when, with attendance marking per person (a menu, usable by keyboard). */
export function RegistrationTable({ regionId, activityId, registrations, caption }: RegistrationTableProps) {
  const { t } = useTranslation();
  const format = useActivityFormat();
  const setStatus = useSetRegistrationStatus();
  const notify = useNotify();

  const mark = (registration: WithId<Registration>, status: RegistrationStatus) =>
    setStatus.mutate(
      { regionId, activityId, registrationId: registration.id, status },
      {
        onSuccess: () =>
          notify('green', t('activities.registrations.marked', { name: registration.name, status: t(`vocab.registrationStatus.${status}`) })),
        onError: (error) => notify('red', t(`errors.${errorCode(error)}`)),
      },
    );

  return (
    <DataTable caption={caption} minWidth={860} verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('activities.registrations.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('activities.registrations.columns.email')}</Table.Th>
          <Table.Th scope="col">{t('activities.registrations.columns.phone')}</Table.Th>
          <Table.Th scope="col">{t('activities.registrations.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('activities.registrations.columns.source')}</Table.Th>
          <Table.Th scope="col">{t('activities.registrations.columns.registeredAt')}</Table.Th>
          {/* Positioned, so the hidden label stays inside the scrolling table instead of widening the page. */}
          <Table.Th scope="col" pos="relative">
            <VisuallyHidden>{t('activities.registrations.columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {registrations.map((registration) => (
          <Table.Tr key={registration.id} data-testid={`registration-${registration.id}`}>
            <Table.Td>
              {registration.candidateId ? (
                <Anchor component={Link} to={`/kandidaten/${registration.candidateId}`} fw={600}>
                  {registration.name}
                </Anchor>
              ) : (
                <Text fw={600} size="sm">
                  {registration.name}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Anchor href={`mailto:${registration.email}`} size="sm">
                {registration.email}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{registration.phone ?? t('common.none')}</Text>
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor[registration.status]} variant="light" tt="none" styles={badgeStyles}>
                {t(`vocab.registrationStatus.${registration.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`activities.registrations.source.${registration.source}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{format.short(registration.registeredAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="default" aria-label={t('activities.registrations.markFor', { name: registration.name })}>
                    {t('activities.registrations.mark')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {registrationStatuses.map((status) => (
                    <Menu.Item key={status} disabled={status === registration.status} onClick={() => mark(registration, status)}>
                      {t(`activities.registrations.markAs.${status}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
