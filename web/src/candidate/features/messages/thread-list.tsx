import { Link } from 'wouter';
import { useMyThreads } from '../../../features/messaging/api/list-my-threads';
import { ErrorMessage, Loading } from '../../components/status';
import { useSession } from '../../lib/session';
import { useMijnTranslation } from '../../lib/translation';
import { useMessageTime } from './use-message-time';
import classes from './messages.module.css';

/** My threads (those that include me as the candidate), most recent first, with unread counts. */
export function ThreadList() {
  const { t } = useMijnTranslation();
  const { uid } = useSession();
  const threads = useMyThreads(uid, 'candidate');
  const time = useMessageTime();
  if (threads.isPending) return <Loading />;
  if (threads.isError) return <ErrorMessage error={threads.error} onRetry={() => void threads.refetch()} />;
  if (threads.data.length === 0) return <p className="k-muted">{t('messages.none')}</p>;
  return (
    <ul className={classes.threads}>
      {threads.data.map((thread) => {
        const unread = thread.unread[uid] ?? 0;
        const others = Object.entries(thread.participants)
          .filter(([participantUid]) => participantUid !== uid)
          .map(([, participant]) => participant.name)
          .join(', ');
        return (
          <li key={thread.id}>
            <Link href={`/berichten/${thread.id}`} className={classes.threadLink} data-unread={unread > 0 || undefined}>
              <span className={classes.threadTop}>
                <span className={classes.threadTitle}>{thread.title}</span>
                {unread > 0 && <span className={classes.unread}>{t('messages.unread', { count: unread })}</span>}
              </span>
              <span className={classes.threadMeta}>{t('messages.with', { names: others })}</span>
              {thread.lastMessage && (
                <span className={classes.preview}>
                  {thread.lastMessage.authorName}: {thread.lastMessage.preview} · {time(thread.lastMessage.at)}
                </span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
