import { QueryClientProvider } from '@tanstack/react-query';
import { useParams } from 'wouter';
import { useMijnTranslation } from '../../lib/translation';
import { PageTitle } from '../../components/page-title';
import { liveQueryClient } from './api/live-client';
import { ThreadList } from './thread-list';
import { ThreadView } from './thread-view';

/**
 * /mijn/berichten and /mijn/berichten/:threadId: the candidate's conversations, live. The
 * only page with the full Firestore SDK (listeners), loaded with this page alone.
 */
export function MessagesPage() {
  const { t } = useMijnTranslation();
  const { threadId } = useParams<{ threadId?: string }>();
  return (
    <QueryClientProvider client={liveQueryClient}>
      {threadId ? (
        <ThreadView key={threadId} threadId={threadId} />
      ) : (
        <>
          <PageTitle title={t('messages.title')}>
            <p className="k-muted">{t('messages.intro')}</p>
          </PageTitle>
          <ThreadList />
        </>
      )}
    </QueryClientProvider>
  );
}
