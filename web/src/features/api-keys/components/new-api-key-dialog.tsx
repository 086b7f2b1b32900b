import { Alert, Button, CopyButton, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface NewApiKeyDialogProps {
  /** The key just made; null while the dialog is closed. */
  shown: { name: string; key: string } | null;
  onClose: () => void;
}

/** The one moment a key is visible: Koers keeps only its hash, so closing this loses it. */
export function NewApiKeyDialog({ shown, onClose }: NewApiKeyDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={shown !== null}
      onClose={onClose}
      title={t('apiKeys.shown.title')}
      fullScreen={phone}
      size="lg"
      // A stray click next to the dialog must not throw the key away.
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {shown && (
        <Stack>
          <Alert
            color="orange"
            variant="light"
            title={t('apiKeys.shown.warningTitle')}
            // Orange text on the light orange background is below 4.5:1; the background marks it.
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
          >
            {t('apiKeys.shown.warning')}
          </Alert>
          {/* Wraps instead of scrolling, so the whole key is visible on a phone too. */}
          <Textarea
            label={t('apiKeys.shown.label', { name: shown.name })}
            value={shown.key}
            readOnly
            autosize
            minRows={1}
            onFocus={(event) => event.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
            data-testid="new-api-key"
          />
          <Group justify="flex-end">
            <CopyButton value={shown.key}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy} aria-live="polite">
                  {copied ? t('common.copied') : t('apiKeys.shown.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('apiKeys.shown.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
