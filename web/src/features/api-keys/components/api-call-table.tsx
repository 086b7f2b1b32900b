import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { recentCallCount, useApiCallList } from '../api/list-api-calls';

function statusColor(status: number): string {
  if (status < 300) return 'green';
  if (status === 429) return 'orange';
  return status < 500 ? 'yellow' : 'red';
}

/** A key's latest calls: when, which route, and how it went. */
export function ApiCallTable({ regionId, keyId, keyName }: { regionId: string; keyId: string; keyName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calls = useApiCallList(regionId, keyId, true);
  if (calls.isPending) return <PageLoader />;
  if (calls.isError) return <ErrorAlert error={calls.error} onRetry={() => void calls.refetch()} />;
  if (calls.data.length === 0) return <EmptyState>{t('apiKeys.calls.empty')}</EmptyState>;
  return (
    <DataTable caption={t('apiKeys.calls.caption', { name: keyName, count: recentCallCount })} minWidth={480} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('apiKeys.calls.at')}</Table.Th>
          <Table.Th scope="col">{t('apiKeys.calls.route')}</Table.Th>
          <Table.Th scope="col">{t('apiKeys.calls.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {calls.data.map((call) => (
          <Table.Tr key={call.id}>
            <Table.Td>{format.dateTime(call.at)}</Table.Td>
            <Table.Td ff="monospace">
              {call.method} {call.route}
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor(call.status)} variant="light" tt="none">
                {call.status}
              </Badge>
              {call.reason && ` ${call.reason}`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
