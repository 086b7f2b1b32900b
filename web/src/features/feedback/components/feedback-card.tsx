import { feedbackMonthsEndingAt, feedbackRatings, feedbackSubjects, type FeedbackSubject } from '@koers/domain';
import { Blockquote, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { intlLocale } from '../../../lib/i18n';
import { combineFeedbackSummaries, monthsBefore, type FeedbackComment, type SubjectSummary } from '../api/feedback-summary';
import { summaryMonths, useFeedbackSummaries } from '../api/list-feedback-summaries';
import { useRecentComments } from '../api/list-recent-comments';

/**
 * "Tevredenheid van kandidaten": the region's ratings of conversations and activities over the
 * last twelve calendar months, from the monthly summaries (at most twelve reads, however many
 * ratings). The newest comments, without who wrote them, only for the region's staff
 * (`showComments`): comments are free text, and directors see figures only.
 */
export function FeedbackCard({ regionId, showComments }: { regionId: string; showComments: boolean }) {
  const { t } = useTranslation();
  const firstMonth = useMemo(() => feedbackMonthsEndingAt(new Date(), summaryMonths)[0]!, []);
  const summaries = useFeedbackSummaries(regionId, firstMonth);
  const bySubject = useMemo(() => (summaries.data ? combineFeedbackSummaries(summaries.data) : null), [summaries.data]);

  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" aria-labelledby={`feedback-${regionId}`}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id={`feedback-${regionId}`}>
            {t('feedback.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('feedback.period')}
          </Text>
        </Stack>
        {summaries.isPending ? (
          <PageLoader />
        ) : summaries.isError ? (
          <ErrorAlert error={summaries.error} onRetry={() => void summaries.refetch()} />
        ) : bySubject ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {feedbackSubjects.map((subject) => (
              <SubjectFigures key={subject} subject={subject} summary={bySubject[subject]} />
            ))}
          </SimpleGrid>
        ) : null}
        {showComments ? (
          <RecentComments regionId={regionId} />
        ) : (
          <Text size="sm" c="dimmed" role="note">
            {t('feedback.commentsStaffOnly')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The newest comments: read from the raw ratings, which only the region's staff may read. */
function RecentComments({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const since = useMemo(() => monthsBefore(new Date(), 12), []);
  const comments = useRecentComments(regionId, since);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('feedback.comments')}
      </Title>
      {comments.isPending ? (
        <PageLoader />
      ) : comments.isError ? (
        <ErrorAlert error={comments.error} onRetry={() => void comments.refetch()} />
      ) : comments.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('feedback.noComments')}
        </Text>
      ) : (
        <CommentList comments={comments.data} />
      )}
    </Stack>
  );
}

function SubjectFigures({ subject, summary }: { subject: FeedbackSubject; summary: SubjectSummary }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const name = t(`feedback.subjects.${subject}`);
  const most = Math.max(1, ...summary.distribution);
  return (
    <Stack gap="xs" data-testid={`feedback-${subject}`}>
      <Title order={3} size="h4">
        {name}
      </Title>
      <Text size="sm">
        {summary.average === null
          ? t('feedback.noRatings')
          : t('feedback.summary', {
              count: summary.count,
              countText: format.number(summary.count),
              average: new Intl.NumberFormat(intlLocale(i18n.language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(summary.average),
            })}
      </Text>
      {summary.count > 0 && (
        <Table withTableBorder={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
          <Table.Caption>{t('feedback.distributionCaption', { subject: name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('feedback.rating')}</Table.Th>
              <Table.Th scope="col">{t('feedback.count')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('feedback.bar')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...feedbackRatings].reverse().map((rating) => {
              const count = summary.distribution[rating - 1] ?? 0;
              return (
                <Table.Tr key={rating}>
                  <Table.Th scope="row" fw={500}>
                    {rating}
                  </Table.Th>
                  <Table.Td>{format.number(count)}</Table.Td>
                  <Table.Td w="60%">
                    <div aria-hidden="true" style={{ height: 10, borderRadius: 4, background: 'var(--mantine-color-blue-7)', width: `${(count / most) * 100}%` }} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function CommentList({ comments }: { comments: readonly FeedbackComment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('feedback.comments')}>
      {comments.map((item, index) => (
        <li key={`${item.createdAt.getTime()}-${index}`}>
          <Blockquote p="xs" color="gray" cite={t('feedback.commentCite', { subject: t(`feedback.subjects.${item.subject}`), rating: item.rating, date: format.date(item.createdAt) })}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {item.comment}
            </Text>
          </Blockquote>
        </li>
      ))}
    </Stack>
  );
}
