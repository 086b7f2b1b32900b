import { messageTextSchema } from '@koers/domain';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useSendMessage } from '../../../features/messaging/api/send-message';
import { ErrorMessage } from '../../components/status';
import { useMijnTranslation } from '../../lib/translation';
import classes from './messages.module.css';

function draftKey(threadId: string) {
  return `koers.mijn.draft.${threadId}`;
}

/**
 * Writes a message: Enter sends, Shift+Enter adds a line. What was typed is never lost: the
 * draft is kept per thread for the session, and stays in the box when sending fails.
 */
export function Composer({ threadId, uid, authorName }: { threadId: string; uid: string; authorName: string }) {
  const { t } = useMijnTranslation();
  const id = useId();
  const send = useSendMessage(threadId);
  const [text, setText] = useState(() => sessionStorage.getItem(draftKey(threadId)) ?? '');

  function change(value: string) {
    setText(value);
    if (value) sessionStorage.setItem(draftKey(threadId), value);
    else sessionStorage.removeItem(draftKey(threadId));
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const parsed = messageTextSchema.safeParse(text);
    if (!parsed.success || send.isPending) return;
    send.mutate(
      { threadId, authorUid: uid, authorName, text: parsed.data, mentions: [] },
      {
        // Cleared only once stored; a failure leaves the draft for another try.
        onSuccess: () => {
          setText((current) => (current === text ? '' : current));
          if (sessionStorage.getItem(draftKey(threadId)) === text) sessionStorage.removeItem(draftKey(threadId));
        },
      },
    );
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form className={classes.composer} onSubmit={submit}>
      {send.isError && <ErrorMessage error={send.error} messages={{ 'permission-denied': t('messages.sendRefused') }} />}
      <label htmlFor={`${id}-tekst`} className="k-label">
        {t('messages.yourMessage')}
      </label>
      <p id={`${id}-uitleg`} className="k-muted" style={{ margin: 0, fontSize: '0.85rem' }}>
        {t('messages.keys')}
      </p>
      <div className={classes.composerRow}>
        <textarea
          id={`${id}-tekst`}
          className={`k-input ${classes.textarea}`}
          rows={2}
          maxLength={5000}
          value={text}
          aria-describedby={`${id}-uitleg`}
          onChange={(event) => change(event.target.value)}
          onKeyDown={keyDown}
        />
        <button type="submit" className="k-button" disabled={send.isPending || text.trim() === ''}>
          {send.isPending ? t('messages.sending') : t('messages.send')}
        </button>
      </div>
    </form>
  );
}
