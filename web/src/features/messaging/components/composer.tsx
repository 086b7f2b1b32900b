import { Button, Combobox, Group, Stack, Textarea, useCombobox } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSendMessage } from '../api/send-message';
import { clearTyping, writeTyping } from '../api/set-typing';
import {
  browserDraftStore,
  extractMentions,
  insertMention,
  loadDraft,
  mentionCandidates,
  mentionQueryAt,
  saveDraft,
  shouldWriteTyping,
} from '../messaging-helpers';

interface ComposerProps {
  threadId: string;
  uid: string;
  /** My name as the thread knows it (the rules compare it). */
  authorName: string;
  /** Everyone in the thread (mentions are offered for the others). */
  participants: Record<string, { name: string }>;
  mentions: boolean;
}

/**
 * Writes a message: Enter sends, Shift+Enter adds a line, "@" offers the other participants.
 * What was typed is never lost: the draft is kept per thread in sessionStorage, and a failed
 * send puts the text back with the error.
 */
export function Composer({ threadId, uid, authorName, participants, mentions }: ComposerProps) {
  const { t } = useTranslation();
  const store = browserDraftStore();
  const [text, setTextState] = useState(() => loadDraft(store, threadId));
  const [caret, setCaret] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const lastTypingWrite = useRef<number | null>(null);
  const send = useSendMessage(threadId);

  const setText = (next: string) => {
    setTextState(next);
    saveDraft(store, threadId, next);
  };

  const others = Object.entries(participants)
    .filter(([participantUid]) => participantUid !== uid)
    .map(([participantUid, participant]) => ({ uid: participantUid, name: participant.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const mention = mentions ? mentionQueryAt(text, caret) : null;
  const options = mention ? mentionCandidates(others, mention.query) : [];
  const open = mention !== null && options.length > 0 && !dismissed;

  const combobox = useCombobox({ opened: open, onDropdownClose: () => setDismissed(true) });
  const optionsKey = options.map((option) => option.uid).join(',');
  useEffect(() => {
    if (open) combobox.selectFirstOption();
    // The store's methods are stable; re-select when the suggestions change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, optionsKey]);

  const stopTyping = () => {
    if (lastTypingWrite.current === null) return;
    lastTypingWrite.current = null;
    void clearTyping(threadId, uid).catch(() => undefined);
  };
  // Leaving the thread (or the page) takes my "is typing" away at once.
  useEffect(() => {
    const written = lastTypingWrite;
    return () => {
      if (written.current !== null) void clearTyping(threadId, uid).catch(() => undefined);
    };
  }, [threadId, uid]);

  const onChange = (value: string, position: number) => {
    setText(value);
    setCaret(position);
    setDismissed(false);
    const now = Date.now();
    if (value.trim() !== '' && shouldWriteTyping(lastTypingWrite.current, now)) {
      lastTypingWrite.current = now;
      void writeTyping(threadId, uid, authorName).catch(() => undefined);
    }
  };

  const choose = (participantUid: string) => {
    const person = others.find((other) => other.uid === participantUid);
    if (!person || !mention) return;
    const next = insertMention(text, mention.start, caret, person.name);
    setText(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => {
      textareaRef.current?.focus();
      textareaRef.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = () => {
    const sent = text.trim();
    // No wait for the previous message's acknowledgement: quick messages go out one after the
    // other, in order.
    if (sent === '') return;
    if (sent.length > 5000) return;
    const mentioned = mentions ? extractMentions(sent, participants, uid) : [];
    // Clear at once (the live list shows the message from the local write); put the text
    // back if the write is refused, so nothing typed is lost. mutateAsync, not mutate: every
    // send gets its own outcome, not only the latest.
    setText('');
    setCaret(0);
    send.mutateAsync({ threadId, authorUid: uid, authorName, text: sent, mentions: mentioned }).catch(() => {
      setTextState((current) => {
        const restored = current.trim() === '' ? sent : `${sent}\n${current}`;
        saveDraft(store, threadId, restored);
        return restored;
      });
    });
    // On the next task, once the mutation has issued the message's write: that write goes out
    // first, not behind the removal of my "is typing" entry.
    setTimeout(stopTyping, 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    // With the suggestion list open, Enter picks the highlighted person (Combobox handles it).
    if (open && combobox.getSelectedOptionIndex() !== -1) return;
    event.preventDefault();
    submit();
  };

  const tooLong = text.trim().length > 5000;

  return (
    <Stack gap="xs">
      {send.isError && <ErrorAlert error={send.error} title={t('messaging.composer.sendFailed')} />}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <Combobox store={combobox} onOptionSubmit={choose} position="top-start" withinPortal={false}>
            <Combobox.Target>
              <Textarea
                ref={textareaRef}
                style={{ flex: 1, minWidth: 0 }}
                label={t('messaging.composer.label')}
                description={mentions ? t('messaging.composer.hint') : t('messaging.composer.hintNoMentions')}
                placeholder={t('messaging.composer.placeholder')}
                autosize
                minRows={2}
                maxRows={8}
                value={text}
                error={tooLong ? t('messaging.composer.tooLong') : undefined}
                onChange={(event) => onChange(event.currentTarget.value, event.currentTarget.selectionStart)}
                onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
                onKeyDown={onKeyDown}
                onBlur={stopTyping}
              />
            </Combobox.Target>
            <Combobox.Dropdown hidden={!open}>
              <Combobox.Options aria-label={t('messaging.composer.mentionList')}>
                {options.map((option) => (
                  <Combobox.Option value={option.uid} key={option.uid}>
                    {option.name}
                  </Combobox.Option>
                ))}
              </Combobox.Options>
            </Combobox.Dropdown>
          </Combobox>
          <Button type="submit" disabled={text.trim() === '' || tooLong}>
            {t('messaging.composer.send')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
