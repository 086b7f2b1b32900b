import type { Message, Thread } from '@koers/domain';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useThread } from '../../../features/messaging/api/get-thread';
import { useMessages } from '../../../features/messaging/api/list-messages';
import { useMarkThreadRead } from '../../../features/messaging/api/mark-thread-read';
import { messagePageSize } from '../../../features/messaging/api/thread-specs';
import type { WithId } from '../../../lib/firestore';
import { PageTitle } from '../../components/page-title';
import { ErrorMessage, Loading } from '../../components/status';
import { useSession } from '../../lib/session';
import { useMijnTranslation } from '../../lib/translation';
import { Composer } from './composer';
import { useMessageTime } from './use-message-time';
import classes from './messages.module.css';

/** One conversation: its messages, live, oldest at the top, and the composer. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { t } = useMijnTranslation();
  const { uid } = useSession();
  const thread = useThread(threadId);
  const back = (
    <Link href="/berichten" className={classes.back}>
      ← {t('messages.back')}
    </Link>
  );
  if (thread.isPending) return <Loading />;
  if (thread.isError || !thread.data || !thread.data.participants[uid]) {
    return (
      <>
        {back}
        <PageTitle title={t('messages.title')} />
        <ErrorMessage error={thread.error ?? { code: 'not-found' }} messages={{ 'permission-denied': t('messages.notFound'), 'not-found': t('messages.notFound') }} />
      </>
    );
  }
  return (
    <>
      {back}
      <LoadedThread thread={thread.data} uid={uid} />
    </>
  );
}

function LoadedThread({ thread, uid }: { thread: WithId<Thread>; uid: string }) {
  const { t } = useMijnTranslation();
  const time = useMessageTime();
  const [pages, setPages] = useState(1);
  const size = pages * messagePageSize;
  const messages = useMessages(thread.id, uid, thread.visibleFrom[uid] ?? null, size);

  // Opened with something unread for me: mark it read (my unread entry and readAt only).
  useMarkThreadRead(thread, uid);

  const newestFirst = messages.data ?? [];
  const ascending = [...newestFirst].reverse();
  const others = Object.entries(thread.participants)
    .filter(([participantUid]) => participantUid !== uid)
    .map(([, participant]) => participant.name)
    .join(', ');

  // Keep the newest message in view when one arrives.
  const end = useRef<HTMLLIElement>(null);
  const newestId = newestFirst[0]?.id;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [newestId]);

  const me = thread.participants[uid]!;
  return (
    <>
      <PageTitle title={thread.title}>
        <p className="k-muted">{t('messages.with', { names: others })}</p>
      </PageTitle>
      {messages.isError && <ErrorMessage error={messages.error} onRetry={() => void messages.refetch()} />}
      {newestFirst.length >= size && (
        <button type="button" className="k-button k-button-secondary" onClick={() => setPages((count) => count + 1)}>
          {t('messages.older')}
        </button>
      )}
      {messages.isPending && <Loading />}
      {messages.isSuccess && ascending.length === 0 && <p className="k-muted">{t('messages.empty')}</p>}
      <div role="log" aria-label={t('messages.log')}>
        <ol className={classes.messages}>
          {ascending.map((message) => (
            <MessageItem key={message.id} message={message} mine={message.authorUid === uid} time={time(message.createdAt)} />
          ))}
          <li ref={end} aria-hidden className={classes.end} />
        </ol>
      </div>
      <Composer threadId={thread.id} uid={uid} authorName={me.name} />
    </>
  );
}

function MessageItem({ message, mine, time }: { message: WithId<Message>; mine: boolean; time: string }) {
  const { t } = useMijnTranslation();
  if (message.kind === 'participants_added') {
    return (
      <li className={classes.event}>
        {t('messages.added', { names: message.event?.names.join(', ') ?? '' })} · {time}
      </li>
    );
  }
  return (
    <li className={classes.message} data-mine={mine || undefined}>
      <p className={classes.author}>
        {mine ? t('messages.you') : message.authorName} <span className={classes.time}>· {time}</span>
      </p>
      <p className={classes.text}>{message.deleted ? <em>{t('messages.deleted')}</em> : message.text}</p>
    </li>
  );
}
