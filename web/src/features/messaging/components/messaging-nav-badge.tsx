import { useSession } from '../../access/components/session-context';
import { useMyThreads } from '../api/list-my-threads';
import type { ThreadScope } from '../api/messaging-keys';
import { unreadTotal } from '../messaging-helpers';
import { UnreadBadge } from './thread-list';

/** The navigation's unread count: summed over the same live thread list the page shows (no message reads). */
export function MessagingNavBadge({ scope }: { scope: ThreadScope }) {
  const { user } = useSession();
  const threads = useMyThreads(user.uid, scope);
  const total = unreadTotal(threads.data ?? [], user.uid);
  return total > 0 ? <UnreadBadge count={total} /> : null;
}
